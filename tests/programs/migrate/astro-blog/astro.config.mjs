// An Astro-blog-template-like site of our own.
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://astro.example.org",
});
