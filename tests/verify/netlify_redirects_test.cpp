#include <gtest/gtest.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {
namespace {

std::vector<RedirectRule> parse(std::string_view text, Diagnostics& diagnostics) {
    return parse_netlify_redirects(text, "_redirects", diagnostics);
}

std::string destination(const RedirectRule& rule, std::string_view path) {
    return redirect_destination(rule, path).value_or("(no match)");
}

TEST(NetlifyRedirects, ReadsPathDestinationStatusAndForce) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse(
        "# comment\n\n/old   /new  \n/a /b 302\n/c /d 200!  # rewrite, forced\n/gone 410\n", diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    ASSERT_EQ(rules.size(), 4U);
    EXPECT_EQ(rules[0].status, 301);
    EXPECT_FALSE(rules[0].before_files);
    EXPECT_EQ(rules[0].where(), "_redirects:3");
    EXPECT_EQ(rules[1].status, 302);
    EXPECT_EQ(rules[2].status, 200);
    EXPECT_TRUE(rules[2].before_files);
    EXPECT_EQ(rules[3].status, 410);
    EXPECT_EQ(rules[3].line, 6U);
}

TEST(NetlifyRedirects, FillsPlaceholdersAndSplats) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse(
        "/blog/:year/:month/:slug /posts/:slug/?y=:year 301\n"
        "/docs/* /manual/:splat\n"
        "/img* /images/:splat\n",
        diagnostics);
    ASSERT_EQ(rules.size(), 3U);
    EXPECT_EQ(destination(rules[0], "/blog/2019/05/hello/"), "/posts/hello/?y=2019");
    EXPECT_EQ(destination(rules[0], "/blog/2019/05"), "(no match)");
    EXPECT_EQ(destination(rules[0], "/blog/2019/05/hello/more"), "(no match)");
    EXPECT_EQ(destination(rules[1], "/docs/a/b.html"), "/manual/a/b.html");
    EXPECT_EQ(destination(rules[1], "/docs/"), "/manual/");
    EXPECT_EQ(destination(rules[1], "/docsx/a"), "(no match)");
    EXPECT_EQ(destination(rules[2], "/img-2/a.png"), "/images/-2/a.png");
}

TEST(NetlifyRedirects, MatchesWithOrWithoutATrailingSlash) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse("/about /team/\n/x/ /y\n", diagnostics);
    EXPECT_EQ(destination(rules[0], "/about/"), "/team/");
    EXPECT_EQ(destination(rules[0], "/about"), "/team/");
    EXPECT_EQ(destination(rules[1], "/x"), "/y");
    EXPECT_EQ(destination(rules[1], "/xy"), "(no match)");
}

TEST(NetlifyRedirects, KeepsAbsoluteDestinationsWhole) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse("/a/:slug https://example.org:8443/b/:slug 308\n", diagnostics);
    EXPECT_EQ(destination(rules[0], "/a/x"), "https://example.org:8443/b/x");
    EXPECT_EQ(rules[0].status, 308);
}

TEST(NetlifyRedirects, LeavesConditionalRulesOutWithANote) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules =
        parse("/store id=:id /items/:id 301\n/fr/* /fr/:splat 302 Language=fr\n/ok /fine\n", diagnostics);
    ASSERT_EQ(rules.size(), 1U);
    EXPECT_EQ(rules[0].from, "/ok");
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "_redirects:1:1: note: rules with query or visitor conditions are not evaluated "
              "[verify.redirects.conditions]\n    /store id=:id /items/:id 301\n    ^\n");
}

TEST(NetlifyRedirects, WarnsAtALineItCannotRead) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse("/ok /fine\n  /lonely\nrelative /x\n", diagnostics);
    ASSERT_EQ(rules.size(), 1U);
    ASSERT_EQ(diagnostics.items().size(), 2U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "_redirects:2:3: warning: a rule needs a path and a destination; this line is not "
              "evaluated [verify.redirects.syntax]\n      /lonely\n      ^\n");
    EXPECT_EQ(diagnostics.items()[1].line, 3U);
}

}  // namespace
}  // namespace folio::verify
