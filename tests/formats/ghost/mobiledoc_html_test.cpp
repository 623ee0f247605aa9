#include <gtest/gtest.h>

#include "formats/ghost/mobiledoc_html.hpp"

namespace folio {
namespace {

TEST(MobiledocHtml, ClosesMarkupsLeftOpenAndDropsAttributesThatAreNotNames) {
    GhostBody body;
    render_mobiledoc(R"({"markups":[["a",["href","/x","on click=\"y\"","z"]],["script"]],
        "atoms":[],"cards":[],"sections":[[1,"p",[[0,[0,1],0,"t"]]],[1,"h7",[[0,[],0,"u"]]]]})",
                     body);
    EXPECT_EQ(body.html, "<p><a href=\"/x\"><span>t</span></a></p><p>u</p>");
    EXPECT_TRUE(body.problems.empty());
}

TEST(MobiledocHtml, RendersImageSectionsAndMarkdownCardsOfGhostOne) {
    GhostBody body;
    render_mobiledoc(R"({"atoms":[],"markups":[],"cards":[["card-markdown",{"markdown":"# T"}]],
        "sections":[[2,"/content/images/a.png"],[10,0],[1,"aside",[[0,[],0,"q"]]]]})",
                     body);
    EXPECT_EQ(body.html,
              "<img src=\"/content/images/a.png\"><h1>T</h1>\n"
              "<blockquote class=\"kg-blockquote-alt\">q</blockquote>");
}

TEST(MobiledocHtml, KeepsUnknownCardsAndSectionsAsComments) {
    GhostBody body;
    render_mobiledoc(R"({"atoms":[],"markups":[],"cards":[["email-cta",{"html":"x"}]],
        "sections":[[10,0],[7,"x"]]})",
                     body);
    EXPECT_EQ(body.html, R"(<!--ghost ["email-cta",{"html":"x"}]--><!--ghost [7,"x"]-->)");
    EXPECT_EQ(body.problems,
              (std::vector<std::string>{
                  "Ghost card 'email-cta' is kept as JSON in an HTML comment",
                  "a mobiledoc section of type 7 is kept as JSON in an HTML comment"}));
}

}  // namespace
}  // namespace folio
