#include "src/engine/engine_translation.hpp"

#include <gtest/gtest.h>

#include <map>

namespace folio {
namespace {

const EngineSyntaxOptions kHugo{true, false};
const EngineSyntaxOptions kLiquid{false, true};

// Jekyll's `2010-07-21-name` is Hugo's `/posts/name`, and back.
std::string reference(std::string_view written) {
    static const std::map<std::string, std::string, std::less<>> kMap{
        {"2010-07-21-name", "/posts/name"},
        {"_posts/2010-07-21-name.md", "/posts/name"},
        {"/posts/name", "2010-07-21-name"},
        {"posts/name.md", "2010-07-21-name"},
        {"about.md", "about.md"},
    };
    const auto it = kMap.find(written);
    return it == kMap.end() ? std::string() : it->second;
}

EngineTranslationOptions to_hugo() { return {kLiquid, kHugo, reference}; }
EngineTranslationOptions to_jekyll() { return {kHugo, kLiquid, reference}; }

std::string translated(std::string_view text, const EngineTranslationOptions& options,
                       EngineTranslation* out = nullptr) {
    EngineTranslation translation = translate_engine_syntax(text, 0, options);
    WrittenBody body;
    body.text = std::string(text);
    std::string result = apply_span_edits(body, translation.edits);
    if (out) *out = std::move(translation);
    return result;
}

TEST(EngineTranslation, HighlightBecomesHugosWithLineNumbersAndBack) {
    const std::string jekyll = "{% highlight py linenos %}\nprint(1)\n{% endhighlight %}\n";
    const std::string hugo = translated(jekyll, to_hugo());
    EXPECT_EQ(hugo, "{{< highlight py \"linenos=table\" >}}\nprint(1)\n{{< /highlight >}}\n");
    EXPECT_EQ(translated(hugo, to_jekyll()), jekyll);
}

TEST(EngineTranslation, HighlightEditsOnlyItsTagsSoTheCodeStaysAsWritten) {
    EngineTranslation t;
    translated("{% highlight go %}\nx := 1\n{% endhighlight %}", to_hugo(), &t);
    ASSERT_EQ(t.edits.size(), 2u);
    EXPECT_EQ(t.edits[0].end, 18u);
    EXPECT_EQ(t.edits[1].begin, 26u);
}

TEST(EngineTranslation, HighlightLinesAreMarkedLinesAndUnknownOptionsAreDroppedWithAWarning) {
    EngineTranslation t;
    EXPECT_EQ(translated("{{< highlight go \"hl_lines=2 3,style=monokai\" >}}\nx\n{{< /highlight >}}",
                         to_jekyll(), &t),
              "{% highlight go mark_lines=\"2 3\" %}\nx\n{% endhighlight %}");
    ASSERT_EQ(t.untranslated.size(), 1u);
    EXPECT_EQ(t.untranslated[0].code, "migrate.syntax.option-dropped");
}

TEST(EngineTranslation, PostUrlAndLinkBecomeRefThroughTheCallersMap) {
    EXPECT_EQ(translated("[a]({% post_url 2010-07-21-name %}) [b]({% link _posts/2010-07-21-name.md %})",
                         to_hugo()),
              "[a]({{< ref \"/posts/name\" >}}) [b]({{< ref \"/posts/name\" >}})");
    EXPECT_EQ(translated("[a]({{< ref \"/posts/name\" >}}) [b]({{< relref \"about.md\" >}})",
                         to_jekyll()),
              "[a]({% post_url 2010-07-21-name %}) [b]({% link about.md %})");
}

TEST(EngineTranslation, AReferenceToNoKnownArticleIsLeftAndReported) {
    EngineTranslation t;
    const std::string text = "see {% post_url 2001-01-01-gone %}";
    EXPECT_EQ(translated(text, to_hugo(), &t), text);
    ASSERT_EQ(t.untranslated.size(), 1u);
    EXPECT_EQ(t.untranslated[0].offset, 4u);
    EXPECT_EQ(t.untranslated[0].code, "migrate.syntax.untranslated");
    EXPECT_EQ(translated(text, {kLiquid, kHugo, nullptr}), text);
}

TEST(EngineTranslation, SiteBaseUrlBecomesNothingSoLinksStaySiteAbsolute) {
    EXPECT_EQ(translated("![a]({{ site.baseurl }}/img/a.png) {{site.url}}{{ site.baseurl }}/x",
                         to_hugo()),
              "![a](/img/a.png) /x");
}

TEST(EngineTranslation, RawLosesItsTagsAndItsShortcodeLookalikesAreEscapedForHugo) {
    const std::string jekyll = "{% raw %}{{ .Title }} {{< x >}}{% endraw %}";
    const std::string hugo = translated(jekyll, to_hugo());
    EXPECT_EQ(hugo, "{{ .Title }} {{</* x */>}}");
}

TEST(EngineTranslation, HugoTextThatLiquidWouldRunIsKeptInRaw) {
    const std::string hugo = "```go-html-template\n<h1>{{ .Title }}</h1>\n```\nand {{</* x */>}}\n";
    const std::string jekyll = translated(hugo, to_jekyll());
    EXPECT_EQ(jekyll,
              "```go-html-template\n<h1>{% raw %}{{ .Title }}{% endraw %}</h1>\n```\n"
              "and {% raw %}{{< x >}}{% endraw %}\n");
    EXPECT_EQ(translated(jekyll, to_hugo()), hugo);
}

TEST(EngineTranslation, VideoIncludesBecomeShortcodesAndShortcodesAnIframe) {
    EXPECT_EQ(translated("{% include youtube.html id=\"dQw4w9WgXcQ\" %}\n"
                         "{% include video id=\"123\" provider=\"vimeo\" %}",
                         to_hugo()),
              "{{< youtube dQw4w9WgXcQ >}}\n{{< vimeo 123 >}}");
    EXPECT_EQ(translated("{{< youtube dQw4w9WgXcQ >}}", to_jekyll()),
              "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"YouTube video\" "
              "allowfullscreen></iframe>");
}

TEST(EngineTranslation, MinimalMistakesFigureIncludeBecomesAFigure) {
    // A caption with quotes in a raw string: Hugo keeps its bytes as written.
    EXPECT_EQ(translated("{% include figure image_path=\"/assets/a.png\" alt=\"A\" "
                         "caption=\"It \\\"works\\\"\" %}",
                         to_hugo()),
              "{{< figure src=\"/assets/a.png\" alt=\"A\" caption=`It \"works\"` >}}");
    EngineTranslation t;
    const std::string themed = "{% include figure image_path=\"a.png\" popup=true %}";
    EXPECT_EQ(translated(themed, to_hugo(), &t), themed);
    EXPECT_EQ(t.untranslated.size(), 1u);
}

TEST(EngineTranslation, JekyllPluginGistsAndTweetsBecomeHugosBuiltIns) {
    EXPECT_EQ(translated("{% gist parkr/931c1c8d465a04042403 %} {% gist u/1 a.rb %}", to_hugo()),
              "{{< gist parkr 931c1c8d465a04042403 >}} {{< gist u 1 a.rb >}}");
    EXPECT_EQ(translated("{% twitter https://twitter.com/jekyllrb/status/1234567890?s=20 %}",
                         to_hugo()),
              "{{< tweet user=\"jekyllrb\" id=\"1234567890\" >}}");
    // Without the user Hugo cannot show the gist: left, and warned.
    EngineTranslation t;
    EXPECT_EQ(translated("{% gist 931c1c8d %}", to_hugo(), &t), "{% gist 931c1c8d %}");
    EXPECT_EQ(t.untranslated.size(), 1u);
}

TEST(EngineTranslation, CommentBecomesAnHtmlComment) {
    EXPECT_EQ(translated("a {% comment %} note {% endcomment %} b", to_hugo()),
              "a <!-- note --> b");
    EngineTranslation t;
    const std::string dashes = "{% comment %}a -- b{% endcomment %}";
    EXPECT_EQ(translated(dashes, to_hugo(), &t), dashes);
    EXPECT_EQ(t.untranslated.size(), 1u);
}

TEST(EngineTranslation, FigureIsAMarkdownImageOrAnHtmlFigureForLiquid) {
    EXPECT_EQ(translated("{{< figure src=\"a.png\" alt=\"A\" >}}", to_jekyll()), "![A](a.png)");
    EXPECT_EQ(translated("{{< figure src=\"a.png\" alt=\"A\" title=\"T\" >}}", to_jekyll()),
              "<figure><img src=\"a.png\" alt=\"A\"><figcaption><h4>T</h4></figcaption></figure>");
    EXPECT_EQ(translated("{{< figure src=\"a.png\" caption=\"x < y\" link=\"/big.png\" >}}",
                         to_jekyll()),
              "<figure><a href=\"/big.png\"><img src=\"a.png\" alt=\"x &lt; y\"></a>"
              "<figcaption><p>x &lt; y</p></figcaption></figure>");
}

TEST(EngineTranslation, ParamAndPageVariablesMeetInTheMiddle) {
    EXPECT_EQ(translated("{{ page.title }}", to_hugo()), "{{< param title >}}");
    EXPECT_EQ(translated("{{< param title >}}", to_jekyll()), "{{ page.title }}");
}

TEST(EngineTranslation, CallsWithNoEquivalentAreLeftAsWrittenAndReportedWhereTheyStart) {
    EngineTranslation t;
    const std::string hugo = "x\n  {{< tabs >}}a{{< /tabs >}}\n";
    EXPECT_EQ(translated(hugo, to_jekyll(), &t), hugo);
    ASSERT_EQ(t.untranslated.size(), 1u);
    Diagnostics diagnostics;
    report_untranslated(t, hugo, 0, 5, "posts/a.md", diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "posts/a.md:6:3: warning: shortcode `tabs` has no Liquid equivalent; it is left as "
              "written [migrate.syntax.untranslated]\n"
              "      {{< tabs >}}a{{< /tabs >}}\n"
              "      ^\n");
}

TEST(EngineTranslation, ColumnsCountCharactersAndLinesStartAtTheBodysFirstLine) {
    const std::string body = "x\n\n« é » {% include a.html %}\n";
    const EngineTranslation t = translate_engine_syntax(body, 100, to_hugo());
    Diagnostics diagnostics;
    report_untranslated(t, body, 100, 12, "p.md", diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].line, 14u);
    EXPECT_EQ(diagnostics.items()[0].column, 7u);
}

TEST(EngineTranslation, ThousandsOfUnclosedAndUnknownTagsAreEachLeftAndListedOnce) {
    std::string body;
    for (int i = 0; i < 20000; ++i) body += "{% highlight x %}{% if a %}{{< y >}}\n";
    const EngineTranslation t = translate_engine_syntax(body, 0, to_hugo());
    EXPECT_EQ(t.edits.size(), 0u);
    EXPECT_EQ(t.untranslated.size(), 40000u);
    const EngineTranslation back = translate_engine_syntax(body, 0, to_jekyll());
    EXPECT_EQ(back.untranslated.size(), 20000u);
}

TEST(EngineTranslation, NestedCallsInsideATranslatedHighlightAreTranslatedToo) {
    EXPECT_EQ(translated("{% highlight md %}\n[a]({{ site.baseurl }}/x)\n{% endhighlight %}",
                         to_hugo()),
              "{{< highlight md >}}\n[a](/x)\n{{< /highlight >}}");
}

TEST(EngineTranslation, NothingIsTranslatedBetweenEnginesOfOneSyntax) {
    EXPECT_FALSE(translates_engine_syntax({kHugo, kHugo, nullptr}));
    EXPECT_FALSE(translates_engine_syntax({kLiquid, kLiquid, nullptr}));
    const std::string text = "{% post_url 2010-07-21-name %} {{< ref x >}}";
    EXPECT_EQ(translated(text, {kLiquid, kLiquid, reference}), text);
}

TEST(EngineTranslation, AnUnknownSourcesCodeSamplesAreLeftAlone) {
    const std::string text =
        "Use `{% post_url 2010-07-21-name %}`:\n\n```liquid\n{% highlight py %}\nx\n"
        "{% endhighlight %}\n```\n\nthen [it]({% post_url 2010-07-21-name %}).\n";
    EngineTranslation t;
    EXPECT_EQ(translated(text, {EngineSyntaxOptions{}, kHugo, reference}, &t),
              "Use `{% post_url 2010-07-21-name %}`:\n\n```liquid\n{% highlight py %}\nx\n"
              "{% endhighlight %}\n```\n\nthen [it]({{< ref \"/posts/name\" >}}).\n");
    EXPECT_TRUE(t.untranslated.empty());
    // A Jekyll post's code is Liquid to Jekyll, so there it is translated.
    EXPECT_NE(translated(text, to_hugo()).find("`{{< ref"), std::string::npos);
}

TEST(EngineTranslation, AnUnknownSourceHasItsLiquidTranslatedForHugoAndItsShortcodesKept) {
    EXPECT_EQ(translated("{{< youtube x >}} {% post_url 2010-07-21-name %}",
                         {EngineSyntaxOptions{}, kHugo, reference}),
              "{{< youtube x >}} {{< ref \"/posts/name\" >}}");
}

}  // namespace
}  // namespace folio
