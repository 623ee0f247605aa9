#include "src/output/temp_files.hpp"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace folio {

namespace {

// One entry per file in flight. The table is the one piece of global mutable state in the
// library, and has to be: a signal handler reaches nothing else. Fixed size, so the handler
// never sees memory being reallocated; a state word per entry says when its path is whole.
constexpr int kPlaces = 128;
constexpr std::size_t kPathBytes = 1024;

enum : int { kFree = 0, kFilling = 1, kReady = 2 };

struct Place {
    std::atomic<int> state{kFree};
    char path[kPathBytes];
};

Place g_places[kPlaces];

static_assert(std::atomic<int>::is_always_lock_free, "the handler reads these without locks");

extern "C" void remove_and_reraise(int signal_number) {
    for (Place& place : g_places) {
        if (place.state.load(std::memory_order_acquire) == kReady) ::unlink(place.path);
    }
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
}

}  // namespace

int register_temp_file(const char* path) {
    const std::size_t length = std::strlen(path);
    if (length >= kPathBytes) return -1;
    for (int i = 0; i < kPlaces; ++i) {
        int expected = kFree;
        if (!g_places[i].state.compare_exchange_strong(expected, kFilling,
                                                       std::memory_order_acquire))
            continue;
        std::memcpy(g_places[i].path, path, length + 1);
        g_places[i].state.store(kReady, std::memory_order_release);
        return i;
    }
    return -1;
}

void forget_temp_file(int place) {
    if (place < 0 || place >= kPlaces) return;
    g_places[place].state.store(kFree, std::memory_order_release);
}

void remove_temp_files_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction previous {};
        // A signal the caller's shell ignores (nohup, a background job's SIGINT) stays ignored.
        if (::sigaction(signal_number, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN)
            continue;
        ::sigaction(signal_number, &action, nullptr);
    }
}

}  // namespace folio
