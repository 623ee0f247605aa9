#include "src/pipeline/detect_engine.hpp"

#include <array>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "src/source/file_head.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

bool file_exists(const fs::path& path) {
    std::error_code ignored;
    return fs::exists(path, ignored);
}

// The first 64 KiB: configuration files are small, and a detector must not read a huge file.
std::string head_of(const fs::path& path) {
    return file_head(path, 64 * 1024);
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    for (const std::string_view word : words) {
        if (text.find(word) != std::string_view::npos) return true;
    }
    return false;
}

// `config.toml` is a common name; only Hugo's own keys make it Hugo's.
bool is_hugo_config(const fs::path& path) {
    return file_exists(path) && contains_any(head_of(path), {"baseURL", "baseurl", "theme", "languageCode",
                                                        "defaultContentLanguage", "[params]",
                                                        "params:", "\"params\""});
}

// A dependency named exactly `name` in package.json, as `"name":`.
bool depends_on(std::string_view package_json, std::string_view name) {
    return package_json.find("\"" + std::string(name) + "\"") != std::string_view::npos;
}

const EngineProfile* engine_in(const fs::path& folder) {
    for (const char* name : {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"}) {
        if (file_exists(folder / name)) return find_engine_profile("hugo");
    }
    if (file_exists(folder / "config" / "_default")) return find_engine_profile("hugo");
    for (const char* name : {"config.toml", "config.yaml", "config.yml", "config.json"}) {
        if (is_hugo_config(folder / name)) return find_engine_profile("hugo");
    }
    for (const char* name : {"_config.yml", "_config.yaml", "_config.toml"}) {
        if (file_exists(folder / name)) return find_engine_profile("jekyll");
    }
    for (const char* name : {"astro.config.mjs", "astro.config.js", "astro.config.ts",
                             "astro.config.mts", "astro.config.cjs"}) {
        if (file_exists(folder / name)) return find_engine_profile("astro");
    }
    for (const char* name : {".eleventy.js", ".eleventy.cjs", "eleventy.config.js",
                             "eleventy.config.cjs", "eleventy.config.mjs", "eleventy.config.ts"}) {
        if (file_exists(folder / name)) return find_engine_profile("eleventy");
    }
    if (const fs::path package = folder / "package.json"; file_exists(package)) {
        const std::string text = head_of(package);
        if (depends_on(text, "next")) return find_engine_profile("nextjs");
        if (depends_on(text, "gatsby")) return find_engine_profile("gatsby");
        if (depends_on(text, "astro")) return find_engine_profile("astro");
        if (depends_on(text, "@11ty/eleventy")) return find_engine_profile("eleventy");
    }
    return nullptr;
}

}  // namespace

const EngineProfile* detect_engine(const std::string& folder) {
    return detect_site(folder).engine;
}

DetectedSite detect_site(const std::string& folder) {
    std::error_code ec;
    fs::path at = fs::absolute(folder.empty() ? fs::path(".") : fs::path(folder), ec);
    if (ec) return {};
    at = at.lexically_normal();
    for (int level = 0; level <= kEngineSearchDepth; ++level) {
        if (const EngineProfile* engine = engine_in(at)) return {engine, at.string()};
        if (!at.has_parent_path() || at.parent_path() == at) break;
        at = at.parent_path();
    }
    return {};
}

const EngineProfile* EngineDetector::engine_for(std::string_view path) {
    if (path == "-") return nullptr;
    const std::size_t slash = path.rfind('/');
    const std::string_view prefix =
        slash == std::string_view::npos ? std::string_view() : path.substr(0, slash + 1);
    if (const auto found = by_prefix_.find(prefix); found != by_prefix_.end()) return found->second;
    const std::string folder = fs::path(path).parent_path().string();
    const EngineProfile* engine = nullptr;
    if (const auto found = by_folder_.find(folder); found != by_folder_.end()) {
        engine = found->second;
    } else {
        engine = detect_engine(folder);
        by_folder_.emplace(folder, engine);
    }
    by_prefix_.emplace(std::string(prefix), engine);
    return engine;
}

}  // namespace folio
