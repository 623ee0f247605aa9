#include "formats/html/build_site.hpp"

#include "formats/html/code_copy.hpp"
#include "formats/html/search_index.hpp"
#include "formats/html/site_entries.hpp"

#include <algorithm>
#include <filesystem>
#include <future>
#include <map>
#include <set>

#include "src/highlight/code_highlighter.hpp"
#include "src/import/import_media.hpp"
#include "src/check/mojibake_report.hpp"
#include "formats/html/table_of_contents.hpp"
#include "src/diagnostics/once_per_run.hpp"
#include "src/images/image_location.hpp"
#include "src/output/output_file.hpp"
#include "src/output/output_lock.hpp"
#include "src/output/output_place.hpp"
#include "src/output/output_manifest.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/output/resource_reader.hpp"
#include "src/syndication/feed.hpp"
#include "src/syndication/newest_first.hpp"
#include "src/meta/article_language.hpp"
#include "src/text/language_tag.hpp"
#include "src/text/time_zone.hpp"
#include "src/web/url.hpp"

namespace folio::html {

namespace {

namespace fs = std::filesystem;

Diagnostic site_error(std::string code, std::string message, std::string path = {}) {
    return {Severity::error, std::move(code), std::move(message), std::move(path), 0, 0, {}};
}

}  // namespace

bool has_write_error(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.items().begin(), diagnostics.items().end(),
                       [](const Diagnostic& d) {
                           return d.severity == Severity::error && d.code.starts_with("output.");
                       });
}

// The favicon `path` names, as the site's `favicon.png` (`.svg`, `.ico`); none for an empty
// path. A missing, unreadable or too large file, or another type, is an error in `setup`.
std::optional<OutputFile> read_site_favicon(const std::string& path, std::uint64_t max_size,
                                       Diagnostics& setup) {
    if (path.empty()) return std::nullopt;
    const std::size_t dot = path.rfind('.');
    std::string extension = dot == std::string::npos ? std::string() : path.substr(dot);
    for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (extension != ".png" && extension != ".svg" && extension != ".ico") {
        setup.report(site_error("html.favicon", "--favicon '" + path +
                                                    "': a favicon is a .png, .svg or .ico file"));
        return std::nullopt;
    }
    std::error_code ec;
    const DiskResourceReader reader(max_size);
    std::optional<std::string> bytes;
    if (fs::is_regular_file(path, ec)) bytes = reader.read(path);
    if (!bytes) {
        setup.report(site_error("html.favicon",
                                "--favicon '" + path +
                                    "': not a readable file (or larger than --max-image-size)"));
        return std::nullopt;
    }
    return OutputFile{"favicon" + extension, std::move(*bytes)};
}

