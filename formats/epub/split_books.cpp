#include "formats/epub/split_books.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include "formats/epub/book_split.hpp"
#include "formats/epub/kobo_spans.hpp"
#include "src/images/image_location.hpp"
#include "src/output/output_file.hpp"
#include "src/output/output_manifest.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/text/ascii_case.hpp"
#include "src/web/url.hpp"

namespace folio::epub {

namespace {

std::optional<ino_t> inode_of(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    return status.st_ino;
}

std::string_view key_name(SplitBy key) {
    switch (key) {
        case SplitBy::tag:
            return "tag";
        case SplitBy::category:
            return "category";
        case SplitBy::year:
            return "year";
        case SplitBy::series:
            return "series";
        case SplitBy::none:
            break;
    }
    return "none";
}

/// Every article of the run by slug, file name and file stem (a slug wins, as in a book).
std::shared_ptr<const ArticlesElsewhere> articles_elsewhere(const BookJob& job,
                                                            const std::vector<Article>& articles,
                                                            const std::vector<BookGroup>& groups) {
    std::vector<std::string> book_of(articles.size());
    for (const BookGroup& group : groups) {
        for (const std::size_t i : group.articles) {
            if (book_of[i].empty()) book_of[i] = group.file;
        }
    }
    auto map = std::make_shared<ArticlesElsewhere>();
    std::vector<ArticleElsewhere> entries;
    entries.reserve(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article& article = articles[i];
        std::string url;
        if (!job.base_url.empty())
            url = absolute_url(expand_permalink(job.permalink, article), job.base_url,
                               job.base_url);
        entries.push_back({article.meta.title, std::move(url), book_of[i]});
    }
    for (std::size_t i = 0; i < articles.size(); ++i) map->emplace(articles[i].slug, entries[i]);
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const std::filesystem::path path = articles[i].source.path;
        map->emplace(path.filename().string(), entries[i]);
        map->emplace(path.stem().string(), entries[i]);
    }
    map->erase("");
    return map;
}

/// The book's title: the one `--group-title` gives the group (by name or file stem, without
/// case), else "<book title>: <group>".
std::string title_of(const BookJob& job, const BookGroup& group) {
    const std::string stem = group.file.substr(0, group.file.size() - 5);
    for (const auto& [key, title] : job.group_titles) {
        const std::string wanted = ascii_lower(key);
        if ((!group.name.empty() && wanted == ascii_lower(group.name)) || wanted == stem)
            return title;
    }
    const std::string book = job.title.empty() ? std::string("Articles") : job.title;
    return book + ": " + (group.name.empty() ? std::string("other") : group.name);
}

/// The cover of the group's newest article that has one on disk, else empty.
std::string newest_cover(const BookJob& job, const std::vector<Article>& articles,
                         const BookGroup& group) {
    std::string cover;
    std::optional<std::int64_t> newest;
    for (const std::size_t i : group.articles) {
        const Article& article = articles[i];
        if (!article.meta.cover || article.meta.cover->source.empty()) continue;
        const std::optional<std::int64_t> when =
            article.meta.date ? std::optional(to_unix_seconds(place_in_zone(*article.meta.date, job.time_zone)))
                              : std::nullopt;
        if (!cover.empty() && (!when || (newest && *when <= *newest))) continue;
        std::string path = resolve_local_image(article.meta.cover->source, article.source.path,
                                               job.static_dir);
        std::error_code error;
        if (path.empty() || !std::filesystem::is_regular_file(path, error)) continue;
        cover = std::move(path);
        newest = when;
    }
    return cover;
}

std::string articles_text(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " article" : " articles");
}

constexpr std::string_view kBooksManifestHeading =
    "# folio epub --split-by: the books the last run wrote in this folder, one per line. The\n"
    "# next run replaces only these, and removes those it no longer writes.\n";

/// The error for a book that would replace `path`, a file folio did not write.
Diagnostic not_ours(const std::string& path) {
    return {Severity::error,
            "epub.split.exists",
            "not replaced: folio did not write this file (the folder's " +
                std::string(kBooksManifestFile) +
                " does not list it), so this book is not written; move or delete the file and "
                "run again, or write the books into another folder",
            path,
            0,
            0,
            {}};
}

/// Removes `stale`, the books the last run listed and this one does not write, when the run had
/// no error: one with an error (an article that did not read, a book that could not be written)
/// cannot tell a book it no longer wants from one it failed to make. Then they are kept, and
/// stay in `listed` for the next run without errors.
Diagnostics clean_up(const std::string& folder, const std::filesystem::path& manifest,
                     std::vector<std::string> stale, bool errors,
                     std::vector<std::string>& listed) {
    Diagnostics out;
    if (stale.empty()) return out;
    if (!errors) {
        remove_stale_files(folder, manifest, stale, {"epub", "the folder"}, out);
        return out;
    }
    out.report(run_note("epub.stale.kept",
                        std::to_string(stale.size()) +
                            (stale.size() == 1 ? " book" : " books") +
                            " the last run wrote and this one did not " +
                            (stale.size() == 1 ? "is" : "are") +
                            " kept: this run had errors (the next run without errors removes " +
                            (stale.size() == 1 ? "it)" : "them)")));
    for (std::string& path : stale) {
        if (path_inside(folder, path)) listed.push_back(std::move(path));
    }
    return out;
}

}  // namespace

