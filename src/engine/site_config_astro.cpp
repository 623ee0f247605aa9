// Astro: `astro.config.mjs` (no image service that needs sharp or the network; the redirects),
// a content collection whose schema accepts every key, one route for the posts, a layout for the
// pages, package.json.

#include "src/engine/site_config_parts.hpp"
#include "src/web/url.hpp"

namespace folio::site_config {

namespace {

constexpr std::string_view kConfig =
    R"(// The smallest Astro configuration for this migrated site (written by folio migrate
// --site; yours to edit: folio never writes over it).
import { defineConfig, passthroughImageService } from "astro/config";

export default defineConfig({
  site: @SITE@,
@BASE@  // Images are served as they are: the build needs neither sharp nor the network.
  image: { service: passthroughImageService() },
@REDIRECTS@});
)";

constexpr std::string_view kContentConfig =
    R"(// The posts: every key a migrated post has is accepted and kept (passthrough); only
// the dates are read as dates.
import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

const posts = defineCollection({
  loader: glob({ pattern: "**/*.{md,markdown}", base: @FOLDER@ }),
  schema: z
    .object({
@DATES@    })
    .passthrough(),
});

export const collections = { @SECTION@: posts };
)";

constexpr std::string_view kRoute = R"(---
// Every post at @PERMALINK@ (its date in UTC, its id: the slug key or the file name).
// The page prints the post's facts as JSON (id="folio-page") for tools that compare them with
// the source, then its title and content.
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const posts = await getCollection(@SECTION@, @FILTER@);
  return posts.map((post) => {
    const data = post.data;
    const date = @DATE@ ?? new Date(0);
    const url = @URL@;
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
  title: @TITLE@ ?? null,
  date: instant(@DATE@),
  updated: instant(@UPDATED@),
  summary: @SUMMARY@ ?? null,
  description: @DESCRIPTION@ ?? null,
  tags: @TAGS@ ?? null,
  categories: @CATEGORIES@ ?? null,
  draft: @DRAFT@,
  cover: cover(@COVER@),
  extra: @EXTRA@,
};
const json = JSON.stringify(facts).replace(/</g, "\\u003c");
---
<!doctype html>
<html @LANG@>
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

// A page of the site (src/pages/about.md, `layout` set by folio): Astro renders a Markdown
// page without a layout as a bare fragment, without a title or a language.
constexpr std::string_view kPage = R"(---
// The layout of the site's pages (About, Contact): their title and text, in no list.
const { frontmatter } = Astro.props;
---
<!doctype html>
<html @LANG@>
<head>
<meta charset="utf-8" />
<title>{frontmatter.title}</title>
</head>
<body>
<article>
<h1>{frontmatter.title}</h1>
<slot />
</article>
</body>
</html>
)";

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

std::string config(const SiteConfigOptions& options) {
    const BaseUrl base = split_base_url(options.base_url);
    const std::string base_line =
        base.path.empty() ? std::string() : "  base: " + string_literal(base.path) + ",\n";
    std::string redirects;
    if (options.redirect_form == SiteRedirectForm::engine) {
        redirects = "  // Old URLs, each a redirect page in the built site.\n  redirects: {\n";
        // Astro percent-encodes a destination itself: an encoded one (`/blog/%E6%97%A5/`)
        // would become `/blog/%25E6%2597%25A5/`, a page that does not exist.
        for (const SiteRedirect& redirect : options.redirects) {
            redirects += "    " + string_literal(redirect.from) + ": " +
                         string_literal(percent_decode(redirect.to)) + ",\n";
        }
        redirects += "  },\n";
    }
    return fill(
        kConfig,
        {{"SITE", string_literal(base.origin)}, {"BASE", base_line}, {"REDIRECTS", redirects}});
}

std::string content_config(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string dates;
    for (const std::string_view key : {keys.date, keys.updated}) {
        if (!key.empty())
            dates += "      " + string_literal(key) + ": z.coerce.date().optional(),\n";
    }
    return fill(kContentConfig, {{"FOLDER", string_literal("./src/content/" + options.section)},
                                 {"DATES", dates},
                                 {"SECTION", string_literal(options.section)}});
}

std::string route(const FactKeys& keys, const SiteConfigOptions& options) {
    const std::string draft = javascript_draft("data", keys);
    const std::string filter =
        options.include_drafts ? "() => true" : "({ data }) => !(" + draft + ")";
    return fill(
        kRoute,
        {{"PERMALINK", options.permalink},
         {"SECTION", string_literal(options.section)},
         {"FILTER", filter},
         {"URL", permalink_javascript(permalink_pieces(options.permalink), "date", "post.id")},
         {"TITLE", javascript_field("data", keys.title)},
         {"DATE", javascript_field("data", keys.date)},
         {"UPDATED", javascript_field("data", keys.updated)},
         {"SUMMARY", javascript_field("data", keys.summary)},
         {"DESCRIPTION", javascript_field("data", keys.description)},
         {"TAGS", javascript_field("data", keys.tags)},
         {"CATEGORIES", javascript_field("data", keys.categories)},
         {"DRAFT", draft},
         {"COVER", javascript_field("data", keys.cover)},
         {"EXTRA", javascript_custom_keys("data", options.custom_keys)},
         {"LANG", html_language_attributes(options)}});
}

}  // namespace

std::vector<OutputFile> astro(const FactKeys& keys, const SiteConfigOptions& options) {
    return {
        {"astro.config.mjs", config(options)},
        {"src/content.config.ts", content_config(keys, options)},
        {"src/pages/[...path].astro", route(keys, options)},
        {"src/layouts/FolioPage.astro", fill(kPage, {{"LANG", html_language_attributes(options)}})},
        {"package.json", std::string(kPackage)},
    };
}

}  // namespace folio::site_config
