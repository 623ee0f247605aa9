// Eleventy: `eleventy.config.mjs`, the posts folder's data file (layout and permalink), a layout
// and one redirect page per old URL. Written as JavaScript templates, which need no template
// language of their own and print the facts with JSON.stringify.

#include "src/engine/site_config_parts.hpp"

namespace folio::site_config {

namespace {

std::string config(const SiteConfigOptions& options) {
    const BaseUrl base = split_base_url(options.base_url);
    std::string out =
        "// The smallest Eleventy configuration for this migrated site (written by folio migrate\n"
        "// --site; yours to edit: folio never writes over it).\n"
        "export default function (eleventyConfig) {\n"
        "  // The images and other files the posts use, served where they are.\n";
    out += "  eleventyConfig.addPassthroughCopy(" +
           string_literal(options.section + "/**/*.{" + std::string(copied_file_extensions()) + "}") +
           ");\n";
    if (!options.include_drafts) {
        out += "  // Drafts are not published.\n"
               "  eleventyConfig.addPreprocessor(\"drafts\", \"*\", (data) => {\n"
               "    if (data.draft === true) return false;\n"
               "  });\n";
    }
    if (options.redirect_form == SiteRedirectForm::engine) {
        out += "  // Old URLs, one redirect page each (folio-redirects.11ty.cjs).\n"
               "  eleventyConfig.addCollection(\"folioRedirects\", () => [\n";
        for (const SiteRedirect& redirect : options.redirects) {
            out += "    {from: " + string_literal(redirect.from) + ", to: " + string_literal(redirect.to) + "},\n";
        }
        out += "  ]);\n";
    }
    out += "}\n";
    if (!base.path.empty()) {
        out += "\nexport const config = {pathPrefix: " + string_literal(base.path + "/") + "};\n";
    }
    return out;
}

std::string posts_data(const FactKeys& keys, const SiteConfigOptions& options) {
    const std::string slug =
        keys.slug.empty() ? std::string("data.page.fileSlug")
                          : "(" + javascript_field("data", keys.slug) + " ?? data.page.fileSlug)";
    return "// Every post's layout and URL (" + options.permalink +
           "), from its date in UTC and its slug.\n"
           "module.exports = {\n"
           "  layout: \"folio-post.11ty.cjs\",\n"
           "  eleventyComputed: {\n"
           "    permalink: (data) => " +
           permalink_javascript(permalink_pieces(options.permalink), "data.page.date", slug) +
           ",\n"
           "  },\n"
           "};\n";
}

constexpr std::string_view kEscape = R"(function escape(text) {
  const entities = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};
  return String(text).replace(/[&<>"]/g, (c) => entities[c]);
}
)";

std::string layout(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string extra = "{";
    for (const std::string& key : options.custom_keys) {
        if (extra.size() > 1) extra += ", ";
        extra += string_literal(key) + ": " + javascript_field("data", key) + " ?? null";
    }
    extra += "}";
    std::string draft = javascript_field("data", keys.draft) + " === true";
    if (!keys.published.empty()) draft += " || " + javascript_field("data", keys.published) + " === false";
    return "// A post's page: its facts as JSON (id=\"folio-page\"), for tools that compare them\n"
           "// with the source, then its title and content.\n" +
           std::string(kEscape) + R"(function instant(value) {
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
    title: )" + javascript_field("data", keys.title) + R"( ?? null,
    date: instant(data.page.date),
    updated: instant()" + javascript_field("data", keys.updated) + R"(),
    summary: )" + javascript_field("data", keys.summary) + R"( ?? null,
    description: )" + javascript_field("data", keys.description) + R"( ?? null,
    tags: )" + javascript_field("data", keys.tags) + R"( ?? null,
    categories: )" + javascript_field("data", keys.categories) + R"( ?? null,
    draft: )" + draft + R"(,
    cover: cover()" + javascript_field("data", keys.cover) + R"(),
    extra: )" + extra + R"(,
  };
  const title = escape(facts.title ?? "");
  return `<!DOCTYPE html>
<html lang="en">
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
}

std::string redirects_template() {
    return "// One page per old URL that sends the reader to the new one (the collection\n"
           "// folioRedirects, listed in eleventy.config.mjs).\n" +
           std::string(kEscape) + R"(module.exports = class {
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
}

}  // namespace

std::vector<OutputFile> eleventy(const FactKeys& keys, const SiteConfigOptions& options) {
    std::vector<OutputFile> files{
        {"eleventy.config.mjs", config(options)},
        {options.section + "/" + options.section + ".11tydata.cjs", posts_data(keys, options)},
        {"_includes/folio-post.11ty.cjs", layout(keys, options)},
    };
    if (options.redirect_form == SiteRedirectForm::engine) {
        files.push_back({"folio-redirects.11ty.cjs", redirects_template()});
    }
    return files;
}

}  // namespace folio::site_config
