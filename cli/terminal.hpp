#pragma once

// How a run talks to the person who started it, on standard error: what to show, told from the
// options and the terminal, and the one `RunPrinter` of the process (src/diagnostics), set up
// by main before the command runs.

#include <string_view>

#include "src/diagnostics/diagnostic.hpp"
#include "src/diagnostics/run_printer.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio::cli {

/// What to show: the library's printer settings, filled in by `detect_terminal`.
using TerminalSettings = PrintSettings;

/// Settings for `--quiet`/`--verbose` given stderr and the environment (`NO_COLOR`, `CI`,
/// `TERM=dumb`, `FOLIO_PROGRESS_DELAY`).
TerminalSettings detect_terminal(bool quiet, bool verbose);

/// Sets what the rest of the run shows. Call once, before anything is printed.
void configure_terminal(const TerminalSettings& settings);

/// Prints diagnostics GNU-style to stderr, in order, in batches: notes and warnings whose code
/// has been shown 5 times already this run are counted, not shown (unless `--verbose`).
void print_diagnostics(const Diagnostics& diagnostics);

/// Writes out what print_diagnostics still holds: before anything else goes to stderr, and
/// when a command ends (it also happens at exit).
void flush_diagnostics();

/// For `LoadOptions::progress`: redraws the progress line, at most ten times a second, once
/// the run has taken a second.
void show_progress(const LoadProgress& progress);

/// Ends the run's output: clears the progress line, says how many diagnostics were folded and,
/// where settings say so, prints `folio epub: 42 articles, 3 warnings in 0.8 s; wrote book.epub`
/// (`output` may be empty).
void finish_run(std::string_view command, std::string_view output, bool summary);

}  // namespace folio::cli
