#pragma once

// The `folio epub` options beyond the basics: downloading images and what the book says about
// itself and its notes. Split from epub_command.cpp to keep each file of the command short.

#include <optional>
#include <string>

#include "formats/epub/build_book.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// `--fetch-images` and its limits as given.
struct EpubFetchOptions {
    bool fetch_images = false;
    bool allow_private_hosts = false;
    std::string image_cache;
    double fetch_timeout = 10;
    std::string fetch_max_size = "10M";
};

/// A usage error (exit 2) with no place in a file.
Diagnostic usage_error(std::string code, std::string message);

/// `--fetch-*` into `job` (nothing without `--fetch-images`), or why they are wrong.
std::optional<Diagnostic> resolve_fetching(const EpubFetchOptions& options, epub::BookJob& job);

/// `--notes` (into `notes`: `footnotes` or `endnotes`) and `--description` (into `job`);
/// folio.toml's `[epub]` table sets them too.
void add_book_options(CLI::App& command, epub::BookJob& job, std::string& notes);

}  // namespace folio::cli
