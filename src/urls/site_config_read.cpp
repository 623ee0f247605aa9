#include "src/text/ascii_case.hpp"
#include "src/urls/site_config_read.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <toml++/toml.h>

namespace folio {

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Diagnostic syntax_error(const fs::path& path, std::string message, std::uint32_t line,
                        std::uint32_t column) {
    Diagnostic error;
    error.severity = Severity::error;
    error.code = "urls.config.syntax";
    error.message = "cannot read the site configuration: " + std::move(message);
    error.path = path.string();
    error.line = line;
    error.column = column;
    return error;
}

// What a file of config/_default/ holds: the whole configuration, or one key's table
// (`permalinks.toml` is the `permalinks` table).
enum class FileRole { whole, permalinks, languages };

// One configuration file's settings, whatever its syntax: the keys folio reads, lowercased
// (Hugo's keys are case-insensitive: `baseURL` and `baseurl` are one key).
struct Settings {
    std::map<std::string, std::string> scalars;
    std::map<std::string, std::string> permalinks_flat;  // `permalinks: {posts: ...}`
    std::map<std::string, std::string> permalinks_page;  // `permalinks: {page: {posts: ...}}`
    std::set<std::string, std::less<>> languages;         // the keys of `languages`
    std::vector<std::string> collections;                 // Jekyll's, by name
    std::string posts_permalink;  // Jekyll's `defaults` for posts: `values: {permalink: ...}`
};

void put_permalink(Settings& settings, const std::string& key, const std::string& value,
                   const std::string& kind) {
    if (kind.empty()) settings.permalinks_flat[key] = value;
    else if (kind == "page") settings.permalinks_page[key] = value;
}

// --- TOML -------------------------------------------------------------------------------

void permalinks_from_toml(const toml::table& table, Settings& settings, const std::string& kind) {
    for (const auto& [key, node] : table) {
        const std::string name(key.str());
        if (const auto* value = node.as_string()) put_permalink(settings, name, value->get(), kind);
        else if (const auto* sub = node.as_table(); sub && kind.empty()) {
            permalinks_from_toml(*sub, settings, ascii_lower(name));
        }
    }
}

Result<Settings> toml_settings(const fs::path& path, FileRole whole_file_is) {
    const std::string text = read_file(path);
    toml::table table;
    try {
        table = toml::parse(text, path.string());
    } catch (const toml::parse_error& error) {
        return syntax_error(path, std::string(error.description()), error.source().begin.line,
                            error.source().begin.column);
    }
    Settings settings;
    if (whole_file_is == FileRole::permalinks) {
        permalinks_from_toml(table, settings, "");
        return settings;
    }
    if (whole_file_is == FileRole::languages) {
        for (const auto& [key, node] : table) settings.languages.insert(ascii_lower(key.str()));
        return settings;
    }
    for (const auto& [key, node] : table) {
        const std::string name = ascii_lower(key.str());
        if (name == "permalinks") {
            if (const auto* sub = node.as_table()) permalinks_from_toml(*sub, settings, "");
        } else if (name == "languages") {
            if (const auto* sub = node.as_table()) {
                for (const auto& [language, ignored] : *sub) settings.languages.insert(ascii_lower(language.str()));
            }
        } else if (const auto* value = node.as_string()) {
            settings.scalars[name] = value->get();
        } else if (const auto* flag = node.as_boolean()) {
            settings.scalars[name] = flag->get() ? "true" : "false";
        }
    }
    return settings;
}

// --- YAML and JSON (yaml-cpp reads both) ------------------------------------------------

void permalinks_from_yaml(const YAML::Node& map, Settings& settings, const std::string& kind) {
    for (const auto& entry : map) {
        const std::string name = entry.first.as<std::string>();
        if (entry.second.IsScalar()) {
            put_permalink(settings, name, entry.second.as<std::string>(), kind);
        } else if (entry.second.IsMap() && kind.empty()) {
            permalinks_from_yaml(entry.second, settings, ascii_lower(name));
        }
    }
}

// The permalink Jekyll's front matter defaults give every post (Chirpy's
// `defaults: [{scope: {path: "", type: posts}, values: {permalink: /posts/:title/}}]`): the
// last default whose scope takes all posts, as later defaults override earlier ones.
std::string posts_default_permalink(const YAML::Node& defaults) {
    // A missing key is an invalid node, which throws when asked its type.
    const auto scalar_at = [](const YAML::Node& map, const char* key) -> std::optional<std::string> {
        if (!map.IsDefined() || !map.IsMap()) return std::nullopt;
        const YAML::Node node = map[key];
        if (!node.IsDefined() || !node.IsScalar()) return std::nullopt;
        return node.as<std::string>();
    };
    std::string permalink;
    for (const YAML::Node& item : defaults) {
        if (!item.IsMap()) continue;
        const YAML::Node scope = item["scope"];
        const std::optional<std::string> value = scalar_at(item["values"], "permalink");
        if (!value || !scope.IsDefined() || !scope.IsMap()) continue;
        const std::optional<std::string> path = scalar_at(scope, "path");
        const bool posts = scalar_at(scope, "type") == "posts";
        const bool whole_site = !path || path->empty();
        if (posts && whole_site) permalink = *value;
    }
    return permalink;
}

Result<Settings> yaml_settings(const fs::path& path, FileRole whole_file_is) {
    Settings settings;
    try {
        const YAML::Node root = YAML::Load(read_file(path));
        if (!root.IsMap()) return settings;
        if (whole_file_is == FileRole::permalinks) {
            permalinks_from_yaml(root, settings, "");
            return settings;
        }
        if (whole_file_is == FileRole::languages) {
            for (const auto& entry : root) settings.languages.insert(ascii_lower(entry.first.as<std::string>()));
            return settings;
        }
        for (const auto& entry : root) {
            const std::string name = ascii_lower(entry.first.as<std::string>());
            if (name == "permalinks" && entry.second.IsMap()) {
                permalinks_from_yaml(entry.second, settings, "");
            } else if (name == "languages" && entry.second.IsMap()) {
                for (const auto& language : entry.second) {
                    settings.languages.insert(ascii_lower(language.first.as<std::string>()));
                }
            } else if (name == "collections" && (entry.second.IsMap() || entry.second.IsSequence())) {
                // A map of name → settings, or (older Jekyll) a list of names.
                for (const auto& collection : entry.second) {
                    const YAML::Node key = entry.second.IsMap() ? collection.first : collection;
                    if (key.IsScalar()) settings.collections.push_back(key.as<std::string>());
                }
            } else if (name == "defaults" && entry.second.IsSequence()) {
                settings.posts_permalink = posts_default_permalink(entry.second);
            } else if (entry.second.IsScalar()) {
                settings.scalars[name] = entry.second.as<std::string>();
            }
        }
    } catch (const YAML::Exception& error) {
        return syntax_error(path, error.msg, static_cast<std::uint32_t>(error.mark.line + 1),
                            static_cast<std::uint32_t>(error.mark.column + 1));
    }
    return settings;
}

Result<Settings> settings_of(const fs::path& path, FileRole whole_file_is) {
    if (path.extension() == ".toml") return toml_settings(path, whole_file_is);
    return yaml_settings(path, whole_file_is);
}

bool is_file(const fs::path& path) {
    std::error_code ignored;
    return fs::is_regular_file(path, ignored);
}

// Later files override earlier ones, key by key, as Hugo merges config/_default/ into the
// root file's settings.
void merge(Settings& into, const Settings& from) {
    for (const auto& [k, v] : from.scalars) into.scalars[k] = v;
    for (const auto& [k, v] : from.permalinks_flat) into.permalinks_flat[k] = v;
    for (const auto& [k, v] : from.permalinks_page) into.permalinks_page[k] = v;
    into.languages.insert(from.languages.begin(), from.languages.end());
}

std::string scalar(const Settings& settings, const std::string& key) {
    const auto found = settings.scalars.find(key);
    return found == settings.scalars.end() ? std::string{} : found->second;
}

Result<SiteConfig> read_hugo(SiteConfig config) {
    const fs::path root(config.folder);
    Settings settings;
    bool found = false;
    // Hugo reads hugo.* first and config.* only when there is none (hugo.toml wins since
    // 0.110), then merges config/_default/ over it.
    for (const char* name : {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
                             "config.yaml", "config.yml", "config.json"}) {
        const fs::path path = root / name;
        if (!is_file(path)) continue;
        Result<Settings> read = settings_of(path, FileRole::whole);
        if (!read) return read.error();
        settings = std::move(*read);
        config.config_file = path.string();
        found = true;
        break;
    }
    const fs::path defaults = root / "config" / "_default";
    for (const char* stem : {"hugo", "config", "permalinks", "languages"}) {
        const std::string_view role_name(stem);
        const FileRole role = role_name == "permalinks"  ? FileRole::permalinks
                              : role_name == "languages" ? FileRole::languages
                                                         : FileRole::whole;
        for (const char* extension : {".toml", ".yaml", ".yml", ".json"}) {
            const fs::path path = defaults / (std::string(stem) + extension);
            if (!is_file(path)) continue;
            Result<Settings> read = settings_of(path, role);
            if (!read) return read.error();
            merge(settings, *read);
            if (!found) config.config_file = path.string();
            found = true;
        }
    }
    config.base_url = scalar(settings, "baseurl");
    config.title = scalar(settings, "title");
    config.language = scalar(settings, "languagecode");
    if (config.language.empty()) config.language = scalar(settings, "defaultcontentlanguage");
    config.ugly_urls = scalar(settings, "uglyurls") == "true";
    config.languages = std::move(settings.languages);
    if (const std::string language = ascii_lower(scalar(settings, "defaultcontentlanguage")); !language.empty()) {
        config.default_language = language;
    }
    config.default_language_in_subdir = scalar(settings, "defaultcontentlanguageinsubdir") == "true";
    if (const std::string dir = scalar(settings, "contentdir"); !dir.empty()) {
        config.content_dir = dir;
    }
    config.permalinks.insert(settings.permalinks_flat.begin(), settings.permalinks_flat.end());
    for (const auto& [section, pattern] : settings.permalinks_page) {
        config.permalinks[section] = pattern;
    }
    return config;
}

Result<SiteConfig> read_jekyll(SiteConfig config) {
    const fs::path root(config.folder);
    for (const char* name : {"_config.yml", "_config.yaml"}) {
        const fs::path path = root / name;
        if (!is_file(path)) continue;
        Result<Settings> read = settings_of(path, FileRole::whole);
        if (!read) return read.error();
        config.config_file = path.string();
        // Jekyll's keys are case-sensitive, but its own are all lowercase already.
        std::string base = scalar(*read, "url");
        std::string path_part = scalar(*read, "baseurl");
        if (!path_part.empty() && path_part.front() != '/') path_part.insert(0, "/");
        while (!base.empty() && base.back() == '/') base.pop_back();
        config.base_url = base + path_part;
        if (!config.base_url.empty() && config.base_url.back() != '/') config.base_url += '/';
        config.permalink = scalar(*read, "permalink");
        // Front matter defaults override the site's permalink for the posts they scope.
        if (!read->posts_permalink.empty()) config.permalink = read->posts_permalink;
        config.timezone = scalar(*read, "timezone");
        config.title = scalar(*read, "title");
        config.language = scalar(*read, "lang");
        for (std::string& name : read->collections) {
            if (name != "posts") config.collections.push_back(std::move(name));
        }
        break;
    }
    return config;
}

// Eleventy's configuration is JavaScript, which folio does not run; the input folder is read
// where it is written as the starters write it, `input: "content"` (eleventy-base-blog).
SiteConfig read_eleventy(SiteConfig config) {
    config.content_dir = ".";
    const fs::path root(config.folder);
    for (const char* name : {"eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs",
                             "eleventy.config.ts", ".eleventy.js", ".eleventy.cjs"}) {
        const fs::path path = root / name;
        if (!is_file(path)) continue;
        config.config_file = path.string();
        const std::string text = read_file(path);
        const std::size_t key = text.find("input:");
        if (key == std::string::npos) break;
        std::size_t at = text.find_first_not_of(" \t", key + 6);
        if (at == std::string::npos || (text[at] != '"' && text[at] != '\'')) break;
        const std::size_t end = text.find(text[at], at + 1);
        if (end != std::string::npos) config.content_dir = text.substr(at + 1, end - at - 1);
        break;
    }
    return config;
}

}  // namespace

Result<SiteConfig> read_site_config(const std::string& site_folder, std::string_view engine) {
    SiteConfig config;
    config.folder = site_folder;
    if (engine == "hugo") return read_hugo(std::move(config));
    if (engine == "jekyll") return read_jekyll(std::move(config));
    if (engine == "eleventy") return read_eleventy(std::move(config));
    return config;
}

}  // namespace folio
