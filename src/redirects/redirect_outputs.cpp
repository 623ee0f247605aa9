#include "src/redirects/redirect_outputs.hpp"

#include "src/redirects/front_matter_redirects.hpp"
#include "src/redirects/htaccess_redirects.hpp"
#include "src/redirects/netlify_redirects.hpp"
#include "src/redirects/nginx_redirects.hpp"
#include "src/redirects/query_redirects.hpp"
#include "src/redirects/redirect_csv.hpp"
#include "src/redirects/redirect_folding.hpp"
#include "src/redirects/redirect_pages.hpp"
#include "src/redirects/vercel_redirects.hpp"
#include "src/urls/url_path.hpp"

namespace folio {

std::string_view redirect_front_matter_key(std::string_view engine) {
    if (engine == "hugo") return "aliases";
    if (engine == "jekyll") return "redirect_from";  // the jekyll-redirect-from plugin
    return {};
}

RedirectOutputs redirect_outputs(std::span<const ArticleUrls> urls, const RedirectOptions& options,
                                 Diagnostics& diagnostics) {
    RedirectOutputs out;
    const std::vector<Redirect> redirects = redirects_from(urls, diagnostics);
    const std::vector<Redirect> queries = query_redirects_from(urls, diagnostics);
    out.redirects = redirects.size() + queries.size();
    const std::string new_base_path = base_path_of(options.new_site_url);
    out.front_matter_key = std::string(redirect_front_matter_key(options.target_engine));
    if (!out.front_matter_key.empty()) {
        out.front_matter = front_matter_redirects(redirects, new_base_path, diagnostics);
    } else {
        for (RedirectPage& page :
             redirect_pages(redirects, new_base_path, options.new_site_url, diagnostics)) {
            out.pages.push_back({std::move(page.path), std::move(page.html)});
        }
    }
    std::vector<std::string> live;
    live.reserve(urls.size());
    for (const ArticleUrls& article : urls) live.push_back(article.new_url);
    const FoldedRedirects folded = fold_redirects(redirects, live, options.min_fold);
    out.patterns = folded.patterns.size();

    RuleFile netlify = write_netlify_redirects(folded, queries);
    check_cloudflare_limits(netlify, diagnostics);
    RuleFile vercel = write_vercel_redirects(folded, queries);
    check_vercel_limits(vercel, diagnostics);
    NginxRedirects nginx = write_nginx_redirects(folded);
    out.rule_files.push_back({"_redirects", std::move(netlify.text)});
    out.rule_files.push_back({"vercel.json", std::move(vercel.text)});
    out.rule_files.push_back(
        {".htaccess", write_htaccess_redirects(folded).text + htaccess_query_rules(queries)});
    // Old URLs that are a query are matched by the whole request, in a map of their own.
    constexpr std::string_view kQueryVariable = "folio_query_redirect";
    if (!queries.empty()) {
        nginx.map.text += nginx_query_map(queries, kQueryVariable);
        nginx.server_snippet += nginx_query_snippet(kQueryVariable);
    }
    out.rule_files.push_back({"nginx-redirects.conf", std::move(nginx.map.text)});
    out.rule_files.push_back({"nginx-redirects-server.conf", std::move(nginx.server_snippet)});
    std::vector<Redirect> listed = redirects;
    listed.insert(listed.end(), queries.begin(), queries.end());
    out.rule_files.push_back(
        {"redirects.csv", write_redirect_csv(listed, options.old_site_url, options.new_site_url)});
    return out;
}

}  // namespace folio
