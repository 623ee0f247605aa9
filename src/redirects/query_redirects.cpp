#include "src/redirects/query_redirects.hpp"

#include <set>

#include "src/redirects/server_rule_text.hpp"

namespace folio {

namespace {

std::string_view path_of(std::string_view url) { return url.substr(0, url.find('?')); }

std::string_view query_of(std::string_view url) {
    const std::size_t mark = url.find('?');
    return mark == std::string_view::npos ? std::string_view() : url.substr(mark + 1);
}

// The query's parameters as one regex: each in turn, anywhere among others
// (`utm_source=x&p=123` is still post 123).
std::string query_regex(std::string_view query) {
    return "(^|&)" + escape_regex(query) + "(&|$)";
}

std::string quoted(std::string_view text, bool backslash_escapes) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || (backslash_escapes && c == '\\')) out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace

bool has_query(std::string_view url) { return url.find('?') != std::string_view::npos; }

std::vector<Redirect> query_redirects_from(std::span<const ArticleUrls> urls) {
    std::vector<Redirect> out;
    std::set<std::string> taken;
    for (const ArticleUrls& article : urls) {
        if (!has_query(article.old_url) || query_of(article.old_url).empty() ||
            article.new_url.empty())
            continue;
        if (!taken.insert(article.old_url).second) continue;
        out.push_back({article.old_url, article.new_url, article.source});
    }
    return out;
}

std::string nginx_query_map(std::span<const Redirect> redirects, std::string_view variable) {
    if (redirects.empty()) return {};
    std::string out = "# Old URLs that are a query (WordPress's /?p=123), by the whole request.\n"
                      "map $request_uri $" + std::string(variable) + " {\n    default \"\";\n";
    for (const Redirect& redirect : redirects) {
        // `$request_uri` holds the query as sent; `?` and what follows, after the path.
        const std::string regex = "~^" + escape_regex(path_of(redirect.from)) + "\\?(.*&)?" +
                                  escape_regex(query_of(redirect.from)) + "(&|$)";
        out += "    " + quoted(regex, true) + " " +
               quoted(server_target(redirect.to, TargetForm::encoded), true) + ";\n";
    }
    return out + "}\n";
}

std::string nginx_query_snippet(std::string_view variable) {
    return "# Old URLs that are a query: redirected without it.\nif ($" + std::string(variable) +
           ") {\n    return 301 $" + std::string(variable) + ";\n}\n";
}

std::string htaccess_query_rules(std::span<const Redirect> redirects) {
    if (redirects.empty()) return {};
    std::string out =
        "# Old URLs that are a query (WordPress's /?p=123): mod_rewrite, the query dropped.\n"
        "<IfModule mod_rewrite.c>\nRewriteEngine On\n";
    for (const Redirect& redirect : redirects) {
        // In `.htaccess` the path is matched without its leading `/`.
        std::string_view path = path_of(redirect.from);
        if (!path.empty() && path.front() == '/') path.remove_prefix(1);
        out += "RewriteCond %{QUERY_STRING} " + quoted(query_regex(query_of(redirect.from)), false) +
               "\nRewriteRule " + quoted("^" + escape_regex(path) + "$", false) + " " +
               quoted(server_target(redirect.to, TargetForm::apache) + "?", false) +
               " [R=301,L]\n";
    }
    return out + "</IfModule>\n";
}

}  // namespace folio
