#include <gtest/gtest.h>

#include "formats/ghost/lexical_html.hpp"

namespace folio {
namespace {

std::string root(const std::string& children) {
    return R"({"root":{"children":[)" + children + R"(],"type":"root","version":1}})";
}

TEST(LexicalHtml, NestsTextFormatsAsGhostDoes) {
    GhostBody body;
    render_lexical(root(R"({"type":"paragraph","children":[{"type":"text","format":3,"text":"a"},
        {"type":"text","format":12,"text":"b"},{"type":"text","format":224,"text":"c"}]})"),
                   body);
    EXPECT_EQ(body.html,
              "<p><strong><em>a</em></strong><s><u>b</u></s><sub><sup><mark>c</mark>"
              "</sup></sub></p>");
    EXPECT_TRUE(body.problems.empty());
}

TEST(LexicalHtml, LeavesEmptyParagraphsOutAndRendersAsidesAsAlternativeQuotes) {
    GhostBody body;
    render_lexical(root(R"({"type":"paragraph","children":[]},
        {"type":"aside","children":[{"type":"text","text":"q"}]},
        {"type":"heading","tag":"h9","children":[{"type":"text","text":"h"}]})"),
                   body);
    EXPECT_EQ(body.html, "<blockquote class=\"kg-blockquote-alt\">q</blockquote><h2>h</h2>");
}

TEST(LexicalHtml, KeepsUnknownNodesAsJsonInACommentAndSaysSo) {
    GhostBody body;
    render_lexical(root(R"({"type":"product","productTitle":"Mug","x":"a--b"})"), body);
    EXPECT_EQ(body.html, R"(<!--ghost {"type":"product","productTitle":"Mug","x":"a-\u002db"}-->)");
    EXPECT_EQ(body.problems,
              std::vector<std::string>{"Ghost card 'product' is kept as JSON in an HTML comment"});
}

TEST(LexicalHtml, RendersWhatItCanOfDamagedJson) {
    GhostBody body;
    render_lexical(
        R"({"root":{"children":[{"type":"paragraph","children":[{"type":"text","text":"ok"}]},{"ty)",
        body);
    EXPECT_EQ(body.html, "<p>ok</p>");
    ASSERT_EQ(body.problems.size(), 1u);
    EXPECT_EQ(body.problems[0],
              "the lexical JSON is damaged at its byte 84: a string that starts here never ends "
              "(the file is cut short?)");
}

TEST(LexicalHtml, WritesImageSizesOnlyTogetherAndNoImageWithoutASource) {
    GhostBody body;
    render_lexical(root(R"({"type":"image","src":"","alt":"never chosen"},
        {"type":"image","src":"/a.png","width":800,"alt":"","cardWidth":"full","href":"/b/"})"),
                   body);
    EXPECT_EQ(body.html,
              "<figure class=\"kg-card kg-image-card kg-width-full\"><a href=\"/b/\">"
              "<img src=\"/a.png\" class=\"kg-image\" alt=\"\" loading=\"lazy\"></a>"
              "</figure>");
}

TEST(LexicalHtml, EscapesTextAndAttributes) {
    GhostBody body;
    render_lexical(root(R"({"type":"paragraph","children":[{"type":"link","url":"/a?b=1&c=\"x\"",
        "children":[{"type":"text","text":"<script>"}]}]})"),
                   body);
    EXPECT_EQ(body.html, "<p><a href=\"/a?b=1&amp;c=&quot;x&quot;\">&lt;script&gt;</a></p>");
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// Rows as the editor numbers them, whatever the numbers; an image without one is in the first.
TEST(LexicalHtml, LaysGalleryImagesOutInTheirRows) {
    GhostBody body;
    render_lexical(root(R"({"type":"gallery","images":[{"src":"/b.png","row":-1},
        {"src":"/c.png","row":2},{"src":"/a.png"},{"src":""}]})"),
                   body);
    EXPECT_EQ(
        body.html,
        "<figure class=\"kg-card kg-gallery-card kg-width-wide\"><div "
        "class=\"kg-gallery-container\"><div class=\"kg-gallery-row\"><div "
        "class=\"kg-gallery-image\"><img src=\"/b.png\" loading=\"lazy\" alt=\"\"></div></div>"
        "<div class=\"kg-gallery-row\"><div class=\"kg-gallery-image\"><img src=\"/a.png\" "
        "loading=\"lazy\" alt=\"\"></div></div><div class=\"kg-gallery-row\"><div "
        "class=\"kg-gallery-image\"><img src=\"/c.png\" loading=\"lazy\" alt=\"\"></div></div>"
        "</div></figure>");
}

}  // namespace
}  // namespace folio
