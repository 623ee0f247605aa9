#include "src/source/source_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

// Issue 23: a file saved as UTF-16 ("Unicode" in Windows editors) was read as bytes, every
// other one a NUL. Its byte order mark says so, in either order.
TEST(SourceText, DecodesUtf16FilesOfEitherByteOrder) {
    // UTF-16 by hand: every character here but the emoji is one unit; the emoji is a pair.
    std::u16string units = u"---\r\ntitle: Caf\u00e9 \U0001F600\r\n---\r\nbody\r\n";
    std::string little("\xFF\xFE", 2);
    std::string big("\xFE\xFF", 2);
    for (const char16_t unit : units) {
        little += static_cast<char>(unit & 0xFF);
        little += static_cast<char>(unit >> 8);
        big += static_cast<char>(unit >> 8);
        big += static_cast<char>(unit & 0xFF);
    }
    const SourceText from_little("a.md", little);
    const SourceText from_big("a.md", std::string(big));
    const std::string expected = "---\ntitle: Caf\u00e9 \U0001F600\n---\nbody\n";
    EXPECT_EQ(from_little.text(), expected);
    EXPECT_EQ(from_big.text(), expected);
    EXPECT_TRUE(from_little.from_utf16());
    EXPECT_TRUE(from_big.from_utf16());
    EXPECT_EQ(from_little.invalid_utf8_offset(), std::string_view::npos);
    // A lone surrogate and a last odd byte are U+FFFD.
    const SourceText broken("a.md", std::string("\xFF\xFE" "a\0\x00\xD8" "b", 7));
    EXPECT_EQ(broken.text(), "a\uFFFD\uFFFD");
}

TEST(SourceText, ReadsCrlfAndBomFilesAsLf) {
    const SourceText crlf("a.md", "\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nbody\r\n");
    const SourceText lf("a.md", "---\ntitle: x\n---\nbody\n");
    EXPECT_EQ(crlf.text(), lf.text());
}

TEST(SourceText, NormalisesBytesItTakesOverAsItDoesBytesItCopies) {
    for (const std::string& raw :
         {std::string("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nbody\r\n"), std::string("a\rb"),
          std::string("plain\nLF\n"), std::string("caf\xC3\xA9 \xFF end"), std::string()}) {
        std::string taken = raw;
        const SourceText moved("a.md", std::move(taken));
        const SourceText copied("a.md", std::string_view(raw));
        EXPECT_EQ(moved.text(), copied.text()) << raw;
        EXPECT_EQ(moved.invalid_utf8_offset(), copied.invalid_utf8_offset()) << raw;
    }
}

TEST(SourceText, TurnsLoneCarriageReturnsIntoNewlines) {
    EXPECT_EQ(SourceText("a.md", "a\rb").text(), "a\nb");
}

TEST(SourceText, MapsOffsetsToLineAndCharacterColumn) {
    const SourceText source("a.md", "ab\ncafé x\n");
    EXPECT_EQ(source.position(0).line, 1u);
    const SourcePos x = source.position(source.text().find('x'));
    EXPECT_EQ(x.line, 2u);
    EXPECT_EQ(x.column, 6u);  // c a f é space: é is two bytes but one character
    EXPECT_EQ(source.line_text(2), "café x");
    EXPECT_EQ(source.line_offset(2), 3u);
}

TEST(SourceText, MakesDiagnosticsWithTheirSourceLine) {
    const SourceText source("p.md", "one\ntwo three\n");
    const Diagnostic d = source.diagnostic(Severity::error, "x.y", "bad", 8);
    EXPECT_EQ(format_diagnostic(d), "p.md:2:5: error: bad [x.y]\n    two three\n        ^\n");
}

TEST(SourceText, ClampsOffsetsPastTheEnd) {
    const SourceText source("p.md", "ab");
    EXPECT_EQ(source.position(99).column, 3u);
}

// Fuzz finding (issue 7): invalid UTF-8 went through to every writer, and a stray byte is not
// well-formed XML (EPUB chapters, feeds).
TEST(SourceText, ReplacesEachInvalidUtf8ByteWithTheReplacementCharacter) {
    const SourceText source("a.md", "ok \xff\xfe x \xc3\xa9 \xe2\x82\n");
    EXPECT_EQ(source.text(), "ok \xEF\xBF\xBD\xEF\xBF\xBD x \xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD\n");
    EXPECT_EQ(source.invalid_utf8_offset(), 3u);
    EXPECT_EQ(source.position(source.invalid_utf8_offset()), (SourcePos{1, 4}));
}

TEST(SourceText, LeavesValidUtf8AloneAndSaysSo) {
    const SourceText source("a.md", "caf\xC3\xA9 \xF0\x9F\x98\x80 plain ascii after\n");
    EXPECT_EQ(source.text(), "caf\xC3\xA9 \xF0\x9F\x98\x80 plain ascii after\n");
    EXPECT_EQ(source.invalid_utf8_offset(), std::string_view::npos);
}

}  // namespace
TEST(SourceText, RemembersByLineWhichEndsWereCrlfOrALoneCr) {
    const SourceText crlf("a.md", "\xEF\xBB\xBFone\r\ntwo\rthree\nfour\r\n");
    EXPECT_EQ(crlf.text(), "one\ntwo\nthree\nfour\n");
    EXPECT_EQ(crlf.other_line_ends(),
              (std::vector<LineEnd>{{1, false}, {2, true}, {4, false}}));
    std::string moved = "a\r\n\xFF\r\nb";
    const SourceText repaired("b.md", std::move(moved));
    EXPECT_EQ(repaired.other_line_ends(), (std::vector<LineEnd>{{1, false}, {2, false}}));
    EXPECT_TRUE(SourceText("c.md", "lf\nonly\n").other_line_ends().empty());
}

}  // namespace folio
