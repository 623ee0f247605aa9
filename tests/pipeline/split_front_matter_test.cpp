#include "src/pipeline/split_front_matter.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

std::string content(const SourceText& source, const FrontMatterSplit& split) {
    return source.text().substr(split.begin, split.end - split.begin);
}

TEST(SplitFrontMatter, FindsYamlBetweenDashedLines) {
    const SourceText source("a.md", "---\ntitle: x\n---\n# Body\n");
    const auto split = split_front_matter(source);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->syntax, FrontMatterSyntax::yaml);
    EXPECT_EQ(content(source, *split), "title: x\n");
    EXPECT_EQ(source.text().substr(split->body_begin), "# Body\n");
}

TEST(SplitFrontMatter, AcceptsYamlDocumentEndMarker) {
    const SourceText source("a.md", "---\ntitle: x\n...\nbody");
    const auto split = split_front_matter(source);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(source.text().substr(split->body_begin), "body");
}

TEST(SplitFrontMatter, FindsTomlBetweenPlusLines) {
    const SourceText source("a.md", "+++\ntitle = \"x\"\n+++\nbody");
    const auto split = split_front_matter(source);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->syntax, FrontMatterSyntax::toml);
    EXPECT_EQ(content(source, *split), "title = \"x\"\n");
}

TEST(SplitFrontMatter, FindsJsonObjectWithBracesInStrings) {
    const SourceText source("a.md", "{\n  \"title\": \"a } b \\\" {\",\n  \"x\": {\"y\": 1}\n}\nbody\n");
    const auto split = split_front_matter(source);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->syntax, FrontMatterSyntax::json);
    EXPECT_EQ(content(source, *split).back(), '}');
    EXPECT_EQ(source.text().substr(split->body_begin), "body\n");
}

TEST(SplitFrontMatter, ReadsCrlfFilesLikeLf) {
    const SourceText source("a.md", "\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nbody\r\n");
    const auto split = split_front_matter(source);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(content(source, *split), "title: x\n");
}

TEST(SplitFrontMatter, NoFenceMeansNoFrontMatter) {
    const SourceText source("a.md", "# Title\n\n---\n");
    const auto split = split_front_matter(source);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->syntax, FrontMatterSyntax::none);
    EXPECT_EQ(split->body_begin, 0u);
}

TEST(SplitFrontMatter, ReportsUnterminatedFrontMatterAtTheOpeningLine) {
    const SourceText source("posts/a.md", "\n---\ntitle: x\nbody\n");
    const auto split = split_front_matter(source);
    ASSERT_FALSE(split.ok());
    EXPECT_EQ(format_diagnostic(split.error()),
              "posts/a.md:2:1: error: front matter opened by '---' is never closed (expected a "
              "line '---') [front-matter.unterminated]\n    ---\n    ^\n");
}

TEST(SplitFrontMatter, ReportsTextAfterJsonObject) {
    const SourceText source("a.md", "{\"title\": \"x\"} trailing\nbody");
    const auto split = split_front_matter(source);
    ASSERT_FALSE(split.ok());
    EXPECT_EQ(split.error().code, "front-matter.json.trailing");
    EXPECT_EQ(split.error().column, 15u);
}

}  // namespace
}  // namespace folio
