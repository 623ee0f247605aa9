#include "cli/terminal.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>

namespace folio::cli {

namespace {

using Clock = std::chrono::steady_clock;

// Notes and warnings of one code shown before the rest are only counted: a corpus with one
// repeated cause printed 6,802 copies of it (1.85 MB) and hid everything else.
constexpr std::size_t kShownPerCode = 5;

bool set(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

// GCC's colours: the location bold, the severity bold in its colour, the caret green.
std::string coloured(const std::string& text, Severity severity) {
    const std::size_t end_of_line = text.find('\n');
    const std::string_view first(text.data(), end_of_line == std::string::npos ? text.size() : end_of_line);
    const char* colour = severity == Severity::error     ? "\x1b[1;31m"
                         : severity == Severity::warning ? "\x1b[1;35m"
                                                         : "\x1b[1;36m";
    const char* word = severity == Severity::error     ? ": error: "
                       : severity == Severity::warning ? ": warning: "
                                                       : ": note: ";
    const std::size_t at = first.find(word);
    if (at == std::string_view::npos) return text;
    std::string out = "\x1b[1m" + std::string(first.substr(0, at)) + "\x1b[0m: " + colour +
                      std::string(word + 2, std::char_traits<char>::length(word) - 3) +
                      "\x1b[0m " + std::string(first.substr(at + std::char_traits<char>::length(word)));
    std::string rest = end_of_line == std::string::npos ? "" : text.substr(end_of_line);
    // The caret line is the last line when there is one.
    const std::size_t caret = rest.rfind('^');
    if (caret != std::string::npos) rest.replace(caret, 1, "\x1b[1;32m^\x1b[0m");
    return out + rest;
}

// Everything the run prints on stderr goes through here, so the progress line can be taken
// away before a diagnostic and the counts are right at the end. Diagnostics leave in batches:
// a corpus with a note on every article wrote to stderr 10,000 times, a few percent of a
// book's time. A batch goes once it holds 64 KB, once 0.2 s have passed since the last one (so
// a long run still shows its progress) and when folio exits.
class Terminal {
public:
    Terminal() = default;
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
    ~Terminal() { flush(); }

    void configure(const TerminalSettings& settings) {
        const std::lock_guard lock(mutex_);
        settings_ = settings;
        start_ = Clock::now();
    }

    void add(const Diagnostics& diagnostics) {
        const std::lock_guard lock(mutex_);
        for (const Diagnostic& d : diagnostics.items()) {
            ++counts_[static_cast<int>(d.severity)];
            if (d.severity == Severity::note && settings_.quiet) continue;
            if (d.severity != Severity::error && !settings_.verbose && !d.code.empty() &&
                ++shown_[d.code] > kShownPerCode) {
                ++folded_[d.code];
                continue;
            }
            const std::string text = format_diagnostic(d);
            pending_ += settings_.colour ? coloured(text, d.severity) : text;
        }
        const auto now = Clock::now();
        if (pending_.size() >= 64 * 1024 || now - last_flush_ >= std::chrono::milliseconds(200))
            flush_locked(now);
    }

    void flush() {
        const std::lock_guard lock(mutex_);
        flush_locked(Clock::now());
    }

    void progress(const LoadProgress& progress) {
        const std::lock_guard lock(mutex_);
        if (!progress.second_pass && progress.total > articles_) articles_ = progress.total;
        if (!settings_.progress) return;
        const auto now = Clock::now();
        if (now - start_ < settings_.progress_delay ||
            now - last_progress_ < std::chrono::milliseconds(100))
            return;
        last_progress_ = now;
        flush_locked(now);
        char line[128];
        std::snprintf(line, sizeof line, "\r\x1b[K%s %zu/%zu articles",
                      progress.second_pass ? "writing" : "reading", progress.done, progress.total);
        std::fputs(line, stderr);
        std::fflush(stderr);
        progress_shown_ = true;
    }

    void finish(std::string_view command, std::string_view output, bool summary) {
        const std::lock_guard lock(mutex_);
        flush_locked(Clock::now());
        std::string out;
        std::size_t folded = 0;
        for (const auto& [code, count] : folded_) {
            out += "folio: note: " + std::to_string(count) + " more with [" + code +
                   "] not shown (--verbose shows every one)\n";
            folded += count;
        }
        if (summary && settings_.summary && !settings_.quiet) {
            const double seconds =
                std::chrono::duration<double>(Clock::now() - start_).count();
            out += "folio " + std::string(command) + ": ";
            if (articles_ > 0)
                out += std::to_string(articles_) + (articles_ == 1 ? " article, " : " articles, ");
            out += plural(counts_[static_cast<int>(Severity::error)], "error") + ", " +
                   plural(counts_[static_cast<int>(Severity::warning)], "warning");
            char time[32];
            std::snprintf(time, sizeof time, " in %.2f s", seconds);
            out += time;
            if (!output.empty()) out += "; wrote " + std::string(output);
            out += '\n';
        }
        folded_.clear();
        if (out.empty()) return;
        std::fwrite(out.data(), 1, out.size(), stderr);
        std::fflush(stderr);
    }

private:
    static std::string plural(std::size_t n, const char* word) {
        return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
    }

    void flush_locked(Clock::time_point now) {
        last_flush_ = now;
        if (progress_shown_) {
            std::fputs("\r\x1b[K", stderr);
            progress_shown_ = false;
        }
        if (pending_.empty()) return;
        std::fwrite(pending_.data(), 1, pending_.size(), stderr);
        std::fflush(stderr);
        pending_.clear();
    }

    std::mutex mutex_;
    TerminalSettings settings_;
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

Terminal& terminal() {
    static Terminal instance;
    return instance;
}

}  // namespace

TerminalSettings detect_terminal(bool quiet, bool verbose) {
    TerminalSettings settings;
    settings.quiet = quiet;
    settings.verbose = verbose && !quiet;
    const bool tty = isatty(STDERR_FILENO) == 1;
    const char* term = std::getenv("TERM");
    const bool dumb = term != nullptr && std::string_view(term) == "dumb";
    settings.colour = tty && !dumb && !set("NO_COLOR");
    settings.progress = tty && !dumb && !quiet && !set("CI");
    settings.summary = (tty || settings.verbose) && !quiet;
    if (const char* delay = std::getenv("FOLIO_PROGRESS_DELAY"); delay != nullptr) {
        char* end = nullptr;
        const double seconds = std::strtod(delay, &end);
        if (end != delay && *end == '\0' && seconds >= 0 && seconds <= 3600)
            settings.progress_delay =
                std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
    }
    return settings;
}

void configure_terminal(const TerminalSettings& settings) { terminal().configure(settings); }

void print_diagnostics(const Diagnostics& diagnostics) { terminal().add(diagnostics); }

void flush_diagnostics() { terminal().flush(); }

void show_progress(const LoadProgress& progress) { terminal().progress(progress); }

void finish_run(std::string_view command, std::string_view output, bool summary) {
    terminal().finish(command, output, summary);
}

}  // namespace folio::cli
