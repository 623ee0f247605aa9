#include "src/verify/redirect_rule.hpp"

#include <cctype>
#include <map>

namespace folio::verify {

namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t pos = 1;
    while (pos <= path.size()) {
        std::size_t end = path.find('/', pos);
        if (end == std::string_view::npos) end = path.size();
        out.push_back(path.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

// Netlify matches `/a` and `/a/` alike: both sides lose a trailing slash.
std::string_view without_trailing_slash(std::string_view path) {
    if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    return path;
}

// Fills `:name` (and `:splat`, `$1`) in `to` from `values` / `groups`.
std::string substitute(std::string_view to, const std::map<std::string, std::string, std::less<>>& values,
                       const std::vector<std::string>& groups) {
    std::string out;
    for (std::size_t i = 0; i < to.size(); ++i) {
        if (to[i] == ':' && i + 1 < to.size() && is_name_start(to[i + 1])) {
            std::size_t end = i + 1;
            while (end < to.size() && is_name_char(to[end])) ++end;
            const auto found = values.find(to.substr(i + 1, end - i - 1));
            if (found != values.end()) {
                out += found->second;
                // path-to-regexp destinations repeat the modifier: `/manual/:path*`.
                if (end < to.size() && (to[end] == '*' || to[end] == '+' || to[end] == '?')) ++end;
                i = end - 1;
                continue;
            }
        }
        if (to[i] == '$' && i + 1 < to.size() && is_name_start(to[i + 1])) {
            // nginx's named captures: `$slug`.
            std::size_t end = i + 1;
            while (end < to.size() && is_name_char(to[end])) ++end;
            const auto found = values.find(to.substr(i + 1, end - i - 1));
            if (found != values.end()) {
                out += found->second;
                i = end - 1;
                continue;
            }
        }
        if (to[i] == '$' && i + 1 < to.size() && std::isdigit(static_cast<unsigned char>(to[i + 1]))) {
            const std::size_t n = static_cast<std::size_t>(to[i + 1] - '0');
            if (n < groups.size()) out += groups[n];
            ++i;
            continue;
        }
        out += to[i];
    }
    return out;
}

std::optional<std::string> placeholder_destination(const RedirectRule& rule, std::string_view path) {
    const std::vector<std::string_view> pattern = segments(without_trailing_slash(rule.from));
    const std::vector<std::string_view> parts = segments(without_trailing_slash(path));
    std::map<std::string, std::string, std::less<>> values;
    std::size_t i = 0;
    for (; i < pattern.size(); ++i) {
        const std::string_view want = pattern[i];
        if (!want.empty() && want.back() == '*') {
            // A splat: the rest of the path, from inside this segment on.
            const std::string_view prefix = want.substr(0, want.size() - 1);
            if (i < parts.size()) {
                if (parts[i].substr(0, prefix.size()) != prefix) return std::nullopt;
                std::string splat(parts[i].substr(prefix.size()));
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    splat += '/';
                    splat += parts[j];
                }
                values["splat"] = splat;
            } else if (!prefix.empty() || i > parts.size()) {
                return std::nullopt;
            } else {
                values["splat"] = "";
            }
            return substitute(rule.to, values, {});
        }
        if (i >= parts.size()) return std::nullopt;
        if (want.size() > 1 && want.front() == ':') {
            if (parts[i].empty()) return std::nullopt;
            values[std::string(want.substr(1))] = std::string(parts[i]);
        } else if (want != parts[i]) {
            return std::nullopt;
        }
    }
    if (i != parts.size()) return std::nullopt;
    return substitute(rule.to, values, {});
}

std::optional<std::string> prefix_destination(const RedirectRule& rule, std::string_view path) {
    std::string_view from = rule.from;
    if (path.substr(0, from.size()) != from) return std::nullopt;
    const std::string_view rest = path.substr(from.size());
    // Whole segments only: `Redirect /one` takes `/one/two`, not `/onetwo`.
    if (!rest.empty() && from.back() != '/' && rest.front() != '/') return std::nullopt;
    std::string to = rule.to;
    if (!rest.empty() && !to.empty() && to.back() == '/' && rest.front() == '/') to.pop_back();
    return to + std::string(rest);
}

std::optional<std::string> regex_destination(const RedirectRule& rule, std::string_view path) {
    std::match_results<std::string_view::const_iterator> match;
    const bool matched = rule.whole_path
                             ? std::regex_match(path.begin(), path.end(), match, *rule.regex)
                             : std::regex_search(path.begin(), path.end(), match, *rule.regex);
    if (!matched) return std::nullopt;
    std::vector<std::string> groups;
    std::map<std::string, std::string, std::less<>> values;
    for (std::size_t g = 0; g < match.size(); ++g) {
        groups.push_back(match[g].matched ? match[g].str() : std::string());
        if (g > 0 && g - 1 < rule.group_names.size() && !rule.group_names[g - 1].empty())
            values[rule.group_names[g - 1]] = groups.back();
    }
    return substitute(rule.to, values, groups);
}

}  // namespace

std::optional<std::string> redirect_destination(const RedirectRule& rule, std::string_view path) {
    switch (rule.kind) {
        case PatternKind::placeholders: return placeholder_destination(rule, path);
        case PatternKind::regex: return rule.regex ? regex_destination(rule, path) : std::nullopt;
        case PatternKind::prefix: return prefix_destination(rule, path);
    }
    return std::nullopt;
}

}  // namespace folio::verify
