#pragma once

// A library job run the way a C++ caller runs it, for the job tests: the built-in formats, one
// worker thread, and a sink that keeps every diagnostic it is sent.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "formats/registry.hpp"
#include "src/pipeline/job.hpp"

namespace folio::testing {

/// The whole file, bytes as they are; empty when it cannot be read.
inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// How a job ended and what it reported, in order.
struct JobRun {
    JobStatus status = JobStatus::ok;
    std::vector<Diagnostic> diagnostics;

    bool has_code(std::string_view code) const {
        return std::any_of(diagnostics.begin(), diagnostics.end(),
                           [code](const Diagnostic& d) { return d.code == code; });
    }
};

/// The load options `run_job` uses: the built-in formats, one worker thread.
inline LoadOptions test_load_options() {
    LoadOptions load = builtin_load_options();
    load.threads = 1;
    return load;
}

/// Runs `job_function(job, load, sink)`, e.g. `run_job(build_site, job)`.
template <typename JobFunction, typename Job>
JobRun run_job(JobFunction job_function, const Job& job,
               const LoadOptions& load = test_load_options()) {
    JobRun result;
    result.status = job_function(job, load, [&result](const Diagnostics& diagnostics) {
        for (const Diagnostic& d : diagnostics.items()) result.diagnostics.push_back(d);
    });
    return result;
}

}  // namespace folio::testing
