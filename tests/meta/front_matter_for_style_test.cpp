#include "src/meta/front_matter_for_style.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

Value text(const char* s) { return Value{std::string(s)}; }

// Fuzz finding: style A keeps an unknown `lastmod: "Engineering"` as an extra string; written
// to Hugo as `lastmod = "Engineering"`, the page did not build (Hugo reads `lastmod` as a
// date). Hugo front matter leaves such keys out, with a warning; YAML targets keep them.
TEST(FrontMatterForStyle, LeavesHugoDateKeysThatHoldNoDateOutOfHugoFrontMatter) {
    Meta meta;
    meta.title = "T";
    meta.extra = {{"lastmod", text("Engineering")},
                  {"publishDate", text("2024-03-04")},
                  {"Modified", Value{std::int64_t{5}}},
                  {"expiryDate", Value{*parse_date("2024-02-30")}},
                  {"unpublishdate", Value{*parse_date("2030-01-01T10:00:00Z")}},
                  {"reviewed", text("not a date, not a date key")}};
    const StyledFrontMatter hugo = front_matter_for_style(meta, FrontMatterTarget::hugo_toml);
    std::vector<std::string> keys;
    for (const auto& [key, value] : hugo.entries) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"title", "draft", "publishDate", "unpublishdate",
                                              "reviewed"}));
    EXPECT_EQ(hugo.not_dates, (std::vector<std::string>{"lastmod", "Modified", "expiryDate"}));

    const StyledFrontMatter yaml = front_matter_for_style(meta, FrontMatterTarget::style_b_yaml);
    EXPECT_EQ(yaml.entries.size(), 7u);
    EXPECT_TRUE(yaml.not_dates.empty());

    Diagnostics diagnostics;
    Source source;
    source.path = "a.md";
    report_front_matter_changes(hugo, FrontMatterTarget::hugo_toml, source, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 3u);
    EXPECT_EQ(diagnostics.items()[0].code, "front-matter.not-a-date");
    EXPECT_EQ(diagnostics.items()[0].severity, Severity::warning);
}

}  // namespace
}  // namespace folio
