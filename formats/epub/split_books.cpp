#include "formats/epub/split_books.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <memory>
#include <set>

#include "formats/epub/book_split.hpp"
#include "formats/epub/kobo_spans.hpp"
#include "src/images/image_location.hpp"
#include "src/output/output_file.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/text/ascii_case.hpp"

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

/// `/posts/x/` on `https://example.org/blog/`: `https://example.org/blog/posts/x/`.
std::string web_page(const std::string& base_url, const std::string& path) {
    std::string out = base_url;
    while (!out.empty() && out.back() == '/') out.pop_back();
    return out + path;
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
            url = web_page(job.base_url, expand_permalink(job.permalink, article));
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

}  // namespace

JobStatus write_split_books(const BookJob& job, const LoadOptions& load, MetadataPass& first,
                            const DiagnosticSink& report) {
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
    JobStatus status = JobStatus::ok;
    std::string written;
    std::size_t books = 0;  // put in place
    std::size_t placed = 0;
    std::vector<bool> in_book(articles.size());
    for (const BookGroup& group : groups) {
        BookJob book = job;
        const std::string file = job.kobo ? kobo_file_name(group.file) : group.file;
        book.output = (std::filesystem::path(job.output) / file).string();
        book.title = title_of(job, group);
        if (book.cover.empty()) book.cover = newest_cover(job, articles, group);
        MetadataPass part;
        part.articles.reserve(group.articles.size());
        for (const std::size_t i : group.articles) {
            part.articles.push_back(articles[i]);
            part.languages.add(articles[i].meta.language);
            if (articles[i].source.path == "-") part.stdin_text = first.stdin_text;
            if (!in_book[i]) ++placed;
            in_book[i] = true;
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
    return status;
}

}  // namespace folio::epub
