#include <cctype>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {

namespace {

std::vector<std::string_view> fields_of(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
        const std::size_t start = i;
        while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
        if (i > start) fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

// `301`, `200!`: the status and whether it is forced; false when `field` is no status.
bool read_status(std::string_view field, int& status, bool& force) {
    force = !field.empty() && field.back() == '!';
    if (force) field.remove_suffix(1);
    if (field.size() != 3) return false;
    for (const char c : field)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    status = (field[0] - '0') * 100 + (field[1] - '0') * 10 + (field[2] - '0');
    return true;
}

}  // namespace

std::vector<RedirectRule> parse_netlify_redirects(std::string_view text, const std::string& file,
                                                  Diagnostics& diagnostics) {
    std::vector<RedirectRule> rules;
    std::size_t pos = 0;
    std::uint32_t line_number = 0;
    bool noted_conditions = false;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        const std::size_t line_start = pos;
        pos = end + 1;
        ++line_number;
        const std::vector<std::string_view> fields = fields_of(line.substr(0, line.find('#')));
        if (fields.empty()) continue;
        int gone_status = 0;
        bool gone_force = false;
        // `/old 410`: gone, no destination.
        if (fields.size() == 2 && read_status(fields[1], gone_status, gone_force) &&
            (gone_status == 404 || gone_status == 410)) {
            RedirectRule rule;
            rule.from = std::string(fields[0]);
            rule.status = gone_status;
            rule.before_files = gone_force;
            rule.file = file;
            rule.line = line_number;
            rules.push_back(std::move(rule));
            continue;
        }
        if (fields.size() < 2) {
            diagnostics.report(diagnostic_at_offset(
                Severity::warning, "verify.redirects.syntax",
                "a rule needs a path and a destination; this line is not evaluated", file, text,
                line_start + static_cast<std::size_t>(fields[0].data() - line.data())));
            continue;
        }
        RedirectRule rule;
        rule.kind = PatternKind::placeholders;
        rule.from = std::string(fields[0]);
        rule.file = file;
        rule.line = line_number;
        // Query conditions (`id=:id`) sit between the path and the destination.
        std::size_t i = 1;
        bool conditional = false;
        while (i + 1 < fields.size() && fields[i].find('=') != std::string_view::npos &&
               fields[i].front() != '/' && fields[i].find("://") == std::string_view::npos) {
            conditional = true;
            ++i;
        }
        rule.to = std::string(fields[i]);
        ++i;
        if (i < fields.size()) {
            bool force = false;
            if (read_status(fields[i], rule.status, force)) {
                rule.before_files = force;
                ++i;
            }
        }
        // Country=, Language=, Role= conditions depend on the visitor.
        if (i < fields.size()) conditional = true;
        if (conditional) {
            if (!noted_conditions) {
                diagnostics.report(diagnostic_at_offset(
                    Severity::note, "verify.redirects.conditions",
                    "rules with query or visitor conditions are not evaluated", file, text,
                    line_start + static_cast<std::size_t>(fields[0].data() - line.data())));
                noted_conditions = true;
            }
            continue;
        }
        if (rule.from.empty() || (rule.from.front() != '/' && rule.from.find("://") == std::string::npos)) {
            diagnostics.report(diagnostic_at_offset(
                Severity::warning, "verify.redirects.syntax",
                "the path to redirect must start with '/'; this rule is not evaluated", file, text,
                line_start + static_cast<std::size_t>(fields[0].data() - line.data())));
            continue;
        }
        // A rule for a whole domain (`https://old.example/*`) never matches a path here.
        if (rule.from.front() != '/') continue;
        rules.push_back(std::move(rule));
    }
    return rules;
}

}  // namespace folio::verify
