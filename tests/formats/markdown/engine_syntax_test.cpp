// The Markdown reader and writer with engine syntax: Hugo shortcodes and Jekyll Liquid read
// into engine nodes, rendered as the engine would, and written back as they were.

#include <gtest/gtest.h>

#include <string>

#include "formats/markdown/markdown_reader.hpp"
#include "formats/markdown/markdown_writer.hpp"
#include "src/render/html_body.hpp"
#include "tests/formats/markdown/read_helpers.hpp"

namespace folio {
namespace {

using namespace folio::test;

std::string html_of(const Read& r) { return render_html(r.body.blocks, r.body.footnotes); }

TEST(MarkdownEngineSyntax, ShortcodeAloneIsAnEngineBlockAtItsPosition) {
    const Read r = read_markdown("Intro.\n\n{{< youtube id=\"abc\" title=\"A talk\" >}}\n\nAfter.\n");
    ASSERT_EQ(r.body.blocks.size(), 3u);
    const EngineBlock& block = as<EngineBlock>(r.body.blocks[1]);
    EXPECT_EQ(block.call.source, "{{< youtube id=\"abc\" title=\"A talk\" >}}");
    EXPECT_EQ(block.call.name, "youtube");
    EXPECT_EQ(r.body.blocks[1].at.line, 3u);
    EXPECT_EQ(r.body.blocks[1].at.column, 1u);
    // The paragraph after it keeps its own line.
    EXPECT_EQ(r.body.blocks[2].at.line, 5u);
    EXPECT_EQ(html_of(r),
              "<p>Intro.</p>\n<p><a href=\"https://www.youtube.com/watch?v=abc\">A talk</a></p>\n"
              "<p>After.</p>\n");
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownEngineSyntax, PositionsAfterAMultiLineCallStayThoseOfTheFile) {
    const Read r = read_markdown(
        "{{< highlight go >}}\nfunc main() {\n\n}\n{{< /highlight >}}\n\n# Title\n\n[x](y)\n");
    ASSERT_EQ(r.body.blocks.size(), 3u);
    EXPECT_EQ(r.body.blocks[1].at.line, 7u);
    EXPECT_EQ(r.body.blocks[1].at.column, 3u);
    const Link& link = as<Link>(as<Paragraph>(r.body.blocks[2]).children[0]);
    EXPECT_EQ(link.at.line, 9u);
}

TEST(MarkdownEngineSyntax, HighlightIsACodeBlockAndItsHtmlSampleStaysText) {
    const Read r = read_markdown("{{< highlight html >}}\n<b>bold</b>\n\n*not emphasis*\n{{< /highlight >}}\n");
    EXPECT_EQ(html_of(r),
              "<pre><code class=\"language-html\">&lt;b&gt;bold&lt;/b&gt;\n\n*not emphasis*\n"
              "</code></pre>\n");
}

TEST(MarkdownEngineSyntax, LiquidHighlightRawAndCommentRenderAsJekyllDoes) {
    const Read r = read_markdown(
        "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n"
        "{% comment %}\nhidden\n{% endcomment %}\n\n"
        "Raw: {% raw %}{{ page.title }}{% endraw %}\n");
    EXPECT_EQ(html_of(r),
              "<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n"
              "<p>Raw: {{ page.title }}</p>\n");
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownEngineSyntax, FigureRendersItsImageTitleAndCaption) {
    const Read r = read_markdown(
        "{{< figure src=\"/img/a.png\" link=\"https://x.org\" title=\"Fig 1\" caption=\"A cat\" "
        "attr=\"Me\" >}}\n");
    EXPECT_EQ(html_of(r),
              "<p><a href=\"https://x.org\"><img src=\"/img/a.png\" alt=\"A cat\" /></a></p>\n"
              "<p><strong>Fig 1</strong></p>\n<p>A cat Me</p>\n");
}

TEST(MarkdownEngineSyntax, RefInALinkDestinationLinksToTheArticleAndIsWrittenBackAsWritten) {
    const std::string text =
        "See [the post]({{< ref \"posts/other.md#part\" >}}) and ![a]({{ site.baseurl }}/a.png).\n";
    const Read r = read_markdown(text);
    const Paragraph& p = as<Paragraph>(r.body.blocks[0]);
    const Link& link = as<Link>(p.children[1]);
    EXPECT_EQ(link.url, "posts/other.md#part");
    EXPECT_EQ(link.written_url, "{{< ref \"posts/other.md#part\" >}}");
    const Image& image = as<Image>(p.children[3]);
    EXPECT_EQ(image.url, "/a.png");
    EXPECT_EQ(write_markdown_body(r.body.blocks, r.body.footnotes), text);
}

TEST(MarkdownEngineSyntax, InlineCallsAmongTextAreEngineInlines) {
    const Read r = read_markdown("Read {% post_url 2010-07-21-name %} and {{< ref x >}} today.\n");
    const Paragraph& p = as<Paragraph>(r.body.blocks[0]);
    ASSERT_EQ(p.children.size(), 5u);
    EXPECT_EQ(as<EngineInline>(p.children[1]).call.name, "post_url");
    EXPECT_EQ(as<Text>(p.children[4]).text, " today.");
    EXPECT_EQ(html_of(r), "<p>Read 2010-07-21-name.md and x today.</p>\n");
}

TEST(MarkdownEngineSyntax, MarkdownShortcodeInnerIsMarkdownWithItsOwnCalls) {
    const Read r = read_markdown(
        "{{% notice warning \"Mind\" %}}\nBe **careful**: {{< youtube v1 >}}\n{{% /notice %}}\n");
    EXPECT_EQ(html_of(r),
              "<blockquote>\n<p><strong>Mind</strong></p>\n<p>Be <strong>careful</strong>: "
              "<a href=\"https://www.youtube.com/watch?v=v1\">https://www.youtube.com/watch?v=v1</a>"
              "</p>\n</blockquote>\n");
}

TEST(MarkdownEngineSyntax, UnknownShortcodeIsAWarningAndItsHtmlIsShownAsText) {
    const Read r = read_markdown("Text.\n\n{{< tabs >}}\n<script>alert(1)</script>\n{{< /tabs >}}\n");
    EXPECT_EQ(html_of(r), "<p>Text.</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(r.diagnostics.items()[0]),
              "a.md:3:1: warning: shortcode `tabs` is not one folio knows; what it wraps is shown "
              "as text [markdown.shortcode.unknown]\n"
              "    {{< tabs >}}\n"
              "    ^\n");
}

TEST(MarkdownEngineSyntax, UnknownUnpairedCallIsLeftOutWithAWarning) {
    const Read r = read_markdown("A {% include note.html %} b\n");
    EXPECT_EQ(html_of(r), "<p>A  b</p>\n");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].code, "markdown.liquid.unknown");
    EXPECT_EQ(r.diagnostics.items()[0].column, 3u);
}

