#include "formats/markdown/convert_to_markdown.hpp"

#include <gtest/gtest.h>

#include "formats/registry.hpp"

namespace folio {
namespace {

TEST(MarkdownFile, NamesTheFileAfterTheSlug) {
    Article article;
    article.meta.title = "T";
    article.slug = "t";
    Diagnostics diagnostics;
    const OutputFile file =
        markdown_file(article, FrontMatterTarget::style_b_yaml, builtin_formats(), diagnostics);
    EXPECT_EQ(file.path, "t.md");
    EXPECT_EQ(file.bytes, "---\ntitle: T\n---\n");
}

}  // namespace
}  // namespace folio
