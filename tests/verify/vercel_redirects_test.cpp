#include <gtest/gtest.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {
namespace {

std::string destination(const RedirectRule& rule, std::string_view path) {
    return redirect_destination(rule, path).value_or("(no match)");
}

TEST(VercelRedirects, ReadsRedirectsBeforeFilesAndRewritesAfter) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_vercel_json(R"j({
  "cleanUrls": true,
  "redirects": [
    { "source": "/old", "destination": "/new", "permanent": true },
    { "source": "/temp", "destination": "/t", "permanent": false },
    { "source": "/legacy", "destination": "/l", "statusCode": 301 }
  ],
  "rewrites": [ { "source": "/app/(.*)", "destination": "/index.html" } ]
})j",
                                                              "vercel.json", diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    ASSERT_EQ(rules.size(), 4U);
    EXPECT_EQ(rules[0].status, 308);
    EXPECT_TRUE(rules[0].before_files);
    EXPECT_EQ(rules[0].where(), "vercel.json:4");
    EXPECT_EQ(rules[1].status, 307);
    EXPECT_EQ(rules[2].status, 301);
    EXPECT_EQ(rules[3].status, 200);
    EXPECT_FALSE(rules[3].before_files);
    EXPECT_EQ(rules[3].line, 8U);
    EXPECT_EQ(destination(rules[0], "/old"), "/new");
    EXPECT_EQ(destination(rules[0], "/old/"), "/new");
    EXPECT_EQ(destination(rules[0], "/older"), "(no match)");
}

TEST(VercelRedirects, ReadsPathToRegexpPatterns) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_vercel_json(R"j({"redirects": [
    { "source": "/blog/:year/:slug", "destination": "/posts/:slug" },
    { "source": "/docs/:path*", "destination": "/manual/:path*" },
    { "source": "/id/:id(\\d+)", "destination": "/items/:id" },
    { "source": "/old/(.*)", "destination": "/new/$1" },
    { "source": "/tag/:name+", "destination": "/tags/:name" },
    { "source": "/page/:n?", "destination": "/p/:n" }
]})j",
                                                              "vercel.json", diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    ASSERT_EQ(rules.size(), 6U);
    EXPECT_EQ(destination(rules[0], "/blog/2020/hello"), "/posts/hello");
    EXPECT_EQ(destination(rules[0], "/blog/2020/hello/extra"), "(no match)");
    EXPECT_EQ(destination(rules[1], "/docs/a/b/c"), "/manual/a/b/c");
    EXPECT_EQ(destination(rules[1], "/docs"), "/manual/");
    EXPECT_EQ(destination(rules[2], "/id/42"), "/items/42");
    EXPECT_EQ(destination(rules[2], "/id/x"), "(no match)");
    EXPECT_EQ(destination(rules[3], "/old/a/b.html"), "/new/a/b.html");
    EXPECT_EQ(destination(rules[4], "/tag/a/b"), "/tags/a/b");
    EXPECT_EQ(destination(rules[4], "/tag"), "(no match)");
    EXPECT_EQ(destination(rules[5], "/page"), "/p/");
    EXPECT_EQ(destination(rules[5], "/page/3"), "/p/3");
}

TEST(VercelRedirects, EscapesWhatIsNotAPattern) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_vercel_json(
        R"j({"redirects": [{ "source": "/a.html", "destination": "/b" }]})j", "vercel.json", diagnostics);
    ASSERT_EQ(rules.size(), 1U);
    EXPECT_EQ(destination(rules[0], "/a.html"), "/b");
    EXPECT_EQ(destination(rules[0], "/axhtml"), "(no match)");
}

TEST(VercelRedirects, ReportsJsonItCannotRead) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules =
        parse_vercel_json("{\n  \"redirects\": [,]\n}\n", "vercel.json", diagnostics);
    EXPECT_TRUE(rules.empty());
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].code, "verify.redirects.syntax");
    EXPECT_EQ(diagnostics.items()[0].line, 2U);
    EXPECT_EQ(diagnostics.items()[0].severity, Severity::error);
}

TEST(VercelRedirects, WarnsAtAnEntryWithoutDestination) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_vercel_json(
        "{\"redirects\": [\n  {\"source\": \"/a\"}\n]}", "vercel.json", diagnostics);
    EXPECT_TRUE(rules.empty());
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "vercel.json:2:14: warning: an entry of 'redirects' needs 'source' and 'destination' "
              "[verify.redirects.syntax]\n      {\"source\": \"/a\"}\n                 ^\n");
}

}  // namespace
}  // namespace folio::verify
