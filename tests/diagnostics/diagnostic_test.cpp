#include "src/diagnostics/diagnostic.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Diagnostic, PrintsGnuStyleWithSourceLineAndCaret) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "meta.date.impossible";
    d.message = "impossible date '2026-02-30': February 2026 has 28 days";
    d.path = "posts/a.md";
    d.line = 3;
    d.column = 7;
    d.source_line = "date: 2026-02-30";
    EXPECT_EQ(format_diagnostic(d),
              "posts/a.md:3:7: error: impossible date '2026-02-30': February 2026 has 28 days "
              "[meta.date.impossible]\n"
              "    date: 2026-02-30\n"
              "          ^\n");
}

TEST(Diagnostic, CaretCountsCharactersNotBytes) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = "check.mojibake";
    d.message = "m";
    d.path = "a.md";
    d.line = 1;
    d.column = 4;
    d.source_line = "géé√Ø";
    EXPECT_EQ(format_diagnostic(d), "a.md:1:4: warning: m [check.mojibake]\n    géé√Ø\n       ^\n");
}

TEST(Diagnostic, WithoutPositionPrintsPathOnly) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "input.missing";
    d.message = "no such file or directory";
    d.path = "nope.md";
    EXPECT_EQ(format_diagnostic(d), "nope.md: error: no such file or directory [input.missing]\n");
}

// Issue 23: a file name or title reached the terminal raw, so an escape sequence could rewrite
// the screen and a newline in a file name forged a diagnostic line of its own.
TEST(Diagnostic, EscapesControlCharactersInThePathMessageAndSourceLine) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = "meta.type";
    d.message = "title '\x1b]0;owned\x07' \xC2\x9B" "2J";
    d.path = "posts/a.md:1:1: error: forged\n\xff.md";
    d.line = 2;
    d.column = 14;  // the `x`
    d.source_line = "title: \"\x1b[2J\tx\"";
    EXPECT_EQ(format_diagnostic(d),
              "posts/a.md:1:1: error: forged\\n\\xff.md:2:14: warning: title "
              "'\\x1b]0;owned\\x07' \\u009b2J [meta.type]\n"
              "    title: \"\\x1b[2J\tx\"\n"
              "    " + std::string(15, ' ') + "\t^\n");
}

// Issue 23: an error in a minified 5 MB line quoted the whole line.
TEST(Diagnostic, QuotesALongSourceLineAsAWindowAroundTheCaret) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "c";
    d.message = "m";
    d.path = "a.md";
    d.line = 1;
    d.column = 2'500'001;
    d.source_line = std::string(2'500'000, 'a') + "X" + std::string(2'500'000, 'b');
    const std::string printed = format_diagnostic(d);
    EXPECT_EQ(printed, "a.md:1:2500001: error: m [c]\n"
                       "    \u2026" + std::string(60, 'a') + "X" + std::string(59, 'b') +
                           "\u2026\n"
                       "    " + std::string(61, ' ') + "^\n");
    // A line that fits is quoted whole, wherever the caret is; near the end of a long one the
    // window ends with the line.
    d.source_line = std::string(119, 'a') + "X";
    d.column = 120;
    EXPECT_EQ(format_diagnostic(d), "a.md:1:120: error: m [c]\n"
                                    "    " + std::string(119, 'a') + "X\n"
                                    "    " + std::string(119, ' ') + "^\n");
    d.source_line = std::string(300, 'a') + "X";
    d.column = 301;
    EXPECT_EQ(format_diagnostic(d), "a.md:1:301: error: m [c]\n"
                                    "    \u2026" + std::string(119, 'a') + "X\n"
                                    "    " + std::string(120, ' ') + "^\n");
    d.source_line = std::string(2'500'000, 'a') + "X" + std::string(2'500'000, 'b');
    // Near the start of the line the window starts at the line's start.
    d.column = 3;
    EXPECT_EQ(format_diagnostic(d), "a.md:1:3: error: m [c]\n"
                                    "    " + std::string(120, 'a') + "\u2026\n"
                                    "      ^\n");
}

TEST(Diagnostics, CountsBySeverity) {
    Diagnostics sink;
    sink.report({Severity::warning, "a", "m", "p", 0, 0, ""});
    EXPECT_FALSE(sink.has_errors());
    sink.report({Severity::error, "b", "m", "p", 0, 0, ""});
    EXPECT_TRUE(sink.has_errors());
    EXPECT_EQ(sink.count(Severity::warning), 1u);
    EXPECT_EQ(sink.count(Severity::note), 0u);
}

}  // namespace
}  // namespace folio
