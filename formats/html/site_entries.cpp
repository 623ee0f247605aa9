#include "formats/html/site_entries.hpp"

#include "formats/html/code_copy.hpp"
#include "formats/html/search_page.hpp"
#include "formats/html/table_of_contents.hpp"
#include "src/check/mojibake_report.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/text/time_zone.hpp"
#include "src/text/language_tag.hpp"

namespace folio::html {

namespace {

Diagnostic entry_error(std::string code, std::string message, std::string path) {
    return {Severity::error, std::move(code), std::move(message), std::move(path), 0, 0, {}};
}

}  // namespace

SiteOptions site_options_for(const SiteJob& job, std::string base_url, std::string favicon_file) {
    SiteOptions site;
    site.base_url = std::move(base_url);
    site.title = job.title;
    site.author = job.author;
    site.description = job.description;
    site.toc = job.toc;
    site.related = job.related;
    site.favicon = std::move(favicon_file);
    site.page_size = job.page_size;
    site.sanitize = job.sanitize;
    site.highlight_code = job.highlight_code;
    site.search = job.search;
    site.feeds = !site.base_url.empty() && job.feeds.rss && job.feeds.atom;
    return site;
}

FeedOptions feed_options_for(const SiteJob& job, const SiteOptions& site, const TimeZone& zone) {
    FeedOptions feed;
    feed.base_url = site.base_url;
    feed.title = site.title;
    feed.description = job.description.empty() ? site.title : job.description;
    feed.hub = job.hub;
    feed.author = job.author;
    feed.language = language_tag(job.language);
    feed.zone = zone;
    feed.publication = job.publication;
    feed.highlight_code = job.highlight_code;
    feed.publication.zone = zone;
    return feed;
}

void read_site_metadata(const SourceText& text, ArticleSlot& slot,
                        const PublicationRules& publication, TocChoice& toc) {
    if (!slot.article) return;
    toc = toc_choice(slot.article->meta.extra);
    // Held until its page is written: only what pages and feeds show.
    keep_typed_metadata_only(*slot.article);
    slot.article->meta.language = article_language(slot.article->meta, text.text());
    // Garbled text would reach the page as it is: said once per article (an article left out
    // has none).
    if (unpublished(slot.article->meta, publication) == Unpublished::no)
        report_mojibake(text, "html.mojibake", MojibakeReports::once_per_article,
                        slot.diagnostics);
}

bool add_site_entry(SiteEntries& into, const std::string& path, const Article& article,
                    TocChoice toc, const EntryRules& rules, Diagnostics& diagnostics) {
    ++into.articles_read;
    if (const Unpublished why = unpublished(article.meta, rules.feed.publication);
        why != Unpublished::no) {
        into.left_out.add(why);
        into.left_out_urls.insert(expand_permalink(rules.permalink, article));
        if (!rules.old_permalink.empty())
            into.left_out_urls.insert(expand_permalink(rules.old_permalink, article));
        return false;
    }
    SiteEntry entry;
    entry.permalink = expand_permalink(rules.permalink, article);
    if (!rules.old_permalink.empty())
        entry.old_permalink = expand_permalink(rules.old_permalink, article);
    const std::optional<std::string> file = page_file_for_permalink(entry.permalink);
    if (!file) {
        diagnostics.report(entry_error(
            "html.permalink.unusable",
            "permalink '" + entry.permalink +
                "' cannot be a page of the site (it leaves the site or takes a name the site "
                "needs); the article is left out",
            path));
        return false;
    }
    if (const auto [owner, fresh] = into.page_owner.emplace(*file, path); !fresh) {
        diagnostics.report(entry_error("html.page.clash",
                                       "the page " + *file + " is already " + owner->second +
                                           "'s (same permalink '" + entry.permalink +
                                           "'); the article is left out",
                                       path));
        return false;
    }
    entry.page_file = *file;
    entry.title = article.meta.title;
    entry.source_name = article_stem(path);
    entry.toc = toc;
    entry.date = article.meta.date;
    entry.updated = article.meta.updated;
    if (article.meta.date)
        entry.instant = to_unix_seconds(place_in_zone(*article.meta.date, rules.feed.zone));
    entry.summary = article.meta.summary;
    entry.tags = article.meta.tags;
    entry.categories = article.meta.categories;
    entry.draft = article.meta.draft;
    // A draft is shown for its writer; a feed reader keeps every item it once saw, so a feed
    // holding one would announce it for good after an upload of the previewed folder.
    if (rules.feeds && !entry.draft) {
        if (const auto at = feed_instant(article, rules.feed, diagnostics))
            into.feed_choice.add(*at, into.entries.size());
    }
    entry.language = article.meta.language;
    into.languages.add(entry.language);
    into.entries.push_back(std::move(entry));
    into.sources.push_back(path);
    return true;
}

PlannedSite plan_site_entries(SiteEntries entries, const std::string& configured) {
    PlannedSite site;
    site.language = language_tag(configured);
    if (site.language.empty()) site.language = entries.languages.winner();
    if (site.language.empty()) site.language = "en";
    for (SiteEntry& entry : entries.entries) {
        if (entry.language.empty()) entry.language = site.language;
    }
    site.in_feed.assign(entries.entries.size(), false);
    for (const std::size_t i : entries.feed_choice.take()) site.in_feed[i] = true;
    site.plan = plan_site(std::move(entries.entries));
    // A published article's page wins over one left out that had the same URL.
    for (const std::string& path : entries.left_out_urls) {
        if (site.plan.by_permalink.count(path) == 0) site.plan.unpublished.insert(path);
    }
    site.published = std::move(entries.published);
    site.origins = std::move(entries.origins);
    site.sources = std::move(entries.sources);
    site.left_out = entries.left_out;
    site.articles_read = entries.articles_read;
    return site;
}

RenderedPage render_site_page(Article& article, const PlannedSite& site, std::size_t entry,
                              const SiteOptions& options, const FeedOptions& feed,
                              const ImageLocator& locate, const ResourceReader& resources,
                              OutputRoot& root) {
    RenderedPage page;
    page.made = true;
    ArticlePage article_page = write_article_page(article, site.plan, entry, options, locate,
                                                  resources, page.diagnostics);
    if (options.search) page.search = search_text(article);
    if (site.in_feed[entry]) {
        const FeedSource source{&article, site.plan.entries[entry].permalink,
                                article_page.cover_length};
        page.item = make_feed_item(source, feed, page.diagnostics);
    }
    // Thousands of small files: renamed into place unsynced (an fsync each cost more than the
    // whole conversion); `--sync` syncs the file system once at the end.
    write_files(root, article_page.files, page.diagnostics, Sync::at_end);
    for (OutputFile& file : article_page.files) page.written.push_back(std::move(file.path));
    return page;
}

std::vector<OutputFile> write_site_lists(const SitePlan& plan, const SiteOptions& options,
                                         std::optional<OutputFile> favicon, OutputRoot& root,
                                         Diagnostics& diagnostics,
                                         std::optional<OutputFile>& sitemap) {
    // Each list page is written as it is made and only its path kept: a large site's list
    // pages held at once were a third of its memory (1.7 KB an article; 10,000 articles give
    // 15 MB of index, tag and category pages).
    std::vector<OutputFile> files;
    each_list_page(plan, options, [&root, &diagnostics, &files](OutputFile page) {
        std::vector<OutputFile> one;
        one.push_back(std::move(page));
        write_files(root, one, diagnostics, Sync::at_end);
        files.push_back({std::move(one.front().path), {}});
    });
    std::vector<OutputFile> own;
    if (!options.base_url.empty()) sitemap = write_sitemap(plan, options, files);
    own.push_back(write_not_found_page(plan, options));
    own.push_back(write_stylesheet());
    // The highlight rules always when highlighting is on: 1.3 KB in one cached file, while
    // knowing whether any page has highlighted code would mean waiting for every page.
    own.back().bytes += code_stylesheet(options.highlight_code);
    if (options.search) {
        own.back().bytes += search_stylesheet();
        own.push_back(write_search_page(plan, options));
        own.push_back(write_search_script());
    }
    if (options.feeds) own.push_back(write_feeds_page(plan, options));
    own.push_back(write_robots(options));
    if (favicon) own.push_back(std::move(*favicon));
    write_files(root, own, diagnostics, Sync::at_end);
    for (OutputFile& file : own) files.push_back(std::move(file));
    return files;
}

}  // namespace folio::html
