#include "src/highlight/code_highlighter.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "src/render/html_escape.hpp"

namespace folio {
namespace {

#ifdef FOLIO_HIGHLIGHT_MODULE_PATH
// The module as built, before the first test highlights anything.
const bool module_named = (setenv("FOLIO_HIGHLIGHT_MODULE", FOLIO_HIGHLIGHT_MODULE_PATH, 0), true);
#endif

// The text between the tags, as a reader sees it: spans removed, entities kept.
std::string without_spans(std::string html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html.compare(i, 6, "<span ") == 0 || html.compare(i, 7, "</span>") == 0) {
            i = html.find('>', i) + 1;
            continue;
        }
        out += html[i++];
    }
    return out;
}

std::string escaped(std::string_view text) {
    std::string out;
    append_escaped_html(out, text);
    return out;
}

TEST(CodeHighlighter, MarksKeywordsStringsAndCommentsOfAKnownLanguage) {
    const std::string code = "// greet\nconst name = \"world\";\n";
    const auto html = highlight_code("javascript", code);
    ASSERT_TRUE(html.has_value()) << highlighter_unavailable();
    EXPECT_NE(html->find("<span class=\"hl-comment\">// greet</span>"), std::string::npos) << *html;
    EXPECT_NE(html->find("<span class=\"hl-keyword\">const</span>"), std::string::npos) << *html;
    EXPECT_NE(html->find("<span class=\"hl-string\">&quot;world&quot;</span>"), std::string::npos) << *html;
    EXPECT_EQ(without_spans(*html), escaped(code));
    // What the book looks for to add the highlight rules to a chapter.
    EXPECT_NE(html->find(kHighlightSpanOpen), std::string::npos) << *html;
}

TEST(CodeHighlighter, LeavesUnknownAndPlainLanguagesToTheCaller) {
    EXPECT_FALSE(highlight_code("no-such-language-xyz", "x = 1\n").has_value());
    EXPECT_FALSE(highlight_code("text", "if x then y\n").has_value());
    EXPECT_FALSE(highlight_code("", "int x;\n").has_value());
    // Info strings that are no language name are not looked up at all.
    EXPECT_FALSE(highlight_code("c<script>", "int x;\n").has_value());
    EXPECT_FALSE(highlight_code(std::string(200, 'c'), "int x;\n").has_value());
}

TEST(CodeHighlighter, EscapesMarkupCharactersInsideTokens) {
    const std::string code = "#include <vector>\nif (a < b && c > d) { s = \"<&>\"; }\n";
    const auto html = highlight_code("c++", code);
    ASSERT_TRUE(html.has_value()) << highlighter_unavailable();
    EXPECT_EQ(html->find("<vector>"), std::string::npos) << *html;
    EXPECT_EQ(html->find("\"<&>\""), std::string::npos) << *html;
    EXPECT_NE(html->find("&lt;&amp;&gt;"), std::string::npos) << *html;
    EXPECT_EQ(without_spans(*html), escaped(code));
}

TEST(CodeHighlighter, KnowsTheShortNamesBlogsWrite) {
    for (const char* language : {"js", "ts", "sh", "shell", "bash", "yml", "yaml", "toml", "rust", "rs",
                                 "go", "golang", "c++", "cpp", "Python", "py", "JSON", "diff"}) {
        const auto html = highlight_code(language, "x = \"y\" # 1\n");
        EXPECT_TRUE(html.has_value()) << language;
    }
    const auto yaml = highlight_code("yml", "title: \"Hello\"\ncount: 3\n");
    ASSERT_TRUE(yaml.has_value());
    EXPECT_NE(yaml->find("hl-"), std::string::npos) << *yaml;
}

TEST(CodeHighlighter, KeepsEveryByteOfMultibyteText) {
    const std::string code = "# café ☕ 𝄞\nprint(\"naïve 😀\")\r\n\n";
    const auto html = highlight_code("python", code);
    ASSERT_TRUE(html.has_value());
    EXPECT_EQ(without_spans(*html), escaped(code));
}

TEST(CodeHighlighter, LeavesCodeBeyondItsBoundsUnhighlighted) {
    // A long line of escaped quotes took the library minutes; one within the bound takes little.
    std::string line = "var a = \"";
    for (int i = 0; i < 1000; ++i) line += "x\\\"";
    line += "\";\n";
    ASSERT_LT(line.size(), 4096u);
    EXPECT_TRUE(highlight_code("js", line).has_value());
    std::string long_line = "var a = \"" + std::string(5000, 'x') + "\";\n";
    EXPECT_FALSE(highlight_code("js", long_line).has_value());
    std::string many_lines;
    while (many_lines.size() <= 256 * 1024) many_lines += "let x = 1;\n";
    EXPECT_FALSE(highlight_code("js", many_lines).has_value());
}

TEST(CodeHighlighter, LeavesInvalidUtf8Unhighlighted) {
    EXPECT_FALSE(highlight_code("python", "print('\xff\xfe')\n").has_value());
}

TEST(CodeHighlighter, HighlightsFromSeveralThreadsAtOnce) {
    const std::string code = "fn main() { let x = 1; println!(\"{}\", x); }\n";
    const auto expected = highlight_code("rust", code);
    ASSERT_TRUE(expected.has_value());
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                const char* language = (i % 2 == 0) ? "rust" : "go";
                const auto html = highlight_code(language, code);
                if (!html || (i % 2 == 0 && *html != *expected)) ++mismatches;
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(HighlightStylesheet, DistinguishesTokensByMoreThanColour) {
    const std::string_view css = highlight_stylesheet();
    EXPECT_NE(css.find(".hl-keyword, .hl-preproc { font-weight: bold;"), std::string_view::npos);
    EXPECT_NE(css.find(".hl-comment { font-style: italic;"), std::string_view::npos);
    EXPECT_NE(css.find("background-color"), std::string_view::npos);
    EXPECT_NE(css.find("prefers-color-scheme: dark"), std::string_view::npos);
}

}  // namespace
}  // namespace folio
