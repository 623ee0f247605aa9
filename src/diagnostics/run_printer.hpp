#pragma once

// What a run prints for the person who started it: its diagnostics (coloured on a terminal,
// repeated ones folded), a progress line for long runs, and a closing summary. The command line
// decides what to show from its options and the terminal; this class does the showing, so it is
// tested without a terminal and a library caller can print as folio does.

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// What to show.
struct PrintSettings {
    bool quiet = false;     ///< errors and warnings only: no notes, no progress, no summary
    bool verbose = false;   ///< every diagnostic, none folded; the summary in pipes too
    bool colour = false;    ///< ANSI colours, as GCC uses them
    bool progress = false;  ///< a progress line, redrawn in place
    bool summary = false;   ///< a closing summary
    /// How long a run goes before its progress line appears: short runs should not flicker.
    std::chrono::milliseconds progress_delay{1000};
};

/// How many notes and warnings of one code are shown before the rest are only counted.
inline constexpr std::size_t kShownPerCode = 5;

/// `text` (one formatted diagnostic) with GCC's colours: the location bold, the severity bold in
/// its colour, the caret green.
std::string coloured_diagnostic(const std::string& text, Severity severity);

/// Prints a run's output on one stream (standard error for the command line). Thread-safe: the
/// loader's progress and the writers' diagnostics may come from different threads.
class RunPrinter {
public:
    explicit RunPrinter(std::FILE* stream = stderr) : stream_(stream) {}
    RunPrinter(const RunPrinter&) = delete;
    RunPrinter& operator=(const RunPrinter&) = delete;
    ~RunPrinter() { flush(); }

    /// Sets what to show and starts the run's clock. Call before anything is printed.
    void configure(const PrintSettings& settings);
    /// Adds diagnostics, in order. Notes and warnings whose code was shown `kShownPerCode` times
    /// already are counted, not shown (unless verbose). They leave in batches (64 KB, or 0.2 s
    /// after the last batch, or `flush`): a corpus with a note per article wrote 10,000 times.
    void add(const Diagnostics& diagnostics);
    /// Writes out what is held: before anything else goes to the stream.
    void flush();
    /// Redraws the progress line (`reading 120/5000 articles`), at most ten times a second, once
    /// the run has gone on for `progress_delay`. `articles` counts toward the summary.
    void progress(std::size_t done, std::size_t total, bool second_pass);
    /// Ends the run's output: clears the progress line, says how many diagnostics were folded
    /// and, when `summary` and the settings agree, prints
    /// `folio epub: 42 articles, 0 errors, 3 warnings in 0.80 s; wrote book.epub`.
    void finish(std::string_view command, std::string_view output, bool summary);

private:
    using Clock = std::chrono::steady_clock;
    void flush_locked(Clock::time_point now);

    std::FILE* stream_;
    std::mutex mutex_;
    PrintSettings settings_;
    std::string pending_;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_flush_ = Clock::now();
    Clock::time_point last_progress_{};
    bool progress_shown_ = false;
    std::size_t counts_[3] = {0, 0, 0};
    std::size_t articles_ = 0;
    std::map<std::string, std::size_t> shown_;
    std::map<std::string, std::size_t> folded_;
};

}  // namespace folio
