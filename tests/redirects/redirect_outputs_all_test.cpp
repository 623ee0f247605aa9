#include "src/redirects/redirect_outputs.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

std::vector<ArticleUrls> jekyll_to_target() {
    return {{"/2019/03/04/first.html", "/posts/first/", "first.md"},
            {"/2020/05/06/second.html", "/posts/second/", "second.md"},
            {"/about/", "/about/", "about.md"}};
}

TEST(RedirectOutputs, HugoGetsAliasesAndEveryRuleFile) {
    RedirectOptions options;
    options.target_engine = "hugo";
    options.new_site_url = "https://new.example/";
    Diagnostics diagnostics;
    const RedirectOutputs out = redirect_outputs(jekyll_to_target(), options, diagnostics);
    EXPECT_EQ(out.front_matter_key, "aliases");
    EXPECT_EQ(out.front_matter.at("first.md"), (std::vector<std::string>{"/2019/03/04/first.html"}));
    EXPECT_FALSE(out.front_matter.contains("about.md"));
    EXPECT_TRUE(out.pages.empty());
    EXPECT_EQ(out.redirects, 2u);
    EXPECT_EQ(out.patterns, 1u);
    std::vector<std::string> names;
    for (const RedirectFile& file : out.rule_files) names.push_back(file.path);
    EXPECT_EQ(names, (std::vector<std::string>{"_redirects", "vercel.json", ".htaccess",
                                               "nginx-redirects.conf", "nginx-redirects-server.conf",
                                               "redirects.csv"}));
    EXPECT_EQ(out.rule_files[5].text,
              "old_url,new_url\r\n/2019/03/04/first.html,https://new.example/posts/first/\r\n"
              "/2020/05/06/second.html,https://new.example/posts/second/\r\n");
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(RedirectOutputs, JekyllGetsRedirectFrom) {
    RedirectOptions options;
    options.target_engine = "jekyll";
    Diagnostics diagnostics;
    const RedirectOutputs out = redirect_outputs(jekyll_to_target(), options, diagnostics);
    EXPECT_EQ(out.front_matter_key, "redirect_from");
    EXPECT_EQ(out.front_matter.size(), 2u);
}

TEST(RedirectOutputs, EnginesWithoutFrontMatterRedirectsGetPages) {
    RedirectOptions options;
    options.target_engine = "astro";
    Diagnostics diagnostics;
    const RedirectOutputs out = redirect_outputs(jekyll_to_target(), options, diagnostics);
    EXPECT_EQ(out.front_matter_key, "");
    EXPECT_TRUE(out.front_matter.empty());
    ASSERT_EQ(out.pages.size(), 2u);
    EXPECT_EQ(out.pages[0].path, "2019/03/04/first.html");
}

}  // namespace
}  // namespace folio
