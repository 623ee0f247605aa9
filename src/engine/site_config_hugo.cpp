// Hugo: `hugo.toml` and the three layouts a site without a theme needs. Hugo writes the alias
// (redirect) pages itself from each page's `aliases`.

#include <cctype>

#include "src/engine/site_config_parts.hpp"
#include "src/text/ascii_case.hpp"

namespace folio::site_config {

namespace {

constexpr std::string_view kConfig =
    R"(# The smallest Hugo configuration for this migrated site (written by folio migrate --site;
# yours to edit: folio never writes over it).
baseURL = @BASE_URL@
@SETTINGS@
[permalinks]
  @SECTION@ = @PERMALINK@
@FRONT_MATTER@
# Raw HTML in the posts is kept, as the source engine kept it.
[markup.goldmark.renderer]
  unsafe = true
# Attributes of a block ({.prompt-tip} on the line after it), as Jekyll's kramdown reads them.
[markup.goldmark.parser.attribute]
  block = true
)";

// Hugo's default takes the date (or git, or the file's time) where no `lastmod` is written: the
// page would show an update the source never had.
constexpr std::string_view kLastmod = R"(
[frontmatter]
  lastmod = [@KEY@]
)";

constexpr std::string_view kBaseOf = R"(<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode | default "en" }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }}</title>
</head>
<body>
{{ block "main" . }}{{ end }}
</body>
</html>
)";

constexpr std::string_view kList = R"({{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>
{{- range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{- end }}
</ul>
{{ end }}
)";

constexpr std::string_view kSingle = R"({{ define "main" }}
{{- /* The page's facts as JSON, for tools that compare them with the source. */ -}}
{{- $date := "" }}{{ if not .Date.IsZero }}{{ $date = .Date.Format "2006-01-02T15:04:05Z07:00" }}{{ end -}}
{{- $updated := "" }}{{ if not .Lastmod.IsZero }}{{ $updated = .Lastmod.Format "2006-01-02T15:04:05Z07:00" }}{{ end -}}
{{- $cover := @COVER@ }}{{ if reflect.IsMap $cover }}{{ $cover = index $cover "image" }}{{ end -}}
<script type="application/json" id="folio-page">{{ dict
  "title" .Title
  "date" $date
  "updated" $updated
  "summary" @SUMMARY@
  "description" @DESCRIPTION@
  "tags" @TAGS@
  "categories" @CATEGORIES@
  "draft" .Draft
  "cover" $cover
  "extra" @EXTRA@
  | jsonify | safeJS }}</script>
<article>
<h1>{{ .Title }}</h1>
{{ with $date }}<p><time datetime="{{ . }}">{{ . }}</time></p>{{ end }}
{{ .Content }}
</article>
{{ end }}
)";

// Hugo lower-cases every front-matter key in `.Params`.
std::string param(std::string_view key) {
    if (key.empty()) return "\"\"";
    return "(index .Params " + string_literal(ascii_lower(key)) + ")";
}

std::string config(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string settings;
    if (!options.title.empty()) settings += "title = " + string_literal(options.title) + "\n";
    if (!options.language.empty())
        settings += "languageCode = " + string_literal(options.language) + "\n";
    if (!options.time_zone.empty() && options.time_zone != "UTC") {
        settings += "timeZone = " + string_literal(options.time_zone) + "\n";
    }
    if (options.include_drafts) settings += "buildDrafts = true\n";
    if (options.redirect_form == SiteRedirectForm::none) {
        settings +=
            "# Old URLs are redirected by the server's rules, not by alias pages.\n"
            "disableAliases = true\n";
    }
    if (!options.languages.empty()) {
        // Last among the settings: each language is a table of its own.
        settings += "defaultContentLanguage = " + string_literal(options.default_language) + "\n";
        if (options.default_language_in_subdir) settings += "defaultContentLanguageInSubdir = true\n";
        int weight = 1;
        for (const std::string& language : options.languages)
            settings += "[languages." + language + "]\n  weight = " + std::to_string(weight++) + "\n";
    }
    const std::string lastmod = keys.updated.empty()
                                    ? std::string()
                                    : fill(kLastmod, {{"KEY", string_literal(keys.updated)}});
    return fill(kConfig, {{"BASE_URL", string_literal(options.base_url)},
                          {"SETTINGS", settings},
                          {"SECTION", string_literal(options.section)},
                          {"PERMALINK", string_literal(permalink_with(
                                            permalink_pieces(options.permalink), ":slug"))},
                          {"FRONT_MATTER", lastmod}});
}

std::string single(const FactKeys& keys, const SiteConfigOptions& options) {
    std::string extra = "(dict";
    for (const std::string& key : options.custom_keys) {
        extra += " " + string_literal(key) + " " + param(key);
    }
    extra += ")";
    return fill(kSingle, {{"COVER", param(keys.cover)},
                          {"SUMMARY", param(keys.summary)},
                          {"DESCRIPTION", param(keys.description)},
                          {"TAGS", param(keys.tags)},
                          {"CATEGORIES", param(keys.categories)},
                          {"EXTRA", extra}});
}

}  // namespace

std::vector<OutputFile> hugo(const FactKeys& keys, const SiteConfigOptions& options) {
    return {
        {"hugo.toml", config(keys, options)},
        {"layouts/_default/baseof.html", std::string(kBaseOf)},
        {"layouts/_default/list.html", std::string(kList)},
        {"layouts/_default/single.html", single(keys, options)},
    };
}

}  // namespace folio::site_config
