#include "src/redirects/server_rule_text.hpp"

#include <algorithm>
#include <map>

#include "src/urls/url_path.hpp"
#include "src/web/url.hpp"

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

namespace {

// A literal for ap_pregsub, which reads `&` as the whole match, `$N` as a capture and `\` as
// an escape.
std::string pregsub_literal(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == '$' || c == '&') out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

std::string server_target(std::string_view url, TargetForm form) {
    if (form == TargetForm::encoded) {
        std::string out;
        for (const char c : url) {
            if (c == '$') out += "%24";
            else out += c;
        }
        return out;
    }
    // mod_alias escapes the path and leaves the query and fragment as they are.
    const std::size_t query = std::min(url.find('?'), url.find('#'));
    if (query == std::string_view::npos) return pregsub_literal(percent_decode(url));
    return pregsub_literal(percent_decode(url.substr(0, query))) + pregsub_literal(url.substr(query));
}

std::optional<RegexRule> regex_rule(const RedirectPattern& pattern, TargetForm form) {
    RegexRule rule;
    std::map<std::string, int, std::less<>> capture;
    rule.regex = "^";
    for (const PatternSegment& segment : pattern.from.segments) {
        rule.regex += '/';
        if (!segment.variable) {
            rule.regex += escape_regex(percent_decode(segment.text));
            continue;
        }
        const int number = static_cast<int>(capture.size()) + 1;
        if (number > 9) return std::nullopt;
        capture.emplace(segment.text, number);
        rule.regex += "([^/]+)" + escape_regex(percent_decode(segment.suffix));
    }
    if (pattern.from.segments.empty() || pattern.from.trailing_slash) rule.regex += '/';
    rule.regex += '$';
    for (const PatternSegment& segment : pattern.to.segments) {
        rule.replacement += '/';
        if (segment.variable) rule.replacement += "$" + std::to_string(capture.at(segment.text));
        else rule.replacement += server_target(segment.text, form);
    }
    if (pattern.to.segments.empty() || pattern.to.trailing_slash) rule.replacement += '/';
    return rule;
}

}  // namespace folio
