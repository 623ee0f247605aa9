#include "formats/migrate/migration.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "formats/migrate/copied_bodies.hpp"
#include "formats/migrate/front_matter_files.hpp"
#include "formats/migrate/migrate_job.hpp"
#include "formats/migrate/migrate_output.hpp"
#include "formats/migrate/migrate_redirects.hpp"
#include "formats/migrate/migrate_site_config.hpp"
#include "formats/migrate/moved_references.hpp"
#include "formats/migrate/page_keys.hpp"
#include "formats/migrate/source_engine_leftovers.hpp"
#include "formats/migrate/target_layout.hpp"
#include "src/diagnostics/once_per_run.hpp"
#include "src/engine/media_subpath.hpp"
#include "src/engine/site_content.hpp"
#include "src/import/import_media.hpp"
#include "src/import/post_comments.hpp"
#include "src/output/article_file.hpp"
#include "src/pipeline/detect_engine.hpp"
#include "src/pipeline/mdx_esm.hpp"
#include "src/render/title_heading.hpp"

namespace folio {

namespace {

std::string folder_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string first_line(const Diagnostic& d) {
    std::string text = format_diagnostic(d);
    return text.substr(0, text.find('\n'));
}

class Migration {
public:
    Migration(const MigrateJob& job, const EngineProfile& target, UrlPlan urls, SourceSite source,
              const LoadOptions& load, const DiagnosticSink& sink)
        : job_(job),
          target_(target),
          urls_(std::move(urls)),
          source_(std::move(source)),
          load_(load),
          sink_(sink),
          formats_(*load.read.formats),
          locate_(locate_imported_media(static_locator(job, source_), job.media)),
          resources_(load.max_image_size),
          plan_(job, target_, urls_),
          output_(job, report_) {
        // The shorthands' layout: views of the job's strings, which outlive the migration.
        EngineOutput& layout = target_.output;
        if (!job.article_path.empty()) layout.article_path = job.article_path;
        if (!job.copy_files) layout.images_folder = layout.files_folder = {};
        if (job.style) layout.without_title_heading = false;
        report_.to = std::string(target.name);
        report_.dry_run = job.dry_run;
    }

    JobStatus run() {
        Diagnostics setup;
        site_page_layout_ = site_page_layout_in_use(target_, job_);
        const std::vector<std::string> paths = with_exports_expanded(
            outside_output(collect_inputs(site_root_inputs(job_.inputs, setup, &pages_), setup),
                           setup),
            load_);
        output_.load_record(setup);
        sink_(setup);
        errors_ = setup.has_errors();
        plan_.resize(paths.size());
        const auto plan = [this](ArticleSlot& slot) {
            if (!slot.article) return;
            const auto page = pages_.find(slot.article->source.path);
            if (page != pages_.end()) slot.article->meta.page = true;
            plan_.add(slot.index, *slot.article,
                      page == pages_.end() ? nullptr : &page->second);
        };
        const LoadOptions copying = reading_for_copied_bodies(load_, job_, target_);
        if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
            // Standard input cannot be read twice: every article is held until all are planned.
            std::vector<ArticleSlot> slots;
            for_each_article(paths, copying, [&](ArticleSlot& slot) {
                plan(slot);
                slots.push_back(std::move(slot));
            });
            plan_redirects();
            for (ArticleSlot& slot : slots) migrate(slot);
        } else {
            // Metadata only, its diagnostics left to the second pass, which reads each file
            // again and writes it at once: memory stays that of the metadata, not the bodies.
            LoadOptions metadata = load_;
            metadata.read.body = false;
            metadata.hook = {};
            metadata.progress = {};
            for_each_article(paths, metadata, plan);
            plan_redirects();
            for_each_article(paths, copying, [this](ArticleSlot& slot) { migrate(slot); });
        }
        Diagnostics site;
        std::vector<OutputFile> site_files;
        if (job_.site)
            site_files = migrate_site_config(target_, job_, source_, redirects_.outputs,
                                             redirects_.urls, custom_keys_, site);
        // The configuration written redirects there (Eleventy, Astro): no pages as well.
        if (!site_files.empty()) redirects_.outputs.pages.clear();
        write_redirects();
        for (OutputFile& file : site_files)
            report_.site_files.push_back(output_.put(std::move(file), site, /*only_new=*/true));
        send(std::move(site), nullptr);
        finish();
        return status_with(JobStatus::ok, errors_);
    }

private:
    // The inputs without the files inside the output folder: `folio migrate blog -o blog/new`
    // run twice would otherwise migrate its own output.
    std::vector<std::string> outside_output(std::vector<std::string> paths,
                                            Diagnostics& diagnostics) const {
        std::error_code error;
        const std::filesystem::path output = std::filesystem::weakly_canonical(job_.output, error);
        if (error || output.empty()) return paths;
        const std::size_t before = paths.size();
        std::erase_if(paths, [&](const std::string& path) {
            if (path == "-") return false;
            std::error_code e;
            const std::filesystem::path file = std::filesystem::weakly_canonical(path, e);
            if (e) return false;
            const auto [end, at] =
                std::mismatch(output.begin(), output.end(), file.begin(), file.end());
            return end == output.end();
        });
        if (paths.size() != before)
            diagnostics.report(Diagnostic{Severity::note,
                                          "migrate.input.in-output",
                                          std::to_string(before - paths.size()) +
                                              " input file(s) inside the output folder " +
                                              job_.output + " are not migrated again",
                                          "",
                                          0,
                                          0,
                                          {}});
        return paths;
    }

