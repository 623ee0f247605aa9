#include <gtest/gtest.h>

#include "formats/epub/chapter_raw_html.hpp"

namespace folio::epub {
namespace {

TEST(HoldsItsElements, TellsBlocksThatReadTheSameAloneFromOnesThatNeedTheirPage) {
    EXPECT_TRUE(holds_its_elements("<p align=center><img src=x.png></p>"));
    EXPECT_TRUE(holds_its_elements("<ul><li>one<li>two</ul>"));
    EXPECT_TRUE(holds_its_elements("<p>left open"));
    EXPECT_TRUE(holds_its_elements("<!-- <div> -->"));
    EXPECT_FALSE(holds_its_elements("<div class=\"note\">\n"));  // Markdown follows, then </div>
    EXPECT_FALSE(holds_its_elements("</div>\n"));
    EXPECT_FALSE(holds_its_elements("<div><span>a</div>"));
}

TEST(TagsNest, TellsBodiesWhoseTagsPairUpFromOthers) {
    EXPECT_TRUE(tags_nest("<p>a <em>b <span class=\"x>y\">c</span></em><br/></p>\n<!-- <x> -->"));
    EXPECT_FALSE(tags_nest("<p><em>a <span>b</em> c</span></p>"));
    EXPECT_FALSE(tags_nest("<p><kbd>a</p>"));
    EXPECT_FALSE(tags_nest("<p>a</p></div>"));
}

struct Pieces {
    XhtmlRewrites rewrites;
    std::vector<std::string> dropped;
    ChapterRawHtml raw{rewrites, dropped};
};

TEST(ChapterRawHtml, ConvertsABlockThatHoldsItsElementsAlone) {
    Pieces p;
    EXPECT_EQ(p.raw.convert("<p align=\"center\">a<br>b</p>\n", true),
              "<p style=\"text-align: center\">a<br/>b</p>\n");
    EXPECT_FALSE(p.raw.needs_repair());
    EXPECT_FALSE(p.raw.needs_check());
}

TEST(ChapterRawHtml, ConvertsInlineTagsOneByOneAndAsksForACheck) {
    Pieces p;
    EXPECT_EQ(p.raw.convert("<img src=\"a.png\" alt=\"a\">", false), "<img src=\"a.png\" alt=\"a\"/>");
    EXPECT_FALSE(p.raw.needs_check());
    EXPECT_EQ(p.raw.convert("<span class=\"x\" onclick=\"go()\">", false), "<span class=\"x\">");
    EXPECT_EQ(p.raw.convert("</span>", false), "</span>");
    EXPECT_EQ(p.raw.convert("<!-- note -->", false), "");
    EXPECT_FALSE(p.raw.needs_repair());
    EXPECT_TRUE(p.raw.needs_check());
    EXPECT_EQ(p.dropped, (std::vector<std::string>{"onclick attribute"}));
}

TEST(ChapterRawHtml, OpensAContainerInOneBlockAndClosesItInALaterOne) {
    Pieces p;
    EXPECT_EQ(p.raw.convert("<div class=\"note\" align=\"center\">\n", true),
              "<div class=\"note\" style=\"text-align: center\">\n");
    EXPECT_EQ(p.raw.convert("<details>\n<summary>More</summary>\n", true),
              "<details>\n<summary>More</summary>\n");
    EXPECT_TRUE(p.raw.needs_repair());  // until they are closed
    EXPECT_EQ(p.raw.convert("</details>\n</div>\n", true), "</details>\n</div>\n");
    EXPECT_FALSE(p.raw.needs_repair());
    EXPECT_TRUE(p.raw.needs_check());
}

TEST(ChapterRawHtml, AsksForTheWholeRepairWhenAPieceCannotBeReadAlone) {
    Pieces open_table;
    EXPECT_EQ(open_table.raw.convert("<table>\n", true), "<table>\n");
    EXPECT_TRUE(open_table.raw.needs_repair());

    Pieces wrong_close;
    wrong_close.raw.convert("<div>\n", true);
    wrong_close.raw.convert("</section>\n", true);
    EXPECT_TRUE(wrong_close.raw.needs_repair());

    Pieces unclosed;
    unclosed.raw.convert("<em>", false);
    EXPECT_TRUE(unclosed.raw.needs_repair());

    Pieces stray;
    stray.raw.convert("</b>", false);
    EXPECT_TRUE(stray.raw.needs_repair());

    Pieces block_inline;
    block_inline.raw.convert("<div>", false);
    EXPECT_TRUE(block_inline.raw.needs_repair());
}

}  // namespace
}  // namespace folio::epub
