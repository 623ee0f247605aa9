#include "src/redirects/nginx_redirects.hpp"

#include <algorithm>

#include "src/redirects/server_rule_text.hpp"
#include "src/urls/url_path.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

// A double-quoted nginx string: its parser turns `\"` and `\\` back into `"` and `\`.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace

NginxRedirects write_nginx_redirects(const FoldedRedirects& redirects, std::string_view variable) {
    NginxRedirects out;
    std::string entries;
    std::size_t longest_key = 0;
    auto exact = [&](const Redirect& redirect) {
        const std::string key = percent_decode(redirect.from);
        longest_key = std::max(longest_key, key.size());
        entries += "    " + quoted(key) + " " + quoted(server_target(redirect.to, TargetForm::encoded)) + ";\n";
        ++out.map.exact_rules;
    };
    for (const Redirect& redirect : redirects.exact) exact(redirect);
    std::string patterns;
    for (const RedirectPattern& pattern : redirects.patterns) {
        const std::optional<RegexRule> rule = regex_rule(pattern, TargetForm::encoded);
        for (const Redirect& member : pattern.members) {
            if (!rule || needs_exact_entry(member)) exact(member);
        }
        if (!rule) continue;
        patterns += "    " + quoted("~" + rule->regex) + " " + quoted(rule->replacement) + ";\n";
        ++out.map.pattern_rules;
    }
    // nginx refuses to start ("could not build map_hash") when a key is longer than a hash
    // bucket holds; say which size fits.
    std::size_t bucket = 64;
    while (bucket < longest_key + 16) bucket *= 2;
    out.map.text = "# Old URLs of the migrated articles (nginx, in the http block).\n";
    if (bucket > 64) {
        out.map.text += "# Keys up to " + std::to_string(longest_key) +
                        " bytes: nginx needs `map_hash_bucket_size " + std::to_string(bucket) +
                        ";` in the http block if it says \"could not build map_hash\".\n";
    }
    out.map.text += "map $uri $" + std::string(variable) + " {\n    default \"\";\n" + entries +
                    patterns + "}\n";
    out.server_snippet = "# In the server block: answer the old URLs with a permanent redirect.\n"
                         "if ($" + std::string(variable) + ") {\n    return 301 $" +
                         std::string(variable) + "$is_args$args;\n}\n";
    return out;
}

}  // namespace folio
