// The Markdown writer on trees read from HTML: HTML -> tree -> Markdown -> tree gives the same
// tree, for the HTML posts of tests/programs/html_posts and for each mapping of the reader.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "formats/html/html_reader.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "formats/markdown/markdown_writer.hpp"
#include "src/ast/article_json.hpp"

namespace folio {
namespace {

std::string dump(const Body& body) {
    Article article;
    article.body = body.blocks;
    article.footnotes = body.footnotes;
    const std::string json = dump_json({article}, JsonDumpOptions{false, false});
    return json.substr(json.find("\"body\""));
}

// The body after the front matter, as the pipeline hands it over.
std::size_t body_start(const std::string& text) {
    if (!text.starts_with("---\n")) return 0;
    const std::size_t close = text.find("\n---\n", 3);
    return close == std::string::npos ? 0 : close + 5;
}

void expect_round_trip(const std::string& name, const std::string& html) {
    SCOPED_TRACE(name);
    const SourceText source(name, html);
    Diagnostics diagnostics;
    const Body from_html =
        read_html_body(source, body_start(source.text()), source.text().size(), diagnostics, EngineSyntaxOptions{});
    const std::string markdown = write_markdown_body(from_html.blocks, from_html.footnotes);
    const SourceText written("written.md", markdown);
    const Body from_markdown = read_markdown_body(written, 0, written.text().size(), diagnostics);
    EXPECT_EQ(dump(from_markdown), dump(from_html)) << markdown;
    EXPECT_TRUE(from_markdown.blocks == from_html.blocks && from_markdown.footnotes == from_html.footnotes);
}

TEST(HtmlMarkdownRoundTrip, EveryHtmlPostReadsBackAsTheSameTree) {
    const std::filesystem::path posts = std::filesystem::path(FOLIO_TEST_DATA_DIR) / "programs/html_posts/posts";
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(posts)) {
        if (entry.path().extension() != ".html") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        expect_round_trip(entry.path().filename().string(), text.str());
        ++count;
    }
    EXPECT_GE(count, 5);
}

TEST(HtmlMarkdownRoundTrip, EachMappingReadsBack) {
    for (const char* html : {
             "<p>a <em>b</em> <strong>c</strong> <del>d</del> <code>e`f</code> g<br>h</p>",
             "<p>stars * and _under_ [brackets] &lt;tag&gt; 1. # not a heading</p>",
             "<h3 id=\"x\">Title</h3><hr><blockquote><p>q</p><ul><li>i</li></ul></blockquote>",
             "<ol start=\"7\"><li><p>loose</p></li><li><p>items</p></li></ol>",
             "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li></ul>",
             "<table><thead><tr><th align=\"left\">a|b</th><th>c</th></tr></thead><tbody><tr><td>1</td><td></td></tr></tbody></table>",
             "<table><tr><td>no</td><td>header</td></tr></table>",
             "<pre><code class=\"language-md\">```\nfenced inside\n```\n</code></pre>",
             "<dl><dt>t</dt><dd><p>loose def</p></dd></dl>",
             "<p><a href=\"https://x.example/a b\">spaced</a> <img src=\"a (1).png\" alt=\"a [b]\"></p>",
             "<p>press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <span class=\"x\">kept</span></p>",
             "<p>text</p><video controls src=\"v.mp4\"></video><p>more</p>",
             "<div class=\"note\">\n<p>one</p>\n\n<p>two</p>\n</div>",
             "<p>before</p><!--more--><p>after</p>",
             "<p>x <script type=\"math/tex\">a_1^2</script> y</p><script type=\"math/tex; mode=display\">\\int f</script>",
             "<p>note<sup><a href=\"#n1\">1</a></sup></p><ol><li id=\"n1\"><p>the <em>note</em></p></li></ol>",
         }) {
        expect_round_trip(html, html);
    }
}

}  // namespace
}  // namespace folio
