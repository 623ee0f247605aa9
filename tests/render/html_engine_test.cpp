// Engine nodes render what the engine would, never the call as written.

#include <gtest/gtest.h>

#include "src/render/html_body.hpp"
#include "src/render/plain_text.hpp"
#include "src/syndication/summary_text.hpp"
#include "tests/render/ast_builders.hpp"

namespace folio {
namespace {

using namespace folio::test;

EngineCall call(std::string source, std::string name) {
    EngineCall c;
    c.source = std::move(source);
    c.name = std::move(name);
    return c;
}

TEST(HtmlEngine, EngineBlockRendersItsBlocksOnly) {
    const Blocks body = {Block{EngineBlock{call("{{< highlight go >}}x{{< /highlight >}}", "highlight"),
                                           {code_block("go", "<x>\n")}},
                               {}}};
    EXPECT_EQ(render_html(body, {}), "<pre><code class=\"language-go\">&lt;x&gt;\n</code></pre>\n");
}

TEST(HtmlEngine, EngineInlineRendersItsInlinesOnly) {
    const Blocks body = {paragraph(
        {text("See "),
         Inline{EngineInline{call("{{< youtube x >}}", "youtube"),
                             {link("https://www.youtube.com/watch?v=x", {text("a <talk>")})}}},
         text(".")})};
    EXPECT_EQ(render_html(body, {}),
              "<p>See <a href=\"https://www.youtube.com/watch?v=x\">a &lt;talk&gt;</a>.</p>\n");
}

TEST(HtmlEngine, CallThatRendersNothingLeavesNothing) {
    const Blocks body = {Block{EngineBlock{call("{% include x.html %}", "include"), {}}, {}},
                         paragraph({text("a"), Inline{EngineInline{call("{% comment %}b{% endcomment %}", "comment"), {}}}})};
    EXPECT_EQ(render_html(body, {}), "<p>a</p>\n");
}

TEST(PlainTextEngine, EngineInlineIsItsRenderedText) {
    const Inlines inlines = {text("by "), Inline{EngineInline{call("{{< param author >}}", "param"), {text("Ann")}}}};
    EXPECT_EQ(plain_text(inlines), "by Ann");
}

TEST(SummaryTextEngine, FirstParagraphUsesTheRenderedText) {
    Article article;
    article.body = {Block{EngineBlock{call("{{< figure src=a.png >}}", "figure"), {paragraph({image("a.png", {text("x")})})}}, {}},
                    paragraph({text("Read "), Inline{EngineInline{call("{{ page.title }}", "page.title"), {text("Notes")}}}})};
    EXPECT_EQ(summary_text(article), "Read Notes");
}

}  // namespace
}  // namespace folio
