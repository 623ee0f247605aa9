// Engine syntax through the pipeline: the read option that turns it off, and the front-matter
// values `param` and `page.x` render.

#include <gtest/gtest.h>

#include "formats/registry.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

std::string body_html(std::string_view text, ReadOptions options) {
    const SourceText source{"post.md", text};
    Diagnostics diagnostics;
    const std::optional<Article> article = read_article(source, options, diagnostics);
    return article ? render_html(article->body, article->footnotes) : "(no article)";
}

constexpr std::string_view kPost =
    "---\ntitle: Notes\nseries: Travel\n---\n"
    "{{< param \"series\" >}}: {{ page.title }} {% raw %}x{% endraw %}\n";

TEST(ReadArticleEngineSyntax, ParamAndPageRenderTheFrontMatterValues) {
    EXPECT_EQ(body_html(kPost, builtin_load_options().read), "<p>Travel: Notes x</p>\n");
}

// Calls in quotes, list items and a list in a quote, inline and on lines of their own: each
// renders its value, whatever the depth.
TEST(ReadArticleEngineSyntax, RendersTheValuesAtAnyDepth) {
    constexpr std::string_view kNested =
        "---\ntitle: Notes\nseries: Travel\n---\n"
        "> In {{< param \"series\" >}}\n>\n> - {{ page.title }}\n>\n>   {{< param \"series\" >}}\n\n"
        "- a {{ page.title }}\n\n  > b {{ page.title }}\n\n"
        "{{< param \"series\" >}}\n";
    EXPECT_EQ(body_html(kNested, builtin_load_options().read),
              "<blockquote>\n<p>In Travel</p>\n<ul>\n<li>\n<p>Notes</p>\n<p>Travel</p>\n</li>\n"
              "</ul>\n</blockquote>\n<ul>\n<li>\n<p>a Notes</p>\n<blockquote>\n<p>b Notes</p>\n"
              "</blockquote>\n</li>\n</ul>\n<p>Travel</p>\n");
}

TEST(ReadArticleEngineSyntax, TheReadOptionTurnsEachEngineOff) {
    ReadOptions options = builtin_load_options().read;
    options.engine_syntax.liquid = false;
    EXPECT_EQ(body_html(kPost, options), "<p>Travel: {{ page.title }} {% raw %}x{% endraw %}</p>\n");
    options.engine_syntax = {false, true};
    EXPECT_EQ(body_html(kPost, options),
              "<p>{{&lt; param &quot;series&quot; &gt;}}: Notes x</p>\n");
}

TEST(ReadArticleEngineSyntax, SecondPassReadsTheBodyWithTheSameOption) {
    const SourceText source{"post.md", kPost};
    Diagnostics diagnostics;
    ReadOptions options = builtin_load_options().read;
    options.body = false;
    std::optional<Article> article = read_article(source, options, diagnostics);
    ASSERT_TRUE(article);
    read_article_body(source, *article, *options.formats, diagnostics, EngineSyntaxOptions{true, false});
    EXPECT_EQ(render_html(article->body, article->footnotes),
              "<p>Travel: {{ page.title }} {% raw %}x{% endraw %}</p>\n");
}

}  // namespace
}  // namespace folio
