#include "src/redirects/htaccess_redirects.hpp"

#include "src/redirects/server_rule_text.hpp"
#include "src/urls/url_path.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

// An Apache configuration argument in double quotes: only `\"` is read as an escape there, so
// the regex's own backslashes pass as they are.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace

RuleFile write_htaccess_redirects(const FoldedRedirects& redirects) {
    RuleFile file;
    file.text = "# Old URLs of the migrated articles, moved permanently (Apache mod_alias).\n";
    auto exact = [&file](const Redirect& redirect) {
        file.text += "RedirectMatch 301 " + quoted("^" + escape_regex(percent_decode(redirect.from)) + "$") +
                     " " + quoted(server_target(redirect.to, TargetForm::apache)) + "\n";
        ++file.exact_rules;
    };
    for (const Redirect& redirect : redirects.exact) exact(redirect);
    std::string patterns;
    for (const RedirectPattern& pattern : redirects.patterns) {
        const std::optional<RegexRule> rule = regex_rule(pattern, TargetForm::apache);
        if (!rule) {
            for (const Redirect& member : pattern.members) exact(member);
            continue;
        }
        patterns += "RedirectMatch 301 " + quoted(rule->regex) + " " + quoted(rule->replacement) + "\n";
        ++file.pattern_rules;
    }
    file.text += patterns;
    return file;
}

}  // namespace folio
