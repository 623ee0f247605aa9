#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/import/imported_posts.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/source/source_text.hpp"
#include "src/source/written_body.hpp"

namespace folio {

/// The largest article read by default (`--max-article-size`): far above any real article,
/// far below what would exhaust memory (the AST takes about 100 bytes per input byte).
inline constexpr std::uint64_t kDefaultMaxArticleSize = std::uint64_t{16} << 20;

/// Expands command-line inputs: files as given, directories recursively (`*.md`,
/// `*.markdown`, `*.mdown`, sorted by path so runs are deterministic), `-` for stdin.
/// A missing input is an error diagnostic (`input.missing`); the others are still returned.
/// Inside a folder only regular files are articles: a FIFO, device or socket, a dangling
/// symbolic link or a loop of links is skipped with an `input.skipped` warning naming it, and
/// a subfolder that cannot be listed is an `input.unreadable` warning, the rest still read.
/// A file named on the command line is read whatever its kind (a FIFO, `/dev/stdin`).
std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments,
                                        Diagnostics& diagnostics);

/// One file's outcome: its article (empty when it could not be read), its diagnostics, and
/// whatever the worker-side hook made of it (a rendered body, say).
struct ArticleSlot {
    std::size_t index = 0;  ///< the file's place in the input (the vector the loader was given)
    std::string path;
    std::optional<Article> article;
    Diagnostics diagnostics;
    std::string output;
    /// The body as its file holds it, when the hook kept it (`write_files_per_article` does for
    /// jobs that copy bodies).
    std::optional<WrittenBody> written_body;
    /// The engine syntax the file's body is read with (its site's engine: a Hugo post's `{% %}`
    /// is text), for a hook that reads the body itself.
    EngineSyntaxOptions engine_syntax;
};

/// Runs on the worker thread right after a file is read, with its text still at hand: the
/// linter's text checks, or a render that can run in parallel. Touches only its arguments.
/// The slug is not resolved yet at that point.
using ArticleHook = std::function<void(const SourceText&, ArticleSlot&)>;

/// How far a pass over the files has come: `done` of `total` handed on, and whether this is
/// the bodies-only second pass of a two-pass job.
struct LoadProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    bool second_pass = false;
};

/// How to load a set of files.
struct LoadOptions {
    ReadOptions read;
    bool fix_mojibake = false;  ///< repair suspected mojibake in the text before reading
    unsigned threads = 0;       ///< 0: one per core
    ArticleHook hook;           ///< optional, see ArticleHook
    /// Stop after the first file whose diagnostics hold an error once `in_order` has seen it
    /// (`--fail-fast`): no later file is handed on.
    bool fail_fast = false;
    /// Optional: called on the calling thread after each file has been handed on (a progress
    /// line, a summary's count).
    std::function<void(const LoadProgress&)> progress;
    /// A file larger than this is an `input.too-large` error, never read into memory.
    std::uint64_t max_article_size = kDefaultMaxArticleSize;
    /// An image larger than this is not copied or embedded (the jobs' `DiskResourceReader`).
    std::uint64_t max_image_size = kDefaultMaxImageSize;
    /// An export (a WordPress or Ghost file holding a whole blog) larger than this is an
    /// `input.too-large` error.
    std::uint64_t max_export_size = kDefaultMaxExportSize;
    /// The exports read so far and their posts, shared by every copy of these options, so that
    /// a job's second pass finds the posts its first pass read (see ImportedPosts).
    std::shared_ptr<ImportedPosts> imported = std::make_shared<ImportedPosts>();
};

/// `inputs` with each export among them (`find_export_format`) replaced by the paths of its
/// posts and pages (see ImportedPosts), read now if they were not before. `for_each_article`
/// does this itself; a job that sizes something by the number of articles calls it first.
std::vector<std::string> with_exports_expanded(const std::vector<std::string>& inputs,
                                               const LoadOptions& options);

