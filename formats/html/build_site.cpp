#include "formats/html/code_copy.hpp"
#include "formats/html/build_site.hpp"
#include "formats/html/search_index.hpp"
#include "formats/html/search_page.hpp"

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
#include "src/output/remove_inside.hpp"
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

// Whether `diagnostics` say an output file could not be written.
bool has_write_error(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.items().begin(), diagnostics.items().end(),
                       [](const Diagnostic& d) {
                           return d.severity == Severity::error && d.code.starts_with("output.");
                       });
}

Diagnostic site_warning(std::string code, std::string message, std::string path) {
    Diagnostic d = site_error(std::move(code), std::move(message), std::move(path));
    d.severity = Severity::warning;
    return d;
}

// Removes what the previous run wrote and this one did not: only files listed in its manifest,
// only inside the site and never through a symbolic link, only regular files; then the folders
// that left empty.
void remove_stale_files(const fs::path& root, const std::vector<std::string>& stale,
                        Diagnostics& diagnostics) {
    const std::string manifest = (root / kManifestFile).string();
    for (const std::string& relative : stale) {
        std::string error;
        switch (remove_file_inside(root, relative, error)) {
            case Removal::removed:
            case Removal::absent:
            case Removal::not_regular:
                break;
            case Removal::outside:
                diagnostics.report(site_warning("html.manifest.outside",
                                              "the manifest names '" + relative +
                                                  "', which is not inside the site: it is left "
                                                  "alone",
                                              manifest));
                break;
            case Removal::through_link:
                diagnostics.report(site_warning("html.manifest.link",
                                              "the manifest names '" + relative +
                                                  "', below a symbolic link: it is left alone "
                                                  "(clean-up never follows links)",
                                              manifest));
                break;
            case Removal::failed:
                diagnostics.report(site_warning("html.stale",
                                              "could not remove the stale file " + relative +
                                                  ": " + error,
                                              manifest));
                break;
        }
    }
}

// The previous run's manifest, or empty. Read only when it is a regular file: a link there
// could make the clean-up read its list from anywhere.
std::vector<std::string> previous_manifest(const fs::path& manifest) {
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(manifest, ec))) return {};
    const DiskResourceReader reader;
    const std::optional<std::string> text = reader.read(manifest.string());
    return text ? read_manifest(*text) : std::vector<std::string>{};
}

