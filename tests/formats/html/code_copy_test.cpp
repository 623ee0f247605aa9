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
    const std::string script = copy_button_script(labels_for("en"));
    EXPECT_TRUE(script.starts_with("<script data-copy="));
    EXPECT_TRUE(script.ends_with("</script>\n"));
    // No file to fetch and no module: it must run from file:// as it is.
    EXPECT_EQ(script.find(" src="), std::string_view::npos);
    EXPECT_EQ(script.find("import "), std::string_view::npos);
    EXPECT_NE(script.find("execCommand(\"copy\")"), std::string_view::npos);
}

// The words were a table of five languages in the script, apart from the site's labels: a page
// in a language the labels have was given the script's words, not the labels'.
TEST(CodeCopy, TheButtonSaysTheLabelsOfThePagesLanguage) {
    const std::string dutch = copy_button_script(labels_for("nl"));
    EXPECT_TRUE(dutch.starts_with(
        "<script data-copy=\"Kopiëren\" data-copied=\"Gekopieerd\" data-failed=\"Kopiëren mislukt\">"))
        << dutch.substr(0, 120);
    const std::string english = copy_button_script(labels_for("en-GB"));
    EXPECT_TRUE(english.starts_with(
        "<script data-copy=\"Copy\" data-copied=\"Copied\" data-failed=\"Copy failed\">"));
    // No word of its own is left in the script.
    for (const char* word : {"\"Copy\"", "Kopiëren", "Kopieren", "Copier", "Copiar"})
        EXPECT_EQ(english.find(word, english.find('>')), std::string::npos) << word;
}

}  // namespace
}  // namespace folio::html