JobStatus write_split_books(const BookJob& job, const LoadOptions& load, MetadataPass& first,
                            bool errors_so_far, const DiagnosticSink& report) {
    const std::vector<Article>& articles = first.articles;
    const std::vector<BookGroup> groups = split_articles(articles, job.split_by, job.others);
    const std::shared_ptr<const ArticlesElsewhere> elsewhere =
        articles_elsewhere(job, articles, groups);
    // An article in three tags is read for three books: what it has to say is said once.
    std::set<std::string> said;
    const DiagnosticSink once = [&said, &report](const Diagnostics& diagnostics) {
        Diagnostics fresh;
        for (const Diagnostic& d : diagnostics.items()) {
            if (said.insert(format_diagnostic(d)).second) fresh.report(d);
        }
        report(fresh);
    };
    const std::filesystem::path manifest = std::filesystem::path(job.output) / kBooksManifestFile;
    const std::vector<std::string> previous = previous_manifest(manifest);
    const std::set<std::string> ours(previous.begin(), previous.end());
    std::vector<std::string> planned;  // every book of this run, written or not
    std::vector<std::string> listed;   // the next manifest
    JobStatus status = JobStatus::ok;
    std::string written;
    std::size_t books = 0;  // put in place
    std::vector<bool> in_book(articles.size());
    for (const BookGroup& group : groups) {
        for (const std::size_t i : group.articles) in_book[i] = true;
    }
    const auto placed = static_cast<std::size_t>(std::count(in_book.begin(), in_book.end(), true));
    for (const BookGroup& group : groups) {
        BookJob book = job;
        const std::string file = job.kobo ? kobo_file_name(group.file) : group.file;
        book.output = (std::filesystem::path(job.output) / file).string();
        planned.push_back(file);
        std::error_code absent;
        if (!ours.contains(file) &&
            std::filesystem::exists(std::filesystem::symlink_status(book.output, absent))) {
            Diagnostics refused;
            refused.report(not_ours(book.output));
            report(refused);
            status = JobStatus::input_errors;
            continue;
        }
        book.title = title_of(job, group);
        if (book.cover.empty()) book.cover = newest_cover(job, articles, group);
        MetadataPass part;
        part.articles.reserve(group.articles.size());
        for (const std::size_t i : group.articles) {
            part.articles.push_back(articles[i]);
            part.languages.add(articles[i].meta.language);
            if (articles[i].source.path == "-") part.stdin_text = first.stdin_text;
        }
        BookSettings settings;
        settings.identifier_group = std::string(key_name(job.split_by)) + "\n" +
                                    ascii_lower(group.name);
        settings.elsewhere = elsewhere;
        // Written is what the file system says: a book put in place is a new file (a new inode),
        // whatever the status, which an article's error and a failed write share.
        const std::optional<ino_t> before = inode_of(book.output);
        const JobStatus result = write_book(book, load, part, std::move(settings), once);
        const std::optional<ino_t> after = inode_of(book.output);
        // A book listed before stays listed when it could not be written: it is still ours.
        if ((after && after != before) || ours.contains(file)) listed.push_back(file);
        if (after && after != before) {
            ++books;
            written += (written.empty() ? "" : ", ") + file + " (" +
                       articles_text(group.articles.size()) +
                       (group.name.empty() ? " without a " + std::string(key_name(job.split_by))
                                           : std::string()) +
                       ")";
        }
        if (result != JobStatus::ok && status == JobStatus::ok) status = result;
    }
    Diagnostics summary;
    std::string message = "wrote " + std::to_string(books) +
                          (books == groups.size() ? std::string()
                                                  : " of " + std::to_string(groups.size())) +
                          (groups.size() == 1 ? " book" : " books") + " in " + job.output +
                          (written.empty() ? std::string() : ": " + written);
    if (placed < articles.size())
        message += "; " + articles_text(articles.size() - placed) + " without a " +
                   std::string(key_name(job.split_by)) + " left out (--no-others)";
    summary.report(run_note("epub.split", std::move(message)));
    report(summary);
    Diagnostics cleanup = clean_up(job.output, manifest, stale_files(previous, planned),
                                   errors_so_far || status != JobStatus::ok, listed);
    if (!listed.empty() || !previous.empty()) {
        if (std::optional<Diagnostic> problem = write_file_atomically(
                manifest, write_manifest(std::move(listed), kBooksManifestHeading)))
            cleanup.report(std::move(*problem));
    }
    report(cleanup);
    return status_with(status, cleanup.has_errors());
}

}  // namespace folio::epub
