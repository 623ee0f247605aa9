#include "src/diagnostics/run_printer.hpp"

#include <cstdio>
#include <memory>
#include <string>

#include <gtest/gtest.h>

namespace folio {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

// A printer writing into a temporary file, read back whole.
class Printed {
public:
    Printed() : file_(std::tmpfile()) {}
    std::FILE* stream() { return file_.get(); }
    std::string text() {
        std::fflush(file_.get());
        std::rewind(file_.get());
        std::string out;
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, file_.get())) > 0) out.append(buffer, n);
        return out;
    }

private:
    std::unique_ptr<std::FILE, FileCloser> file_;
};

Diagnostics repeated(Severity severity, const std::string& code, int times) {
    Diagnostics diagnostics;
    for (int i = 1; i <= times; ++i) {
        diagnostics.report(Diagnostic{severity, code, "message " + std::to_string(i), "a.md",
                                      static_cast<std::uint32_t>(i), 1, ""});
    }
    return diagnostics;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

TEST(RunPrinter, FoldsRepeatedWarningsAfterFiveAndSaysHowManyWereNotShown) {
    Printed out;
    RunPrinter printer(out.stream());
    printer.configure({});
    printer.add(repeated(Severity::warning, "image.missing", 12));
    printer.finish("epub", "book.epub", true);
    const std::string text = out.text();
    EXPECT_EQ(count_of(text, "warning: message"), kShownPerCode);
    EXPECT_NE(text.find("folio: note: 7 more with [image.missing] not shown"), std::string::npos);
}

TEST(RunPrinter, NeverFoldsErrorsAndShowsEveryDiagnosticWhenVerbose) {
    Printed out;
    RunPrinter printer(out.stream());
    PrintSettings verbose;
    verbose.verbose = true;
    printer.configure(verbose);
    printer.add(repeated(Severity::warning, "image.missing", 8));
    printer.add(repeated(Severity::error, "yaml.syntax", 8));
    printer.finish("epub", "", false);
    const std::string text = out.text();
    EXPECT_EQ(count_of(text, "warning: message"), 8u);
    EXPECT_EQ(count_of(text, "error: message"), 8u);
    EXPECT_EQ(text.find("not shown"), std::string::npos);
}

TEST(RunPrinter, QuietLeavesOutNotesAndTheSummary) {
    Printed out;
    RunPrinter printer(out.stream());
    PrintSettings quiet;
    quiet.quiet = true;
    quiet.summary = true;
    printer.configure(quiet);
    printer.add(repeated(Severity::note, "epub.unpublished", 1));
    printer.add(repeated(Severity::warning, "image.missing", 1));
    printer.finish("epub", "book.epub", true);
    const std::string text = out.text();
    EXPECT_EQ(text.find("note:"), std::string::npos);
    EXPECT_NE(text.find("warning: message 1"), std::string::npos);
    EXPECT_EQ(text.find("folio epub:"), std::string::npos);
}

TEST(RunPrinter, SummarySaysArticlesErrorsWarningsAndWhatWasWritten) {
    Printed out;
    RunPrinter printer(out.stream());
    PrintSettings settings;
    settings.summary = true;
    printer.configure(settings);
    printer.progress(42, 42, false);
    printer.add(repeated(Severity::warning, "image.missing", 3));
    printer.finish("epub", "book.epub", true);
    const std::string text = out.text();
    EXPECT_NE(text.find("folio epub: 42 articles, 0 errors, 3 warnings in "), std::string::npos);
    EXPECT_NE(text.find("; wrote book.epub\n"), std::string::npos);
}

TEST(RunPrinter, DrawsTheProgressLineOnlyAfterTheDelayAndClearsItBeforeADiagnostic) {
    Printed out;
    RunPrinter printer(out.stream());
    PrintSettings settings;
    settings.progress = true;
    settings.progress_delay = std::chrono::milliseconds(0);
    printer.configure(settings);
    printer.progress(3, 10, false);
    printer.add(repeated(Severity::error, "yaml.syntax", 1));
    printer.flush();
    const std::string text = out.text();
    const std::size_t line = text.find("\r\x1b[Kreading 3/10 articles");
    ASSERT_NE(line, std::string::npos);
    // The line is taken away (carriage return, clear) before the error is written.
    const std::size_t cleared = text.find("\r\x1b[K", line + 1);
    const std::size_t error = text.find("error: message 1");
    ASSERT_NE(cleared, std::string::npos);
    ASSERT_NE(error, std::string::npos);
    EXPECT_LT(cleared, error);

    Printed later;
    RunPrinter waiting(later.stream());
    settings.progress_delay = std::chrono::hours(1);
    waiting.configure(settings);
    waiting.progress(3, 10, false);
    waiting.flush();
    EXPECT_EQ(later.text(), "");
}

TEST(ColouredDiagnostic, ColoursTheSeverityAndTheCaretAndLeavesOtherTextAlone) {
    const std::string text = "a.md:3:5: warning: no alt [image.alt]\n  ![](x.png)\n    ^\n";
    const std::string coloured = coloured_diagnostic(text, Severity::warning);
    EXPECT_NE(coloured.find("\x1b[1ma.md:3:5\x1b[0m: \x1b[1;35mwarning:\x1b[0m no alt"),
              std::string::npos);
    EXPECT_NE(coloured.find("\x1b[1;32m^\x1b[0m"), std::string::npos);
    EXPECT_EQ(coloured_diagnostic("plain text\n", Severity::error), "plain text\n");
}

}  // namespace
}  // namespace folio
