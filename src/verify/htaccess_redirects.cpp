#include <cctype>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {

namespace {

std::vector<std::string> apache_fields(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
        if (i >= line.size()) break;
        std::string field;
        if (line[i] == '"') {
            for (++i; i < line.size() && line[i] != '"'; ++i) field += line[i];
            ++i;
        } else {
            while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) field += line[i++];
        }
        fields.push_back(std::move(field));
    }
    return fields;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Apache's status argument: a word or a number; 0 when `field` is none (then it is the path).
int status_of(const std::string& field) {
    const std::string word = lower(field);
    if (word == "permanent") return 301;
    if (word == "temp") return 302;
    if (word == "seeother") return 303;
    if (word == "gone") return 410;
    if (field.size() == 3 && std::isdigit(static_cast<unsigned char>(field[0])) &&
        std::isdigit(static_cast<unsigned char>(field[1])) && std::isdigit(static_cast<unsigned char>(field[2])))
        return std::stoi(field);
    return 0;
}

}  // namespace

std::vector<RedirectRule> parse_htaccess(std::string_view text, const std::string& file,
                                         Diagnostics& diagnostics) {
    std::vector<RedirectRule> rules;
    std::size_t pos = 0;
    std::uint32_t line_number = 0;
    bool noted_rewrite = false;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        const std::size_t line_start = pos;
        pos = end + 1;
        ++line_number;
        std::vector<std::string> fields = apache_fields(line);
        if (fields.empty() || fields[0].front() == '#') continue;
        const std::string directive = lower(fields[0]);
        const auto warn = [&](Severity severity, const char* code, std::string message) {
            const std::size_t column = line.find_first_not_of(" \t");
            diagnostics.report(diagnostic_at_offset(severity, code, std::move(message), file, text,
                                                    line_start + (column == std::string_view::npos ? 0 : column)));
        };
        if (directive == "rewriterule" || directive == "rewritecond") {
            if (!noted_rewrite) warn(Severity::note, "verify.redirects.unsupported",
                                     "mod_rewrite rules are not evaluated; only Redirect and RedirectMatch are");
            noted_rewrite = true;
            continue;
        }
        if (directive != "redirect" && directive != "redirectpermanent" && directive != "redirecttemp" &&
            directive != "redirectmatch")
            continue;
        RedirectRule rule;
        rule.file = file;
        rule.line = line_number;
        rule.before_files = true;  // mod_alias answers before any file is looked up
        std::size_t i = 1;
        rule.status = directive == "redirectpermanent" ? 301 : 302;
        if (directive != "redirectpermanent" && directive != "redirecttemp" && i < fields.size()) {
            if (const int status = status_of(fields[i]); status != 0) {
                rule.status = status;
                ++i;
            }
        }
        const bool gone = rule.status == 410 || rule.status == 404;
        if (i >= fields.size() || (!gone && i + 1 >= fields.size())) {
            warn(Severity::warning, "verify.redirects.syntax",
                 fields[0] + " needs a path and a URL; this line is not evaluated");
            continue;
        }
        rule.from = fields[i];
        if (!gone) rule.to = fields[i + 1];
        if (directive == "redirectmatch") {
            rule.kind = PatternKind::regex;
            rule.whole_path = false;
            try {
                rule.regex = std::make_shared<const std::regex>(rule.from, std::regex::ECMAScript);
            } catch (const std::regex_error&) {
                warn(Severity::warning, "verify.redirects.syntax",
                     "a pattern it cannot read: '" + rule.from + "'; not evaluated");
                continue;
            }
        } else {
            rule.kind = PatternKind::prefix;
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

}  // namespace folio::verify
