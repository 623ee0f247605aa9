#include "src/redirects/query_redirects.hpp"

#include <algorithm>
#include <map>

#include "src/redirects/server_rule_text.hpp"
#include "src/web/url.hpp"

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

std::vector<Redirect> query_redirects_from(std::span<const ArticleUrls> urls,
                                           Diagnostics& diagnostics) {
    std::vector<Redirect> out;
    std::map<std::string, std::size_t> by_from;  // decoded old URL → index in `out`
    for (const ArticleUrls& article : urls) {
        if (!has_query(article.old_url) || query_of(article.old_url).empty() ||
            article.new_url.empty())
            continue;
        const auto [found, added] = by_from.emplace(percent_decode(article.old_url), out.size());
        if (!added) {
            const Redirect& first = out[found->second];
            if (percent_decode(first.to) != percent_decode(article.new_url))
                diagnostics.report(redirect_collision(article, first));
            continue;
        }
        out.push_back({article.old_url, article.new_url, article.source});
    }
    return out;
}

std::optional<std::vector<QueryParameter>> query_parameters(std::string_view url) {
    std::vector<QueryParameter> out;
    std::string_view query = query_of(url);
    while (!query.empty()) {
        const std::string_view pair = query.substr(0, query.find('&'));
        query.remove_prefix(std::min(query.size(), pair.size() + 1));
        const std::size_t equals = pair.find('=');
        if (equals == 0 || equals == std::string_view::npos || equals + 1 == pair.size())
            return std::nullopt;
        out.push_back({std::string(pair.substr(0, equals)), std::string(pair.substr(equals + 1))});
    }
    if (out.empty()) return std::nullopt;
    return out;
}

std::string netlify_query_rules(std::span<const Redirect> redirects) {
    std::string out;
    for (const Redirect& redirect : redirects) {
        const std::optional<std::vector<QueryParameter>> parameters =
            query_parameters(redirect.from);
        if (!parameters) continue;
        std::string line(path_of(redirect.from));
        bool sayable = true;
        for (const QueryParameter& parameter : *parameters) {
            // `:x` is a placeholder to Netlify; a space would end the field.
            if (parameter.value.front() == ':' ||
                (parameter.name + parameter.value).find_first_of(" \t#") != std::string::npos)
                sayable = false;
            line += " " + parameter.name + "=" + parameter.value;
        }
        if (!sayable) continue;
        if (out.empty())
            out = "# Old URLs that are a query (WordPress's /?p=123), forced (!): the page at\n"
                  "# the path (the home page) would be served first. Cloudflare skips them.\n";
        out += line + " " + redirect.to + " 301!\n";
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