TEST(MarkdownEngineSyntax, UnclosedShortcodeIsAWarningAndStaysText) {
    const Read r = read_markdown("Para\n\nsee {{< youtube x\n");
    EXPECT_EQ(html_of(r), "<p>Para</p>\n<p>see {{&lt; youtube x</p>\n");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].code, "markdown.shortcode.unclosed");
    EXPECT_EQ(r.diagnostics.items()[0].line, 3u);
    EXPECT_EQ(r.diagnostics.items()[0].column, 5u);
}

TEST(MarkdownEngineSyntax, InCodeEscapesAreUnescapedAndOtherCallsShownAsWritten) {
    const Read r = read_markdown(
        "```\n{{</* youtube x */>}}\n{{< figure src=a.png >}}\n{% raw %}{{ site.x }}{% endraw %}\n```\n\n"
        "`{{</* ref a */>}}`\n");
    EXPECT_EQ(as<CodeBlock>(r.body.blocks[0]).text,
              "{{< youtube x >}}\n{{< figure src=a.png >}}\n{{ site.x }}\n");
    EXPECT_EQ(as<Code>(as<Paragraph>(r.body.blocks[1]).children[0]).text, "{{< ref a >}}");
}

TEST(MarkdownEngineSyntax, GoTemplatesAreNotEngineSyntax) {
    const Read r = read_markdown("Use {{ .Title }} in a template.\n");
    EXPECT_EQ(html_of(r), "<p>Use {{ .Title }} in a template.</p>\n");
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownEngineSyntax, EngineOptionOffLeavesTheSyntaxAsText) {
    const SourceText source("a.md", "{{< youtube x >}} {% raw %}y{% endraw %}\n");
    Diagnostics diagnostics;
    const Body body = read_markdown_body(source, 0, source.text().size(), diagnostics,
                                         EngineSyntaxOptions{false, false});
    EXPECT_EQ(render_html(body.blocks, body.footnotes),
              "<p>{{&lt; youtube x &gt;}} {% raw %}y{% endraw %}</p>\n");
}

