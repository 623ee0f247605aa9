#include "src/serve/serve_loop.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace folio::serve {

namespace {

sigset_t stop_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    return set;
}

}  // namespace

StopSignals::StopSignals() {
    const sigset_t set = stop_set();
    blocked_ = ::pthread_sigmask(SIG_BLOCK, &set, nullptr) == 0;
    if (blocked_) fd_ = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    if (fd_ < 0 && blocked_) {
        ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
        blocked_ = false;
    }
}

StopSignals::~StopSignals() {
    if (fd_ >= 0) {
        // The signal that stopped the server is taken here: left pending, it would end the
        // process by its default action the moment it is unblocked.
        signalfd_siginfo info{};
        while (::read(fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
        }
        ::close(fd_);
    }
    if (blocked_) {
        const sigset_t set = stop_set();
        ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    }
}

void watch_and_rebuild(FileWatcher& watcher, SiteServer& server, const StopSignals& stop,
                       std::chrono::milliseconds settle, const Rebuild& rebuild) {
    for (;;) {
        const std::vector<std::string> changed = watcher.wait(stop.fd(), settle);
        if (changed.empty()) return;  // a stop signal
        server.reloaded(rebuild(changed));
    }
}

}  // namespace folio::serve
