#pragma once

// The files a migration writes, each decided against what the last run wrote (its record,
// `.folio-migrate.json`) and what is on disk, so that a file the user edited stays theirs.

#include <filesystem>
#include <optional>
#include <string>

#include "formats/migrate/migrate_manifest.hpp"
#include "formats/migrate/migrate_report.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/output/output_file.hpp"

namespace folio {

struct MigrateJob;

/// The migrated site's folder as one run writes it. Counts what it writes and keeps into the
/// report it is given, which must outlive it, as must the job.
class MigrateOutput {
public:
    MigrateOutput(const MigrateJob& job, MigrateReport& report);

    /// Reads the last run's record (none with `keep_edits` off); a record that does not parse
    /// is a diagnostic and counts as none.
    void load_record(Diagnostics& diagnostics);

    /// Decides what to do with `file` and, unless this is a dry run, does it: a file edited
    /// since the last run, or one no run wrote, is kept with a `migrate.kept-edit` warning
    /// unless `overwrite_edits`; `only_new` keeps any file that is there. A path outside the
    /// output folder is an `output.outside-root` error. Each file written replaces the old
    /// one whole.
    PlannedFile put(OutputFile file, Diagnostics& diagnostics, bool only_new);

    /// Writes this run's record (not in a dry run, nor when nothing was migrated), last: a
    /// run stopped before this leaves the old record, which still describes every file it
    /// did not replace.
    void save_record(Diagnostics& diagnostics);

private:
    const MigrateJob& job_;
    MigrateReport& report_;
    OutputRoot root_;
    MigrateManifest manifest_;  // what the last run wrote
    MigrateManifest written_;   // what this run leaves: the last run's, updated
};

/// The whole of a regular file, or none when it is not one or cannot be read.
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

}  // namespace folio
