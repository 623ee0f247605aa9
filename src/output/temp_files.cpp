#include "src/output/temp_files.hpp"

#include <signal.h>
#include <time.h>
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

// kCreating: the path is whole and its file may be being made (between register_temp_file and
// temp_file_created); kReady: made, or never to be.
enum : int { kFree = 0, kFilling = 1, kCreating = 2, kReady = 3 };

struct Place {
    std::atomic<int> state{kFree};
    char path[kPathBytes];
};

Place g_places[kPlaces];

// Set by the handler before it looks at the table: a thread that registers a file after that
// never makes it, and one that registered before is waited for.
std::atomic<bool> g_dying{false};

// The longest the handler waits for a file being made (an open() under way) before it gives
// up on it: a thread of this process is between registering the file and making it.
constexpr int kCreationWaitMilliseconds = 1000;

static_assert(std::atomic<int>::is_always_lock_free, "the handler reads these without locks");

extern "C" void remove_and_reraise(int signal_number) {
    // Worker threads go on making files while the handler runs: one that made its file after
    // the handler had passed its place left it behind (hardening.interrupted, once in a run).
    g_dying.store(true, std::memory_order_seq_cst);
    for (Place& place : g_places) {
        int state = place.state.load(std::memory_order_seq_cst);
        for (int waited = 0; state == kCreating && waited < kCreationWaitMilliseconds; ++waited) {
            const timespec millisecond{0, 1'000'000};
            ::nanosleep(&millisecond, nullptr);
            state = place.state.load(std::memory_order_seq_cst);
        }
        if (state == kReady || state == kCreating) ::unlink(place.path);
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
        g_places[i].state.store(kCreating, std::memory_order_seq_cst);
        if (g_dying.load(std::memory_order_seq_cst)) {
            // The handler may have passed this place already: the file is not made, and the
            // thread waits for the end the handler is bringing.
            g_places[i].state.store(kFree, std::memory_order_seq_cst);
            for (;;) ::pause();
        }
        return i;
    }
    return -1;
}

void temp_file_created(int place) {
    if (place < 0 || place >= kPlaces) return;
    int expected = kCreating;
    g_places[place].state.compare_exchange_strong(expected, kReady, std::memory_order_seq_cst);
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
