#include "formats/html/site_session.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "formats/html/rebuild_plan.hpp"
#include "src/import/import_media.hpp"
#include "src/output/output_lock.hpp"
#include "src/output/output_manifest.hpp"
#include "src/output/remove_inside.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/syndication/newest_first.hpp"
#include "src/text/time_zone.hpp"

namespace folio::html {

namespace {

namespace fs = std::filesystem;

// `posts/x/` of `posts/x/index.html`: the folder a page's images are copied into. Empty for a
// page that is not a folder's index (`x.html`), whose images cannot be told from others.
std::string page_folder(const std::string& page_file) {
    constexpr std::string_view index = "/index.html";
    if (!page_file.ends_with(index)) return {};
    return page_file.substr(0, page_file.size() - index.size() + 1);
}

std::string parent_folder(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

bool same_path(const std::string& a, const std::string& b) {
    return fs::path(a).lexically_normal() == fs::path(b).lexically_normal();
}

bool inside_folder(const std::string& path, const std::string& folder) {
    const fs::path relative =
        fs::path(path).lexically_normal().lexically_relative(fs::path(folder).lexically_normal());
    return !relative.empty() && *relative.begin() != "..";
}

// List pages are the only files of the site's own that an edit can make unneeded (a tag no
// article has any more, a page of the index beyond the last).
bool is_list_page(const std::string& path) {
    return path.starts_with("tags/") || path.starts_with("categories/") ||
           path.starts_with("page/");
}

std::vector<std::string> without_repeats(std::vector<std::string> paths) {
    std::set<std::string> seen;
    std::erase_if(paths, [&seen](const std::string& path) { return !seen.insert(path).second; });
    return paths;
}

void remove_from_site(const fs::path& root, const std::string& relative, Diagnostics& diagnostics) {
    std::string error;
    if (remove_file_inside(root, relative, error) == Removal::failed) {
        diagnostics.report({Severity::warning, "html.stale",
                            "could not remove " + relative + ": " + error, "", 0, 0, {}});
    }
}

}  // namespace

SiteSession::SiteSession(SiteJob job, LoadOptions load, DiagnosticSink report)
    : job_(std::move(job)), load_(std::move(load)), report_(std::move(report)) {}

JobStatus SiteSession::build() {
    feed_items_.clear();
    search_texts_.clear();
    search_files_.clear();
    SiteJob job = job_;
    job.feed_items = [this](const std::string& page_file, const FeedItem& item) {
        feed_items_.insert_or_assign(page_file, item);
    };
    job.search_texts = [this](const std::string& page_file, const SearchText& text) {
        search_texts_.insert_or_assign(page_file, text);
    };
    job.search_index = [this](const std::vector<OutputFile>& files) {
        for (const OutputFile& file : files) search_files_.insert_or_assign(file.path, file.bytes);
    };
    bool locked = false;
    const JobStatus status = build_site(job, load_, [this, &locked](const Diagnostics& reported) {
        locked = locked || std::any_of(reported.items().begin(), reported.items().end(),
                                       [](const Diagnostic& d) { return d.code == "output.locked"; });
        report_(reported);
    });
    if (status == JobStatus::usage) return status;
    full_build_due_ = locked;
    std::string base_url = job_.base_url;
    if (!base_url.empty() && !base_url.ends_with('/')) base_url += '/';
    Diagnostics checked_by_the_build;
    favicon_ = read_site_favicon(job_.favicon, load_.max_image_size, checked_by_the_build);
    site_ = site_options_for(job_, base_url, favicon_ ? favicon_->path : std::string());
    const std::optional<TimeZone> zone = TimeZone::parse(job_.time_zone);
    feed_ = feed_options_for(job_, site_, zone ? *zone : TimeZone());
    rules_ = {job_.permalink, job_.old_permalink, feed_, site_.feeds};

    sources_.clear();
    problems_.clear();
    planned_ = {};
    for (ReadSource& read : read_metadata(without_repeats(collect_inputs(job_.inputs,
                                                                         checked_by_the_build)))) {
        note_problem(read.source.path, read.diagnostics);
        sources_.push_back(std::move(read.source));
    }
    Diagnostics reported_by_the_build;
    planned_ = plan_sources({}, reported_by_the_build);
    site_.language = planned_.language;
    feed_.language = site_.language;
    remember_files(previous_manifest(fs::path(job_.output) / kManifestFile));
    return status;
}

std::vector<SiteSession::ReadSource> SiteSession::read_metadata(
    const std::vector<std::string>& paths) const {
    LoadOptions metadata_load = load_;
    metadata_load.read.body = false;
    // Rebuilds are small and quiet: no progress line, and an error never stops the others.
    metadata_load.progress = nullptr;
    metadata_load.fail_fast = false;
    const PublicationRules publication = feed_.publication;
    std::vector<TocChoice> tocs(paths.size(), TocChoice::site_default);
    metadata_load.hook = [&publication, &tocs](const SourceText& text, ArticleSlot& slot) {
        TocChoice toc = TocChoice::site_default;
        read_site_metadata(text, slot, publication, toc);
        if (slot.index < tocs.size()) tocs[slot.index] = toc;
    };
    std::vector<ReadSource> read;
    for_each_article(paths, metadata_load, [&read, &tocs](ArticleSlot& slot) {
        ReadSource one;
        one.source.path = slot.path;
        one.source.article = std::move(slot.article);
        if (slot.index < tocs.size()) one.source.toc = tocs[slot.index];
        one.diagnostics = std::move(slot.diagnostics);
        read.push_back(std::move(one));
    });
    return read;
}

PlannedSite SiteSession::plan_sources(const std::set<std::string>& changed,
                                      Diagnostics& diagnostics) {
    // The slugs are resolved again over every article in input order, as a full build does:
    // an edit can free a slug another article wanted, or take one. In place: a copy of 10,000
    // articles' metadata per save cost more than the rest of the rebuild.
    SiteEntries entries(feed_.limit);
    SlugAssigner slugs;
    for (std::size_t k = 0; k < sources_.size(); ++k) {
        Source& source = sources_[k];
        if (!source.article) continue;
        Diagnostics found;
        slugs.assign(*source.article, found);
        if (add_site_entry(entries, source.path, *source.article, source.toc, rules_, found))
            entries.origins.push_back(k);
        if (!changed.empty() && changed.count(source.path) != 0) diagnostics.append(found);
    }
    return plan_site_entries(std::move(entries), job_.language);
}

void SiteSession::remember_files(const std::vector<std::string>& manifest) {
    page_files_.clear();
    site_files_.clear();
    std::map<std::string, std::string, std::less<>> page_of_folder;
    for (const SiteEntry& entry : planned_.plan.entries) {
        page_files_[entry.page_file];
        if (std::string folder = page_folder(entry.page_file); !folder.empty())
            page_of_folder.emplace(std::move(folder), entry.page_file);
    }
    for (const std::string& path : manifest) {
        if (const auto page = page_files_.find(path); page != page_files_.end()) {
            page->second.push_back(path);
        } else if (const auto folder = page_of_folder.find(parent_folder(path));
                   folder != page_of_folder.end()) {
            page_files_[folder->second].push_back(path);
        } else {
            site_files_.push_back(path);
        }
    }
}

bool SiteSession::is_site_setting(const std::string& path) const {
    return (!job_.favicon.empty() && same_path(path, job_.favicon)) ||
           (!job_.static_dir.empty() && inside_folder(path, job_.static_dir));
}

void SiteSession::note_problem(const std::string& path, const Diagnostics& diagnostics) {
    std::erase_if(problems_, [&path](const SiteProblem& p) { return p.source == path; });
    if (!diagnostics.has_errors()) return;
    SiteProblem problem;
    problem.source = path;
    for (const Diagnostic& d : diagnostics.items()) {
        if (d.severity == Severity::error) problem.message += format_diagnostic(d);
    }
    for (std::size_t i = 0; i < planned_.sources.size(); ++i) {
        if (planned_.sources[i] == path) problem.page_file = planned_.plan.entries[i].page_file;
    }
    problems_.push_back(std::move(problem));
}

std::vector<std::size_t> SiteSession::linking_pages(const PlannedSite& site,
                                                    const std::vector<std::string>& targets,
                                                    const std::vector<bool>& skip) const {
    // What a body writes to reach another article: its address (with or without the final
    // `/`), or its file by name (`post.md`, `{{< ref "post" >}}`, `{% post_url post %}`). A
    // mention that is no link only costs a page made again.
    std::vector<std::string> needles;
    for (const std::string& target : targets) {
        if (target.starts_with('/')) {
            needles.push_back(target.ends_with('/') && target.size() > 1
                                  ? target.substr(0, target.size() - 1)
                                  : target);
        } else {
            needles.push_back(target + ".md");
            needles.push_back(target + ".markdown");
            needles.push_back('"' + target + '"');
            needles.push_back("post_url " + target);
        }
    }
    std::vector<std::size_t> pages;
    for (std::size_t i = 0; i < site.sources.size(); ++i) {
        if (skip[i]) continue;
        Diagnostics ignored;
        const std::optional<std::string> text =
            read_file_bytes(site.sources[i], ignored, nullptr, load_.max_article_size);
        if (!text) continue;
        if (std::any_of(needles.begin(), needles.end(), [&text](const std::string& needle) {
                return text->find(needle) != std::string::npos;
            }))
            pages.push_back(i);
    }
    return pages;
}

std::vector<std::string> SiteSession::watched() const {
    std::vector<std::string> paths = job_.inputs;
    if (!job_.static_dir.empty()) paths.push_back(job_.static_dir);
    if (!job_.favicon.empty()) paths.push_back(job_.favicon);
    return paths;
}

void SiteSession::write_changes(const PlannedSite& next, const SiteChanges& changes,
                                const std::vector<std::size_t>& pages,
                                const std::set<std::string>& edited, RebuildSummary& summary) {
    OutputRoot root(job_.output);
    const DiskResourceReader resources(load_.max_image_size);
    const ImageLocator locate =
        locate_imported_media(make_image_locator(job_.static_dir), job_.media);
    std::vector<Article> articles;
    articles.reserve(pages.size());
    for (const std::size_t i : pages) articles.push_back(*sources_[next.origins[i]].article);
    std::vector<RenderedPage> rendered(pages.size());
    LoadOptions body_load = load_;
    body_load.progress = nullptr;
    body_load.fail_fast = false;
    body_load.hook = [&](const SourceText&, ArticleSlot& slot) {
        if (!slot.article) return;
        rendered[slot.index] = render_site_page(*slot.article, next, pages[slot.index], site_,
                                                feed_, locate, resources, root);
        slot.article.reset();
    };
    Diagnostics written;
    for_each_body(articles, body_load, [&](ArticleSlot& slot) {
        // Pages made again only because a neighbour changed say nothing new.
        if (edited.count(next.sources[pages[slot.index]]) == 0) return;
        written.append(slot.diagnostics);
        written.append(rendered[slot.index].diagnostics);
    });
    // As in a full build: after a page that could not be written, nothing is removed and the
    // sitemap, feeds and search index stay as they were (they would name pages not there).
    const bool pages_unwritten = has_write_error(written);
    // The manifest lists every file of the site (10,000 pages and more): written again only
    // when the set of files changed, not after each save of a body.
    bool manifest_changed = !changes.removed.empty() || changes.lists || changes.feeds;
    // The search index holds every article's title, date and terms (the lists' business) and
    // its words: written again when either changed.
    bool search_changed = changes.lists || !changes.removed.empty();
    for (std::size_t k = 0; k < pages.size(); ++k) {
        // A body that could not be read again made no page: the one there stays, with its
        // images, feed item and words (they had all been taken for gone).
        if (!rendered[k].made) continue;
        const std::string& page_file = next.plan.entries[pages[k]].page_file;
        std::vector<std::string>& files = page_files_[page_file];
        // Images the page no longer shows.
        for (const std::string& old : files) {
            if (!pages_unwritten &&
                std::find(rendered[k].written.begin(), rendered[k].written.end(), old) ==
                    rendered[k].written.end())
                remove_from_site(root.path(), old, written);
        }
        if (files != rendered[k].written) manifest_changed = true;
        files = std::move(rendered[k].written);
        if (rendered[k].item) {
            feed_items_.insert_or_assign(page_file, std::move(*rendered[k].item));
        } else {
            feed_items_.erase(page_file);
        }
        if (site_.search) {
            SearchText& text = search_texts_[page_file];
            if (text.summary != rendered[k].search.summary || text.words != rendered[k].search.words) {
                search_changed = true;
                text = std::move(rendered[k].search);
            }
        }
        summary.page_files.push_back(page_file);
    }
    std::vector<OutputFile> last;  // the sitemap and feeds go in place after the pages
    if (changes.lists) {
        std::optional<OutputFile> sitemap;
        std::set<std::string> now;
        for (OutputFile& file : write_site_lists(next.plan, site_, favicon_, root, written, sitemap))
            now.insert(std::move(file.path));
        if (sitemap) last.push_back(std::move(*sitemap));
        std::vector<std::string> kept;
        for (std::string& path : site_files_) {
            if (!pages_unwritten && is_list_page(path) && now.count(path) == 0) {
                remove_from_site(root.path(), path, written);
            } else {
                kept.push_back(std::move(path));
            }
        }
        site_files_ = std::move(kept);
        for (const std::string& path : now) {
            if (std::find(site_files_.begin(), site_files_.end(), path) == site_files_.end())
                site_files_.push_back(path);
        }
    }
    if (changes.feeds && site_.feeds) {
        NewestFirst<FeedItem> newest(0);
        for (std::size_t i = 0; i < next.plan.entries.size(); ++i) {
            if (!next.in_feed[i]) continue;
            if (const auto item = feed_items_.find(next.plan.entries[i].page_file);
                item != feed_items_.end())
                newest.add(*next.plan.entries[i].instant, item->second);
        }
        for (OutputFile& file : write_site_feeds(newest.take(), feed_, job_.feeds))
            last.push_back(std::move(file));
    }
    if (site_.search && search_changed) {
        std::vector<SearchText> texts(next.plan.entries.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (const auto text = search_texts_.find(next.plan.entries[i].page_file);
                text != search_texts_.end())
                texts[i] = text->second;
        }
        // Only the files whose bytes changed are written: an edit rewrites the word files of
        // the words it touches, the metadata file of its article, and the list of keys.
        std::map<std::string, std::string> now;
        for (OutputFile& file : write_search_index(next.plan, texts, site_.language)) {
            const auto before = search_files_.find(file.path);
            // A new file (a word with a new key, more articles) goes in the manifest.
            if (before == search_files_.end()) manifest_changed = true;
            if (before == search_files_.end() || before->second != file.bytes) last.push_back(file);
            now.emplace(std::move(file.path), std::move(file.bytes));
        }
        // A word no article has any more can take its key's file with it, and fewer articles
        // their last metadata file.
        std::vector<std::string> kept;
        for (std::string& path : site_files_) {
            if (!pages_unwritten && is_search_index_file(path) && now.count(path) == 0) {
                remove_from_site(root.path(), path, written);
                manifest_changed = true;
            } else {
                kept.push_back(std::move(path));
            }
        }
        site_files_ = std::move(kept);
        if (!pages_unwritten) search_files_ = std::move(now);
    }
    if (pages_unwritten) {
        last.clear();
        written.report(run_note("html.index.kept",
                                "some pages could not be written: the sitemap, feeds and search "
                                "index are left as they were, and nothing is removed"));
    }
    write_files(root, last, written, Sync::at_end);
    // What is on disk is no longer known: the next change writes the whole index again.
    if (has_write_error(written)) search_files_.clear();
    for (const OutputFile& file : last) {
        if (std::find(site_files_.begin(), site_files_.end(), file.path) == site_files_.end())
            site_files_.push_back(file.path);
    }
    // Removed last, as a full build removes stale files: until then the lists still link them.
    for (const std::string& page_file : pages_unwritten ? std::vector<std::string>{}
                                                        : changes.removed) {
        const auto files = page_files_.find(page_file);
        if (files != page_files_.end()) {
            for (const std::string& file : files->second) remove_from_site(root.path(), file, written);
            page_files_.erase(files);
        }
        feed_items_.erase(page_file);
        search_texts_.erase(page_file);
    }

    if (manifest_changed) {
        std::vector<std::string> manifest = site_files_;
        for (const auto& [page, files] : page_files_)
            manifest.insert(manifest.end(), files.begin(), files.end());
        if (std::optional<Diagnostic> problem = write_file_atomically(
                root.path() / kManifestFile, write_manifest(std::move(manifest), kManifestHeading), Sync::at_end))
            written.report(std::move(*problem));
    }
    report_(written);
}

RebuildSummary SiteSession::rebuild(const std::vector<std::string>& changed_now) {
    RebuildSummary summary;
    std::vector<std::string> changed = std::move(unwritten_);
    unwritten_.clear();
    changed.insert(changed.end(), changed_now.begin(), changed_now.end());
    changed = without_repeats(std::move(changed));
    // A saved export is read again, all of it: its posts are the sources below its path.
    const auto forget_exports = [this, &changed] {
        bool forgotten = false;
        for (const std::string& path : changed) {
            if (load_.imported && load_.imported->forget(path)) forgotten = true;
        }
        return forgotten;
    };
    if (full_build_due_ ||
        std::any_of(changed.begin(), changed.end(),
                    [this](const std::string& path) { return is_site_setting(path); })) {
        forget_exports();
        summary.full = true;
        build();
        return summary;
    }
    // Taken before anything is read: a rebuild the lock stops must leave the session as it
    // was, or the next one would plan from articles whose pages were never written.
    Result<OutputLock> lock = OutputLock::take(job_.output, OutputShape::folder);
    if (!lock) {
        Diagnostics locked;
        locked.report(lock.error());
        report_(locked);
        unwritten_ = std::move(changed);
        return summary;
    }
    const bool exports_changed = forget_exports();
    // Which sources changed: found by a scan of the list, not a set of every path made per
    // save (a save names a file or two; the site has thousands).
    const auto source_at = [this](const std::string& path) {
        return std::find_if(sources_.begin(), sources_.end(),
                            [&path](const Source& s) { return s.path == path; });
    };
    std::set<std::string> edited;
    bool unknown = exports_changed;
    for (const std::string& path : changed) {
        if (source_at(path) != sources_.end()) {
            edited.insert(path);
        } else {
            unknown = true;
        }
    }
    std::error_code ec;
    bool removed = false;
    for (const std::string& path : edited) removed = removed || !fs::exists(path, ec);
    Diagnostics diagnostics;
    // Whether every edit left the metadata as it was (a change to the body alone, the usual
    // save): then the plan cannot change, and planning 10,000 entries again is skipped.
    bool same_metadata = !unknown && !removed;
    if (!unknown && !removed) {
        // The usual save: the files are known and still there, so each is replaced in place.
        const std::vector<std::string> existing(edited.begin(), edited.end());
        for (ReadSource& read : read_metadata(existing)) {
            const auto at = source_at(read.source.path);
            if (at == sources_.end()) continue;
            diagnostics.append(read.diagnostics);
            note_problem(read.source.path, read.diagnostics);
            // A broken file keeps its last good version in the site until it is fixed, and its
            // page is not made again: its body on disk is the broken file's.
            if (read.source.article) {
                // The slug as the plan resolved it, for the comparison (the front matter
                // decides it, and that is what is compared).
                read.source.article->slug = at->article ? at->article->slug : std::string();
                same_metadata = same_metadata && at->article &&
                                *at->article == *read.source.article &&
                                at->toc == read.source.toc;
                *at = std::move(read.source);
            } else {
                edited.erase(read.source.path);
            }
        }
    } else {
        // Files came, went or were renamed: the inputs are listed again, in their order.
        std::vector<std::string> paths;
        if (unknown) {
            Diagnostics ignored;
            // An export's posts are sources of their own (`blog.xml/posts/x.html`): listed as
            // the first build listed them, or every imported post's page went.
            paths = with_exports_expanded(without_repeats(collect_inputs(job_.inputs, ignored)),
                                          load_);
            const std::set<std::string> now(paths.begin(), paths.end());
            for (const std::string& path : changed) {
                bool known = now.count(path) != 0 || source_at(path) != sources_.end();
                if (known) edited.insert(path);
                // A folder moved away or deleted, an export read again: the inputs below it,
                // those that were and those that are.
                const std::string below = path + '/';
                for (const Source& source : sources_) {
                    if (!source.path.starts_with(below)) continue;
                    edited.insert(source.path);
                    known = true;
                }
                for (const std::string& input : paths) {
                    if (!input.starts_with(below)) continue;
                    edited.insert(input);
                    known = true;
                }
                if (!known) {
                    // An image or other file next to an article: the pages of the articles
                    // in its folder that name it.
                    const std::string name = fs::path(path).filename().string();
                    for (const Source& source : sources_) {
                        if (parent_folder(source.path) != parent_folder(path)) continue;
                        Diagnostics unread;
                        const std::optional<std::string> text = read_file_bytes(
                            source.path, unread, nullptr, load_.max_article_size);
                        if (text && text->find(name) != std::string::npos)
                            edited.insert(source.path);
                    }
                }
            }
        } else {
            for (const Source& source : sources_) {
                if (edited.count(source.path) == 0 || fs::exists(source.path, ec))
                    paths.push_back(source.path);
            }
        }
        std::vector<std::string> existing;
        for (const std::string& path : paths) {
            if (edited.count(path) != 0) existing.push_back(path);
        }
        std::map<std::string, ReadSource> fresh;
        for (ReadSource& read : read_metadata(existing))
            fresh.insert_or_assign(read.source.path, std::move(read));
        std::map<std::string, Source> before;
        for (Source& source : sources_) before.insert_or_assign(source.path, std::move(source));
        sources_.clear();
        for (const std::string& path : paths) {
            const auto read = fresh.find(path);
            const auto old = before.find(path);
            if (read == fresh.end()) {
                if (old != before.end()) sources_.push_back(std::move(old->second));
                continue;
            }
            diagnostics.append(read->second.diagnostics);
            note_problem(path, read->second.diagnostics);
            if (read->second.source.article || old == before.end()) {
                sources_.push_back(std::move(read->second.source));
            } else {
                sources_.push_back(std::move(old->second));
                edited.erase(path);
            }
        }
        for (const std::string& path : edited) {
            if (fresh.count(path) == 0) note_problem(path, {});  // removed
        }
    }
    if (edited.empty() && !unknown && !removed) {
        report_(diagnostics);
        return summary;
    }

    PlannedSite replanned;
    if (!same_metadata) replanned = plan_sources(edited, diagnostics);
    report_(diagnostics);
    const PlannedSite& next = same_metadata ? planned_ : replanned;
    if (next.language != planned_.language) {
        // Every page names the site's language. The full build takes the lock itself.
        *lock = OutputLock();
        summary.full = true;
        build();
        return summary;
    }
    std::vector<std::size_t> edited_entries;
    for (std::size_t i = 0; i < next.sources.size(); ++i) {
        if (edited.count(next.sources[i]) != 0) edited_entries.push_back(i);
    }
    SiteChanges changes;
    if (same_metadata) {
        changes.pages = edited_entries;
        for (const std::size_t i : edited_entries) changes.feeds = changes.feeds || next.in_feed[i];
    } else {
        changes = plan_rebuild({&planned_.plan, &planned_.in_feed}, {&next.plan, &next.in_feed},
                               edited_entries, site_.related);
    }
    std::vector<bool> remake(next.plan.entries.size(), false);
    for (const std::size_t i : changes.pages) remake[i] = true;
    if (!changes.link_targets.empty()) {
        for (const std::size_t i : linking_pages(next, changes.link_targets, remake))
            remake[i] = true;
    }
    // The feeds need every item; an item is made with its page.
    if (changes.feeds && site_.feeds) {
        for (std::size_t i = 0; i < remake.size(); ++i) {
            if (next.in_feed[i] && feed_items_.count(next.plan.entries[i].page_file) == 0)
                remake[i] = true;
        }
    }
    std::vector<std::size_t> pages;
    for (std::size_t i = 0; i < remake.size(); ++i) {
        // An article whose front matter is broken now keeps its last good page: made again
        // for a neighbour's sake, it would be made of the half-edited file.
        const bool broken = std::any_of(problems_.begin(), problems_.end(), [&](const SiteProblem& p) {
            return p.source == next.sources[i];
        });
        if (remake[i] && !broken) pages.push_back(i);
    }

    write_changes(next, changes, pages, edited, summary);
    summary.pages = pages.size();
    summary.removed = changes.removed.size();
    summary.lists = changes.lists;
    summary.feeds = changes.feeds && site_.feeds;
    if (!same_metadata) planned_ = std::move(replanned);
    return summary;
}

}  // namespace folio::html
