// Jekyll: `_config.yml` and two layouts, so no theme gem is needed. Posts get the `post` layout
// by default; jekyll-redirect-from writes a page for each `redirect_from`.

#include "src/engine/site_config_parts.hpp"

namespace folio::site_config {

namespace {

std::string field(std::string_view key) {
    if (key.empty()) return "nil";
    return "page[" + string_literal(key) + "]";
}

std::string config(const SiteConfigOptions& options) {
    const BaseUrl base = split_base_url(options.base_url);
    std::string out =
        "# The smallest Jekyll configuration for this migrated site (written by folio migrate\n"
        "# --site; yours to edit: folio never writes over it).\n";
    out += "url: " + string_literal(base.origin) + "\n";
    out += "baseurl: " + string_literal(base.path) + "\n";
    out += "permalink: " + string_literal(permalink_with(permalink_pieces(options.permalink), ":title")) +
           "\n";
    out += "# Dates written without an offset are in this zone, whichever machine builds.\n"
           "timezone: " + string_literal(options.time_zone) + "\n";
    out += "markdown: kramdown\nkramdown:\n  input: GFM\n  hard_wrap: false\n";
    out += "# A summary is the one written in front matter (`excerpt`), as in the source: no\n"
           "# first paragraph taken instead.\n"
           "excerpt_separator: \"\"\n";
    if (options.redirect_form == SiteRedirectForm::engine) {
        out += "plugins:\n  - jekyll-redirect-from\n";
    }
    if (options.include_drafts) out += "show_drafts: true\nunpublished: true\n";
    out += "defaults:\n  - scope:\n      path: \"\"\n      type: posts\n    values:\n"
           "      layout: post\n";
    out += "exclude: [Gemfile, Gemfile.lock, node_modules, vendor]\n";
    return out;
}

constexpr std::string_view kDefault = R"(<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
<head>
<meta charset="utf-8">
<title>{{ page.title | escape }}</title>
</head>
<body>
{{ content }}
</body>
</html>
)";

constexpr std::string_view kIndex = R"(---
layout: default
title: Posts
---
<ul>
{%- for post in site.posts %}
<li><a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></li>
{%- endfor %}
</ul>
)";

std::string post(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string draft = "{% if page.draft";
    if (!keys.draft.empty()) draft += " or " + field(keys.draft) + " == true";
    if (!keys.published.empty()) draft += " or " + field(keys.published) + " == false";
    draft += " %}true{% else %}false{% endif %}";
    std::string extra = "{";
    for (const std::string& key : options.custom_keys) {
        if (extra.size() > 1) extra += ", ";
        extra += string_literal(key) + ": {{ " + field(key) + " | jsonify }}";
    }
    extra += "}";
    return R"(---
layout: default
---
{%- assign cover = )" + field(keys.cover) + R"( -%}
{%- if cover.path %}{% assign cover = cover.path %}{% endif -%}
<script type="application/json" id="folio-page">{
"title": {{ )" + field(keys.title) + R"( | jsonify }},
"date": {{ page.date | date_to_xmlschema | jsonify }},
"updated": {{ )" + field(keys.updated) + R"( | date_to_xmlschema | jsonify }},
"summary": {{ )" + field(keys.summary) + R"( | jsonify }},
"description": {{ )" + field(keys.description) + R"( | jsonify }},
"tags": {{ )" + field(keys.tags) + R"( | jsonify }},
"categories": {{ )" + field(keys.categories) + R"( | jsonify }},
"draft": )" + draft + R"(,
"cover": {{ cover | jsonify }},
"extra": )" + extra + R"(
}</script>
<article>
<h1>{{ page.title | escape }}</h1>
<p><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date_to_long_string }}</time></p>
{{ content }}
</article>
)";
}

}  // namespace

std::vector<OutputFile> jekyll(const FactKeys& keys, const SiteConfigOptions& options) {
    return {
        {"_config.yml", config(options)},
        {"_layouts/default.html", std::string(kDefault)},
        {"_layouts/post.html", post(keys, options)},
        {"index.html", std::string(kIndex)},
    };
}

}  // namespace folio::site_config
