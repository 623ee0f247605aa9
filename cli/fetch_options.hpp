#pragma once

// The `--fetch-*` options of every command that can download remote images, and what they
// resolve to: one definition, so each command offers the same names, defaults and checks.

#include <filesystem>
#include <optional>
#include <string>

#include "src/diagnostics/diagnostic.hpp"
#include "src/output/url_fetcher.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// The options as given.
struct FetchOptions {
    bool fetch_images = false;
    bool allow_private_hosts = false;
    std::string image_cache;
    double timeout = 10;
    std::string max_size = "10M";
};

/// Where downloads are kept and how far one may go.
struct ImageDownloads {
    std::filesystem::path cache_dir;
    FetchLimits limits;
};

/// `--fetch-images`, `--allow-private-hosts`, `--image-cache`, `--fetch-timeout`,
/// `--fetch-max-size`.
void add_fetch_options(CLI::App& command, FetchOptions& options);

/// What the options ask for: downloads (empty without `--fetch-images`), or a `usage.fetch`
/// error for a bad size or timeout (checked even without `--fetch-images`, so a typo is not
/// silently ignored) or a cache folder that cannot be found.
struct ResolvedFetch {
    std::optional<ImageDownloads> downloads;
    std::optional<Diagnostic> problem;
};
ResolvedFetch resolve_fetch_options(const FetchOptions& options);

}  // namespace folio::cli
