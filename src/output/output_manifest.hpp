#pragma once

// The list a command keeps in its output folder of the files it wrote there (`folio html`'s
// `.folio-manifest`, `folio epub --split-by`'s `.folio-books`), so that its next run can remove
// the files it no longer writes, and nothing else: a file the list does not name is the user's.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// Relative paths listed in a manifest's text, skipping comments (`#`) and blank lines.
std::vector<std::string> read_manifest(std::string_view text);

/// The manifest's text: `heading` (comment lines, each starting with `#` and ending with a line
/// break: what the file is, for a person who opens it), then `paths`, sorted, without repeats.
/// A path with a line break cannot be listed and is left out (so never removed later).
std::string write_manifest(std::vector<std::string> paths, std::string_view heading);

/// The paths of `previous` that are not in `current`: files the last run wrote and this one
/// does not, to be removed. Sorted.
std::vector<std::string> stale_files(const std::vector<std::string>& previous,
                                     const std::vector<std::string>& current);

/// The paths the manifest `file` lists, or none when it is absent, unreadable or not a regular
/// file (a link there could make the clean-up read its list from anywhere).
std::vector<std::string> previous_manifest(const std::filesystem::path& file);

/// Who cleans up, for the warnings `remove_stale_files` gives.
struct CleanupOwner {
    std::string_view code_prefix;  ///< `html`: the codes are `html.manifest.outside`, ...
    std::string_view place;        ///< `the site`: "which is not inside the site"
};

/// Removes each of `stale` (paths relative to `root`, from the manifest `manifest`) with
/// `remove_file_inside`: only regular files, only inside `root`, never through a symbolic link;
/// then the folders that left empty. A path outside or below a link is a warning
/// (`<prefix>.manifest.outside`, `<prefix>.manifest.link`), and so is a removal the file system
/// refuses (`<prefix>.stale`); each names `manifest`.
void remove_stale_files(const std::filesystem::path& root, const std::filesystem::path& manifest,
                        const std::vector<std::string>& stale, const CleanupOwner& owner,
                        Diagnostics& diagnostics);

}  // namespace folio
