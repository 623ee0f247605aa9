// The Markdown writer on trees read from HTML: HTML -> tree -> Markdown -> tree gives the same
// tree, for the HTML posts of tests/programs/html_posts and for each mapping of the reader.

#include <gtest/gtest.h>

#include <filesystem>
#include <cstdio>
#include <random>
#include <vector>
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

enum class RoundTrip { same, misnested, differs };

// HTML -> tree -> Markdown -> tree. `misnested` when the writer says itself (as it warns users)
// that some emphasis has no spelling that reads back nested as it is.
RoundTrip round_trip(const std::string& html, std::string* markdown_out = nullptr) {
    const SourceText source("a.html", html);
    Diagnostics diagnostics;
    const Body from_html =
        read_html_body(source, body_start(source.text()), source.text().size(), diagnostics, EngineSyntaxOptions{});
    std::vector<MisnestedInlines> misnested;
    const std::string markdown = write_markdown_body(from_html.blocks, from_html.footnotes, &misnested);
    if (markdown_out) *markdown_out = markdown;
    if (!misnested.empty()) return RoundTrip::misnested;
    const SourceText written("written.md", markdown);
    const Body back = read_markdown_body(written, 0, written.text().size(), diagnostics);
    return back.blocks == from_html.blocks && back.footnotes == from_html.footnotes ? RoundTrip::same
                                                                                     : RoundTrip::differs;
}

bool expect_round_trip(const std::string& name, const std::string& html) {
    SCOPED_TRACE(name);
    const SourceText source(name, html);
    Diagnostics diagnostics;
    const Body from_html =
        read_html_body(source, body_start(source.text()), source.text().size(), diagnostics, EngineSyntaxOptions{});
    std::vector<MisnestedInlines> misnested;
    const std::string markdown = write_markdown_body(from_html.blocks, from_html.footnotes, &misnested);
    EXPECT_TRUE(misnested.empty()) << markdown;
    const SourceText written("written.md", markdown);
    const Body from_markdown = read_markdown_body(written, 0, written.text().size(), diagnostics);
    EXPECT_EQ(dump(from_markdown), dump(from_html)) << markdown;
    EXPECT_TRUE(from_markdown.blocks == from_html.blocks && from_markdown.footnotes == from_html.footnotes);
    return true;
}

// Every block, at every depth, has its place in the file, below the front matter.
void expect_placed(const Blocks& blocks, const std::string& path) {
    for (const Block& block : blocks) {
        EXPECT_GT(block.at.line, 3u) << path;
        EXPECT_GT(block.at.column, 0u) << path;
        EXPECT_NE(block.at.offset, kNoOffset) << path;
        if (const auto* quote = std::get_if<BlockQuote>(&block.node)) expect_placed(quote->children, path);
        if (const auto* list = std::get_if<List>(&block.node))
            for (const ListItem& item : list->items) expect_placed(item.children, path);
        if (const auto* list = std::get_if<DefinitionList>(&block.node))
            for (const DefinitionItem& item : list->items)
                for (const Blocks& definition : item.definitions) expect_placed(definition, path);
    }
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
        // Every block of a post is placed in its file.
        const SourceText source(entry.path().string(), text.str());
        Diagnostics diagnostics;
        const Body body = read_html_body(source, body_start(source.text()), source.text().size(), diagnostics,
                                         EngineSyntaxOptions{});
        expect_placed(body.blocks, entry.path().string());
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

namespace folio {
namespace {

// Tag soup from a fixed seed: pieces of the markup posts hold, nested and cut off at random,
// so that unclosed, misnested and stray tags meet the reader and the writer.
std::string tag_soup(std::mt19937& random) {
    static const std::vector<std::string> pieces = {
        "<p>", "</p>", "<em>", "</em>", "<strong>", "</strong>", "<b>", "</b>", "<i>", "</i>",
        "<del>", "</del>", "<code>", "</code>", "<a href=\"https://x.example/p\">", "</a>",
        "<a href=\"#fn1\">", "<ul>", "</ul>", "<ol start=\"4\">", "</ol>", "<li>", "</li>",
        "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<pre><code class=\"language-js\">",
        "<h2 id=\"a\">", "</h2>", "<h3>", "</h3>", "<br>", "<hr>", "<img src=\"i.png\" alt=\"i\">",
        "<table><tr><th>h</th></tr><tr><td>", "</td></tr></table>", "<div>", "</div>",
        "<div class=\"box\">", "<span>", "</span>", "<span class=\"s\">", "<kbd>", "</kbd>",
        "<sup>", "</sup>", "<sup><a href=\"#n1\">1</a></sup>", "<ol><li id=\"n1\">", "<dl><dt>",
        "</dt><dd>", "</dd></dl>", "<figure>", "</figure>", "<figcaption>", "</figcaption>",
        "<iframe src=\"v\"></iframe>", "<video src=\"v\">", "</video>", "<!-- c -->",
        "<input type=\"checkbox\" checked>", "\n", "\n\n", " ", "  ",
        "word", "two words", "*star*", "_under_", "[br]", "`tick`", "#", "1.", "-", ">", "|",
        "&amp;", "&lt;", "&nbsp;", "\\", " $x$ ", "\xE4\xB8\xAD\xE6\x96\x87", "\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A",
        // Two maths side by side (`$a$$b$`) read back as text: md4c pairs the dollars otherwise.
        " <math><annotation encoding=\"application/x-tex\">y^2</annotation></math> ",
    };
    std::string html;
    const int count = 1 + static_cast<int>(random() % 30);
    for (int i = 0; i < count; ++i) html += pieces[random() % pieces.size()];
    return html;
}

// Measured when written; what still differs is misnested soup of the kind no post holds
// (block elements inside inline ones, cut off mid-way), listed as limits in html-reader.md.
constexpr int kSoupFloorPercent = 99;  // 2,976 of 3,000 when written

TEST(HtmlMarkdownRoundTrip, TagSoupReadsBackAsTheSameTree) {
    std::mt19937 random(19);
    constexpr int kCases = 3000;
    int same = 0, misnested = 0;
    std::string first_difference;
    for (int i = 0; i < kCases; ++i) {
        const std::string html = tag_soup(random);
        std::string markdown;
        switch (round_trip(html, &markdown)) {
            case RoundTrip::same: ++same; break;
            case RoundTrip::misnested: ++misnested; break;
            case RoundTrip::differs:
                if (first_difference.empty()) first_difference = html + "\n--- written as ---\n" + markdown;
                break;
        }
    }
    std::printf("tag soup: %d of %d the same tree, %d with emphasis the writer reports, %d differ\n",
                same, kCases, misnested, kCases - same - misnested);
    EXPECT_GE(same + misnested, kCases * kSoupFloorPercent / 100) << "first difference:\n" << first_difference;
}

}  // namespace
}  // namespace folio
