#pragma once

// What `folio migrate` wrote into a folder, kept there (`.folio-migrate.json`), so that a
// second run knows which files the user has edited since and leaves them alone.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// The manifest's file name, in the migrated site's root.
inline constexpr std::string_view kMigrateManifestName = ".folio-migrate.json";

/// Each file a migration wrote (path relative to the root) and the hash of what it wrote.
struct MigrateManifest {
    std::map<std::string, std::string> files;
};

/// A fingerprint of `bytes` (`fnv1a64:` and 16 hex digits): it changes when the content does.
/// Not cryptographic: it tells an edit from no edit, nothing more.
std::string content_hash(std::string_view bytes);

/// The manifest in `text`; an empty one, with a warning (`migrate.manifest`) naming `path`,
/// when the text is not one (then every existing file counts as the user's).
MigrateManifest parse_migrate_manifest(std::string_view text, const std::string& path,
                                       Diagnostics& diagnostics);

/// The manifest as JSON, one file per line, sorted by path.
std::string migrate_manifest_json(const MigrateManifest& manifest);

/// What a run does with one file it would write.
enum class WriteDecision {
    write,        ///< absent, or unchanged since the last run wrote it: (re)written
    up_to_date,   ///< it already holds the new bytes
    keep_edited,  ///< changed since the last run wrote it: the user's edit is kept
    keep_other,   ///< there, but no run wrote it: the user's file is kept
};

/// The decision for a file whose new bytes are `bytes`, that holds `on_disk` (nullopt: absent)
/// and that the last run recorded with `recorded` (null: not written by it).
/// `overwrite_edits` turns both keeps into writes.
WriteDecision decide_write(const std::optional<std::string>& on_disk, std::string_view bytes,
                           const std::string* recorded, bool overwrite_edits);

/// `write`, `unchanged`, `kept: edited since the last run`, ...: the decision as the report
/// and the dry run print it.
std::string_view decision_name(WriteDecision decision);

}  // namespace folio
