#include "cli/terminal.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace folio::cli {

namespace {

bool set(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

RunPrinter& terminal() {
    static RunPrinter instance(stderr);
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

void show_progress(const LoadProgress& progress) {
    terminal().progress(progress.done, progress.total, progress.second_pass);
}

void finish_run(std::string_view command, std::string_view output, bool summary) {
    terminal().finish(command, output, summary);
}

}  // namespace folio::cli