    void plan_redirects() {
        Diagnostics diagnostics;
        redirects_ = folio::plan_redirects(plan_.articles(), job_, target_, report_, diagnostics);
        send(std::move(diagnostics), nullptr);
    }

    // The redirect pages and the host rule files of the forms asked for, through `put` (a
    // dry run writes nothing, an edited file stays).
    void write_redirects() {
        Diagnostics diagnostics;
        for (OutputFile& file : redirect_files(redirects_.outputs, job_, target_))
            report_.site_files.push_back(output_.put(std::move(file), diagnostics, false));
        send(std::move(diagnostics), nullptr);
    }

    void migrate(ArticleSlot& slot) {
        Diagnostics& diagnostics = slot.diagnostics;
        if (!slot.article) {
            send(std::move(diagnostics), nullptr);
            return;
        }
        const PlannedArticle& entry = plan_.at(slot.index);
        Article page = std::move(*slot.article);
        if (pages_.contains(page.source.path)) page.meta.page = true;
        ArticleMigration result;
        result.source = page.source.path;
        result.old_url = entry.old_url;
        result.new_path = entry.new_path;
        result.new_url = entry.new_url;
        if (lacks_date_for(page, target_))
            diagnostics.report(Diagnostic{Severity::warning,
                                          "migrate.no-date",
                                          std::string(target_.name) +
                                              " names posts by their date and this article has "
                                              "none: written to " +
                                              entry.new_path,
                                          page.source.path,
                                          0,
                                          0,
                                          {}});

        const EngineProfile* source_engine = load_.read.engine;
        if (!source_engine && load_.read.detect_engine)
            source_engine = engines_.engine_for(page.source.path);
        if (!job_.style)
            result.keys_dropped =
                drop_engine_only_keys(page, source_engine, target_, noted_dropped_, diagnostics);

        // Chirpy's prefix of relative image paths: applied, so that the images are found and
        // their references written whole for an engine that has no such key.
        if (source_engine == nullptr || source_engine->name == "jekyll") apply_media_subpath(page);
        if (is_mdx_path(page.source.path) && !keeps_mdx(page, target_))
            warn_mdx_left(page, slot.written_body ? &*slot.written_body : nullptr, target_,
                          diagnostics);
        const EngineOutput& layout = target_.output;
        std::vector<MovedDestination> moved;
        const ReferenceMoves how{layout,          locate_,           resources_,
                                 plan_.index(),   job_.rewrite_links, job_.copy_files};
        MovedFiles files =
            move_references(page, folder_of(entry.new_path), how, moved, diagnostics);
        result.edits["image"] = files.images;
        result.edits["article-link"] = files.links.article_links;
        result.edits["file-link"] = files.links.file_links;
        if (layout.without_title_heading && starts_with_title_heading(page))
            result.edits["title-heading"] = 1;
        std::erase_if(result.edits, [](const auto& kind) { return kind.second == 0; });
        const bool written = slot.written_body.has_value();

        // An imported post's comments go to a folder no engine publishes, not front matter.
        std::optional<OutputFile> comments = take_comments(page);
        // Statements the copied body holds again are not front matter.
        if (written && slot.written_body->offset < page.source.body_offset)
            std::erase_if(page.meta.extra,
                          [](const auto& entry) { return entry.first == "mdx_esm"; });
        // The custom keys a page of --site's layouts prints among its facts, for a comparison
        // of every key with the source's.
        for (const auto& kept : page.meta.extra)
            if (kept.first != "mdx_esm") custom_keys_.insert(kept.first);
        // After those: they are the page's place in the target, not facts of it.
        if (!job_.style && places_as_page(page, target_))
            add_page_keys(page, target_, site_page_layout_);
        ArticleFileOptions options;
        if (job_.style) {
            options.target = *job_.style;
        } else {
            options.profile = &target_;
        }
        if (job_.old_url_aliases && !entry.old_url.empty() && entry.old_url != entry.new_url)
            options.extras.aliases.push_back(entry.old_url);
        const RedirectOutputs& redirects = redirects_.outputs;
        if (const auto found = redirects.front_matter.find(entry.source);
            found != redirects.front_matter.end() && !job_.style) {
            std::vector<std::string>& into = redirects.front_matter_key == "redirect_from"
                                                 ? options.extras.redirect_from
                                                 : options.extras.aliases;
            into.insert(into.end(), found->second.begin(), found->second.end());
        }
        options.body_format = "markdown";
        options.without_title_heading = layout.without_title_heading;
        options.written_body = written ? &*slot.written_body : nullptr;
        options.moved = std::move(moved);
        if (!job_.style) {
            // Engine syntax the target processes differently is translated where it has an
            // equivalent, and the front matter copied as written where the syntax stays.
            options.target_engine = &target_;
            options.source_engine = source_engine;
            options.article_reference = [this](std::string_view reference) {
                return plan_.reference_in_target(reference);
            };
            options.written_front_matter = written ? &slot.written_body->front_matter : nullptr;
            options.base_path = urls_.new_rules.base_path;
            options.edits_made = &result.edits;
        }
        const std::size_t before = diagnostics.items().size();
        std::string text = write_article_file(page, options, formats_, diagnostics);
        for (std::size_t i = before; i < diagnostics.items().size(); ++i) {
            if (diagnostics.items()[i].code == "output.body.written") result.body_written = true;
        }
        if (!written || result.body_written) result.edits.clear();
        if (!job_.style)
            result.kept_under_folio_names =
                front_matter_for_profile(page.meta, target_).kept_as_extra;

        report_.files_copied += list_copies(files, diagnostics, result);
        std::vector<OutputFile> named;
        if (job_.copy_files)
            named = front_matter_files(page, copied_as_is_folder(target_), locate_, resources_,
                                       front_matter_copies_, diagnostics);
        for (const OutputFile& copy : named) result.files_copied.push_back(copy.path);
        report_.files_copied += named.size();
        result.files.push_back(output_.put({entry.new_path, std::move(text)}, diagnostics, false));
        for (OutputFile& copy : named)
            result.files.push_back(output_.put(std::move(copy), diagnostics, false));
        for (OutputFile& copy : files.images_copied)
            result.files.push_back(output_.put(std::move(copy), diagnostics, false));
        for (OutputFile& copy : files.links.files)
            result.files.push_back(output_.put(std::move(copy), diagnostics, false));
        if (comments) result.files.push_back(output_.put(std::move(*comments), diagnostics, false));
        send(std::move(diagnostics), &result);
        ++report_.article_count;
        // `folio hugo` on 10,000 posts keeps no list it would not print.
        if (job_.done || !job_.report_path.empty()) report_.articles.push_back(std::move(result));
    }

