#include "src/engine/engine_syntax_scan.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace folio {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

TEST(EngineSyntaxScan, FindsAShortcodeWithItsByteRangeNameAndParams) {
    const std::string text = "Watch {{< youtube id=\"abc\" title=`A \"B\"` >}} now.";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    ASSERT_EQ(scan.spans.size(), 1u);
    const EngineSpan& span = scan.spans[0];
    EXPECT_EQ(span.begin, 6u);
    EXPECT_EQ(text.substr(span.begin, span.end - span.begin),
              "{{< youtube id=\"abc\" title=`A \"B\"` >}}");
    EXPECT_EQ(span.call.syntax, EngineCall::Syntax::shortcode);
    EXPECT_EQ(span.call.name, "youtube");
    EXPECT_EQ(span.call.params, (Params{{"id", "abc"}, {"title", "A \"B\""}}));
    EXPECT_EQ(span.call.source, text.substr(6, span.end - 6));
    EXPECT_TRUE(span.call.inner.empty());
    EXPECT_TRUE(scan.problems.empty());
}

TEST(EngineSyntaxScan, ReadsPositionalParamsAndEscapedQuotes) {
    const EngineSyntaxScan scan =
        scan_engine_syntax(R"({{% gist spf13 7896402 "img.html" %}} {{< x "a \"q\" b" >}})");
    ASSERT_EQ(scan.spans.size(), 2u);
    EXPECT_EQ(scan.spans[0].call.syntax, EngineCall::Syntax::markdown_shortcode);
    EXPECT_EQ(scan.spans[0].call.params, (Params{{"", "spf13"}, {"", "7896402"}, {"", "img.html"}}));
    EXPECT_EQ(scan.spans[1].call.params, (Params{{"", "a \"q\" b"}}));
}

TEST(EngineSyntaxScan, PairsAClosingTagWithItsOpeningTagAndKeepsTheInnerText) {
    const std::string text = "{{< highlight go >}}\nfunc main() {}\n{{< /highlight >}}\nafter";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    ASSERT_EQ(scan.spans.size(), 1u);
    const EngineSpan& span = scan.spans[0];
    EXPECT_EQ(span.begin, 0u);
    EXPECT_EQ(span.end, text.find("\nafter"));
    EXPECT_EQ(span.call.inner, "\nfunc main() {}\n");
    EXPECT_EQ(text.substr(span.inner_begin, span.inner_end - span.inner_begin), span.call.inner);
    EXPECT_EQ(span.call.params, (Params{{"", "go"}}));
}

TEST(EngineSyntaxScan, NestedCallsStayInTheOuterCallsInnerText) {
    const std::string text =
        "{{% notice %}}\n{{< figure src=a.png >}}\n{{< notice >}}x{{< /notice >}}\n{{% /notice %}}";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    ASSERT_EQ(scan.spans.size(), 1u);
    EXPECT_EQ(scan.spans[0].end, text.size());
    EXPECT_EQ(scan.spans[0].call.syntax, EngineCall::Syntax::markdown_shortcode);
    // The inner text is scanned again by its reader and finds the two calls inside.
    const EngineSyntaxScan inner = scan_engine_syntax(scan.spans[0].call.inner);
    ASSERT_EQ(inner.spans.size(), 2u);
    EXPECT_EQ(inner.spans[0].call.name, "figure");
    EXPECT_EQ(inner.spans[1].call.inner, "x");
}

TEST(EngineSyntaxScan, SelfClosingAndUnclosedOpeningTagsStandAlone) {
    const EngineSyntaxScan scan = scan_engine_syntax("{{< a />}} {{< b >}} {{< c x=1 />}}");
    ASSERT_EQ(scan.spans.size(), 3u);
    EXPECT_EQ(scan.spans[0].call.name, "a");
    EXPECT_EQ(scan.spans[2].call.params, (Params{{"x", "1"}}));
    for (const EngineSpan& span : scan.spans) EXPECT_TRUE(span.call.inner.empty());
}

TEST(EngineSyntaxScan, EscapedShortcodeIsOneCallEvenAcrossSeveralTags) {
    const std::string text = "{{</* note >}}\nText\n{{< /note */>}} and {{%/* x */%}}";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    ASSERT_EQ(scan.spans.size(), 2u);
    EXPECT_TRUE(scan.spans[0].call.escaped);
    EXPECT_EQ(scan.spans[0].call.name, "note");
    EXPECT_EQ(scan.spans[0].end, text.find(" and"));
    EXPECT_TRUE(scan.spans[1].call.escaped);
    EXPECT_EQ(engine_syntax_in_code(text), "{{< note >}}\nText\n{{< /note >}} and {{% x %}}");
}

