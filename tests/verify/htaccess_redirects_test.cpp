#include <gtest/gtest.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {
namespace {

std::string destination(const RedirectRule& rule, std::string_view path) {
    return redirect_destination(rule, path).value_or("(no match)");
}

TEST(HtaccessRedirects, ReadsRedirectAsAPrefixOfWholeSegments) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_htaccess(
        "# moved\nRedirect 301 /one https://example.org/two\nRedirectPermanent /a/ /b/\n"
        "Redirect /t \"/tee\"\nRedirect gone /old\n",
        ".htaccess", diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    ASSERT_EQ(rules.size(), 4U);
    EXPECT_TRUE(rules[0].before_files);
    EXPECT_EQ(rules[0].status, 301);
    EXPECT_EQ(destination(rules[0], "/one"), "https://example.org/two");
    EXPECT_EQ(destination(rules[0], "/one/x.html"), "https://example.org/two/x.html");
    EXPECT_EQ(destination(rules[0], "/onetwo"), "(no match)");
    EXPECT_EQ(rules[1].status, 301);
    EXPECT_EQ(destination(rules[1], "/a/c/"), "/b/c/");
    EXPECT_EQ(rules[2].status, 302);
    EXPECT_EQ(destination(rules[2], "/t"), "/tee");
    EXPECT_EQ(rules[3].status, 410);
    EXPECT_EQ(rules[3].line, 5U);
}

TEST(HtaccessRedirects, ReadsRedirectMatchWithGroups) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_htaccess(
        "RedirectMatch 301 ^/(\\d{4})/(\\d{2})/([^/]+)\\.html$ /posts/$3/\n", ".htaccess", diagnostics);
    ASSERT_EQ(rules.size(), 1U);
    EXPECT_EQ(destination(rules[0], "/2019/05/hello.html"), "/posts/hello/");
    EXPECT_EQ(destination(rules[0], "/2019/5/hello.html"), "(no match)");
}

TEST(HtaccessRedirects, SaysRewriteRulesAreNotEvaluated) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_htaccess(
        "RewriteEngine On\nRewriteRule ^a$ /b [R=301,L]\nRewriteRule ^c$ /d [R=301,L]\nRedirect 301\n",
        ".htaccess", diagnostics);
    EXPECT_TRUE(rules.empty());
    ASSERT_EQ(diagnostics.items().size(), 2U);
    EXPECT_EQ(diagnostics.items()[0].code, "verify.redirects.unsupported");
    EXPECT_EQ(diagnostics.items()[0].line, 2U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[1]),
              ".htaccess:4:1: warning: Redirect needs a path and a URL; this line is not evaluated "
              "[verify.redirects.syntax]\n    Redirect 301\n    ^\n");
}

}  // namespace
}  // namespace folio::verify
