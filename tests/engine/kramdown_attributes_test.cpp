#include "src/engine/kramdown_attributes.hpp"

#include <gtest/gtest.h>

#include "src/output/copied_body.hpp"

namespace folio {
namespace {

std::string edited(std::string_view text, const EngineTranslation& translation) {
    WrittenBody body;
    body.text = std::string(text);
    return apply_span_edits(body, translation.edits);
}

constexpr std::string_view kBody =
    "> Check the port.\n{: .prompt-warning }\n\n"
    "![Board](board.png){: .shadow width=\"700\" }\n\n"
    "* TOC\n{:toc}\n\n"
    "```\n{: .in-code }\n```\n\n"
    "{::comment}\nnot a list\n{:/comment}\n";

TEST(KramdownAttributes, HugoReadsABlocksListInGoldmarksSyntaxAndTheRestGoes) {
    const EngineTranslation out = translate_kramdown_attributes(kBody, 0, BlockAttributes::goldmark);
    EXPECT_EQ(edited(kBody, out),
              "> Check the port.\n{.prompt-warning}\n\n"
              "![Board](board.png)\n\n"
              "* TOC\n\n"
              "```\n{: .in-code }\n```\n\n"
              "{::comment}\nnot a list\n{:/comment}\n");
    ASSERT_EQ(out.untranslated.size(), 2u);
    EXPECT_EQ(out.untranslated[0].code, "migrate.kramdown.attributes-dropped");
    EXPECT_EQ(out.untranslated[0].offset, kBody.find("{: .shadow"));
    EXPECT_EQ(out.untranslated[0].message,
              "kramdown attribute list '{: .shadow width=\"700\" }' is read by Jekyll only: left out, "
              "with what it sets (the image or link before it keeps no class, id or size)");
    EXPECT_EQ(out.untranslated[1].offset, kBody.find("{:toc}"));
}

TEST(KramdownAttributes, AnEngineWithoutAttributesLosesEveryListWithAWarningEach) {
    const EngineTranslation out = translate_kramdown_attributes(kBody, 10, BlockAttributes::none);
    ASSERT_EQ(out.untranslated.size(), 3u);
    EXPECT_EQ(out.untranslated[0].offset, 10 + kBody.find("{: .prompt"));
    WrittenBody body;
    body.text = std::string(kBody);
    body.offset = 10;
    EXPECT_EQ(apply_span_edits(body, out.edits),
              "> Check the port.\n\n"
              "![Board](board.png)\n\n"
              "* TOC\n\n"
              "```\n{: .in-code }\n```\n\n"
              "{::comment}\nnot a list\n{:/comment}\n");
}

TEST(KramdownAttributes, AnImagesSizeBecomesAnHtmlImageOfThatSize) {
    constexpr std::string_view kSized =
        "Before ![A \"board\"](board.png 'Top'){: width=\"50%\" height=200 } after.\n"
        "![B](<b c.png>){:width='700'}\n";
    const EngineTranslation out = translate_kramdown_attributes(kSized, 0, BlockAttributes::none);
    EXPECT_EQ(edited(kSized, out),
              "Before <img src=\"board.png\" alt=\"A &quot;board&quot;\" title=\"Top\" "
              "width=\"50%\" height=\"200\"> after.\n"
              "![B](<b c.png>)\n");
    // A path with a space stays Markdown: its size is left out with a warning.
    ASSERT_EQ(out.untranslated.size(), 1u);
    EXPECT_EQ(out.untranslated[0].offset, kSized.find("{:width"));
}

TEST(KramdownAttributes, HugoGetsAFigureWithTheSizeUnlessTheImageHasATitle) {
    constexpr std::string_view kSized =
        "![Board](/assets/board.png){: width=\"50%\" }\n\n"
        "![Port](port.png \"The port\"){: width=\"300\" }\n";
    const EngineTranslation out = translate_kramdown_attributes(
        kSized, 0, BlockAttributes::goldmark, SizedImageForm::hugo_figure);
    EXPECT_EQ(edited(kSized, out),
              "{{< figure src=\"/assets/board.png\" alt=\"Board\" width=\"50%\" >}}\n\n"
              "![Port](port.png \"The port\")\n");
    ASSERT_EQ(out.untranslated.size(), 1u);
    EXPECT_EQ(out.untranslated[0].offset, kSized.find("{: width=\"300"));
}

TEST(KramdownAttributes, AFiguresParamsKeepBackslashesAndQuotesAsHugoReadsThem) {
    // Hugo drops every backslash of a quoted param that holds `\"`: a raw string keeps both.
    constexpr std::string_view kSized = "![C:\\new \"x\"](/a.png){: width=\"50%\" }\n";
    const EngineTranslation out = translate_kramdown_attributes(
        kSized, 0, BlockAttributes::goldmark, SizedImageForm::hugo_figure);
    EXPECT_EQ(edited(kSized, out),
              "{{< figure src=\"/a.png\" alt=`C:\\new \"x\"` width=\"50%\" >}}\n");
}

}  // namespace
}  // namespace folio
