#include "src/check/mojibake_report.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

constexpr const char* kGarbled =
    "---\ntitle: Caf\xC3\x83\xC2\xA9 notes\n---\n\nDe ge\xE2\x88\x9A\xC3\x98ntegreerde "
    "aanpak.\n\nNog een caf\xC3\x83\xC2\xA9.\n";

std::vector<std::string> printed(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) out.push_back(format_diagnostic(d));
    return out;
}

TEST(ReportMojibake, ListsEveryRunForALint) {
    Diagnostics diagnostics;
    report_mojibake(SourceText("post.md", kGarbled), "check.mojibake", MojibakeReports::every_run,
                    diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 3U);
    EXPECT_EQ(diagnostics.items()[1].line, 5U);
    EXPECT_EQ(diagnostics.items()[2].line, 7U);
}

TEST(ReportMojibake, SaysItOncePerArticleWithHowManyMore) {
    Diagnostics diagnostics;
    report_mojibake(SourceText("post.md", kGarbled), "epub.mojibake",
                    MojibakeReports::once_per_article, diagnostics);
    EXPECT_EQ(printed(diagnostics),
              std::vector<std::string>{
                  "post.md:2:11: warning: suspected mojibake '\xC3\x83\xC2\xA9' (UTF-8 read as "
                  "Windows-1252): probably '\xC3\xA9' (and 2 more in this article); "
                  "--fix-mojibake repairs them [epub.mojibake]\n"
                  "    title: Caf\xC3\x83\xC2\xA9 notes\n"
                  "              ^\n"});
}

TEST(ReportMojibake, SaysNothingAboutCleanText) {
    Diagnostics diagnostics;
    report_mojibake(SourceText("post.md", "---\ntitle: Café\n---\n\nNaïve ürün, يادداشت.\n"),
                    "html.mojibake", MojibakeReports::once_per_article, diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
}

}  // namespace
}  // namespace folio
