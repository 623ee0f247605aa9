#include "src/redirects/query_redirects.hpp"

#include <gtest/gtest.h>

#include "src/redirects/redirect_outputs.hpp"

namespace folio {
namespace {

// Issue 19: WordPress answers `/?p=123` for every post; a page or an alias cannot stand at a
// query, so the old URL went nowhere. Only the host rules that can match a query take it.
TEST(QueryRedirects, GoToTheHostRulesThatMatchAQueryAndTheCsv) {
    const std::vector<ArticleUrls> urls = {
        {"/2020/01/hello/", "/posts/hello/", "blog.xml/posts/hello.html"},
        {"/?p=1", "/posts/hello/", "blog.xml/posts/hello.html"},
        {"/blog/?page_id=7", "/about/", "blog.xml/pages/about.html"},
    };
    Diagnostics diagnostics;
    const RedirectOutputs out =
        redirect_outputs(urls, {"hugo", "https://old.example", "https://new.example/", 2},
                         diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    EXPECT_EQ(out.redirects, 3u);
    ASSERT_EQ(out.front_matter.size(), 1u);
    EXPECT_EQ(out.front_matter.at("blog.xml/posts/hello.html"),
              std::vector<std::string>{"/2020/01/hello/"});
    std::map<std::string, std::string> files;
    for (const RedirectFile& file : out.rule_files) files[file.path] = file.text;
    EXPECT_NE(files["nginx-redirects.conf"].find(
                  "map $request_uri $folio_query_redirect {\n    default \"\";\n"
                  "    \"~^/\\\\?(.*&)?p=1(&|$)\" \"/posts/hello/\";\n"
                  "    \"~^/blog/\\\\?(.*&)?page_id=7(&|$)\" \"/about/\";\n}\n"),
              std::string::npos)
        << files["nginx-redirects.conf"];
    EXPECT_NE(files["nginx-redirects-server.conf"].find(
                  "if ($folio_query_redirect) {\n    return 301 $folio_query_redirect;\n}\n"),
              std::string::npos);
    EXPECT_NE(files[".htaccess"].find("RewriteCond %{QUERY_STRING} \"(^|&)p=1(&|$)\"\n"
                                      "RewriteRule \"^$\" \"/posts/hello/?\" [R=301,L]\n"
                                      "RewriteCond %{QUERY_STRING} \"(^|&)page_id=7(&|$)\"\n"
                                      "RewriteRule \"^blog/$\" \"/about/?\" [R=301,L]\n"),
              std::string::npos)
        << files[".htaccess"];
    EXPECT_EQ(files["redirects.csv"],
              "old_url,new_url\r\nhttps://old.example/2020/01/hello/,https://new.example/posts/hello/\r\n"
              "https://old.example/?p=1,https://new.example/posts/hello/\r\n"
              "https://old.example/blog/?page_id=7,https://new.example/about/\r\n");
    // Netlify and Vercel match the query's parameters; no page or alias stands at a query.
    EXPECT_EQ(files["_redirects"].find("\n/?p="), std::string::npos);
    EXPECT_NE(files["_redirects"].find("/ p=1 /posts/hello/ 301!\n"
                                       "/blog/ page_id=7 /about/ 301!\n"),
              std::string::npos)
        << files["_redirects"];
    EXPECT_NE(
        files["vercel.json"].find(
            "{\"source\": \"/\", \"has\": [{\"type\": \"query\", \"key\": \"p\", "
            "\"value\": \"1\"}], \"destination\": \"/posts/hello/\", \"permanent\": true},\n"
            "    {\"source\": \"/blog/\", \"has\": [{\"type\": \"query\", \"key\": "
            "\"page_id\", \"value\": \"7\"}], \"destination\": \"/about/\", \"permanent\": true}"),
        std::string::npos)
        << files["vercel.json"];
}

TEST(QueryRedirects, TwoArticlesWithOneOldQueryAreACollision) {
    Diagnostics diagnostics;
    const std::vector<Redirect> out = query_redirects_from(
        std::vector<ArticleUrls>{{"/?p=1", "/posts/hello/", "a.xml/posts/hello.html"},
                                 {"/?p=1", "/posts/other/", "b.xml/posts/other.html"}},
        diagnostics);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].to, "/posts/hello/");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.collision");
    EXPECT_EQ(diagnostics.items()[0].path, "b.xml/posts/other.html");
    EXPECT_EQ(diagnostics.items()[0].message,
              "the old URL /?p=1 was also the URL of a.xml/posts/hello.html, which keeps it "
              "(redirected to /posts/hello/); this article's new URL /posts/other/ gets no "
              "redirect from it");
}

TEST(QueryRedirects, NoneWrittenWhenNoOldUrlHasAQuery) {
    const std::vector<ArticleUrls> urls = {{"/a/", "/b/", "a.md"}};
    Diagnostics diagnostics;
    const RedirectOutputs out = redirect_outputs(urls, {"hugo", "", "", 2}, diagnostics);
    for (const RedirectFile& file : out.rule_files)
        EXPECT_EQ(file.text.find("folio_query_redirect"), std::string::npos) << file.path;
}

}  // namespace
}  // namespace folio