TEST(EngineSyntaxScan, UnclosedTagIsAProblemAndStaysText) {
    const std::string text = "a {{< youtube x\n\nmore text";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    EXPECT_TRUE(scan.spans.empty());
    ASSERT_EQ(scan.problems.size(), 1u);
    EXPECT_EQ(scan.problems[0].offset, 2u);
    EXPECT_EQ(scan.problems[0].code, "markdown.shortcode.unclosed");
}

TEST(EngineSyntaxScan, ClosingTagWithNoneOpenIsAProblem) {
    const EngineSyntaxScan scan = scan_engine_syntax("x {{< /details >}} y {% endhighlight %}");
    EXPECT_TRUE(scan.spans.empty());
    ASSERT_EQ(scan.problems.size(), 2u);
    EXPECT_EQ(scan.problems[0].code, "markdown.shortcode.unopened");
    EXPECT_EQ(scan.problems[0].offset, 2u);
    EXPECT_EQ(scan.problems[1].code, "markdown.liquid.unopened");
}

TEST(EngineSyntaxScan, FindsLiquidTagsBlocksAndSiteOutputsButNotGoTemplates) {
    const std::string text =
        "{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}\n"
        "{{ site.baseurl }}/a.png {{ .Title }} {{ page.title | escape }} "
        "{%- include note.html content=\"x\" -%}";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    ASSERT_EQ(scan.spans.size(), 4u);
    EXPECT_EQ(scan.spans[0].call.syntax, EngineCall::Syntax::liquid_tag);
    EXPECT_EQ(scan.spans[0].call.name, "highlight");
    EXPECT_EQ(scan.spans[0].call.params, (Params{{"", "ruby"}, {"", "linenos"}}));
    EXPECT_EQ(scan.spans[0].call.inner, "\nputs 1\n");
    EXPECT_EQ(scan.spans[1].call.syntax, EngineCall::Syntax::liquid_output);
    EXPECT_EQ(scan.spans[1].call.name, "site.baseurl");
    EXPECT_EQ(scan.spans[2].call.name, "page.title");
    EXPECT_EQ(scan.spans[2].call.params, (Params{{"", "escape"}}));
    EXPECT_EQ(scan.spans[3].call.name, "include");
    EXPECT_EQ(scan.spans[3].call.params, (Params{{"", "note.html"}, {"content", "x"}}));
}

TEST(EngineSyntaxScan, RawAndCommentContentIsNotScanned) {
    const std::string text = "{% raw %}{{< x >}} {% if %}{% endraw %} {% comment %}{{ site.x }}{% endcomment %}";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    ASSERT_EQ(scan.spans.size(), 2u);
    EXPECT_EQ(scan.spans[0].call.name, "raw");
    EXPECT_EQ(scan.spans[0].call.inner, "{{< x >}} {% if %}");
    EXPECT_EQ(scan.spans[1].call.name, "comment");
    EXPECT_TRUE(scan.problems.empty());
    EXPECT_EQ(engine_syntax_in_code(text), "{{< x >}} {% if %} ");
}

TEST(EngineSyntaxScan, OptionsTurnEachEngineOff) {
    const std::string text = "{{< x >}} {% y %}";
    EXPECT_EQ(scan_engine_syntax(text, {true, false}).spans.size(), 1u);
    EXPECT_EQ(scan_engine_syntax(text, {false, true}).spans.size(), 1u);
    EXPECT_TRUE(scan_engine_syntax(text, {false, false}).spans.empty());
}

TEST(EngineSyntaxScan, BracesThatAreNoCallAreLeftAlone) {
    for (const char* text : {"{{<}} {{< >}} {%%} {{ x }} { {% %} {{", "a {{<< b", "{"}) {
        const EngineSyntaxScan scan = scan_engine_syntax(text);
        EXPECT_TRUE(scan.spans.empty()) << text;
    }
}

TEST(EngineSyntaxScan, CodeTextEscapesShortcodesForHugoAndBack) {
    const std::string shown = "{{< youtube x >}}\n{{< a >}}b{{< /a >}}\n{{ .Title }}";
    const std::string escaped = escape_shortcodes_in_code(shown);
    EXPECT_EQ(escaped, "{{</* youtube x */>}}\n{{</* a >}}b{{< /a */>}}\n{{ .Title }}");
    EXPECT_EQ(engine_syntax_in_code(escaped), shown);
    EXPECT_EQ(escape_shortcodes_in_code("no calls {% here %}"), "no calls {% here %}");
}

TEST(EngineSyntaxScan, ManyUnclosedTagsCostLittle) {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "{{< x \"";
    const EngineSyntaxScan scan = scan_engine_syntax(text);
    EXPECT_TRUE(scan.spans.empty());
    EXPECT_FALSE(scan.problems.empty());
}

}  // namespace
}  // namespace folio
