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
