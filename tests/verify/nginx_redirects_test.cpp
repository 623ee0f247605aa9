#include <gtest/gtest.h>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {
namespace {

std::string destination(const RedirectRule& rule, std::string_view path) {
    return redirect_destination(rule, path).value_or("(no match)");
}

TEST(NginxRedirects, ReadsAMapWithExactKeysBeforePatterns) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules = parse_nginx_redirects(R"(# old blog
map $uri $new_uri {
    default "";
    hostnames;
    ~^/blog/(?<slug>[^/]+)/?$   /posts/$slug/;
    /about.html                 /about/;
    "~*^/TAG/(.+)$"             /tags/$1/;
}
server {
    if ($new_uri) { return 308 $new_uri; }
    rewrite ^/feed\.xml$ /index.xml permanent;
}
)",
                                                                  "redirects.conf", diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    ASSERT_EQ(rules.size(), 4U);
    EXPECT_EQ(rules[0].from, "/about.html");  // exact keys are looked up first
    EXPECT_EQ(rules[0].line, 6U);
    EXPECT_EQ(rules[0].status, 308);
    EXPECT_TRUE(rules[0].before_files);
    EXPECT_EQ(destination(rules[0], "/about.html"), "/about/");
    EXPECT_EQ(destination(rules[0], "/aboutxhtml"), "(no match)");
    EXPECT_EQ(destination(rules[1], "/blog/hello/"), "/posts/hello/");
    EXPECT_EQ(destination(rules[1], "/blog/a/b"), "(no match)");
    EXPECT_EQ(destination(rules[2], "/tag/notes"), "/tags/notes/");
    EXPECT_EQ(rules[3].status, 301);
    EXPECT_EQ(destination(rules[3], "/feed.xml"), "/index.xml");
}

TEST(NginxRedirects, WarnsAtAPatternItCannotRead) {
    Diagnostics diagnostics;
    const std::vector<RedirectRule> rules =
        parse_nginx_redirects("map $uri $n {\n  ~^/(a /b;\n}\n", "nginx-redirects.map", diagnostics);
    EXPECT_TRUE(rules.empty());
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "nginx-redirects.map:2:3: warning: a pattern it cannot read: '^/(a'; not evaluated "
              "[verify.redirects.syntax]\n      ~^/(a /b;\n      ^\n");
}

}  // namespace
}  // namespace folio::verify
