// Eleventy: `eleventy.config.mjs`, the posts folder's data file (layout and permalink), the
// posts' and the pages' layouts and one redirect page per old URL. Written as JavaScript
// templates, which need no template language of their own and print the facts with
// JSON.stringify.

#include "src/engine/site_config_parts.hpp"

namespace folio::site_config {

namespace {

constexpr std::string_view kConfig =
    R"(// The smallest Eleventy configuration for this migrated site (written by folio migrate
// --site; yours to edit: folio never writes over it).
import { copyFileSync, readdirSync } from "node:fs";
import path from "node:path";

export default function (eleventyConfig) {
  // The images and other files the posts use, served where they are.
  eleventyConfig.addPassthroughCopy(@COPIED@);
  // A post written as a bundle (`slug/index.md` and its files) gets its files next to its
  // page too, wherever its permalink puts it, so that `![](photo.png)` finds the photo.
  eleventyConfig.on("eleventy.after", ({ results }) => {
    for (const page of results) {
      if (!/[\\/]index\.(md|markdown)$/.test(page.inputPath) || !page.outputPath) continue;
      const folder = path.dirname(page.inputPath);
      for (const name of readdirSync(folder)) {
        if (!/\.(@EXTENSIONS@)$/i.test(name)) continue;
        copyFileSync(path.join(folder, name), path.join(path.dirname(page.outputPath), name));
      }
    }
  });
  // Headings get the ids Jekyll's kramdown and Hugo give them (`## Boxes` is `#boxes`), so
  // that links to a section of a post still land there; markdown-it gives none by itself.
  eleventyConfig.amendLibrary("md", (md) => {
    md.core.ruler.push("folio_heading_ids", (state) => {
      const taken = new Map();
      state.tokens.forEach((token, i) => {
        if (token.type !== "heading_open" || token.attrGet("id")) return;
        const text = state.tokens[i + 1].children
          .filter((child) => child.type === "text" || child.type === "code_inline")
          .map((child) => child.content).join("");
        let id = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s+/g, "-");
        const seen = taken.get(id) ?? 0;
        taken.set(id, seen + 1);
        if (seen > 0) id += "-" + seen;
        if (id) token.attrSet("id", id);
      });
    });
  });
@DRAFTS@@REDIRECTS@}
@PATH_PREFIX@)";

constexpr std::string_view kDrafts = R"(  // Drafts are not published.
  eleventyConfig.addPreprocessor("drafts", "*", (data) => {
    if (@DRAFT@) return false;
  });
)";

constexpr std::string_view kPostsData =
    R"(// Every post's layout and URL (@PERMALINK@), from its date in UTC and its slug.
module.exports = {
  layout: "folio-post.11ty.cjs",
  eleventyComputed: {
    permalink: (data) => @URL@,
  },
};
)";

constexpr std::string_view kEscape = R"(function escape(text) {
  const entities = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};
  return String(text).replace(/[&<>"]/g, (c) => entities[c]);
}
)";

constexpr std::string_view kLayout =
    R"(// A post's page: its facts as JSON (id="folio-page"), for tools that compare them
// with the source, then its title and content.
@ESCAPE@function instant(value) {
  if (value === undefined || value === null) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
function cover(value) {
  if (value && typeof value === "object") return value.src ?? value.url ?? value.image ?? value.path ?? null;
  return value ?? null;
}
module.exports = function (data) {
  const facts = {
    title: @TITLE@ ?? null,
    date: instant(data.page.date),
    updated: instant(@UPDATED@),
    summary: @SUMMARY@ ?? null,
    description: @DESCRIPTION@ ?? null,
    tags: @TAGS@ ?? null,
    categories: @CATEGORIES@ ?? null,
    draft: @DRAFT@,
    cover: cover(@COVER@),
    extra: @EXTRA@,
  };
  const title = escape(facts.title ?? "");
  return `<!DOCTYPE html>
<html @LANG@>
<head>
<meta charset="utf-8">
<title>${title}</title>
</head>
<body>
<script type="application/json" id="folio-page">${JSON.stringify(facts).replace(/</g, "\\u003c")}</script>
<article>
<h1>${title}</h1>
${data.content}
</article>
</body>
</html>
`;
};
)";

// A page of the site (about.md, `layout` set by folio): Eleventy renders a Markdown file without
// a layout as a bare fragment, without a title or a language.
constexpr std::string_view kPage =
    R"(// The layout of the site's pages (About, Contact): their title and text, in no list.
