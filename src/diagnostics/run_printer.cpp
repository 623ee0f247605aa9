#include "src/diagnostics/run_printer.hpp"

namespace folio {

namespace {

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string coloured_diagnostic(const std::string& text, Severity severity) {
    const std::size_t end_of_line = text.find('\n');
    const std::string_view first(text.data(),
                                 end_of_line == std::string::npos ? text.size() : end_of_line);
    const char* colour = severity == Severity::error     ? "\x1b[1;31m"
                         : severity == Severity::warning ? "\x1b[1;35m"
                                                         : "\x1b[1;36m";
    const std::string_view word = severity == Severity::error     ? ": error: "
                                  : severity == Severity::warning ? ": warning: "
                                                                  : ": note: ";
    const std::size_t at = first.find(word);
    if (at == std::string_view::npos) return text;
    std::string out = "\x1b[1m" + std::string(first.substr(0, at)) + "\x1b[0m: " + colour +
                      std::string(word.substr(2, word.size() - 3)) + "\x1b[0m " +
                      std::string(first.substr(at + word.size()));
    std::string rest = end_of_line == std::string::npos ? "" : text.substr(end_of_line);
    // The caret line is the last line when there is one.
    const std::size_t caret = rest.rfind('^');
    if (caret != std::string::npos) rest.replace(caret, 1, "\x1b[1;32m^\x1b[0m");
    return out + rest;
}

void RunPrinter::configure(const PrintSettings& settings) {
    const std::lock_guard lock(mutex_);
    settings_ = settings;
    start_ = Clock::now();
}

void RunPrinter::add(const Diagnostics& diagnostics) {
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
        pending_ += settings_.colour ? coloured_diagnostic(text, d.severity) : text;
    }
    const auto now = Clock::now();
    if (pending_.size() >= 64 * 1024 || now - last_flush_ >= std::chrono::milliseconds(200))
        flush_locked(now);
}

void RunPrinter::flush() {
    const std::lock_guard lock(mutex_);
    flush_locked(Clock::now());
}

void RunPrinter::progress(std::size_t done, std::size_t total, bool second_pass) {
    const std::lock_guard lock(mutex_);
    if (!second_pass && total > articles_) articles_ = total;
    if (!settings_.progress) return;
    const auto now = Clock::now();
    if (now - start_ < settings_.progress_delay ||
        now - last_progress_ < std::chrono::milliseconds(100))
        return;
    last_progress_ = now;
    flush_locked(now);
    std::fprintf(stream_, "\r\x1b[K%s %zu/%zu articles", second_pass ? "writing" : "reading",
                 done, total);
    std::fflush(stream_);
    progress_shown_ = true;
}

void RunPrinter::finish(std::string_view command, std::string_view output, bool summary) {
    const std::lock_guard lock(mutex_);
    flush_locked(Clock::now());
    std::string out;
    for (const auto& [code, count] : folded_) {
        out += "folio: note: " + std::to_string(count) + " more with [" + code +
               "] not shown (--verbose shows every one)\n";
    }
    if (summary && settings_.summary && !settings_.quiet) {
        const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
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
    std::fwrite(out.data(), 1, out.size(), stream_);
    std::fflush(stream_);
}

void RunPrinter::flush_locked(Clock::time_point now) {
    last_flush_ = now;
    if (progress_shown_) {
        std::fputs("\r\x1b[K", stream_);
        progress_shown_ = false;
    }
    if (pending_.empty()) return;
    std::fwrite(pending_.data(), 1, pending_.size(), stream_);
    std::fflush(stream_);
    pending_.clear();
}

}  // namespace folio
