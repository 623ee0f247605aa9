#pragma once

// The loop of `folio serve` between its first build and Ctrl-C: wait for the watcher, rebuild,
// tell the server's pages to reload. Stop signals are read between rebuilds, never in one.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "src/serve/file_watcher.hpp"
#include "src/serve/site_server.hpp"

namespace folio::serve {

/// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread, and so in every thread it starts
/// afterwards, and receives them through a descriptor instead (signalfd): a server ends after
/// the rebuild under way, with its output whole. Restores the signal mask on destruction.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    /// Readable once a stop signal came; -1 when none could be made (then signals end the
    /// process as before).
    int fd() const { return fd_; }

private:
    int fd_ = -1;
    bool blocked_ = false;
};

/// Rebuilds after the files `changed` changed; returns the problems the pages are to show.
using Rebuild = std::function<ServedProblems(const std::vector<std::string>& changed)>;

/// Until a stop signal: waits for changes (settled for `settle`), calls `rebuild`, and tells
/// `server` to reload its pages.
void watch_and_rebuild(FileWatcher& watcher, SiteServer& server, const StopSignals& stop,
                       std::chrono::milliseconds settle, const Rebuild& rebuild);

}  // namespace folio::serve
