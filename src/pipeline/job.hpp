#pragma once

// What every job of the library (a book, a feed, a site, a migration) shares with its caller:
// how it reports as it goes and how it ended. The command line prints the reports and turns
// the status into its exit code; a C++ caller may collect them instead.

#include <functional>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// How a job ended. The values are the command line's exit codes (README, "Exit codes").
enum class JobStatus {
    ok = 0,            ///< done; warnings may have been reported
    input_errors = 1,  ///< some input had an error (the rest was processed), or output failed
    usage = 2,         ///< the job's settings were wrong: nothing was read or written
};

/// Where a job sends its diagnostics, in order, as soon as they are final (an article's once it
/// is read, in input order). Always called from the thread that runs the job.
using DiagnosticSink = std::function<void(const Diagnostics&)>;

/// `status`, or `input_errors` when `errors` is set and `status` was `ok`.
inline JobStatus status_with(JobStatus status, bool errors) {
    return status == JobStatus::ok && errors ? JobStatus::input_errors : status;
}

}  // namespace folio
