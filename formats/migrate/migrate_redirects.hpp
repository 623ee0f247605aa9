#pragma once

// A migration's redirects from each article's old URL to its new one: planned from the URLs
// of the first pass, before any article is written (the front-matter ones go into the
// articles), and the pages and host rule files of the forms the job asks for.

#include <string>
#include <vector>

#include "formats/migrate/migrate_report.hpp"
#include "formats/migrate/migration_plan.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/output_file.hpp"
#include "src/redirects/redirect_list.hpp"
#include "src/redirects/redirect_outputs.hpp"

namespace folio {

struct MigrateJob;

/// The redirects planned, and the old and new URLs they were made from.
struct PlannedRedirects {
    RedirectOutputs outputs;
    std::vector<ArticleUrls> urls;
};

/// Every published article's redirect (`redirect_outputs`), none with `job.redirects` empty;
/// without the `engine` form, no front-matter redirect nor redirect page. Sets the report's
/// `old_urls` and `redirects`; collisions and the like are warnings in `diagnostics`.
PlannedRedirects plan_redirects(const std::vector<PlannedArticle>& articles,
                                const MigrateJob& job, const EngineProfile& target,
                                MigrateReport& report, Diagnostics& diagnostics);

/// The redirect pages, then the host rule files of the forms `job.redirects` asks for (none
/// when no old URL moved: a rule file would hold nothing), at their paths in the folder the
/// target copies as is. Takes the texts out of `outputs`.
std::vector<OutputFile> redirect_files(RedirectOutputs& outputs, const MigrateJob& job,
                                       const EngineProfile& target);

}  // namespace folio
