// Each host's rule file for one set of redirects, asserted whole.

#include <gtest/gtest.h>

#include "src/redirects/htaccess_redirects.hpp"
#include "src/redirects/netlify_redirects.hpp"
#include "src/redirects/nginx_redirects.hpp"
#include "src/redirects/vercel_redirects.hpp"
#include "tests/redirects/redirect_test_data.hpp"

namespace folio {
namespace {

using testing::dated_redirects;
using testing::new_urls_of;

// The dated redirects folded, plus one exception and one that nothing folds.
FoldedRedirects sample() {
    auto redirects = dated_redirects();
    redirects.push_back({"/2022/01/01/old-name/", "/posts/new-name/", "renamed.md"});
    redirects.push_back({"/about me.html", "/about/", "about.md"});
    redirects.back().from = "/about%20me.html";
    return fold_redirects(redirects, new_urls_of(redirects));
}

TEST(NetlifyRedirects, ExactLinesThenPlaceholders) {
    const RuleFile file = write_netlify_redirects(sample());
    EXPECT_EQ(file.text,
              "# Old URLs of the migrated articles, moved permanently (Netlify, Cloudflare Pages).\n"
              "/2022/01/01/old-name/ /posts/new-name/ 301\n"
              "/about%20me.html /about/ 301\n"
              "/:p1/:p2/:p3/:slug/ /posts/:slug/ 301\n");
    EXPECT_EQ(file.exact_rules, 2u);
    EXPECT_EQ(file.pattern_rules, 1u);
}

TEST(NetlifyRedirects, APatternPlaceholdersCannotSayIsWrittenAsItsMembers) {
    const std::vector<Redirect> redirects{{"/2019/a.html", "/posts/a/", "a.md"},
                                          {"/2020/b.html", "/posts/b/", "b.md"}};
    const RuleFile file = write_netlify_redirects(fold_redirects(redirects, new_urls_of(redirects)));
    EXPECT_EQ(file.text,
              "# Old URLs of the migrated articles, moved permanently (Netlify, Cloudflare Pages).\n"
              "/2019/a.html /posts/a/ 301\n"
              "/2020/b.html /posts/b/ 301\n");
    EXPECT_EQ(file.pattern_rules, 0u);
}

TEST(CloudflareLimits, OverTwoThousandExactRulesIsAWarning) {
    std::vector<Redirect> redirects;
    for (int i = 0; i < 2001; ++i) {
        redirects.push_back({"/old-" + std::to_string(i) + "/", "/n" + std::to_string(i) + "/", "x.md"});
    }
    Diagnostics diagnostics;
    check_cloudflare_limits(write_netlify_redirects(unfolded(redirects)), diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.cloudflare-limit");
    EXPECT_EQ(diagnostics.items()[0].message,
              "2001 exact redirects, over Cloudflare Pages' 2000: Cloudflare Pages ignores the "
              "rest; use its Bulk Redirects (the CSV), or another host");
    redirects.pop_back();
    Diagnostics none;
    check_cloudflare_limits(write_netlify_redirects(unfolded(redirects)), none);
    EXPECT_TRUE(none.items().empty());
}

TEST(CloudflareLimits, ALineOverAThousandCharactersIsAWarningAtItsLine) {
    const std::vector<Redirect> redirects{{"/" + std::string(1000, 'a') + "/", "/b/", "x.md"}};
    Diagnostics diagnostics;
    check_cloudflare_limits(write_netlify_redirects(unfolded(redirects)), diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].line, 2u);
}

TEST(NginxRedirects, DecodedExactKeysThenRegularExpressions) {
    const NginxRedirects nginx = write_nginx_redirects(sample());
    EXPECT_EQ(nginx.map.text,
              "# Old URLs of the migrated articles (nginx, in the http block).\n"
              "map $uri $folio_redirect {\n"
              "    default \"\";\n"
              "    \"/2022/01/01/old-name/\" \"/posts/new-name/\";\n"
              "    \"/about me.html\" \"/about/\";\n"
              "    \"/2021/07/08/café/\" \"/posts/caf%C3%A9/\";\n"
              "    \"~^/([^/]+)/([^/]+)/([^/]+)/([^/]+)/$\" \"/posts/$4/\";\n"
              "}\n");
    EXPECT_EQ(nginx.server_snippet,
              "# In the server block: answer the old URLs with a permanent redirect.\n"
              "if ($folio_redirect) {\n    return 301 $folio_redirect$is_args$args;\n}\n");
}

TEST(NginxRedirects, QuotesBackslashesAndDollarsAreEscaped) {
    const std::vector<Redirect> redirects{{"/a%22b%5C$/", "/x$y/", "x.md"}};
    const NginxRedirects nginx = write_nginx_redirects(unfolded(redirects));
    EXPECT_NE(nginx.map.text.find("    \"/a\\\"b\\\\$/\" \"/x%24y/\";\n"), std::string::npos)
        << nginx.map.text;
}

TEST(NginxRedirects, LongKeysNameTheHashBucketSize) {
    const std::vector<Redirect> redirects{{"/" + std::string(100, 'a') + "/", "/b/", "x.md"}};
    const NginxRedirects nginx = write_nginx_redirects(unfolded(redirects));
    EXPECT_NE(nginx.map.text.find("map_hash_bucket_size 128;"), std::string::npos);
}

TEST(HtaccessRedirects, RedirectMatchOverTheDecodedPath) {
    const RuleFile file = write_htaccess_redirects(sample());
    EXPECT_EQ(file.text,
              "# Old URLs of the migrated articles, moved permanently (Apache mod_alias).\n"
              "RedirectMatch 301 \"^/2022/01/01/old-name/$\" \"/posts/new-name/\"\n"
              "RedirectMatch 301 \"^/about me\\.html$\" \"/about/\"\n"
              "RedirectMatch 301 \"^/([^/]+)/([^/]+)/([^/]+)/([^/]+)/$\" \"/posts/$4/\"\n");
}

TEST(HtaccessRedirects, NonAsciiAndRegexCharactersInLiterals) {
    const std::vector<Redirect> redirects{{"/caf%C3%A9/(1)+%22q%22/", "/posts/caf%C3%A9/", "x.md"}};
    const RuleFile file = write_htaccess_redirects(unfolded(redirects));
    EXPECT_NE(file.text.find("RedirectMatch 301 \"^/café/\\(1\\)\\+\\\"q\\\"/$\" \"/posts/café/\"\n"),
              std::string::npos)
        << file.text;
}

TEST(HtaccessRedirects, TargetsAreDecodedPathsWithSubstitutionCharactersEscaped) {
    const std::vector<Redirect> redirects{{"/a/", "/x%20$1&y/?q=a&b", "x.md"}};
    const RuleFile file = write_htaccess_redirects(unfolded(redirects));
    EXPECT_NE(file.text.find(R"(RedirectMatch 301 "^/a/$" "/x \$1\&y/?q=a\&b")"), std::string::npos)
        << file.text;
}

TEST(VercelRedirects, PermanentRedirectsExactFirst) {
    const RuleFile file = write_vercel_redirects(sample());
    EXPECT_EQ(file.text,
              "{\n  \"redirects\": [\n"
              "    {\"source\": \"/2022/01/01/old-name/\", \"destination\": \"/posts/new-name/\", \"permanent\": true},\n"
              "    {\"source\": \"/about%20me.html\", \"destination\": \"/about/\", \"permanent\": true},\n"
              "    {\"source\": \"/:p1/:p2/:p3/:slug/\", \"destination\": \"/posts/:slug/\", \"permanent\": true}\n"
              "  ]\n}\n");
}

TEST(VercelRedirects, PathToRegexpCharactersAreEscaped) {
    const std::vector<Redirect> redirects{{"/a(1):b/", "/c:d/", "x.md"}};
    const RuleFile file = write_vercel_redirects(unfolded(redirects));
    EXPECT_NE(file.text.find(R"({"source": "/a\\(1\\)\\:b/", "destination": "/c%3Ad/", "permanent": true})"),
              std::string::npos)
        << file.text;
}

TEST(VercelRedirects, SuffixVariablesAreKept) {
    const std::vector<Redirect> redirects{{"/2019/a.html", "/posts/a/", "a.md"},
                                          {"/2020/b.html", "/posts/b/", "b.md"}};
    const RuleFile file = write_vercel_redirects(fold_redirects(redirects, new_urls_of(redirects)));
    EXPECT_NE(file.text.find(R"({"source": "/:p1/:slug.html", "destination": "/posts/:slug/", "permanent": true})"),
              std::string::npos)
        << file.text;
}

TEST(VercelLimits, OverTheLimitIsAWarning) {
    RuleFile file;
    file.exact_rules = kVercelRedirects + 1;
    Diagnostics diagnostics;
    check_vercel_limits(file, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.vercel-limit");
}

}  // namespace
}  // namespace folio
