#include <toml++/toml.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {

namespace {

// The text of 1-based `line`, for the caret under a diagnostic.
std::string line_text(std::string_view text, std::uint32_t line) {
    std::size_t start = 0;
    for (std::uint32_t n = 1; n < line && start != std::string_view::npos; ++n) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos || start > text.size()) return {};
    const std::size_t end = text.find('\n', start);
    return std::string(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

}  // namespace

std::vector<RedirectRule> parse_netlify_toml(std::string_view text, const std::string& file,
                                             Diagnostics& diagnostics) {
    toml::table document;
    try {
        document = toml::parse(text, file);
    } catch (const toml::parse_error& error) {
        const toml::source_position begin = error.source().begin;
        diagnostics.report(Diagnostic{Severity::error, "verify.redirects.syntax",
                                      "not TOML: " + std::string(error.description()), file, begin.line,
                                      begin.column, line_text(text, begin.line)});
        return {};
    }
    std::vector<RedirectRule> rules;
    const toml::array* redirects = document["redirects"].as_array();
    if (redirects == nullptr) return rules;
    for (const toml::node& node : *redirects) {
        const toml::table* entry = node.as_table();
        if (entry == nullptr) continue;
        RedirectRule rule;
        rule.kind = PatternKind::placeholders;
        rule.file = file;
        rule.line = entry->source().begin.line;
        rule.from = (*entry)["from"].value_or(std::string());
        rule.to = (*entry)["to"].value_or(std::string());
        rule.status = static_cast<int>((*entry)["status"].value_or(std::int64_t{301}));
        rule.before_files = (*entry)["force"].value_or(false);
        const bool gone = rule.status == 404 || rule.status == 410;
        if (rule.from.empty() || rule.from.front() != '/' || (rule.to.empty() && !gone)) {
            diagnostics.report(Diagnostic{Severity::warning, "verify.redirects.syntax",
                                          "a [[redirects]] entry needs 'from' (a path) and 'to'; it is not evaluated",
                                          file, rule.line, entry->source().begin.column,
                                          line_text(text, rule.line)});
            continue;
        }
        // Conditions (`query`, `conditions`) depend on the request: not evaluated.
        if (entry->contains("query") || entry->contains("conditions")) continue;
        rules.push_back(std::move(rule));
    }
    return rules;
}

}  // namespace folio::verify
