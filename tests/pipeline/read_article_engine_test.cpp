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