TEST(MarkdownEngineSyntax, FootnotesAndTablesHoldCallsToo) {
    const Read r = read_markdown(
        "| a | b |\n|---|---|\n| {{< ref \"x|y\" >}} | 2 |\n\nNote[^1].\n\n[^1]: {{< youtube z >}}\n");
    const std::string html = html_of(r);
    EXPECT_NE(html.find("<td>x|y</td>"), std::string::npos) << html;
    EXPECT_NE(html.find("https://www.youtube.com/watch?v=z"), std::string::npos) << html;
}

TEST(MarkdownEngineSyntax, WriterWritesEveryCallAsWrittenSoHugoReadsItAgain) {
    const std::string text =
        "{{< figure src=\"https://example.org/a.png\" caption=\"A *b*\" >}}\n\n"
        "Watch {{< youtube \"x_1\" >}} and {{% param \"author\" %}}.\n\n"
        "{{% notice note %}}\nInner *markdown* \\\n{{% /notice %}}\n\n"
        "- item {{< ref \"a.md\" >}}\n\n"
        "```\n{{</* youtube x */>}}\n```\n";
    const Read r = read_markdown(text);
    const std::string written = write_markdown_body(r.body.blocks, r.body.footnotes);
    EXPECT_EQ(written, text);
    EXPECT_EQ(read_markdown(written).body.blocks, r.body.blocks);
}

TEST(MarkdownEngineSyntax, WriterEscapesTextThatWouldReadBackAsEngineSyntax) {
    const Blocks blocks = {paragraph_block(
        {text("{% raw %} and {{ site.url }} and {{%x%}} and {{< y >}} and {{ .Title }}")})};
    const std::string written = write_markdown_body(blocks, {});
    EXPECT_EQ(written,
              "{\\% raw %} and {\\{ site.url }} and {{\\%x%}} and {{\\< y >}} and {{ .Title }}\n");
    const Read r = read_markdown(written);
    EXPECT_EQ(r.body.blocks, blocks);
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownEngineSyntax, CallsInListItemsAndQuotesLeaveTheContainersPrefixOut) {
    const std::string text =
        "- item\n\n  {{< highlight go >}}\n  x := 1\n  {{< /highlight >}}\n\n"
        "> {{% notice %}}\n> *quoted*\n> {{% /notice %}}\n";
    const Read r = read_markdown(text);
    EXPECT_EQ(html_of(r),
              "<ul>\n<li>\n<p>item</p>\n<pre><code class=\"language-go\">x := 1\n</code></pre>\n"
              "</li>\n</ul>\n<blockquote>\n<blockquote>\n<p><strong>Notice</strong></p>\n"
              "<p><em>quoted</em></p>\n</blockquote>\n</blockquote>\n");
    const auto& quote = as<BlockQuote>(r.body.blocks[1]);
    const auto& notice = as<EngineBlock>(quote.children[0]);
    EXPECT_EQ(notice.call.source, "{{% notice %}}\n*quoted*\n{{% /notice %}}");
    // The paragraph inside is placed at its own line and column of the file.
    const auto& inner = as<BlockQuote>(notice.rendered[0]);
    EXPECT_EQ(inner.children[1].at.line, 8u);
    EXPECT_EQ(inner.children[1].at.column, 4u);  // its first text, after `*`
    EXPECT_EQ(write_markdown_body(r.body.blocks, r.body.footnotes), text);
}

TEST(MarkdownEngineSyntax, DeeplyNestedCallsAreCapped) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "{{% notice %}}\n";
    text += "deep\n";
    for (int i = 0; i < 40; ++i) text += "{{% /notice %}}\n";
    const Read r = read_markdown(text);
    EXPECT_NE(html_of(r).find("deep"), std::string::npos);
}

}  // namespace
}  // namespace folio