@ESCAPE@module.exports = function (data) {
  const title = escape(@TITLE@ ?? "");
  return `<!DOCTYPE html>
<html @LANG@>
<head>
<meta charset="utf-8">
<title>${title}</title>
</head>
<body>
<article>
<h1>${title}</h1>
${data.content}
</article>
</body>
</html>
`;
};
)";

constexpr std::string_view kRedirects =
    R"(// One page per old URL that sends the reader to the new one (the collection
// folioRedirects, listed in eleventy.config.mjs).
@ESCAPE@module.exports = class {
  data() {
    return {
      pagination: {data: "collections.folioRedirects", size: 1, alias: "redirect"},
      permalink: (data) => data.redirect.from,
      eleventyExcludeFromCollections: true,
    };
  }
  render({redirect}) {
    const to = escape(redirect.to);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting…</title>
<link rel="canonical" href="${to}">
<meta http-equiv="refresh" content="0; url=${to}">
<meta name="robots" content="noindex">
</head>
<body><a href="${to}">${to}</a></body>
</html>
`;
  }
};
)";

std::string config(const FactKeys& keys, const SiteConfigOptions& options) {
    const BaseUrl base = split_base_url(options.base_url);
    std::string redirects;
    if (options.redirect_form == SiteRedirectForm::engine) {
        redirects =
            "  // Old URLs, one redirect page each (folio-redirects.11ty.cjs).\n"
            "  eleventyConfig.addCollection(\"folioRedirects\", () => [\n";
        for (const SiteRedirect& redirect : options.redirects) {
            redirects += "    {from: " + string_literal(redirect.from) +
                         ", to: " + string_literal(redirect.to) + "},\n";
        }
        redirects += "  ]);\n";
    }
    const std::string path_prefix =
        base.path.empty()
            ? std::string()
            : "\nexport const config = {pathPrefix: " + string_literal(base.path + "/") + "};\n";
    const std::string copied =
        options.section + "/**/*.{" + std::string(copied_file_extensions()) + "}";
    const std::string drafts = options.include_drafts
                                   ? std::string()
                                   : fill(kDrafts, {{"DRAFT", javascript_draft("data", keys)}});
    std::string extensions(copied_file_extensions());
    for (char& c : extensions) {
        if (c == ',') c = '|';
    }
    return fill(kConfig, {{"COPIED", string_literal(copied)},
                          {"EXTENSIONS", extensions},
                          {"DRAFTS", drafts},
                          {"REDIRECTS", redirects},
                          {"PATH_PREFIX", path_prefix}});
}

std::string posts_data(const FactKeys& keys, const SiteConfigOptions& options) {
    // Eleventy's profile has no slug key: the file (or bundle folder) name is the slug.
    const std::string slug =
        keys.slug.empty() ? std::string("data.page.fileSlug")
                          : "(" + javascript_field("data", keys.slug) + " ?? data.page.fileSlug)";
    return fill(kPostsData, {{"PERMALINK", options.permalink},
                             {"URL", permalink_javascript(permalink_pieces(options.permalink),
                                                          "data.page.date", slug)}});
}

std::string layout(const FactKeys& keys, const SiteConfigOptions& options) {
    return fill(kLayout, {{"ESCAPE", kEscape},
                          {"TITLE", javascript_field("data", keys.title)},
                          {"UPDATED", javascript_field("data", keys.updated)},
                          {"SUMMARY", javascript_field("data", keys.summary)},
                          {"DESCRIPTION", javascript_field("data", keys.description)},
                          {"TAGS", javascript_field("data", keys.tags)},
                          {"CATEGORIES", javascript_field("data", keys.categories)},
                          {"DRAFT", javascript_draft("data", keys)},
                          {"COVER", javascript_field("data", keys.cover)},
                          {"EXTRA", javascript_custom_keys("data", options.custom_keys)},
                          {"LANG", html_language_attributes(options)}});
}

}  // namespace

std::vector<OutputFile> eleventy(const FactKeys& keys, const SiteConfigOptions& options) {
    std::vector<OutputFile> files{
        {"eleventy.config.mjs", config(keys, options)},
        {options.section + "/" + options.section + ".11tydata.cjs", posts_data(keys, options)},
        {"_includes/folio-post.11ty.cjs", layout(keys, options)},
        {"_includes/folio-page.11ty.cjs",
         fill(kPage, {{"ESCAPE", kEscape},
                      {"TITLE", javascript_field("data", keys.title)},
                      {"LANG", html_language_attributes(options)}})},
    };
    if (options.redirect_form == SiteRedirectForm::engine) {
        files.push_back({"folio-redirects.11ty.cjs", fill(kRedirects, {{"ESCAPE", kEscape}})});
    }
    return files;
}

}  // namespace folio::site_config
