#include "src/check/lint.hpp"

#include <gtest/gtest.h>

#include "src/pipeline/read_article.hpp"
#include "tests/support/temp_dir.hpp"
#include "formats/registry.hpp"

namespace folio {
namespace {

using testing::TempDir;

std::vector<std::string> lint(const std::string& path, std::string_view text,
                              const LintOptions& options = {}) {
    const SourceText source(path, text);
    Diagnostics diagnostics;
    const auto article = read_article(source, builtin_load_options().read, diagnostics);
    EXPECT_TRUE(article.has_value());
    if (article) lint_article(source, *article, options, diagnostics);
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) out.push_back(format_diagnostic(d));
    return out;
}

TEST(LintArticle, ReportsAMissingDate) {
    const auto out = lint("a.md", "---\ntitle: x\n---\nbody\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0], "a.md:1:1: warning: no date in the front matter [check.date.missing]\n    ---\n    ^\n");
}

TEST(LintArticle, ReportsAMissingTitleAndWhereItCameFrom) {
    const auto out = lint("a.md", "---\ndate: 2025-01-01\n---\n# Kop\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0],
              "a.md:1:1: warning: no title in the front matter; using 'Kop' from the first heading "
              "[check.title.missing]\n    ---\n    ^\n");
}

TEST(LintArticle, ReportsMojibakeWithItsRepair) {
    const auto out = lint("a.md", "---\ntitle: x\ndate: 2025-01-01\n---\nEen ge\xE2\x88\x9A\xC3\x98ntegreerde aanpak.\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0],
              "a.md:5:7: warning: suspected mojibake '\xE2\x88\x9A\xC3\x98' (UTF-8 read as Mac Roman): "
              "probably 'ï'; --fix-mojibake repairs it [check.mojibake]\n"
              "    Een ge\xE2\x88\x9A\xC3\x98ntegreerde aanpak.\n"
              "          ^\n");
}

TEST(LintArticle, ReportsAMissingLocalImageRelativeToTheArticle) {
    const TempDir dir;
    dir.write("posts/there.png", "png");
    const std::string path = dir.write("posts/a.md", "");
    const auto out = lint(path, "---\ntitle: x\ndate: 2025-01-01\n---\n![ok](there.png) ![gone](gone.png)\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_NE(out[0].find("a.md:5:"), std::string::npos) << out[0];
    EXPECT_NE(out[0].find("warning: image 'gone.png' does not exist"), std::string::npos) << out[0];
}

TEST(LintArticle, ResolvesSiteAbsoluteFeaturedImagesUnderStatic) {
    const TempDir dir;
    dir.write("static/blog/images/Why It's Late.png", "png");
    const std::string path = dir.write("posts/a.md", "");
    LintOptions options;
    options.static_dir = (dir.path() / "static").string();
    const auto found = lint(path,
                            "---\ntitle: x\ndate: \"2025-01-01\"\nfeaturedImage: \"/blog/images/Why It's Late.png\"\n---\n",
                            options);
    EXPECT_TRUE(found.empty()) << found.front();
    const auto missing = lint(path,
                              "---\ntitle: x\ndate: \"2025-01-01\"\nfeaturedImage: \"/blog/images/Nope.png\"\n---\n",
                              options);
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_NE(missing[0].find(":4:17: warning: cover image '/blog/images/Nope.png' does not exist"),
              std::string::npos)
        << missing[0];
}

TEST(LintArticle, SaysSiteAbsoluteImagesAreUncheckedWithoutStatic) {
    const auto out = lint("a.md", "---\ntitle: x\ndate: 2025-01-01\n---\n![a](/img/a.png) ![b](/img/b.png)\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_NE(out[0].find("note: site-absolute image paths such as '/img/a.png' are not checked"),
              std::string::npos);
}

TEST(LintArticle, IgnoresRemoteImages) {
    EXPECT_TRUE(lint("a.md", "---\ntitle: x\ndate: 2025-01-01\n---\n![a](https://x.org/a.png?w=1&h=2)\n").empty());
}

TEST(LintArticle, ReportsAnH1ThatRepeatsTheTitle) {
    const auto out = lint("a.md", "---\ntitle: Mijn  Post\ndate: 2025-01-01\n---\n\n# mijn post\n\nText.\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0],
              "a.md:6:3: warning: the first heading repeats the title; writers leave it out "
              "[check.title.repeated]\n    # mijn post\n      ^\n");
}

}  // namespace
}  // namespace folio
