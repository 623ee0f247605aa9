#include "src/output/copied_body.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/registry.hpp"
#include "src/ast/walk.hpp"
#include "src/images/bundle_images.hpp"
#include "src/pipeline/read_article.hpp"

namespace folio {
namespace {

// An article read by the real reader, so that its offsets are the ones the jobs see, and its
// body as written.
struct Read {
    Article article;
    WrittenBody body;
};

Read read(const std::string& text) {
    const SourceText source("post.md", text);
    Diagnostics diagnostics;
    ReadOptions options;
    options.formats = &builtin_formats();
    std::optional<Article> article = read_article(source, options, diagnostics);
    EXPECT_TRUE(article.has_value());
    return {std::move(*article), written_body(source, article->source.body_offset)};
}

// Every image of the article moved to `prefix` + its old URL, as `bundle_images` reports it.
std::vector<MovedDestination> move_images(const Article& article, const std::string& prefix) {
    std::vector<MovedDestination> moved;
    auto visit = [&](const Blocks& blocks) {
        for_each_inline(blocks, [&](const Inline& node) {
            if (const auto* image = std::get_if<Image>(&node.node))
                moved.push_back({image->destination, image->url, prefix + image->url});
        });
    };
    visit(article.body);
    for (const Footnote& note : article.footnotes) visit(note.children);
    return moved;
}

std::string copy(const Read& r, const std::vector<MovedDestination>& moved,
                 bool without_title_heading = false) {
    std::string why;
    const auto edits = copied_body_edits(r.article, r.body, moved, without_title_heading, why);
    EXPECT_TRUE(edits.has_value()) << why;
    return edits ? apply_span_edits(r.body, *edits) : "";
}

TEST(CopiedBody, KeepsEveryByteWithoutEdits) {
    const std::string body =
        "\nSome \\! text and _x_.\n\n1. a\n1. b\n\n[ref]: https://x.example/\n\n"
        "{{< youtube id=\"https://a.b/\" >}}\n";
    const Read r = read("---\ntitle: T\n---\n" + body);
    EXPECT_EQ(copy(r, {}), body);
}

TEST(CopiedBody, EditsADestinationAtTheStartAndOneAtTheEnd) {
    const Read r = read("---\ntitle: T\n---\n![a](a.png)\ntext\n![b](b.png)");
    EXPECT_EQ(copy(r, move_images(r.article, "new-")), "![a](new-a.png)\ntext\n![b](new-b.png)");
}

TEST(CopiedBody, EditsSeveralDestinationsKeepingTitlesAndTheRest) {
    const Read r = read(
        "---\ntitle: T\n---\nOne ![a](img/a.png \"A title\") two ![b](img/b.png 'B') "
        "_three_.\n");
    EXPECT_EQ(copy(r, move_images(r.article, "x/")),
              "One ![a](x/img/a.png \"A title\") two ![b](x/img/b.png 'B') _three_.\n");
}

TEST(CopiedBody, KeepsCrlfAndLoneCrLineEnds) {
    const Read r = read("---\r\ntitle: T\r\n---\r\n\r\n![a](a.png)\r\nline\rlast\n\r\n");
    EXPECT_EQ(copy(r, move_images(r.article, "new-")), "\r\n![a](new-a.png)\r\nline\rlast\n\r\n");
}

TEST(CopiedBody, RemovesTheTitleHeadingWithCrlf) {
    const Read r = read("---\r\ntitle: Hello\r\n---\r\n\r\n# Hello\r\n\r\nText\r\n");
    EXPECT_EQ(copy(r, {}, true), "\r\nText\r\n");
}

TEST(CopiedBody, EditsADestinationInAngleBrackets) {
    const Read r = read("---\ntitle: T\n---\n![a](<my pic.png> \"t\")\n");
    EXPECT_EQ(copy(r, move_images(r.article, "new-")), "![a](<new-my pic.png> \"t\")\n");
}

TEST(CopiedBody, PutsANewDestinationWithASpaceInAngleBrackets) {
    const Read r = read("---\ntitle: T\n---\n![a](a.png)\n");
    const std::vector<MovedDestination> moved{
        {move_images(r.article, "").front().destination, "a.png", "my a.png"}};
    EXPECT_EQ(copy(r, moved), "![a](<my a.png>)\n");
}

TEST(CopiedBody, EditsTheReferenceDefinitionOfAReferenceStyleImageOnce) {
    const Read r = read(
        "---\ntitle: T\n---\n![one][logo] and ![two][logo]\n\n[logo]: <img/logo.png> \"Logo\"\n"
        "[site]: https://example.org/\n");
    EXPECT_EQ(copy(r, move_images(r.article, "new-")),
              "![one][logo] and ![two][logo]\n\n[logo]: <new-img/logo.png> \"Logo\"\n"
              "[site]: https://example.org/\n");
}

TEST(CopiedBody, EditsAnImageInAFootnote) {
    const Read r = read("---\ntitle: T\n---\nText[^1].\n\n[^1]: See ![x](x.png).\n");
    EXPECT_EQ(copy(r, move_images(r.article, "new-")), "Text[^1].\n\n[^1]: See ![x](new-x.png).\n");
}

TEST(CopiedBody, RemovesAnAtxTitleHeadingAndTheBlankLinesAfterIt) {
    const Read r = read("---\ntitle: Hello World\n---\n\n# Hello  world\n\n\nText\n");
    EXPECT_EQ(copy(r, {}, true), "\nText\n");
}

TEST(CopiedBody, RemovesASetextTitleHeadingOverTwoLines) {
    const Read r = read("---\ntitle: Hello World\n---\nHello\nWorld\n=====\nText\n");
    EXPECT_EQ(copy(r, {}, true), "Text\n");
}

TEST(CopiedBody, KeepsAHeadingThatIsNotTheTitle) {
    const std::string body = "Other\n=====\n\nText\n";
    const Read r = read("---\ntitle: Hello\n---\n" + body);
    EXPECT_EQ(copy(r, {}, true), body);
}

TEST(CopiedBody, DropsTheEditOfAnImageInsideTheRemovedHeading) {
    const Read r = read("---\ntitle: Hi\n---\n# Hi\n\n![a](a.png)\n");
    EXPECT_EQ(copy(r, move_images(r.article, "new-"), true), "![a](new-a.png)\n");
}

TEST(CopiedBody, RefusesADestinationWrittenWithAnEscape) {
    const Read r = read("---\ntitle: T\n---\n![a](a\\_b.png)\n");
    const std::vector<MovedDestination> moved = move_images(r.article, "new-");
    ASSERT_EQ(moved.size(), 1u);
    std::string why;
    EXPECT_FALSE(copied_body_edits(r.article, r.body, moved, false, why).has_value());
    EXPECT_EQ(why, "the destination 'a_b.png' is not written as it is");
}

// Raw HTML images copied into a bundle were renamed in the tree, but a body copied as written
// kept naming the old files: the bundle's HTML showed broken images.
TEST(CopiedBody, EditsTheImagesRawHtmlShows) {
    const Read r = read(
        "---\ntitle: T\n---\nText <img src=\"pics/a b.png\"> inline.\n\n"
        "<figure>\n<img src=\"pics/a b.png\" alt=\"A\">\n"
        "<picture><source srcset=\"pics/c.png 2x\"><img SRC='pics/c.png'></picture>\n"
        "</figure>\n\nEnd ![x](pics/c.png).\n");
    struct Files final : ResourceReader {
        std::optional<std::string> read(const std::string& path) const override {
            if (path == "pics/a b.png" || path == "pics/c.png") return "bytes";
            return std::nullopt;
        }
    } files;
    Article article = r.article;
    std::vector<MovedDestination> moved;
    Diagnostics diagnostics;
    const std::vector<OutputFile> copied =
        bundle_images(article, "posts/t", make_image_locator(""), files, diagnostics, &moved);
    EXPECT_EQ(copied.size(), 2u);
    EXPECT_EQ(moved.size(), 5u);
    EXPECT_TRUE(copy_may_need_edits(r.body.text, true, false));
    EXPECT_EQ(copy(r, moved),
              "Text <img src=\"a-b.png\"> inline.\n\n"
              "<figure>\n<img src=\"a-b.png\" alt=\"A\">\n"
              "<picture><source srcset=\"c.png 2x\"><img SRC='c.png'></picture>\n"
              "</figure>\n\nEnd ![x](c.png).\n");
    EXPECT_TRUE(copy_may_need_edits("<IMG SRC=x.png>\n", true, false));
    EXPECT_FALSE(copy_may_need_edits("<b>bold</b> and no image\n", true, false));
}

// A Hugo page bundle's figure shortcode names its image as the bundle had it; the image was
// copied into the new bundle under a safe name, but the copy kept the old name (a broken image
// in the built site) and the whole body was written from the tree instead of copied.
TEST(CopiedBody, EditsTheImageAFigureShortcodeShows) {
    const Read r = read(
        "---\ntitle: T\n---\nIntro with \\! kept.\n\n"
        "{{< figure src=\"images/Diagram 1.png\"\n  caption=\"images/Diagram 1.png, drawn\" >}}\n\n"
        "Inline {{< figure src=\"images/Diagram 1.png\" >}} too.\n");
    struct Files final : ResourceReader {
        std::optional<std::string> read(const std::string& path) const override {
            if (path == "images/Diagram 1.png") return "bytes";
            return std::nullopt;
        }
    } files;
    Article article = r.article;
    std::vector<MovedDestination> moved;
    Diagnostics diagnostics;
    const std::vector<OutputFile> copied =
        bundle_images(article, "posts/t", make_image_locator(""), files, diagnostics, &moved);
    ASSERT_EQ(copied.size(), 1u);
    EXPECT_EQ(copied[0].path, "posts/t/diagram-1.png");
    EXPECT_EQ(copy(r, moved),
              "Intro with \\! kept.\n\n"
              "{{< figure src=\"diagram-1.png\"\n  caption=\"images/Diagram 1.png, drawn\" >}}\n\n"
              "Inline {{< figure src=\"diagram-1.png\" >}} too.\n");
}

TEST(CopiedBody, ApplyThrowsOnOverlappingEdits) {
    WrittenBody body{"abcdef", 10, 1, {}, false, {}};
    EXPECT_EQ(apply_span_edits(body, {{14, 16, "X"}, {10, 11, ""}}), "bcdX");
    EXPECT_THROW(apply_span_edits(body, {{10, 13, ""}, {12, 14, ""}}), std::logic_error);
    EXPECT_THROW(apply_span_edits(body, {{9, 10, ""}}), std::logic_error);
}

TEST(CopyMayNeedEdits, OnlyWhenAnImageCanMoveOrTheFirstBlockCanBeAnH1) {
    EXPECT_FALSE(copy_may_need_edits("\nText ! [x] and [a](b).\n", true, true));
    EXPECT_TRUE(copy_may_need_edits("Text ![x](a.png)\n", true, false));
    EXPECT_FALSE(copy_may_need_edits("Text ![x](a.png)\n", false, false));
    EXPECT_TRUE(copy_may_need_edits("\n\n# Title\n\nText\n", false, true));
    EXPECT_TRUE(copy_may_need_edits("   #\n", false, true));
    EXPECT_FALSE(copy_may_need_edits("#hashtag\n", false, true));
    EXPECT_FALSE(copy_may_need_edits("## Second level\n", false, true));
    EXPECT_TRUE(copy_may_need_edits("Title\nover two\n===\n", false, true));
    EXPECT_FALSE(copy_may_need_edits("Para\n---\n", false, true));
    EXPECT_FALSE(copy_may_need_edits("Para\n\n===\n", false, true));
    EXPECT_FALSE(copy_may_need_edits("    # code\n", false, true));
    EXPECT_TRUE(copy_may_need_edits("[^1]: note\n\n# Title\n", false, true));
    EXPECT_FALSE(copy_may_need_edits("# Title\n", false, false));
}

// Whatever the check says no to, the full read agrees: no edit (checked on the cases above
// that have a title heading for the edits to find).
TEST(CopyMayNeedEdits, NeverSaysNoWhereTheFullReadFindsAnEdit) {
    for (const std::string body :
         {"Title\n---\n", "## Title\n", "    # Title\n", "#Title\n", "Title\n\n===\n"}) {
        const Read r = read("---\ntitle: Title\n---\n" + body);
        std::string why;
        const auto edits = copied_body_edits(r.article, r.body, {}, true, why);
        ASSERT_TRUE(edits);
        EXPECT_TRUE(edits->empty()) << body;
        EXPECT_FALSE(copy_may_need_edits(body, true, true)) << body;
    }
}

}  // namespace
}  // namespace folio
