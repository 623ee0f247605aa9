#include <gtest/gtest.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {
namespace {

TEST(NetlifyTomlRedirects, ReadsRedirectsTables) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_netlify_toml(R"([build]
publish = "public"

[[redirects]]
from = "/blog/:year/:slug"
to = "/posts/:slug/"

[[redirects]]
  from = "/app/*"
  to = "/app/index.html"
  status = 200
  force = true

[[redirects]]
from = "/gone"
status = 410

[[redirects]]
from = "/search"
to = "/find"
query = {q = ":q"}

[[redirects]]
to = "/nowhere"
)",
                                                               "netlify.toml", diagnostics);
    ASSERT_EQ(rules.size(), 3U);
    EXPECT_EQ(rules[0].status, 301);
    EXPECT_FALSE(rules[0].before_files);
    EXPECT_EQ(rules[0].line, 4U);
    EXPECT_EQ(redirect_destination(rules[0], "/blog/2019/hello/"), "/posts/hello/");
    EXPECT_EQ(rules[1].status, 200);
    EXPECT_TRUE(rules[1].before_files);
    EXPECT_EQ(redirect_destination(rules[1], "/app/a/b"), "/app/index.html");
    EXPECT_EQ(rules[2].status, 410);
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "netlify.toml:23:1: warning: a [[redirects]] entry needs 'from' (a path) and 'to'; it is not "
              "evaluated [verify.redirects.syntax]\n    [[redirects]]\n    ^\n");
}

TEST(NetlifyTomlRedirects, ReportsTomlItCannotRead) {
    Diagnostics diagnostics;
    EXPECT_TRUE(parse_netlify_toml("[[redirects]]\nfrom = \n", "netlify.toml", diagnostics).empty());
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].code, "verify.redirects.syntax");
    EXPECT_EQ(diagnostics.items()[0].line, 2U);
}

}  // namespace
}  // namespace folio::verify
