#include "src/web/dangerous_urls.hpp"

#include <gtest/gtest.h>

#include "formats/registry.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

struct Read {
    Article article;
    Diagnostics diagnostics;
    std::string html;
};

Read read(std::string_view text) {
    Read out;
    const SourceText source{"post.md", text};
    std::optional<Article> article = read_article(source, builtin_load_options().read, out.diagnostics);
    EXPECT_TRUE(article);
    if (article) out.article = std::move(*article);
    out.html = render_html(out.article.body, out.article.footnotes, {});
    return out;
}

TEST(DangerousUrls, TurnALinkIntoItsTextWithAWarningAtTheLink) {
    const Read read_back = read("---\ntitle: T\n---\nSee [the *demo*](javascript:alert(1)) now.\n");
    EXPECT_EQ(read_back.html, "<p>See the <em>demo</em> now.</p>\n");
    ASSERT_EQ(read_back.diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(read_back.diagnostics.items()[0]),
              "post.md:4:6: warning: link to a javascript: URL 'javascript:alert(1)' is not "
              "written; its text is kept without the link [url.dangerous]\n"
              "    See [the *demo*](javascript:alert(1)) now.\n"
              "         ^\n");
}

TEST(DangerousUrls, CatchEntityAndCaseTricksInLinksImagesAndFootnotes) {
    const Read read_back = read(
        "[a](jav&#x09;ascript:alert(1)) [b](VBScript:x) ![c](data:text/html,hi) "
        "<JAVASCRIPT:alert(1)> [ok](https://example.org/)\n\n"
        "| [d](data:text/html;base64,PA==) |\n|---|\n\n"
        "Note[^1].\n\n[^1]: [e](javascript:x)\n");
    EXPECT_EQ(read_back.html.find("script:"), std::string::npos) << read_back.html;
    EXPECT_EQ(read_back.html.find("data:"), std::string::npos) << read_back.html;
    EXPECT_NE(read_back.html.find("<a href=\"https://example.org/\">ok</a>"), std::string::npos);
    EXPECT_EQ(read_back.diagnostics.count(Severity::warning), 6u);
    for (const Diagnostic& d : read_back.diagnostics.items()) EXPECT_EQ(d.code, "url.dangerous");
}

TEST(DangerousUrls, DropTheCoverImagePageUrlAndOtherKeysHoldingThem) {
    const Read read_back = read(
        "---\ntitle: T\ncover:\n  image: \"javascript:alert(1)\"\n  caption: Nice\n"
        "url: \" javascript:alert(2)\"\ncanonicalURL: \"vbscript:x\"\n"
        "links: [\"https://example.org/\", \"data:text/html,x\"]\n---\nBody.\n");
    const Meta& meta = read_back.article.meta;
    ASSERT_TRUE(meta.cover);
    EXPECT_EQ(meta.cover->source, "");
    EXPECT_EQ(meta.cover->caption, "Nice");
    EXPECT_EQ(meta.url, "");
    EXPECT_EQ(find(meta.extra, "canonicalURL"), nullptr);
    const Value* links = find(meta.extra, "links");
    ASSERT_NE(links, nullptr);
    EXPECT_EQ(std::get<ValueList>(links->data).size(), 1u);
    ASSERT_EQ(read_back.diagnostics.items().size(), 4u);
    EXPECT_EQ(read_back.diagnostics.items()[0].line, 4u);
    EXPECT_EQ(read_back.diagnostics.items()[3].line, 8u);
}

TEST(DangerousUrls, AreNeverRenderedFromAHandBuiltTree) {
    Blocks body;
    Link link;
    link.url = "javascript:alert(1)";
    link.children.push_back(Inline{Text{"x"}});
    Image image;
    image.url = "data:text/html,hi";
    image.alt.push_back(Inline{Text{"y"}});
    body.push_back(Block{Paragraph{{Inline{link}, Inline{image}}}, {}});
    EXPECT_EQ(render_html(body, {}, {}), "<p>xy</p>\n");
}

}  // namespace
}  // namespace folio
