// Redirects as real engines take them: Hugo and Jekyll with jekyll-redirect-from (Debian's,
// skipped where absent) build a redirect page at every value `front_matter_redirects` gives,
// non-ASCII and spaced ones included, under the site's base path.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/redirects/front_matter_redirects.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(HugoAliases, HugoWritesARedirectPageAtEveryValue) {
    if (!fs::exists("/usr/bin/hugo")) GTEST_SKIP() << "needs /usr/bin/hugo (Debian's hugo)";
    const std::vector<Redirect> redirects{
        {"/blog/2021/07/08/caf%C3%A9/", "/blog/posts/cafe/", "cafe.md"},
        {"/blog/2019/a%20b.html", "/blog/posts/cafe/", "cafe.md"},
    };
    Diagnostics diagnostics;
    const auto values = front_matter_redirects(redirects, "/blog", diagnostics);
    ASSERT_TRUE(diagnostics.items().empty());
    std::string aliases;
    for (const std::string& alias : values.at("cafe.md")) aliases += "  - \"" + alias + "\"\n";
    testing::TempDir site;
    site.write("hugo.toml", "baseURL = 'https://example.org/blog/'\n"
                            "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
    site.write("layouts/_default/single.html", "page\n");
    site.write("layouts/_default/list.html", "list\n");
    site.write("content/posts/cafe.md", "---\ntitle: Café\naliases:\n" + aliases + "---\nText.\n");
    const std::string command = "hugo --quiet -s '" + site.path().string() + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const fs::path public_dir = site.path() / "public";
    EXPECT_NE(read_text(public_dir / "2021/07/08/café/index.html")
                  .find("https://example.org/blog/posts/cafe/"),
              std::string::npos);
    EXPECT_NE(read_text(public_dir / "2019/a b.html").find("https://example.org/blog/posts/cafe/"),
              std::string::npos);
}

// Debian's ruby-jekyll-redirect-from installs into Ruby's vendor folder.
bool jekyll_redirect_from_installed() {
    return fs::exists("/usr/bin/jekyll") &&
           fs::exists("/usr/lib/ruby/vendor_ruby/jekyll-redirect-from.rb");
}

TEST(JekyllRedirectFrom, ThePluginWritesARedirectPageAtEveryValue) {
    if (!jekyll_redirect_from_installed()) {
        GTEST_SKIP() << "needs Debian's jekyll and ruby-jekyll-redirect-from";
    }
    const std::vector<Redirect> redirects{
        {"/project/2021/07/08/caf%C3%A9/", "/project/2021/07/08/cafe/", "cafe.md"},
        {"/project/2019/a%20b.html", "/project/2021/07/08/cafe/", "cafe.md"},
    };
    Diagnostics diagnostics;
    const auto values = front_matter_redirects(redirects, "/project", diagnostics);
    ASSERT_TRUE(diagnostics.items().empty());
    std::string redirect_from;
    for (const std::string& value : values.at("cafe.md")) redirect_from += "  - \"" + value + "\"\n";
    testing::TempDir site;
    site.write("_config.yml", "title: t\nurl: \"https://example.github.io\"\nbaseurl: \"/project\"\n"
                              "permalink: pretty\nplugins:\n  - jekyll-redirect-from\n");
    site.write("_posts/2021-07-08-cafe.md",
               "---\ntitle: Café\nredirect_from:\n" + redirect_from + "---\nText.\n");
    const std::string command = "cd '" + site.path().string() + "' && jekyll build -q >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const fs::path output = site.path() / "_site";
    const std::string target = "https://example.github.io/project/2021/07/08/cafe/";
    EXPECT_NE(read_text(output / "2021/07/08/café/index.html").find(target), std::string::npos);
    EXPECT_NE(read_text(output / "2019/a b.html").find(target), std::string::npos);
}

}  // namespace
}  // namespace folio