    void send(Diagnostics diagnostics, ArticleMigration* result) {
        // Says the same for every article: once is enough.
        diagnostics = once_per_run(std::move(diagnostics), "hugo.image.unresolved", noted_static_);
        diagnostics = with_image_codes(std::move(diagnostics));
        for (const Diagnostic& d : diagnostics.items()) {
            if (d.severity == Severity::warning) {
                ++report_.warnings;
                if (result) result->warnings.push_back(first_line(d));
            } else if (d.severity == Severity::error) {
                ++report_.errors;
                if (result) result->warnings.push_back(first_line(d));
            }
        }
        sink_(diagnostics);
        errors_ = errors_ || diagnostics.has_errors();
    }

    // The image copier's codes under the job's prefix: `folio migrate` says `migrate.image.*`.
    Diagnostics with_image_codes(Diagnostics diagnostics) const {
        constexpr std::string_view kCopier = "hugo.image.";
        if (job_.image_code_prefix == kCopier) return diagnostics;
        Diagnostics renamed;
        for (Diagnostic d : diagnostics.items()) {
            if (d.code.starts_with(kCopier))
                d.code = job_.image_code_prefix + d.code.substr(kCopier.size());
            renamed.report(std::move(d));
        }
        return renamed;
    }

    void finish() {
        Diagnostics closing;
        output_.save_record(closing);
        if (!job_.dry_run && job_.sync && std::filesystem::exists(job_.output)) {
            if (std::optional<Diagnostic> problem = sync_file_system(job_.output))
                closing.report(std::move(*problem));
        }
        if (!job_.report_path.empty()) {
            if (std::optional<Diagnostic> problem =
                    write_file_atomically(job_.report_path, migrate_report_json(report_)))
                closing.report(std::move(*problem));
        }
        if (!closing.items().empty()) send(closing, nullptr);
        if (job_.done) job_.done(report_);
    }

