// Astro: `astro.config.mjs` (no image service that needs sharp or the network; the redirects),
// a content collection whose schema accepts every key, one route for the posts, package.json.

#include "src/engine/site_config_parts.hpp"

namespace folio::site_config {

namespace {

std::string config(const SiteConfigOptions& options) {
    const BaseUrl base = split_base_url(options.base_url);
    std::string out =
        "// The smallest Astro configuration for this migrated site (written by folio migrate\n"
        "// --site; yours to edit: folio never writes over it).\n"
        "import { defineConfig, passthroughImageService } from \"astro/config\";\n\n"
        "export default defineConfig({\n";
    out += "  site: " + string_literal(base.origin) + ",\n";
    if (!base.path.empty()) out += "  base: " + string_literal(base.path) + ",\n";
    out += "  // Images are served as they are: the build needs neither sharp nor the network.\n"
           "  image: { service: passthroughImageService() },\n";
    if (options.redirect_form == SiteRedirectForm::engine) {
        out += "  // Old URLs, each a redirect page in the built site.\n"
               "  redirects: {\n";
        for (const SiteRedirect& redirect : options.redirects) {
            out += "    " + string_literal(redirect.from) + ": " + string_literal(redirect.to) + ",\n";
        }
        out += "  },\n";
    }
    out += "});\n";
    return out;
}

std::string content_config(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string fields;
    for (const std::string_view date_key : {keys.date, keys.updated}) {
        if (!date_key.empty()) fields += "      " + string_literal(date_key) + ": z.coerce.date().optional(),\n";
    }
    return "// The posts: every key a migrated post has is accepted and kept (passthrough); only\n"
           "// the dates are read as dates.\n"
           "import { defineCollection, z } from \"astro:content\";\n"
           "import { glob } from \"astro/loaders\";\n\n"
           "const posts = defineCollection({\n"
           "  loader: glob({ pattern: \"**/*.{md,markdown}\", base: " +
           string_literal("./src/content/" + options.section) +
           " }),\n"
           "  schema: z\n"
           "    .object({\n" +
           fields +
           "    })\n"
           "    .passthrough(),\n"
           "});\n\n"
           "export const collections = { " +
           string_literal(options.section) + ": posts };\n";
}

std::string route(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string extra = "{";
    for (const std::string& key : options.custom_keys) {
        if (extra.size() > 1) extra += ", ";
        extra += string_literal(key) + ": " + javascript_field("data", key) + " ?? null";
    }
    extra += "}";
    std::string draft = javascript_field("data", keys.draft) + " === true";
    if (!keys.published.empty()) draft += " || " + javascript_field("data", keys.published) + " === false";
    const std::string filter =
        options.include_drafts ? "() => true" : "({ data }) => !(" + draft + ")";
    return R"(---
// Every post at )" + options.permalink +
           R"( (its date in UTC, its id: the slug key or the file name).
// The page prints the post's facts as JSON (id="folio-page") for tools that compare them with
// the source, then its title and content.
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const posts = await getCollection()" +
           string_literal(options.section) + ", " + filter + R"();
  return posts.map((post) => {
    const data = post.data;
    const date = )" + javascript_field("data", keys.date) +
           R"( ?? new Date(0);
    const url = )" + permalink_javascript(permalink_pieces(options.permalink), "date", "post.id") +
           R"(;
    return { params: { path: url.replace(/^\/+|\/+$/g, "") }, props: { post } };
  });
}

const { post } = Astro.props;
const { Content } = await render(post);
const data = post.data;
const instant = (value) => (value instanceof Date ? value.toISOString() : value ?? null);
const cover = (value) =>
  value && typeof value === "object" ? value.src ?? value.url ?? value.image ?? null : value ?? null;
const facts = {
  title: )" + javascript_field("data", keys.title) +
           R"( ?? null,
  date: instant()" + javascript_field("data", keys.date) + R"(),
  updated: instant()" + javascript_field("data", keys.updated) + R"(),
  summary: )" + javascript_field("data", keys.summary) +
           R"( ?? null,
  description: )" + javascript_field("data", keys.description) +
           R"( ?? null,
  tags: )" + javascript_field("data", keys.tags) +
           R"( ?? null,
  categories: )" + javascript_field("data", keys.categories) +
           R"( ?? null,
  draft: )" + draft + R"(,
  cover: cover()" + javascript_field("data", keys.cover) + R"(),
  extra: )" + extra + R"(,
};
const json = JSON.stringify(facts).replace(/</g, "\\u003c");
---
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>{facts.title}</title>
</head>
<body>
<script type="application/json" id="folio-page" set:html={json}></script>
<article>
<h1>{facts.title}</h1>
<Content />
</article>
</body>
</html>
)";
}

constexpr std::string_view kPackage = R"({
  "name": "migrated-site",
  "private": true,
  "type": "module",
  "scripts": {
    "build": "astro build"
  },
  "dependencies": {
    "astro": "^5.18.2"
  }
}
)";

}  // namespace

std::vector<OutputFile> astro(const FactKeys& keys, const SiteConfigOptions& options) {
    return {
        {"astro.config.mjs", config(options)},
        {"src/content.config.ts", content_config(keys, options)},
        {"src/pages/[...path].astro", route(keys, options)},
        {"package.json", std::string(kPackage)},
    };
}

}  // namespace folio::site_config
