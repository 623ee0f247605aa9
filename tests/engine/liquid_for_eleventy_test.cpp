#include "src/engine/liquid_for_eleventy.hpp"

#include <gtest/gtest.h>

#include "src/output/copied_body.hpp"

namespace folio {
namespace {

std::string new_url(std::string_view reference) {
    if (reference == "2024-03-05-first" || reference == "_posts/2024-03-05-first.md")
        return "/blog/posts/first/";
    return {};
}

std::string edited(std::string_view text, const EngineTranslation& translation) {
    WrittenBody body;
    body.text = std::string(text);
    return apply_span_edits(body, translation.edits);
}

TEST(LiquidForEleventy, JekyllsTagsBecomeUrlsFencesAndTheBasePath) {
    constexpr std::string_view kBody =
        "[a]({% post_url 2024-03-05-first %}) [b]({% link _posts/2024-03-05-first.md %})\n"
        "![c]({{ site.baseurl }}/img/c.png)\n\n"
        "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n"
        "{% if page.x %}kept{% endif %} {% raw %}{{ x }}{% endraw %}\n";
    const EngineTranslation out =
        translate_liquid_for_eleventy(kBody, 0, "/blog", std::function(new_url));
    EXPECT_EQ(edited(kBody, out),
              "[a](/blog/posts/first/) [b](/blog/posts/first/)\n"
              "![c](/blog/img/c.png)\n\n"
              "```ruby\nputs 1\n```\n\n"
              "{% if page.x %}kept{% endif %} {% raw %}{{ x }}{% endraw %}\n");
    EXPECT_TRUE(out.untranslated.empty());
}

TEST(LiquidForEleventy, TagsEleventyLacksAreKeptAsTextWithAWarningEach) {
    constexpr std::string_view kBody =
        "{% gist someone/abc %}\n{% post_url 2020-01-01-gone %}\n{% highlight c linenos %}\nx\n"
        "{% endhighlight %}\n";
    const EngineTranslation out =
        translate_liquid_for_eleventy(kBody, 0, "", std::function(new_url));
    EXPECT_EQ(edited(kBody, out),
              "{% raw %}{% gist someone/abc %}{% endraw %}\n"
              "{% raw %}{% post_url 2020-01-01-gone %}{% endraw %}\n```c\nx\n```\n");
    ASSERT_EQ(out.untranslated.size(), 3u);
    EXPECT_EQ(out.untranslated[0].message,
              "Liquid tag `gist` is Jekyll's, and Eleventy has none; it is kept as text (in "
              "{% raw %}), which Eleventy shows as written");
    EXPECT_EQ(out.untranslated[1].offset, kBody.find("{% post_url"));
    EXPECT_EQ(out.untranslated[2].code, "migrate.syntax.option-dropped");
}

}  // namespace
}  // namespace folio
