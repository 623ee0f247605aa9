#include "src/engine/engine_site_config.hpp"

#include <cctype>
#include <initializer_list>
#include <stdexcept>
#include <utility>

#include "src/engine/site_config_parts.hpp"
#include "src/text/json_writer.hpp"
#include "src/text/language_tag.hpp"

namespace folio {

namespace site_config {

namespace {

std::string_view first_key(const EngineProfile& target, std::initializer_list<MetaField> fields,
                           std::string_view folio_name = {}) {
    for (const KeyMeaning& meaning : target.keys) {
        for (const MetaField field : fields) {
            if (meaning.field == field) return meaning.key;
        }
    }
    return folio_name;
}

}  // namespace

FactKeys fact_keys(const EngineProfile& target) {
    FactKeys keys;
    keys.title = first_key(target, {MetaField::title});
    keys.date = first_key(target, {MetaField::date});
    // A field the engine has no key for is written under folio's own name
    // (`front_matter_for_profile`): the page reads it there, so no fact is lost on the way.
    keys.updated = first_key(target, {MetaField::updated}, "updated");
    keys.summary = first_key(target, {MetaField::summary}, "summary");
    keys.description = first_key(target, {MetaField::description});
    keys.tags = first_key(target, {MetaField::tags});
    keys.categories = first_key(target, {MetaField::categories}, "categories");
    keys.draft = first_key(target, {MetaField::draft});
    keys.published = first_key(target, {MetaField::published});
    keys.cover =
        first_key(target, {MetaField::cover, MetaField::cover_image, MetaField::cover_path},
                  "cover");
    keys.slug = first_key(target, {MetaField::slug});
    return keys;
}

BaseUrl split_base_url(std::string_view base_url) {
    BaseUrl split;
    const std::size_t scheme = base_url.find("://");
    const std::size_t path_start =
        base_url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
    split.origin = std::string(base_url.substr(0, path_start));
    if (path_start != std::string_view::npos) {
        std::string_view path = base_url.substr(path_start);
        while (!path.empty() && path.back() == '/') path.remove_suffix(1);
        split.path = std::string(path);
    }
    return split;
}

std::vector<PermalinkPiece> permalink_pieces(std::string_view pattern) {
    static constexpr std::pair<std::string_view, PermalinkPiece::Kind> kPlaceholders[] = {
        {":year", PermalinkPiece::Kind::year},
        {":month", PermalinkPiece::Kind::month},
        {":day", PermalinkPiece::Kind::day},
        {":slug", PermalinkPiece::Kind::slug},
    };
    std::vector<PermalinkPiece> pieces;
    std::size_t at = 0;
    while (at < pattern.size()) {
        bool matched = false;
        for (const auto& [name, kind] : kPlaceholders) {
            if (pattern.substr(at, name.size()) != name) continue;
            // `:years` is text: a placeholder ends where the name does.
            const std::size_t end = at + name.size();
            if (end < pattern.size() && std::isalnum(static_cast<unsigned char>(pattern[end]))) {
                continue;
            }
            pieces.push_back({kind, {}});
            at = end;
            matched = true;
            break;
        }
        if (matched) continue;
        if (pieces.empty() || pieces.back().kind != PermalinkPiece::Kind::text) {
            pieces.push_back({PermalinkPiece::Kind::text, {}});
        }
        pieces.back().text += pattern[at++];
    }
    return pieces;
}

std::string permalink_with(const std::vector<PermalinkPiece>& pieces, std::string_view slug) {
    std::string out;
    for (const PermalinkPiece& piece : pieces) {
        switch (piece.kind) {
            case PermalinkPiece::Kind::text:
                out += piece.text;
                break;
            case PermalinkPiece::Kind::year:
                out += ":year";
                break;
            case PermalinkPiece::Kind::month:
                out += ":month";
                break;
            case PermalinkPiece::Kind::day:
                out += ":day";
                break;
            case PermalinkPiece::Kind::slug:
                out += slug;
                break;
        }
    }
    return out;
}

std::string permalink_javascript(const std::vector<PermalinkPiece>& pieces, std::string_view date,
                                 std::string_view slug) {
    std::string out = "`";
    for (const PermalinkPiece& piece : pieces) {
        switch (piece.kind) {
            case PermalinkPiece::Kind::text:
                for (const char c : piece.text) {
                    // Template-literal specials are text here.
                    if (c == '`' || c == '\\' || c == '$') out += '\\';
                    out += c;
                }
                break;
            case PermalinkPiece::Kind::year:
                out += "${" + std::string(date) + ".getUTCFullYear()}";
                break;
            case PermalinkPiece::Kind::month:
                out += "${String(" + std::string(date) + ".getUTCMonth() + 1).padStart(2, \"0\")}";
                break;
            case PermalinkPiece::Kind::day:
                out += "${String(" + std::string(date) + ".getUTCDate()).padStart(2, \"0\")}";
                break;
            case PermalinkPiece::Kind::slug:
                out += "${" + std::string(slug) + "}";
                break;
        }
    }
    return out + "`";
}

std::string fill(std::string_view text,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('@', at);
        if (open == std::string_view::npos) break;
        std::size_t close = open + 1;
        while (close < text.size() &&
               (std::isupper(static_cast<unsigned char>(text[close])) || text[close] == '_')) {
            ++close;
        }
        out.append(text.substr(at, open - at));
        if (close == open + 1 || close >= text.size() || text[close] != '@') {
            out += '@';  // an `@` of the template's own
            at = open + 1;
            continue;
        }
        const std::string_view name = text.substr(open + 1, close - open - 1);
        bool found = false;
        for (const auto& [key, value] : values) {
            if (key != name) continue;
            out.append(value);
            found = true;
            break;
        }
        if (!found)
            throw std::logic_error("site template placeholder without a value: " +
                                   std::string(name));
        at = close + 1;
    }
    out.append(text.substr(at));
    return out;
}

std::string string_literal(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

std::string javascript_field(std::string_view data, std::string_view key) {
    if (key.empty()) return "null";
    return std::string(data) + "[" + string_literal(key) + "]";
}

std::string javascript_draft(std::string_view data, const FactKeys& keys) {
    std::string draft = javascript_field(data, keys.draft) + " === true";
    if (!keys.published.empty()) {
        draft += " || " + javascript_field(data, keys.published) + " === false";
    }
    return draft;
}

std::string javascript_custom_keys(std::string_view data, const std::vector<std::string>& keys) {
    std::string out = "{";
    for (const std::string& key : keys) {
        if (out.size() > 1) out += ", ";
        out += string_literal(key) + ": " + javascript_field(data, key) + " ?? null";
    }
    return out + "}";
}

std::string html_language_attributes(const SiteConfigOptions& options) {
    // A tag is letters, digits and hyphens: nothing in it needs escaping in an attribute.
    std::string tag = language_tag(options.language);
    if (tag.empty()) tag = "en";
    return "lang=\"" + tag + "\"" + (is_right_to_left(tag) ? " dir=\"rtl\"" : "");
}

std::string_view copied_file_extensions() {
    return "png,jpg,jpeg,gif,svg,webp,avif,ico,pdf,mp3,ogg,m4a,mp4,webm,zip";
}

}  // namespace site_config

std::vector<std::string_view> engine_config_file_names(const EngineProfile& target) {
    if (target.name == "hugo") {
        return {"hugo.toml",   "hugo.yaml",   "hugo.json", "config.toml",
                "config.yaml", "config.json", "config/"};
    }
    if (target.name == "jekyll") return {"_config.yml", "_config.yaml", "_config.toml"};
    if (target.name == "eleventy") {
        return {".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"};
    }
    if (target.name == "astro") {
        return {"astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts",
                "astro.config.cjs"};
    }
    return {};
}

std::vector<OutputFile> engine_site_config(const EngineProfile& target,
                                           const SiteConfigOptions& options) {
    const site_config::FactKeys keys = site_config::fact_keys(target);
    if (target.name == "hugo") return site_config::hugo(keys, options);
    if (target.name == "jekyll") return site_config::jekyll(keys, options);
    if (target.name == "eleventy") return site_config::eleventy(keys, options);
    if (target.name == "astro") return site_config::astro(keys, options);
    // Next.js and Gatsby sites are applications of their own, not a configuration to add.
    return {};
}

}  // namespace folio
