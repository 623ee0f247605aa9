#include "formats/epub/accessibility.hpp"

#include <gtest/gtest.h>

namespace folio::epub {
namespace {

TEST(ScanImages, FindsImagesAndOnesWithoutAltTextInDoubleQuotedXhtml) {
    EXPECT_FALSE(scan_images("<p>no images; <imgs> is not one</p>").images);
    const ImageAltScan described = scan_images("<p><img src=\"a.png\" alt=\"A cat\"/></p>");
    EXPECT_TRUE(described.images);
    EXPECT_FALSE(described.without_alt);
    EXPECT_TRUE(scan_images("<img src=\"a.png\" alt=\"A\"/><img src=\"b.png\" alt=\"\"/>").without_alt);
    EXPECT_TRUE(scan_images("<img src=\"a.png\"/>").without_alt);
    EXPECT_FALSE(scan_images("<img src=\"a.png\" title=\"x\" alt=\"B\" />").without_alt);
}

TEST(WarnImagesWithoutAlt, PointsAtEachImageWithoutAltTextInTheBodyAndTheNotes) {
    Article article;
    article.source.path = "posts/a.md";
    Image bare;
    bare.url = "x.png";
    bare.at = {7, 3};
    Image described = bare;
    described.alt = {Inline{Text{"A cat"}}};
    article.body.push_back(Block{Paragraph{{Inline{described}, Inline{bare}}}, {}});
    Footnote note;
    Image in_note = bare;
    in_note.at = {12, 1};
    note.children.push_back(Block{Paragraph{{Inline{in_note}}}, {}});
    article.footnotes.push_back(note);
    Diagnostics diagnostics;
    warn_images_without_alt(article, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(diagnostics.items()[0].code, "epub.image.alt");
    EXPECT_EQ(diagnostics.items()[0].line, 7u);
    EXPECT_EQ(diagnostics.items()[0].column, 3u);
    EXPECT_EQ(diagnostics.items()[1].line, 12u);
}

}  // namespace
}  // namespace folio::epub
