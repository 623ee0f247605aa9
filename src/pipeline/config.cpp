#include "src/pipeline/config.hpp"

#include <filesystem>
#include <toml++/toml.h>

#include "src/pipeline/load_articles.hpp"
#include "src/source/source_text.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kKnownKeys[] = {"title",     "base_url", "author", "language",
                                           "time_zone", "style",    "static"};

}  // namespace

std::optional<FrontMatterStyle> parse_style(std::string_view name) {
    if (name == "a" || name == "A") return FrontMatterStyle::a;
    if (name == "b" || name == "B") return FrontMatterStyle::b;
    return std::nullopt;
}

Result<Config> load_config(const std::string& explicit_path, Diagnostics& diagnostics) {
    Config config;
    std::string path = explicit_path;
    if (path.empty()) {
        std::error_code ec;
        if (!fs::exists("folio.toml", ec)) return config;
        path = "folio.toml";
    }
    Diagnostics read_problems;
    const std::optional<std::string> bytes = read_file_bytes(path, read_problems);
    if (!bytes) return read_problems.items().front();
    const SourceText source(path, *bytes);
    config.path = path;

    // toml++ is built with exceptions here (its default), so a parse error arrives as one.
    toml::table table;
    try {
        table = toml::parse(source.text(), path);
    } catch (const toml::parse_error& error) {
        const auto& begin = error.source().begin;
        return source.diagnostic_at(Severity::error, "config.syntax",
                                    "invalid folio.toml: " + std::string(error.description()),
                                    {static_cast<std::uint32_t>(begin.line),
                                     static_cast<std::uint32_t>(begin.column)});
    }
    auto string_value = [&](std::string_view key, std::string& out) -> std::optional<Diagnostic> {
        const toml::node* node = table.get(key);
        if (node == nullptr) return std::nullopt;
        if (const auto* s = node->as_string()) {
            out = s->get();
            return std::nullopt;
        }
        const auto& begin = node->source().begin;
        return source.diagnostic_at(Severity::error, "config.type",
                                    "'" + std::string(key) + "' must be a string",
                                    {static_cast<std::uint32_t>(begin.line),
                                     static_cast<std::uint32_t>(begin.column)});
    };
    std::string style;
    for (auto [key, out] : {std::pair<std::string_view, std::string*>{"title", &config.title},
                            {"base_url", &config.base_url},
                            {"author", &config.author},
                            {"language", &config.language},
                            {"time_zone", &config.time_zone},
                            {"style", &style},
                            {"static", &config.static_dir}}) {
        if (auto error = string_value(key, *out)) return *error;
    }
    if (!style.empty()) {
        config.style = parse_style(style);
        if (!config.style) {
            const auto& begin = table.get("style")->source().begin;
            return source.diagnostic_at(Severity::error, "config.style",
                                        "style must be \"a\" or \"b\", not \"" + style + "\"",
                                        {static_cast<std::uint32_t>(begin.line),
                                         static_cast<std::uint32_t>(begin.column)});
        }
    }
    if (!config.static_dir.empty() && fs::path(config.static_dir).is_relative()) {
        config.static_dir = (fs::path(path).parent_path() / config.static_dir).lexically_normal().generic_string();
    }
    for (const auto& [key, node] : table) {
        bool known = false;
        for (const auto k : kKnownKeys) known = known || key.str() == k;
        // Writer sections ([epub], [feed], ...) belong to the writers that read them.
        if (!known && !node.is_table()) {
            const auto& begin = node.source().begin;
            diagnostics.report(source.diagnostic_at(
                Severity::warning, "config.unknown-key",
                "unknown key '" + std::string(key.str()) + "' in folio.toml is ignored",
                {static_cast<std::uint32_t>(begin.line), static_cast<std::uint32_t>(begin.column)}));
        }
    }
    return config;
}

}  // namespace folio
