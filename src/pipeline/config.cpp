#include "src/pipeline/config.hpp"

#include <filesystem>
#include <sstream>
#include <toml++/toml.h>

#include "src/pipeline/load_articles.hpp"
#include "src/source/source_text.hpp"
#include "src/text/closest_word.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kKnownKeys[] = {"title",     "base_url", "author", "language",
                                           "time_zone", "style",    "static", "description",
                                           "websub_hub"};

// What other engines' configurations call the same settings (Hugo's config.toml, Jekyll's
// _config.yml): people copy them over.
constexpr std::pair<std::string_view, std::string_view> kOtherEnginesKeys[] = {
    {"baseURL", "base_url"},      {"baseurl", "base_url"},   {"url", "base_url"},
    {"languageCode", "language"}, {"lang", "language"},      {"defaultContentLanguage", "language"},
    {"timeZone", "time_zone"},    {"timezone", "time_zone"}, {"staticDir", "static"},
};

SourcePos position_of(const toml::node& node) {
    const auto& begin = node.source().begin;
    return {static_cast<std::uint32_t>(begin.line), static_cast<std::uint32_t>(begin.column)};
}

std::string unknown_key_message(std::string_view key) {
    std::string message = "unknown key '" + std::string(key) + "' in folio.toml is ignored";
    std::string known;
    for (const auto& [other, ours] : kOtherEnginesKeys) {
        if (other == key) known = ours;
    }
    if (known.empty()) known = closest_word(key, kKnownKeys);
    if (!known.empty()) message += "; did you mean '" + known + "'?";
    return message;
}

/// A command table's value as the command line spells it, or nullopt for a value no option
/// takes (tables, arrays, dates).
std::optional<std::string> option_text(const toml::node& node) {
    if (const auto* s = node.as_string()) return s->get();
    if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
    if (const auto* i = node.as_integer()) return std::to_string(i->get());
    if (const auto* f = node.as_floating_point()) {
        std::ostringstream out;
        out << f->get();
        return out.str();
    }
    return std::nullopt;
}

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
    const auto shared_source = std::make_shared<const SourceText>(path, *bytes);
    const SourceText& source = *shared_source;
    config.path = path;
    config.source = shared_source;

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
                            {"static", &config.static_dir},
                            {"description", &config.description},
                            {"websub_hub", &config.websub_hub}}) {
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
        if (known) continue;
        if (const auto* commands = node.as_table()) {
            // Command tables ([epub], [feed], ...): checked by the command that runs.
            ConfigTable out{std::string(key.str()), {}, position_of(node)};
            for (const auto& [option, value] : *commands) {
                const std::optional<std::string> text = option_text(value);
                if (!text) {
                    return source.diagnostic_at(
                        Severity::error, "config.type",
                        "'" + std::string(option.str()) + "' in [" + out.name +
                            "] must be a string, a number or true/false",
                        position_of(value));
                }
                out.settings.push_back({std::string(option.str()), *text, position_of(value)});
            }
            config.tables.push_back(std::move(out));
            continue;
        }
        diagnostics.report(source.diagnostic_at(Severity::warning, "config.unknown-key",
                                                unknown_key_message(key.str()),
                                                position_of(node)));
    }
    return config;
}

}  // namespace folio
