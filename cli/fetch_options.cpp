#include "cli/fetch_options.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdint>

#include "src/diagnostics/usage_error.hpp"
#include "src/text/byte_size.hpp"

namespace folio::cli {

void add_fetch_options(CLI::App& command, FetchOptions& options) {
    command.add_flag("--fetch-images", options.fetch_images,
                     "Download remote images (http, https) and embed them; a failed download "
                     "is a warning and the image stays a link");
    command.add_flag("--allow-private-hosts", options.allow_private_hosts,
                     "Let --fetch-images download from loopback, private, link-local and "
                     "unique-local addresses (refused by default, redirects included)");
    command.add_option("--image-cache", options.image_cache,
                       "Folder for downloaded images, reused by later runs (default: "
                       "$XDG_CACHE_HOME/folio/images or ~/.cache/folio/images)");
    command.add_option("--fetch-timeout", options.timeout,
                       "Seconds one download may take, connecting included (default: 10)");
    command.add_option("--fetch-max-size", options.max_size,
                       "Largest image downloaded: bytes, or with K or M (default: 10M)");
}

ResolvedFetch resolve_fetch_options(const FetchOptions& options) {
    const std::optional<std::uint64_t> max_bytes = parse_byte_size(options.max_size);
    if (!max_bytes || *max_bytes == 0) {
        return {std::nullopt,
                usage_error("usage.fetch", "--fetch-max-size '" + options.max_size +
                                               "' is not a size like 10M, 512K or 20000")};
    }
    if (options.timeout <= 0)
        return {std::nullopt,
                usage_error("usage.fetch", "--fetch-timeout must be above 0 seconds")};
    if (!options.fetch_images) return {};
    const std::filesystem::path cache = options.image_cache.empty()
                                            ? UrlFetcher::default_cache_dir()
                                            : std::filesystem::path(options.image_cache);
    if (cache.empty()) {
        return {std::nullopt, usage_error("usage.fetch",
                                          "--fetch-images needs --image-cache: neither "
                                          "XDG_CACHE_HOME nor HOME is set")};
    }
    FetchLimits limits;
    limits.timeout =
        std::chrono::milliseconds(static_cast<std::int64_t>(options.timeout * 1000.0));
    limits.max_bytes = *max_bytes;
    limits.allow_private_hosts = options.allow_private_hosts;
    return {ImageDownloads{cache, std::move(limits)}, std::nullopt};
}

}  // namespace folio::cli
