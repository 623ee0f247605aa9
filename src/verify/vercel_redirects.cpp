#include <nlohmann/json.hpp>

#include <cctype>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {

namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// path-to-regexp (as Vercel reads `source`) into an ECMAScript regex over the whole path,
// naming its groups in order: `:slug` one segment, `:path*` zero or more, `:path+` one or
// more, `:id?` optional, `:id(\\d+)` and `(.*)` a pattern of their own.
std::string source_regex(std::string_view source, std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        const char c = source[i];
        std::string group;
        std::string name;
        bool is_group = false;
        if (c == ':' && i + 1 < source.size() && is_name_char(source[i + 1])) {
            std::size_t end = i + 1;
            while (end < source.size() && is_name_char(source[end])) ++end;
            name = std::string(source.substr(i + 1, end - i - 1));
            i = end - 1;
            is_group = true;
            group = "[^/#?]+?";
        }
        std::size_t paren = std::string_view::npos;
        if (is_group && i + 1 < source.size() && source[i + 1] == '(') paren = i + 1;
        if (!is_group && c == '(') paren = i;
        if (paren != std::string_view::npos) {
            // A pattern in parentheses, nested ones included.
            const std::size_t start = paren;
            int depth = 0;
            std::size_t end = start;
            for (; end < source.size(); ++end) {
                if (source[end] == '\\') {
                    ++end;
                    continue;
                }
                if (source[end] == '(') ++depth;
                if (source[end] == ')' && --depth == 0) break;
            }
            group = std::string(source.substr(start + 1, end - start - 1));
            if (!group.empty() && group.front() == '?') group.insert(0, "?:");  // keep it capturing
            i = end;
            is_group = true;
        }
        if (!is_group) {
            if (std::string_view(".+*?^$|[]{}()\\").find(c) != std::string_view::npos) out += '\\';
            out += c;
            continue;
        }
        const char modifier = i + 1 < source.size() ? source[i + 1] : '\0';
        names.push_back(name);
        if (modifier == '*' || modifier == '?') {
            ++i;
            const bool after_slash = !out.empty() && out.back() == '/';
            if (after_slash) out.pop_back();
            const std::string repeated = modifier == '*' ? group + "(?:/" + group + ")*" : group;
            out += after_slash ? "(?:/(" + repeated + "))?" : "(" + repeated + ")?";
        } else if (modifier == '+') {
            ++i;
            out += "(" + group + "(?:/" + group + ")*)";
        } else {
            out += "(" + group + ")";
        }
    }
    // path-to-regexp is not strict: a trailing slash is optional.
    if (out.empty() || out.back() != '/') out += "/?";
    return out;
}

std::size_t offset_of(std::string_view text, std::string_view needle, std::size_t& from) {
    const std::size_t found = text.find(needle, from);
    if (found == std::string_view::npos) return from;
    from = found + needle.size();
    return found;
}

}  // namespace

std::vector<RedirectRule> parse_vercel_json(std::string_view text, const std::string& file,
                                            Diagnostics& diagnostics) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        diagnostics.report(diagnostic_at_offset(Severity::error, "verify.redirects.syntax",
                                                std::string("not JSON: ") + error.what(), file, text,
                                                error.byte > 0 ? error.byte - 1 : 0));
        return {};
    }
    std::vector<RedirectRule> rules;
    std::size_t search_from = 0;  // JSON values carry no position: found again in the text
    for (const char* section : {"redirects", "rewrites"}) {
        const bool rewrites = std::string_view(section) == "rewrites";
        if (!document.is_object() || !document.contains(section)) continue;
        const nlohmann::json& list = document[section];
        if (!list.is_array()) continue;
        for (const nlohmann::json& entry : list) {
            const auto string_of = [&](const char* key) {
                return entry.is_object() && entry.contains(key) && entry[key].is_string()
                           ? entry[key].get<std::string>()
                           : std::string();
            };
            RedirectRule rule;
            rule.kind = PatternKind::regex;
            rule.from = string_of("source");
            rule.to = string_of("destination");
            rule.file = file;
            const std::size_t offset =
                offset_of(text, nlohmann::json(rule.from).dump(), search_from);
            rule.line = diagnostic_at_offset(Severity::note, "", "", file, text, offset).line;
            if (rule.from.empty() || rule.to.empty()) {
                diagnostics.report(diagnostic_at_offset(
                    Severity::warning, "verify.redirects.syntax",
                    std::string("an entry of '") + section + "' needs 'source' and 'destination'",
                    file, text, offset));
                continue;
            }
            if (entry.contains("has") || entry.contains("missing")) continue;  // per request
            if (rewrites) {
                rule.status = 200;
            } else {
                rule.before_files = true;
                rule.status = entry.value("permanent", true) ? 308 : 307;
                if (entry.contains("statusCode") && entry["statusCode"].is_number_integer())
                    rule.status = entry["statusCode"].get<int>();
            }
            try {
                rule.regex = std::make_shared<const std::regex>(
                    "^" + source_regex(rule.from, rule.group_names) + "$", std::regex::ECMAScript);
            } catch (const std::regex_error&) {
                diagnostics.report(diagnostic_at_offset(Severity::warning, "verify.redirects.syntax",
                                                        "a 'source' pattern it cannot read: '" +
                                                            rule.from + "'; not evaluated",
                                                        file, text, offset));
                continue;
            }
            rules.push_back(std::move(rule));
        }
    }
    return rules;
}

}  // namespace folio::verify