JobStatus build_site(const SiteJob& job, const LoadOptions& load, const DiagnosticSink& report) {
    Diagnostics setup;
    SiteOptions site;
    site.base_url = job.base_url;
    if (!site.base_url.empty()) {
        if (const std::string problem = base_url_problem(site.base_url); !problem.empty())
            setup.report(site_error("html.base-url", problem));
        if (!site.base_url.ends_with('/')) site.base_url += '/';
    }
    if (const std::string problem = permalink_problem(job.permalink); !problem.empty())
        setup.report(
            site_error("html.permalink", "--permalink '" + job.permalink + "': " + problem));
    if (!job.old_permalink.empty()) {
        if (const std::string problem = permalink_problem(job.old_permalink); !problem.empty())
            setup.report(site_error("html.permalink",
                                    "--old-permalink '" + job.old_permalink + "': " + problem));
    }
    if (job.page_size == 0)
        setup.report(site_error("html.page-size", "--page-size must be at least 1"));
    if (!job.language.empty() && language_tag(job.language).empty()) {
        setup.report(site_error("html.language", "language '" + job.language +
                                                     "' is not a BCP 47 language tag like nl or "
                                                     "en-GB: " +
                                                     language_tag_problem(job.language)));
    }
    const std::optional<TimeZone> zone = TimeZone::parse(job.time_zone);
    if (!zone) setup.report(site_error("html.time-zone", time_zone_problem(job.time_zone)));
    // Before anything is read: a site inside its own input is read back in next time.
    if (auto problem = output_place_problem(job.inputs, job.output, OutputShape::folder))
        setup.report(std::move(*problem));
    std::vector<std::string> paths = collect_inputs(job.inputs, setup);
    {
        // A file named twice is one page.
        std::set<std::string> seen;
        std::erase_if(paths,
                      [&seen](const std::string& path) { return !seen.insert(path).second; });
    }
    if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
        setup.report(site_error("usage.stdin",
                                "html reads its inputs twice (to plan the site, then to write its "
                                "pages), so standard input ('-') cannot be one of them"));
    }
    if (setup.has_errors() &&
        std::any_of(setup.items().begin(), setup.items().end(), [](const Diagnostic& d) {
            return d.severity == Severity::error && d.code != "input.missing";
        })) {
        report(setup);
        return JobStatus::usage;
    }
    // Read before the lock: a wrong favicon is a setting to fix, and nothing is written.
    Diagnostics favicon_problem;
    std::optional<OutputFile> favicon =
        read_site_favicon(job.favicon, load.max_image_size, favicon_problem);
    if (favicon_problem.has_errors()) {
        setup.append(favicon_problem);
        report(setup);
        return JobStatus::usage;
    }
    site = site_options_for(job, site.base_url, favicon ? favicon->path : std::string());
    if (site.base_url.empty()) {
        setup.report({Severity::note,
                      "html.no-base-url",
                      "no base URL (--base-url or base_url in folio.toml): the site's links are "
                      "relative as always, but the RSS and Atom feeds and sitemap.xml need "
                      "absolute URLs and are not written",
                      "",
                      0,
                      0,
                      {}});
    }
    // One run at a time into a site: two interleaved their pages and the last sitemap listed
    // pages the other had removed.
    Result<OutputLock> lock = OutputLock::take(job.output, OutputShape::folder);
    if (!lock) {
        setup.report(lock.error());
        report(setup);
        return JobStatus::input_errors;
    }
    report(setup);
    bool errors = setup.has_errors();

    FeedOptions feed_options = feed_options_for(job, site, *zone);
    const PublicationRules& publication = feed_options.publication;

    // Pass 1: metadata only, with each article's language settled (its own, else guessed from
    // its words while its text is at hand, else empty for the site's). Bodies are dropped on the
    // workers, so memory stays small; pass 2 reads only the bodies and keeps this pass's metadata.
    LoadOptions metadata_load = load;
    metadata_load.read.body = false;
    // What each file's front matter says about a table of contents, by its place in `paths`
    // (set on the workers, each its own element; the rest of `extra` is dropped there).
    std::vector<TocChoice> toc_choices(paths.size(), TocChoice::site_default);
    metadata_load.hook = [&publication, &toc_choices](const SourceText& text, ArticleSlot& slot) {
        TocChoice toc = TocChoice::site_default;
        read_site_metadata(text, slot, publication, toc);
        if (slot.index < toc_choices.size()) toc_choices[slot.index] = toc;
    };
    const EntryRules rules{job.permalink, job.old_permalink, feed_options, site.feeds};
    SiteEntries first_pass(feed_options.limit);
    for_each_article(paths, metadata_load, [&](ArticleSlot& slot) {
        Diagnostics& diagnostics = slot.diagnostics;
        if (slot.article) {
            const TocChoice toc = slot.index < toc_choices.size() ? toc_choices[slot.index]
                                                                  : TocChoice::site_default;
            if (add_site_entry(first_pass, slot.path, *slot.article, toc, rules, diagnostics))
                first_pass.published.push_back(std::move(*slot.article));
        }
        errors = errors || diagnostics.has_errors();
        report(diagnostics);
    });
    const std::size_t articles_read = first_pass.articles_read;
    PlannedSite planned = plan_site_entries(std::move(first_pass), job.language);
    site.language = planned.language;
    feed_options.language = site.language;
    const SitePlan& plan = planned.plan;
    std::vector<Article>& published = planned.published;
    const LeftOut& left_out = planned.left_out;
    if (left_out.total() > 0) {
        Diagnostics note;
        note.report({Severity::note, "html.unpublished", left_out.note(), "", 0, 0, {}});
        report(note);
    }

    // Pass 2: bodies, rendered and written on the worker threads right after each is read (the
    // plan already knows every page's place), reported in input order.
    std::vector<RenderedPage> rendered(plan.entries.size());
    const DiskResourceReader resources(load.max_image_size);
    const ImageLocator locate = locate_imported_media(make_image_locator(job.static_dir), job.media);
    OutputRoot root(job.output);
    LoadOptions body_load = load;
    body_load.hook = [&](const SourceText&, ArticleSlot& slot) {
        if (!slot.article) return;
        const std::size_t i = slot.index;  // `published` and the entries are in one order
        rendered[i] = render_site_page(*slot.article, planned, i, site, feed_options, locate,
                                       resources, root);
        // The page is made: the tree is not needed on the way to the in-order callback.
        slot.article.reset();
    };
    // The pages that list articles need only the plan, and the sitemap, the 404 page and the
    // stylesheet only the plan and those pages: with a thread to spare they are made and
    // written while the articles are, instead of on this thread after the last article.
    // Declared after everything it reads, so it is joined first if pass 2 throws.
    Diagnostics list_diagnostics;
    // Made with the lists but written last, with the feeds: the sitemap names every page, and
    // put in place before them it would name pages not written yet if the run stops there.
    std::optional<OutputFile> sitemap;
    const auto write_lists = [&plan, &site, &root, &list_diagnostics, &sitemap, &favicon] {
        return write_site_lists(plan, site, std::move(favicon), root, list_diagnostics, sitemap);
    };
    std::future<std::vector<OutputFile>> list_pages;
    if (load.threads != 1) list_pages = std::async(std::launch::async, write_lists);
    bool noted_unresolved = false;
    bool pages_unwritten = false;  // a page could not be written (a full disk, ...)
    // Pass 1 printed the front matter's diagnostics: what arrives here is the body's.
    for_each_body(published, body_load, [&](ArticleSlot& slot) {
        Diagnostics fresh = std::move(slot.diagnostics);
        RenderedPage& page = rendered[slot.index];
        fresh.append(page.diagnostics);
        page.diagnostics = {};
        fresh = once_per_run(std::move(fresh), "html.image.unresolved", noted_unresolved);
        errors = errors || fresh.has_errors();
        pages_unwritten = pages_unwritten || has_write_error(fresh);
        report(fresh);
    });

    // The pages that list articles and the site's own files (written already), then the feeds,
    // which need the newest articles' items.
    const std::vector<OutputFile> list_files = list_pages.valid() ? list_pages.get() : write_lists();
    report(list_diagnostics);
    errors = errors || list_diagnostics.has_errors();
    pages_unwritten = pages_unwritten || has_write_error(list_diagnostics);
    std::vector<OutputFile> site_files;
    if (sitemap) site_files.push_back(std::move(*sitemap));
    // With the sitemap and feeds: it names every page, so it is kept as it was when one could
    // not be written.
    if (site.search) {
        std::vector<SearchText> texts;
        texts.reserve(rendered.size());
        for (std::size_t i = 0; i < rendered.size(); ++i) {
            if (job.search_texts) job.search_texts(plan.entries[i].page_file, rendered[i].search);
            texts.push_back(std::move(rendered[i].search));
        }
        for (OutputFile& file : write_search_index(plan, texts, site.language))
            site_files.push_back(std::move(file));
    }
    if (site.feeds) {
        NewestFirst<FeedItem> newest(0);
        for (std::size_t i = 0; i < rendered.size(); ++i) {
            if (!rendered[i].item) continue;
            if (job.feed_items) job.feed_items(plan.entries[i].page_file, *rendered[i].item);
            newest.add(*plan.entries[i].instant, std::move(*rendered[i].item));
        }
        for (OutputFile& file : write_site_feeds(newest.take(), feed_options, job.feeds))
            site_files.push_back(std::move(file));
    }
    Diagnostics cleanup;
    if (!pages_unwritten) {
        write_files(root, site_files, cleanup, Sync::at_end);
        if (job.search_index && !has_write_error(cleanup)) {
            std::vector<OutputFile> index;
            for (const OutputFile& file : site_files) {
                if (is_search_index_file(file.path)) index.push_back(file);
            }
            job.search_index(index);
        }
    } else if (!site_files.empty()) {
        // The previous sitemap and feeds name only pages that are still there (nothing is
        // removed after a failed run); the new ones would name pages that could not be written.
        cleanup.report({Severity::note,
                        "html.index.kept",
                        "some pages could not be written: the sitemap and feeds are left as they "
                        "were",
                        "",
                        0,
                        0,
                        {}});
    }
    // Every path this run meant to write, written or not: a failed write is retried next time.
    std::vector<std::string> written;
    for (RenderedPage& page : rendered) {
        for (std::string& path : page.written) written.push_back(std::move(path));
    }
    for (const OutputFile& file : list_files) written.push_back(file.path);
    for (const OutputFile& file : site_files) written.push_back(file.path);

    // What the last run wrote and this one did not is removed, but only after a run that
    // succeeded: a run with an error (a mistyped input, an article that did not read, a full
    // disk, --fail-fast) or that read no article at all cannot tell a page it no longer wants
    // from one it failed to make, and the site as published is worth more than a stale page.
    // The stale files then stay in the manifest, for the next run that succeeds.
    errors = errors || cleanup.has_errors();
    const fs::path manifest = root.path() / kManifestFile;
    std::vector<std::string> previous = previous_manifest(manifest);
    std::vector<std::string> stale = stale_files(previous, written);
    if (!stale.empty()) {
        if (!errors && articles_read > 0) {
            remove_stale_files(root.path(), manifest, stale, {"html", "the site"}, cleanup);
        } else {
            cleanup.report({Severity::note,
                            "html.stale.kept",
                            std::to_string(stale.size()) + " file" +
                                (stale.size() == 1 ? "" : "s") +
                                " the last run wrote and this one did not " +
                                (stale.size() == 1 ? "is" : "are") + " kept: " +
                                (articles_read == 0 ? "no article was read"
                                                    : "this run had errors") +
                                " (the next run without errors removes them)",
                            "",
                            0,
                            0,
                            {}});
            for (std::string& path : stale) {
                if (path_inside(root.path(), path)) written.push_back(std::move(path));
            }
        }
    }
    if (articles_read == 0) {
        cleanup.report({Severity::warning,
                        "html.no-articles",
                        "no article was read from the inputs: the site is not emptied",
                        "",
                        0,
                        0,
                        {}});
    }
    if (std::optional<Diagnostic> problem = write_file_atomically(
            manifest, write_manifest(std::move(written), kManifestHeading), Sync::at_end)) {
        cleanup.report(std::move(*problem));
    }
    if (std::optional<Diagnostic> unhighlighted = highlighter_unavailable_note())
        cleanup.report(std::move(*unhighlighted));
    report(cleanup);
    errors = errors || cleanup.has_errors();
    return status_with(JobStatus::ok, errors);
}

}  // namespace folio::html
