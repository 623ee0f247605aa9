#include "src/render/html_escape.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(UnescapeHtml, UndoesEscapeHtmlAndNothingElse) {
    for (const std::string_view text :
         {"", "plain", R"(a & b <c> "d" &amp; &lt;)", "&", "&&;", "it's ü &#x27; &nbsp;"}) {
        EXPECT_EQ(unescape_html(escape_html(text)), text);
    }
    EXPECT_EQ(unescape_html("&#x27; &nbsp; &am &amp;amp;"), "&#x27; &nbsp; &am &amp;");
}

TEST(HtmlEscape, EscapesAmpersandAnglesAndDoubleQuotes) {
    EXPECT_EQ(escape_html(R"(a & b <c> "d")"), "a &amp; b &lt;c&gt; &quot;d&quot;");
}

TEST(HtmlEscape, LeavesSingleQuotesSlashesAndNonAsciiAlone) {
    EXPECT_EQ(escape_html("it's a/b — ü"), "it's a/b — ü");
}

TEST(HtmlEscape, EscapesAnExistingEntityAgain) {
    EXPECT_EQ(escape_html("&amp;"), "&amp;amp;");
}

TEST(HtmlEscape, AppendsToWhatIsAlreadyThere) {
    std::string out = "<p>";
    append_escaped_html(out, "1 < 2");
    EXPECT_EQ(out, "<p>1 &lt; 2");
}

// What append_escaped_html does, one byte at a time: the specification its fast scan (16 bytes
// at a time with SSE2) must match.
std::string escaped_byte_by_byte(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                 (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
            i += 2;  // U+FFFE, U+FFFF
        else out += static_cast<char>(c);
    }
    return out;
}

TEST(HtmlEscape, MatchesTheByteByByteRulesForEveryByteAtEveryPlace) {
    for (int byte = 0; byte < 256; ++byte) {
        for (std::size_t length = 1; length <= 40; ++length) {
            for (std::size_t at = 0; at < length; ++at) {
                std::string text(length, 'a');
                text[at] = static_cast<char>(byte);
                ASSERT_EQ(escape_html(text), escaped_byte_by_byte(text))
                    << "byte " << byte << " at " << at << " of " << length;
            }
        }
    }
    // Noncharacters and their near misses across the 16-byte blocks, several in one text.
    for (const std::string_view sequence : {"\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xEF\xBF\xBD",
                                            "\xEF\xBF", "\xEF"}) {
        for (std::size_t at = 0; at < 36; ++at) {
            for (const std::size_t tail : {std::size_t{0}, std::size_t{1}, std::size_t{20}}) {
                std::string text = std::string(at, 'x') + std::string(sequence) + "<&\t\x01" +
                                   std::string(sequence) + std::string(tail, 'y');
                ASSERT_EQ(escape_html(text), escaped_byte_by_byte(text)) << at << " " << tail;
            }
        }
    }
}

TEST(HtmlEscape, ReturnsEmptyForEmptyText) { EXPECT_EQ(escape_html(""), ""); }

TEST(UrlEscape, KeepsCmarksSafeSetAsItIs) {
    EXPECT_EQ(escape_url("https://x.org/a-b_c.d+e!f*g(h),i%20#j@k?l=m;n:o$p~q"),
              "https://x.org/a-b_c.d+e!f*g(h),i%20#j@k?l=m;n:o$p~q");
}

TEST(UrlEscape, PercentEncodesSpacesBracketsAndBackslashesInUppercaseHex) {
    EXPECT_EQ(escape_url("/a b[c]\\d`e{f}|g^h\"i<j>"),
              "/a%20b%5Bc%5D%5Cd%60e%7Bf%7D%7Cg%5Eh%22i%3Cj%3E");
}

TEST(UrlEscape, PercentEncodesEachByteOfNonAsciiCharacters) {
    EXPECT_EQ(escape_url("/föö"), "/f%C3%B6%C3%B6");
}

TEST(UrlEscape, KeepsExistingPercentEscapes) {
    EXPECT_EQ(escape_url("/f%C3%B6%20o"), "/f%C3%B6%20o");
}

TEST(UrlEscape, WritesAmpersandAndSingleQuoteAsEntities) {
    EXPECT_EQ(escape_url("/?a=1&b='2'"), "/?a=1&amp;b=&#x27;2&#x27;");
}

TEST(UrlEscape, PercentEncodesControlCharacters) {
    EXPECT_EQ(escape_url("a\tb\nc\x7f"), "a%09b%0Ac%7F");
}

TEST(UrlEscape, AppendsToWhatIsAlreadyThere) {
    std::string out = "href=\"";
    append_escaped_url(out, "a b");
    EXPECT_EQ(out, "href=\"a%20b");
}

// Fuzz finding (issue 7): a control character in Markdown text (`\x02` in a heading) reached
// the XHTML of EPUB chapters, which XML 1.0 cannot hold in any form.
TEST(HtmlEscape, LeavesOutCharactersXmlCannotHold) {
    EXPECT_EQ(escape_html(std::string_view("a\x01" "b\x02\x1f\x7f" "c\0" "d", 9)), "ab\x7f" "cd");
    EXPECT_EQ(escape_html("tab\tline\ncr\r"), "tab\tline\ncr\r");
    EXPECT_EQ(escape_html("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");
    // Other characters starting with the same byte stay: U+FFFD, U+FEFF, U+F8FF.
    EXPECT_EQ(escape_html("\xEF\xBF\xBD\xEF\xBB\xBF\xEF\xA3\xBF"), "\xEF\xBF\xBD\xEF\xBB\xBF\xEF\xA3\xBF");
}

}  // namespace
}  // namespace folio
