#include "formats/migrate/migrate_job.hpp"

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

#include "formats/migrate/migration.hpp"
#include "formats/migrate/source_site.hpp"
#include "formats/migrate/target_layout.hpp"
#include "src/diagnostics/usage_error.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/output_lock.hpp"
#include "src/output/output_place.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/text/ascii_case.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

JobStatus migrate_articles(const MigrateJob& job, const LoadOptions& load,
                           const DiagnosticSink& sink) {
    if (!load.read.formats) throw std::logic_error("migrate_articles: no formats to write with");
    Diagnostics usage;
    const EngineProfile* target = find_engine_profile(job.to);
    if (target == nullptr)
        usage.report(usage_error("usage.migrate", "--to '" + job.to + "': no such engine (known: " +
                                                      engine_profile_names() + ")"));
    UrlPlan urls;
    std::optional<SourceSite> source = source_site(job, load, usage);
    // With --site the new configuration takes the old site's address (`site_configuration`):
    // the new URLs, redirects and links are under its path too.
    MigrateJob effective = job;
    if (effective.base_url.empty() && job.site && source) effective.base_url = source->config.base_url;
    if (source)
        urls.old_rules = source_url_rules(*source->engine, source->config, job.old_permalink,
                                          job.old_base_url);
    if (!job.old_permalink.empty()) {
        const std::string problem =
            urls.old_rules ? url_pattern_problem(job.old_permalink, urls.old_rules->syntax)
                           : permalink_problem(job.old_permalink);
        if (!problem.empty())
            usage.report(usage_error("usage.permalink",
                                     "--old-permalink '" + job.old_permalink + "': " + problem));
    }
    if (target != nullptr) {
        urls.new_rules = new_url_rules(*target, job.permalink, effective.base_url, job.site);
        // Hugo to Hugo: each translation keeps its language's folder (`keeps_translation`).
        if (source && target->translations_in_file_name) {
            const SiteConfig& config = source->config;
            for (const std::string& language : config.languages)
                if (language != config.default_language || config.default_language_in_subdir)
                    urls.new_rules.language_folders.insert(language);
        }
        if (!job.permalink.empty()) {
            const std::string problem = url_pattern_problem(job.permalink, urls.new_rules.syntax);
            if (!problem.empty())
                usage.report(usage_error("usage.permalink",
                                         "permalink '" + job.permalink + "': " + problem));
        }
    }
    for (const std::string& form : job.redirects) {
        static constexpr std::string_view kForms[] = {"engine", "netlify", "vercel",
                                                      "apache", "nginx",   "csv"};
        if (std::find(std::begin(kForms), std::end(kForms), form) == std::end(kForms))
            usage.report(
                usage_error("usage.migrate", "--redirects '" + form +
                                                 "': no such form (known: engine, netlify, vercel, "
                                                 "apache, nginx, csv, none)"));
    }
    if (job.output.empty())
        usage.report(usage_error("usage.migrate", "no output folder (-o DEST)"));
    // Before anything is read: `folio markdown posts -o posts` rewrote every source. A folder
    // inside the input is fine: the files inside the output are left out of the inputs.
    if (auto problem = output_place_problem(job.inputs, job.output, OutputShape::folder,
                                            InsideInput::allowed))
        usage.report(std::move(*problem));
    if (usage.has_errors()) {
        sink(usage);
        return JobStatus::usage;
    }
    // One run at a time per output (a dry run writes nothing, and needs no lock).
    std::optional<OutputLock> lock;
    if (!job.dry_run) {
        Result<OutputLock> taken = OutputLock::take(job.output, OutputShape::folder);
        if (!taken) {
            usage.report(taken.error());
            sink(usage);
            return JobStatus::input_errors;
        }
        lock = std::move(*taken);
    }
    // Hugo takes a file name's language suffix for one only when its site has that language
    // (`post.zh-cn.md` on an English-only site is the page `post.zh-cn`, no translation).
    LoadOptions read = load;
    if (source && source->engine->name == "hugo" && !source->config.config_file.empty()) {
        auto languages =
            std::make_shared<std::set<std::string, std::less<>>>(source->config.languages);
        languages->insert(ascii_lower(source->config.default_language));
        read.read.file_languages = std::move(languages);
    }
    return run_migration(effective, *target, std::move(urls), source.value_or(SourceSite{}), read,
                         sink);
}

}  // namespace folio
