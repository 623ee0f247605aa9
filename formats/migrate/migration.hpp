#pragma once

// The two passes of a migration whose job was checked: every article read and planned, then
// each read again and written, with the redirects, `--site`'s configuration and the record.

#include "formats/migrate/migration_plan.hpp"
#include "formats/migrate/source_site.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio {

struct MigrateJob;

/// Runs the migration `job` describes into `target`'s layout (see `migrate_articles`, which
/// checks the job and takes the output's lock first). Diagnostics go to `sink`; the report
/// to `job.done`. Errors in articles make the status `input_errors`, the others still written.
JobStatus run_migration(const MigrateJob& job, const EngineProfile& target, UrlPlan urls,
                        SourceSite source, const LoadOptions& load, const DiagnosticSink& sink);

}  // namespace folio
