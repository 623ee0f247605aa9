#include "formats/migrate/target_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "src/text/ascii_case.hpp"

namespace folio {

namespace {

std::string day_of(const Article& article) {
    if (!article.meta.date) return "0000-00-00";
    const Date& d = *article.meta.date;
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year % 10000, d.month % 100, d.day % 100);
    return text;
}

std::string extension_of(const Article& article) {
    const std::string& path = article.source.path;
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return "md";
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(c | 0x20);
    // MDX keeps its extension where the engine reads it; every other source is Markdown now.
    return ext == "mdx" ? "mdx" : "md";
}

}  // namespace

std::string expand_output_pattern(std::string_view pattern, const Article& article,
                                  std::string_view dir, std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += pattern[i++];
            continue;
        }
        const std::string_view token = pattern.substr(i + 1, close - i - 1);
        if (token == "slug") {
            out += article.slug;
        } else if (token == "date") {
            out += day_of(article);
        } else if (token == "ext") {
            out += extension_of(article);
        } else if (token == "dir") {
            out += dir;
        } else if (token == "name") {
            out += name;
        } else {
            out.append(pattern.substr(i, close - i + 1));
        }
        i = close + 1;
    }
    return out;
}

bool lacks_date_for(const Article& article, const EngineProfile& target) {
    return !article.meta.date && !places_as_page(article, target) &&
           !target.output.draft_path.empty() &&
           target.output.article_path.find("{date}") != std::string_view::npos;
}

namespace {

// The name a translation shares with the others of its group: its file's stem without the
// language (`post.fa.md`, `post/index.fa.md`: `post`).
std::string translation_name(const Article& article) {
    const std::filesystem::path path(article.source.path);
    std::string stem = path.stem().string();
    // The language is kept in lower case (`index.pt-BR.md`: `pt-br`), the file name as written.
    const std::string suffix = "." + article.source.file_language;
    if (stem.size() > suffix.size() && ascii_lower(stem).ends_with(suffix))
        stem.resize(stem.size() - suffix.size());
    if ((stem == "index" || stem == "_index") && path.has_parent_path())
        stem = path.parent_path().filename().string();
    return stem;
}

// `article` under its translation group's name, so that every translation of a post lands in
// one bundle (`content/posts/post/index.fa.md`) at one path per language.
Article named_as_translation(const Article& article) {
    Article named;
    named.meta.date = article.meta.date;
    named.meta.page = article.meta.page;
    named.meta.draft = article.meta.draft;
    named.source.path = article.source.path;
    named.slug = translation_name(article);
    return named;
}

}  // namespace

bool keeps_translation(const Article& article, const EngineProfile& target) {
    return target.translations_in_file_name && !article.source.file_language.empty();
}

std::string article_output_path(const Article& article, const EngineProfile& target) {
    if (keeps_translation(article, target)) {
        // The language back in the file name, before its extension: Hugo's translations.
        std::string path = article_output_path(named_as_translation(article), target);
        const std::size_t dot = path.rfind('.');
        if (dot != std::string::npos && path.find('/', dot) == std::string::npos)
            path.insert(dot, "." + ascii_lower(article.source.file_language));
        return path;
    }
    const EngineOutput& layout = target.output;
    if (places_as_page(article, target)) return expand_output_pattern(layout.page_path, article);
    const bool drafts_apart = !layout.draft_path.empty();
    if (drafts_apart && (article.meta.draft || lacks_date_for(article, target)))
        return expand_output_pattern(layout.draft_path, article);
    return expand_output_pattern(layout.article_path, article);
}

std::string copied_as_is_folder(const EngineProfile& target) {
    if (target.name == "hugo" || target.name == "gatsby") return "static/";
    if (target.name == "astro" || target.name == "nextjs") return "public/";
    return {};
}

UrlRules new_url_rules(const EngineProfile& target, std::string_view permalink,
                       std::string_view base_url, bool writes_site_config) {
    if (permalink.empty() && !writes_site_config && target.name == "jekyll") permalink = "date";
    return target_url_rules(target, permalink, base_url);
}

std::string new_url(const Article& article, const EngineProfile& target, const UrlRules& rules) {
    if (keeps_translation(article, target)) {
        // The translation group's URL, under its language's folder (`/fa/posts/post/`).
        std::string url = new_url(named_as_translation(article), target, rules);
        const std::string language = ascii_lower(article.source.file_language);
        if (rules.language_folders.contains(language))
            url.insert(std::min(url.size(), rules.base_path.size()), "/" + language);
        return url;
    }
    // Hugo's `url` is the page's URL, written back under that key: the page stays there.
    if (!article.meta.url.empty()) {
        for (const KeyMeaning& meaning : target.keys) {
            if (meaning.field == MetaField::url) return article.meta.url;
        }
    }
    if (places_as_page(article, target)) {
        UrlRules page = rules;
        page.syntax = PermalinkSyntax::plain;
        page.pattern = std::string(target.output.page_permalink);
        page.section_patterns.clear();
        return page.url_of(article);
    }
    return rules.url_of(article);
}

bool places_as_page(const Article& article, const EngineProfile& target) {
    return article.meta.page && !target.output.page_path.empty();
}

}  // namespace folio
