// Jekyll: `_config.yml` and two layouts, so no theme gem is needed. Posts get the `post` layout
// by default; jekyll-redirect-from writes a page for each `redirect_from`.

#include "src/engine/site_config_parts.hpp"

namespace folio::site_config {

namespace {

constexpr std::string_view kConfig =
    R"(# The smallest Jekyll configuration for this migrated site (written by folio migrate
# --site; yours to edit: folio never writes over it).
url: @URL@
baseurl: @BASE_URL@
permalink: @PERMALINK@
# Dates written without an offset are in this zone, whichever machine builds.
timezone: @TIME_ZONE@
markdown: kramdown
kramdown:
  input: GFM
  hard_wrap: false
# A summary is the one written in front matter (`excerpt`), as in the source: no first
# paragraph taken instead.
excerpt_separator: ""
# Jekyll leaves out files whose names start with `_` or `.`: the host's redirect rules are
# copied to the built site only when named here.
include: [_redirects, .htaccess]
@SETTINGS@defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
exclude: [Gemfile, Gemfile.lock, node_modules, vendor]
)";

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

// A page of the site (`layout: page`, what a migration gives an About page): its title and
// text, in no list.
constexpr std::string_view kPage = R"(---
layout: default
---
<article>
<h1>{{ page.title | escape }}</h1>
{{ content }}
</article>
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

constexpr std::string_view kPost = R"(---
layout: default
---
{%- assign cover = @COVER@ -%}
{%- if cover.path %}{% assign cover = cover.path %}{% endif -%}
<script type="application/json" id="folio-page">{
"title": {{ @TITLE@ | jsonify }},
"date": {{ page.date | date_to_xmlschema | jsonify }},
"updated": {{ @UPDATED@ | date_to_xmlschema | jsonify }},
"summary": {{ @SUMMARY@ | jsonify }},
"description": {{ @DESCRIPTION@ | jsonify }},
"tags": {{ @TAGS@ | jsonify }},
"categories": {{ @CATEGORIES@ | jsonify }},
"draft": {% if @DRAFT@ %}true{% else %}false{% endif %},
"cover": {{ cover | jsonify }},
"extra": @EXTRA@
}</script>
<article>
<h1>{{ page.title | escape }}</h1>
<p><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date_to_long_string }}</time></p>
{{ content }}
</article>
)";

std::string field(std::string_view key) {
    if (key.empty()) return "nil";
    return "page[" + string_literal(key) + "]";
}

std::string config(const SiteConfigOptions& options) {
    const BaseUrl base = split_base_url(options.base_url);
    std::string settings;
    if (!options.title.empty()) settings += "title: " + string_literal(options.title) + "\n";
    if (!options.language.empty()) settings += "lang: " + string_literal(options.language) + "\n";
    if (options.redirect_form == SiteRedirectForm::engine) {
        settings += "plugins:\n  - jekyll-redirect-from\n";
    }
    if (options.include_drafts) settings += "show_drafts: true\nunpublished: true\n";
    return fill(kConfig, {{"URL", string_literal(base.origin)},
                          {"BASE_URL", string_literal(base.path)},
                          {"PERMALINK", string_literal(permalink_with(
                                            permalink_pieces(options.permalink), ":title"))},
                          {"TIME_ZONE", string_literal(options.time_zone)},
                          {"SETTINGS", settings}});
}

std::string post(const FactKeys& keys, const SiteConfigOptions& options) {
    // Jekyll marks a post of `_drafts` with `draft`; the profile's keys say the rest.
    std::string draft = "page.draft";
    if (!keys.draft.empty()) draft += " or " + field(keys.draft) + " == true";
    if (!keys.published.empty()) draft += " or " + field(keys.published) + " == false";
    std::string extra = "{";
    for (const std::string& key : options.custom_keys) {
        if (extra.size() > 1) extra += ", ";
        extra += string_literal(key) + ": {{ " + field(key) + " | jsonify }}";
    }
    extra += "}";
    return fill(kPost, {{"COVER", field(keys.cover)},
                        {"TITLE", field(keys.title)},
                        {"UPDATED", field(keys.updated)},
                        {"SUMMARY", field(keys.summary)},
                        {"DESCRIPTION", field(keys.description)},
                        {"TAGS", field(keys.tags)},
                        {"CATEGORIES", field(keys.categories)},
                        {"DRAFT", draft},
                        {"EXTRA", extra}});
}

}  // namespace

std::vector<OutputFile> jekyll(const FactKeys& keys, const SiteConfigOptions& options) {
    return {
        {"_config.yml", config(options)},
        {"_layouts/default.html", std::string(kDefault)},
        {"_layouts/post.html", post(keys, options)},
        {"_layouts/page.html", std::string(kPage)},
        {"index.html", std::string(kIndex)},
    };
}

}  // namespace folio::site_config
