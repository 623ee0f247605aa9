#include "source/source_text.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(SourceText, ReadsCrlfAndBomFilesAsLf) {
    const SourceText crlf("a.md", "\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nbody\r\n");
    const SourceText lf("a.md", "---\ntitle: x\n---\nbody\n");
    EXPECT_EQ(crlf.text(), lf.text());
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

}  // namespace
}  // namespace folio
