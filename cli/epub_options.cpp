#include "cli/epub_options.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>

#include "src/text/byte_size.hpp"

namespace folio::cli {

Diagnostic usage_error(std::string code, std::string message) {
    return Diagnostic{Severity::error, std::move(code), std::move(message), "", 0, 0, {}};
}

/// `--fetch-*` into `job` (nothing without `--fetch-images`), or why they are wrong.
std::optional<Diagnostic> resolve_fetching(const EpubFetchOptions& options, epub::BookJob& job) {
    const std::optional<std::uint64_t> max_bytes = parse_byte_size(options.fetch_max_size);
    if (!max_bytes || *max_bytes == 0) {
        return usage_error("usage.fetch", "--fetch-max-size '" + options.fetch_max_size +
                                              "' is not a size like 10M, 512K or 20000");
    }
    if (options.fetch_timeout <= 0)
        return usage_error("usage.fetch", "--fetch-timeout must be above 0 seconds");
    if (!options.fetch_images) return std::nullopt;
    const std::filesystem::path cache = options.image_cache.empty()
                                            ? UrlFetcher::default_cache_dir()
                                            : std::filesystem::path(options.image_cache);
    if (cache.empty()) {
        return usage_error("usage.fetch",
                           "--fetch-images needs --image-cache: neither XDG_CACHE_HOME nor HOME "
                           "is set");
    }
    const auto timeout =
        std::chrono::milliseconds(static_cast<std::int64_t>(options.fetch_timeout * 1000.0));
    FetchLimits limits;
    limits.timeout = timeout;
    limits.max_bytes = *max_bytes;
    limits.allow_private_hosts = options.allow_private_hosts;
    job.fetch_images = epub::ImageFetching{cache, std::move(limits)};
    return std::nullopt;
}

void add_book_options(CLI::App& command, epub::BookJob& job, std::string& notes) {
    command
        .add_option("--notes", notes,
                    "Where footnotes go: footnotes (pop-ups where the reader shows them) or "
                    "endnotes (a list at each chapter's end)")
        ->check(CLI::IsMember({"footnotes", "endnotes"}));
    command.add_option("--description", job.description,
                       "The book's description (dc:description; default: description in the "
                       "[epub] table of folio.toml)");
}

}  // namespace folio::cli
