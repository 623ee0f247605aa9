#include <gtest/gtest.h>

#include <cstdlib>

#include "src/highlight/code_highlighter.hpp"
#include "src/render/html_body.hpp"
#include "tests/render/ast_builders.hpp"

namespace folio {
namespace {

using namespace folio::test;

#ifdef FOLIO_HIGHLIGHT_MODULE_PATH
// The module as built, before the first test highlights anything.
const bool module_named = (setenv("FOLIO_HIGHLIGHT_MODULE", FOLIO_HIGHLIGHT_MODULE_PATH, 0), true);
#endif

std::string render(const Blocks& blocks, bool highlight) {
    HtmlOptions options;
    options.highlight_code = highlight;
    return render_html(blocks, {}, options);
}

TEST(HtmlHighlight, PutsTheTokensOfACodeBlockInClassedSpans) {
    const std::string html = render({code_block("rust title=\"main.rs\"", "fn main() {}\n")}, true);
    ASSERT_TRUE(highlighter_unavailable().empty()) << highlighter_unavailable();
    EXPECT_EQ(html, "<pre><code class=\"language-rust\"><span class=\"hl-keyword\">fn</span> main() {}\n"
                    "</code></pre>\n");
}

TEST(HtmlHighlight, WritesBlocksOfUnknownOrNoLanguageAsWithoutHighlighting) {
    const Blocks blocks = {code_block("no-such-language", "a < b && c\n"), code_block("", "x\n"),
                           code_block("text", "if <x>\n")};
    EXPECT_EQ(render(blocks, true), render(blocks, false));
}

TEST(HtmlHighlight, IsOffUnlessAsked) {
    EXPECT_EQ(render_html({code_block("rust", "fn main() {}\n")}, {}),
              "<pre><code class=\"language-rust\">fn main() {}\n</code></pre>\n");
}

}  // namespace
}  // namespace folio
