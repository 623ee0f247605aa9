#include "formats/epub/svg_cleaning.hpp"

#include <gtest/gtest.h>

#include "formats/epub/image_catalog.hpp"
#include "tests/formats/epub/epub_test_support.hpp"

namespace folio::epub {
namespace {

TEST(CleanSvg, KeepsACleanSvgByteForByte) {
    const std::string svg =
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><defs><circle id=\"c\" r=\"3\"/></defs>"
        "<use xlink:href=\"#c\"/><style>.a{fill:red}</style></svg>\n";
    std::vector<std::string> removed;
    EXPECT_EQ(clean_svg(svg, removed), svg);
    EXPECT_TRUE(removed.empty());
}

TEST(CleanSvg, RemovesScriptsHandlersAnimationsAndReferencesToOtherFiles) {
    std::vector<std::string> removed;
    const std::optional<std::string> out = clean_svg(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "onload=\"steal()\"><script>steal()</script><a xlink:href=\"javascript:steal()\">"
        "<rect width=\"1\" height=\"1\"/></a><image href=\"https://tracker.example/p.png\"/>"
        "<set attributeName=\"href\" to=\"javascript:x\"/>"
        "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>"
        "<rect style=\"fill:url(javascript:x)\"/></svg>",
        removed);
    ASSERT_TRUE(out);
    EXPECT_EQ(*out,
              "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
              "<a><rect width=\"1\" height=\"1\"/></a><image/><rect/></svg>");
    EXPECT_EQ(removed, (std::vector<std::string>{"onload attribute", "<script> element",
                                                 "javascript: URL", "reference to another file",
                                                 "<set> element", "<foreignObject> element",
                                                 "style that loads or runs code"}));
}

TEST(ImageCatalog, CleansSvgImagesAndRefusesOnesThatAreNotWellFormed) {
    test::MemoryResources files;
    files.files["a.svg"] =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script><rect/></svg>";
    files.files["b.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</svg>";
    ImageCatalog catalog(files);
    ImageProblem problem = ImageProblem::none;
    std::string cleaned;
    const std::optional<std::string> href = catalog.embed("a.svg", problem, {}, &cleaned);
    ASSERT_TRUE(href);
    EXPECT_EQ(cleaned, "<script> element");
    EXPECT_EQ(catalog.take(*href)->bytes, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
    EXPECT_FALSE(catalog.embed("b.svg", problem));
    EXPECT_EQ(problem, ImageProblem::broken_svg);
}

}  // namespace
}  // namespace folio::epub

#include "formats/epub/body_references.hpp"

namespace folio::epub {
namespace {

// Issue 23: the cover caption linked to the cover's URL whatever its scheme.
TEST(ResolveCover, NeverLinksTheCaptionToADangerousUrl) {
    Article article;
    article.source.path = "a.md";
    article.meta.cover = Cover{"javascript:alert(1)", "Alt", "Caption", {}};
    test::MemoryResources files;
    ImageCatalog images(files);
    Diagnostics diagnostics;
    const std::optional<ChapterCover> cover = resolve_cover(article, {}, images, diagnostics);
    ASSERT_TRUE(cover);
    EXPECT_EQ(cover->link, "");
    EXPECT_EQ(cover->href, "");
    EXPECT_EQ(cover->caption, "Caption");
}

}  // namespace
}  // namespace folio::epub
