#pragma once

// How a run talks to the person who started it, on standard error: diagnostics (coloured on a
// terminal, repeated ones folded), a progress line on a terminal for long runs, and a closing
// summary. One per process, set up by main before the command runs.

#include <chrono>
#include <string_view>

#include "src/diagnostics/diagnostic.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio::cli {

/// What to show. `detect_terminal` fills it from the options and the environment.
struct TerminalSettings {
    bool quiet = false;     ///< errors and warnings only: no notes, no progress, no summary
    bool verbose = false;   ///< every diagnostic, none folded; the summary in pipes too
    bool colour = false;    ///< ANSI colours: stderr is a terminal and NO_COLOR is not set
    bool progress = false;  ///< a progress line: stderr is a terminal, not CI, not `--quiet`
    bool summary = false;   ///< a closing summary: on a terminal, or with `--verbose`
    /// How long a run goes before its progress line appears (`FOLIO_PROGRESS_DELAY`, in
    /// seconds, as git's `GIT_PROGRESS_DELAY`): short runs should not flicker.
    std::chrono::milliseconds progress_delay{1000};
};

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