    const MigrateJob& job_;
    EngineProfile target_;  // the target's profile, with the job's changes to its layout
    const UrlPlan urls_;
    const SourceSite source_;
    const LoadOptions& load_;
    const DiagnosticSink& sink_;
    const Registry& formats_;
    SitePages pages_;  // the site's pages among the inputs, with the folder of their URLs
    ImageLocator locate_;
    DiskResourceReader resources_;
    MigrationPlan plan_;  // by the file's place in the input
    MigrateReport report_;
    MigrateOutput output_;
    EngineDetector engines_;       // the source engine of each input's folder, when not given
    PlannedRedirects redirects_;   // planned between the passes
    bool errors_ = false;
    // Pages get the layout --site writes (decided before anything is written).
    bool site_page_layout_ = false;
    bool noted_static_ = false;
    std::set<std::string> noted_dropped_;        // engine-only keys said once
    std::set<std::string> custom_keys_;          // the extra keys of the articles written
    std::set<std::string> front_matter_copies_;  // files copied for front-matter keys
};

}  // namespace

JobStatus run_migration(const MigrateJob& job, const EngineProfile& target, UrlPlan urls,
                        SourceSite source, const LoadOptions& load, const DiagnosticSink& sink) {
    return Migration(job, target, std::move(urls), std::move(source), load, sink).run();
}

}  // namespace folio
