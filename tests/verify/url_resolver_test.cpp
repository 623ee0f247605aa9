#include "src/verify/url_resolver.hpp"

#include <gtest/gtest.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {
namespace {

struct Fixture {
    BuiltSite site{"site", {"index.html", "posts/a/index.html", "posts/b/index.html", "old/a/index.html",
                            "shadowed/index.html", "app/index.html"}};
    std::unordered_map<std::string, ScannedPage> pages;
    Diagnostics diagnostics;

    Fixture() {
        for (const std::string& file : site.files()) pages[file] = ScannedPage{};
        pages["old/a/index.html"].refresh_url = "https://example.org/posts/a/";
    }

    UrlResolver resolver(std::string_view redirects) {
        return UrlResolver(site, pages, parse_netlify_redirects(redirects, "_redirects", diagnostics),
                           *SiteAddress::from_url("https://example.org/"));
    }
};

TEST(UrlResolver, ServesAFileWithoutRedirects) {
    Fixture f;
    const Resolution r = f.resolver("").resolve("/posts/a/");
    EXPECT_EQ(r.outcome, Outcome::page);
    EXPECT_EQ(r.file, "posts/a/index.html");
    EXPECT_TRUE(r.hops.empty());
    EXPECT_EQ(f.resolver("").resolve("/posts/c/").outcome, Outcome::missing);
}

TEST(UrlResolver, FollowsARedirectPage) {
    Fixture f;
    const Resolution r = f.resolver("").resolve("/old/a/");
    EXPECT_EQ(r.outcome, Outcome::page);
    EXPECT_EQ(r.file, "posts/a/index.html");
    EXPECT_EQ(r.chain("/old/a/"), "/old/a/ -> /posts/a/ (redirect page old/a/index.html)");
}

TEST(UrlResolver, LetsAFileShadowARuleUnlessTheRuleIsForced) {
    Fixture f;
    EXPECT_EQ(f.resolver("/shadowed/ /posts/a/\n").resolve("/shadowed/").file, "shadowed/index.html");
    EXPECT_EQ(f.resolver("/shadowed/ /posts/a/ 301!\n").resolve("/shadowed/").file, "posts/a/index.html");
}

TEST(UrlResolver, TakesTheFirstMatchingRule) {
    Fixture f;
    const Resolution r = f.resolver("/x/* /posts/b/ 302\n/x/* /posts/a/\n").resolve("/x/y");
    EXPECT_EQ(r.file, "posts/b/index.html");
    ASSERT_EQ(r.hops.size(), 1U);
    EXPECT_EQ(r.hops[0].status, 302);
    EXPECT_EQ(r.hops[0].via, "_redirects:1");
}

TEST(UrlResolver, FollowsChainsThroughRulesAndRedirectPages) {
    Fixture f;
    const Resolution r = f.resolver("/2019/:slug /old/:slug/\n").resolve("/2019/a");
    EXPECT_EQ(r.outcome, Outcome::page);
    EXPECT_EQ(r.file, "posts/a/index.html");
    EXPECT_EQ(r.chain("/2019/a"),
              "/2019/a -> /old/a/ (301 _redirects:1) -> /posts/a/ (redirect page old/a/index.html)");
}

TEST(UrlResolver, ServesARewriteUnderTheSameUrl) {
    Fixture f;
    const Resolution r = f.resolver("/app/* /app/index.html 200\n").resolve("/app/deep/link");
    EXPECT_EQ(r.outcome, Outcome::page);
    EXPECT_EQ(r.file, "app/index.html");
}

TEST(UrlResolver, ReportsLoopsLongChainsGoneAndExternalEnds) {
    Fixture f;
    const Resolution loop = f.resolver("/a /b\n/b /a\n").resolve("/a");
    EXPECT_EQ(loop.outcome, Outcome::loop);
    EXPECT_EQ(loop.chain("/a"), "/a -> /b (301 _redirects:1) -> /a (301 _redirects:2)");

    std::string chain;
    for (int i = 0; i < 12; ++i) chain += "/r" + std::to_string(i) + " /r" + std::to_string(i + 1) + "\n";
    const Resolution too_long = f.resolver(chain).resolve("/r0");
    EXPECT_EQ(too_long.outcome, Outcome::too_long);
    EXPECT_EQ(too_long.hops.size(), static_cast<std::size_t>(kMaxRedirects) + 1);

    EXPECT_EQ(f.resolver("/g 410\n").resolve("/g").outcome, Outcome::gone);

    const Resolution away = f.resolver("/away https://elsewhere.example/x\n").resolve("/away");
    EXPECT_EQ(away.outcome, Outcome::external);
    EXPECT_TRUE(away.reached());
    EXPECT_EQ(away.final_path, "https://elsewhere.example/x");
}

TEST(UrlResolver, ReducesRedirectsToTheSitesOwnHost) {
    Fixture f;
    const Resolution r = f.resolver("/p https://example.org/posts/b/\n").resolve("/p");
    EXPECT_EQ(r.outcome, Outcome::page);
    EXPECT_EQ(r.file, "posts/b/index.html");
}

}  // namespace
}  // namespace folio::verify