/// Reads `paths` on worker threads and hands every file to `in_order` on the calling thread,
/// an export (`find_export_format`) as one article per post and page (see ImportedPosts),
/// strictly in input order, with its slug already resolved against the files before it. Only
/// a bounded window of files is in flight, so memory does not grow with the corpus. A file
/// that cannot be read or whose front matter is broken arrives with an empty article and its
/// error: the others are still read, unless `options.fail_fast`.
void for_each_article(const std::vector<std::string>& paths, const LoadOptions& options,
                      const std::function<void(ArticleSlot&)>& in_order);

/// The second pass after a metadata-only first one (`options.read.body == false`) for jobs that
/// need every body (a book, a site): reads each article's file again on worker threads, fills
/// in its body with `read_article_body` and runs `options.hook`, and hands the articles (moved
/// out of `articles`) to `in_order` on the calling thread, in their order there. The metadata, slug
/// and source positions stay as the first pass left them and nothing of it is reported again.
/// A file that cannot be read now arrives with its metadata, no body and an `input.unreadable`
/// error (the hook does not run). `--fail-fast` stops as in `for_each_article`.
void for_each_body(std::vector<Article>& articles, const LoadOptions& options,
                   const std::function<void(ArticleSlot&)>& in_order);

/// The second pass after a metadata-only first one (`options.read.body == false`): reads the
/// article's file again, as `for_each_article` did (mojibake repaired when asked), and fills in
/// its body with `read_article_body`. For jobs that keep a few articles of many (a feed's
/// newest 20). Returns false, with the reason in `diagnostics`, if the file cannot be read now.
bool read_body_again(Article& article, const LoadOptions& options, Diagnostics& diagnostics);

/// Articles read from `paths`, in input order, and every diagnostic, grouped by file in input
/// order whatever thread read it.
struct LoadedArticles {
    std::vector<Article> articles;
    Diagnostics diagnostics;
};

/// Every article of `paths` at once, for jobs that need the whole set (sorting a book by
/// date); built on `for_each_article`.
LoadedArticles load_articles(const std::vector<std::string>& paths, const LoadOptions& options);

/// Resolves slugs one article at a time, in input order: front-matter slug, else the file name
/// (a page bundle's folder for `index.md`), else the title, made URL-safe by `unicode_slug`
/// (letters of scripts with no ASCII spelling kept, as the engines keep them). A
/// clash is a warning (`slug.duplicate`, at the `slug` key when there is one) and the later
/// article gets `-2`, `-3`, ... (linear time however many share one slug). A slug Windows
/// keeps for a device (`con`, `nul`, `com1`) is a warning (`slug.reserved`). Slugs are
/// lowercase in the scripts `lowercase_code_point` covers, so two of them never differ only
/// by case.
class SlugAssigner {
public:
    void assign(Article& article, Diagnostics& diagnostics);

private:
    std::unordered_set<std::string> taken_;
    std::unordered_map<std::string, std::size_t> next_suffix_;  ///< base → the next `-n` to try
};

/// `SlugAssigner` over a whole set, in order.
void assign_slugs(std::vector<Article>& articles, Diagnostics& diagnostics);

/// Reads a file's raw bytes; empty with an error diagnostic (`input.unreadable`) on failure.
/// `-` reads standard input. `waited_for_disk`, when given, is set when the file was not in the
/// page cache, so the read had to wait for the disk (the loader then reads ahead). A file
/// of more than `max_bytes` is an `input.too-large` error: a regular file is refused by its
/// size before anything is read, a pipe or device after `max_bytes + 1` bytes, so `/dev/zero`
/// or a 2 GB sparse file never fills memory.
std::optional<std::string> read_file_bytes(const std::string& path, Diagnostics& diagnostics,
                                           bool* waited_for_disk = nullptr,
                                           std::uint64_t max_bytes = kDefaultMaxArticleSize);

}  // namespace folio
