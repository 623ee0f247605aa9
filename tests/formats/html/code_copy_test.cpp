#include "formats/html/code_copy.hpp"

#include <gtest/gtest.h>

namespace folio::html {
namespace {

TEST(CodeCopy, FindsCodeBlocksInABody) {
    EXPECT_TRUE(has_code_block("<p>a</p>\n<pre><code>x\n</code></pre>\n"));
    EXPECT_TRUE(has_code_block("<pre class=\"x\">y</pre>"));
    EXPECT_FALSE(has_code_block("<p>preface: <code>x</code></p>\n<p>present</p>"));
}

TEST(CodeCopy, HoldsTheHighlightRulesOnlyWhenHighlighting) {
    EXPECT_NE(code_stylesheet(true).find(".hl-keyword"), std::string::npos);
    EXPECT_EQ(code_stylesheet(false).find(".hl-"), std::string::npos);
    EXPECT_NE(code_stylesheet(false).find(".copy-code"), std::string::npos);
}

TEST(CodeCopy, IsOneInlineScriptThatWorksWithoutAServer) {
    const std::string_view script = copy_button_script();
    EXPECT_TRUE(script.starts_with("<script>\n"));
    EXPECT_TRUE(script.ends_with("</script>\n"));
    // No file to fetch and no module: it must run from file:// as it is.
    EXPECT_EQ(script.find(" src="), std::string_view::npos);
    EXPECT_EQ(script.find("import "), std::string_view::npos);
    EXPECT_NE(script.find("execCommand(\"copy\")"), std::string_view::npos);
}

}  // namespace
}  // namespace folio::html