// The favicon `path` names, as the site's `favicon.png` (`.svg`, `.ico`); none for an empty
// path. A missing, unreadable or too large file, or another type, is an error in `setup`.
std::optional<OutputFile> read_favicon(const std::string& path, std::uint64_t max_size,
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

}  // namespace

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
        read_favicon(job.favicon, load.max_image_size, favicon_problem);
    if (favicon_problem.has_errors()) {
        setup.append(favicon_problem);
        report(setup);
        return JobStatus::usage;
    }
    site.title = job.title;
    site.author = job.author;
    site.description = job.description;
    site.toc = job.toc;
    site.related = job.related;
    if (favicon) site.favicon = favicon->path;
    site.page_size = job.page_size;
    site.sanitize = job.sanitize;
    site.highlight_code = job.highlight_code;
    site.search = job.search;
    site.feeds = !site.base_url.empty() && job.feeds.rss && job.feeds.atom;
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

    FeedOptions feed_options;
    feed_options.base_url = site.base_url;
    feed_options.title = site.title;
    feed_options.description = job.description.empty() ? site.title : job.description;
    feed_options.hub = job.hub;
    feed_options.author = job.author;
    feed_options.language = language_tag(job.language);
    feed_options.zone = *zone;
    feed_options.publication = job.publication;
    feed_options.highlight_code = job.highlight_code;
    feed_options.publication.zone = *zone;
    const PublicationRules& publication = feed_options.publication;

    // Pass 1: metadata only, with each article's language settled (its own, else guessed from
    // its words while its text is at hand, else empty for the site's). Bodies are dropped on the workers, so memory stays small; pass 2 reads
    // only the bodies and keeps this pass's metadata.
    LoadOptions metadata_load = load;
    metadata_load.read.body = false;
    // What each file's front matter says about a table of contents, by its place in `paths`
    // (set on the workers, each its own element; the rest of `extra` is dropped there).
    std::vector<TocChoice> toc_choices(paths.size(), TocChoice::site_default);
    metadata_load.hook = [&publication, &toc_choices](const SourceText& text, ArticleSlot& slot) {
        if (!slot.article) return;
        if (slot.index < toc_choices.size())
            toc_choices[slot.index] = toc_choice(slot.article->meta.extra);
        // Held until its page is written: only what pages and feeds show.
        keep_typed_metadata_only(*slot.article);
        slot.article->meta.language = article_language(slot.article->meta, text.text());
        // Garbled text would reach the page as it is: said once per article (an article left
        // out has none).
        if (unpublished(slot.article->meta, publication) == Unpublished::no)
            report_mojibake(text, "html.mojibake", MojibakeReports::once_per_article,
                            slot.diagnostics);
    };
    std::vector<SiteEntry> entries;
    LanguageVotes languages;
    std::vector<Article> published;  // metadata only, one per entry
    std::map<std::string, std::string> page_owner;                   // page file → source path
    NewestFirst<std::size_t> feed_choice(feed_options.limit);
    LeftOut left_out;
    std::set<std::string, std::less<>> left_out_urls;  // permalinks of the articles left out
    std::size_t articles_read = 0;  // drafts too: a site of drafts only is still a site
    for_each_article(paths, metadata_load, [&](ArticleSlot& slot) {
        Diagnostics& diagnostics = slot.diagnostics;
        if (slot.article) {
            ++articles_read;
            const Article& article = *slot.article;
            if (const Unpublished why = unpublished(article.meta, publication);
                why != Unpublished::no) {
                left_out.add(why);
                left_out_urls.insert(expand_permalink(job.permalink, article));
                if (!job.old_permalink.empty())
                    left_out_urls.insert(expand_permalink(job.old_permalink, article));
            } else {
                SiteEntry entry;
                entry.permalink = expand_permalink(job.permalink, article);
                if (!job.old_permalink.empty())
                    entry.old_permalink = expand_permalink(job.old_permalink, article);
                const std::optional<std::string> file =
                    page_file_for_permalink(entry.permalink);
                if (!file) {
                    diagnostics.report(site_error(
                        "html.permalink.unusable",
                        "permalink '" + entry.permalink +
                            "' cannot be a page of the site (it leaves the site or takes a name "
                            "the site needs); the article is left out",
                        slot.path));
                } else if (const auto [owner, fresh] = page_owner.emplace(*file, slot.path);
                           !fresh) {
                    diagnostics.report(site_error("html.page.clash",
                                                  "the page " + *file + " is already " +
                                                      owner->second + "'s (same permalink '" +
                                                      entry.permalink +
                                                      "'); the article is left out",
                                                  slot.path));
                } else {
                    entry.page_file = *file;
                    entry.title = article.meta.title;
                    entry.source_name = article_stem(slot.path);
                    if (slot.index < toc_choices.size()) entry.toc = toc_choices[slot.index];
                    entry.date = article.meta.date;
                    entry.updated = article.meta.updated;
                    if (article.meta.date)
                        entry.instant = to_unix_seconds(place_in_zone(*article.meta.date, *zone));
                    entry.summary = article.meta.summary;
                    entry.tags = article.meta.tags;
                    entry.categories = article.meta.categories;
                    if (site.feeds) {
                        if (const auto at = feed_instant(article, feed_options, diagnostics))
                            feed_choice.add(*at, entries.size());
                    }
                    entry.language = article.meta.language;
                    languages.add(entry.language);
                    entries.push_back(std::move(entry));
                    published.push_back(std::move(*slot.article));
                }
            }
        }
        errors = errors || diagnostics.has_errors();
        report(diagnostics);
    });

    // The site's language is folio.toml's, else the one most articles are written in; an
    // article whose language is unknown takes it.
    site.language = language_tag(job.language);
    if (site.language.empty()) site.language = languages.winner();
    if (site.language.empty()) site.language = "en";
    for (SiteEntry& entry : entries) {
        if (entry.language.empty()) entry.language = site.language;
    }
    feed_options.language = site.language;
    std::vector<bool> in_feed(entries.size(), false);
    for (const std::size_t i : feed_choice.take()) in_feed[i] = true;
    SitePlan plan = plan_site(std::move(entries));
    // A published article's page wins over one left out that had the same URL.
    for (const std::string& path : left_out_urls) {
        if (plan.by_permalink.count(path) == 0) plan.unpublished.insert(path);
    }
    if (left_out.total() > 0) {
        Diagnostics note;
        note.report({Severity::note, "html.unpublished", left_out.note(), "", 0, 0, {}});
        report(note);
    }

    // Pass 2: bodies, rendered and written on the worker threads right after each is read (the
    // plan already knows every page's place), reported in input order.
    struct RenderedPage {
        Diagnostics diagnostics;
        std::vector<std::string> written;  // site-relative paths, for the manifest
        std::optional<FeedItem> item;
        SearchText search;  // what the search index holds of the body
    };
    std::vector<RenderedPage> rendered(plan.entries.size());
    const DiskResourceReader resources(load.max_image_size);
    const ImageLocator locate = locate_imported_media(make_image_locator(job.static_dir), job.media);
    OutputRoot root(job.output);
    LoadOptions body_load = load;
    body_load.hook = [&](const SourceText&, ArticleSlot& slot) {
        if (!slot.article) return;
        const std::size_t i = slot.index;  // `published` and the entries are in one order
        RenderedPage& page = rendered[i];
        ArticlePage article_page = write_article_page(
            *slot.article, plan, i, site, locate, resources, page.diagnostics);
        if (site.search) page.search = search_text(*slot.article);
        if (in_feed[i]) {
            const FeedSource source{&*slot.article, plan.entries[i].permalink,
                                          article_page.cover_length};
            page.item = make_feed_item(source, feed_options, page.diagnostics);
        }
        // Thousands of small files: renamed into place unsynced (an fsync each cost more than
        // the whole conversion); `--sync` syncs the file system once at the end.
        write_files(root, article_page.files, page.diagnostics, Sync::at_end);
        for (OutputFile& file : article_page.files) page.written.push_back(std::move(file.path));
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
        // Each list page is written as it is made and only its path kept: a large site's list
        // pages held at once were a third of its memory (1.7 KB an article; 10,000 articles
        // give 15 MB of index, tag and category pages).
        std::vector<OutputFile> files;
        each_list_page(plan, site, [&root, &list_diagnostics, &files](OutputFile page) {
            std::vector<OutputFile> one;
            one.push_back(std::move(page));
            write_files(root, one, list_diagnostics, Sync::at_end);
            files.push_back({std::move(one.front().path), {}});
        });
        std::vector<OutputFile> own;
        if (!site.base_url.empty()) sitemap = write_sitemap(plan, site, files);
        own.push_back(write_not_found_page(plan, site));
        own.push_back(write_stylesheet());
        // The highlight rules always when highlighting is on: 1.3 KB in one cached file, while
        // knowing whether any page has highlighted code would mean waiting for every page.
        own.back().bytes += code_stylesheet(site.highlight_code);
        if (site.search) {
            own.back().bytes += search_stylesheet();
            own.push_back(write_search_page(plan, site));
            own.push_back(write_search_script());
        }
        if (site.feeds) own.push_back(write_feeds_page(plan, site));
        own.push_back(write_robots(site));
        if (favicon) own.push_back(std::move(*favicon));
        write_files(root, own, list_diagnostics, Sync::at_end);
        for (OutputFile& file : own) files.push_back(std::move(file));
        return files;
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
        for (RenderedPage& page : rendered) texts.push_back(std::move(page.search));
        for (OutputFile& shard : write_search_index(plan, texts, site.language))
            site_files.push_back(std::move(shard));
    }
    if (site.feeds) {
        NewestFirst<FeedItem> newest(0);
        for (std::size_t i = 0; i < rendered.size(); ++i) {
            if (rendered[i].item)
                newest.add(*plan.entries[i].instant, std::move(*rendered[i].item));
        }
        for (OutputFile& file : write_site_feeds(newest.take(), feed_options, job.feeds))
            site_files.push_back(std::move(file));
    }
    Diagnostics cleanup;
    if (!pages_unwritten) {
        write_files(root, site_files, cleanup, Sync::at_end);
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
            remove_stale_files(root.path(), stale, cleanup);
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
            manifest, write_manifest(std::move(written)), Sync::at_end)) {
        cleanup.report(std::move(*problem));
    }
    if (std::optional<Diagnostic> unhighlighted = highlighter_unavailable_note())
        cleanup.report(std::move(*unhighlighted));
    report(cleanup);
    errors = errors || cleanup.has_errors();
    return status_with(JobStatus::ok, errors);
}

}  // namespace folio::html
