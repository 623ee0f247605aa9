#include "src/redirects/server_rule_text.hpp"

#include <map>

#include "src/urls/url_path.hpp"

namespace folio {

std::string escape_regex(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

bool needs_exact_entry(const Redirect& member) {
    return member.from.find('%') != std::string::npos;
}

std::string without_dollars(std::string_view url) {
    std::string out;
    for (const char c : url) {
        if (c == '$') out += "%24";
        else out += c;
    }
    return out;
}

std::optional<RegexRule> regex_rule(const RedirectPattern& pattern) {
    RegexRule rule;
    std::map<std::string, int, std::less<>> capture;
    rule.regex = "^";
    for (const PatternSegment& segment : pattern.from.segments) {
        rule.regex += '/';
        if (!segment.variable) {
            rule.regex += escape_regex(decode_path(segment.text));
            continue;
        }
        const int number = static_cast<int>(capture.size()) + 1;
        if (number > 9) return std::nullopt;
        capture.emplace(segment.text, number);
        rule.regex += "([^/]+)" + escape_regex(decode_path(segment.suffix));
    }
    if (pattern.from.segments.empty() || pattern.from.trailing_slash) rule.regex += '/';
    rule.regex += '$';
    for (const PatternSegment& segment : pattern.to.segments) {
        rule.replacement += '/';
        if (segment.variable) rule.replacement += "$" + std::to_string(capture.at(segment.text));
        else rule.replacement += without_dollars(segment.text);
    }
    if (pattern.to.segments.empty() || pattern.to.trailing_slash) rule.replacement += '/';
    return rule;
}

}  // namespace folio
