#include "src/source/position_cursor.hpp"

#include <string>

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(PositionCursor, AgreesWithSourceTextForwardBackwardAndFarAhead) {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "línea " + std::to_string(i) + " ü\n";
    const SourceText source("a.md", text);
    PositionCursor cursor(source);
    for (const std::size_t offset : {std::size_t{0}, std::size_t{5}, std::size_t{17},
                                     std::size_t{70000}, std::size_t{70001}, std::size_t{12},
                                     text.size() - 3, text.size(), text.size() + 10}) {
        const SourcePos expected = source.position(offset);
        const SourcePos got = cursor.at(offset);
        EXPECT_EQ(got.line, expected.line) << offset;
        EXPECT_EQ(got.column, expected.column) << offset;
    }
}

TEST(PositionCursor, StaysOnOneLongLineWithoutLosingColumns) {
    // An export on one line: columns count characters (ü is two bytes, one column).
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "ü,";
    const SourceText source("export.json", text);
    PositionCursor cursor(source);
    EXPECT_EQ(cursor.at(3).column, 3u);
    const SourcePos far = cursor.at(30000);
    EXPECT_EQ(far.line, 1u);
    EXPECT_EQ(far.column, 20001u);
    EXPECT_EQ(far.offset, 30000u);
}

TEST(SourceTextDiagnostic, QuotesShortLinesAndNotLinesPastTheLimit) {
    const std::string long_line(SourceText::kLongestQuotedLine + 1, 'x');
    const SourceText source("a.json", "short line\n" + long_line + "\nlast");
    const Diagnostic on_short = source.diagnostic(Severity::warning, "c", "m", 2);
    EXPECT_EQ(on_short.source_line, "short line");
    const Diagnostic on_long = source.diagnostic(Severity::warning, "c", "m", 11 + 5000);
    EXPECT_EQ(on_long.line, 2u);
    EXPECT_EQ(on_long.column, 5001u);
    EXPECT_EQ(on_long.source_line, "");
    const Diagnostic on_last = source.diagnostic(Severity::warning, "c", "m",
                                                 source.text().size() - 1);
    EXPECT_EQ(on_last.source_line, "last");
    EXPECT_EQ(source.line_text(2).size(), long_line.size());
}

}  // namespace
}  // namespace folio
