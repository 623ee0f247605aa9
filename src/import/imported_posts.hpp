#pragma once

// Exports (one file holding a whole blog) in a run that reads files of one article each: every
// post of an export becomes an article of its own, under a path of its own inside the export's
// (`blog.xml/posts/hello-world.html`, `blog.xml/pages/about.html`), so that the loader, slugs,
// hooks and every command treat it as they treat a file. No such path exists on disk (the
// export is a file, not a folder): the post's metadata is kept here, and its HTML made again
// from the body's bytes in the export whenever the body is read (or kept, for an export whose
// reader cannot make it again or whose text is not its file's bytes).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/plugin/export_reader.hpp"
#include "src/plugin/registry.hpp"

namespace folio {

/// The largest export read by default: a big blog's WXR is a few hundred megabytes.
inline constexpr std::uint64_t kDefaultMaxExportSize = std::uint64_t{2} << 30;

/// Every export a run has read, and its posts. Filled on the calling thread before the workers
/// start (`expand`); read by them (`find`) without locking, as nothing is added meanwhile.
class ImportedPosts {
public:
    /// When `path` is an export one of `formats` reads (by its extension and first bytes),
    /// reads it (only once per run), and returns the paths of its posts in the export's order;
    /// else empty. The export's own diagnostics go with its first post (or, when it has none,
    /// `path` itself is returned and `find` gives a post-less entry holding them).
    std::optional<std::vector<std::string>> expand(const std::string& path, const Registry& formats,
                                                   std::uint64_t max_size);

    /// Forgets what `expand` read of the export `path` (its posts, its attachments), so that
    /// the next `expand` reads the file again: `folio serve` after the export was saved. False
    /// when `path` was not read as an export. Only between runs, never while workers read.
    bool forget(const std::string& path);

    /// One post, by the path `expand` gave it.
    struct Entry {
        /// Empty for an export that gave no post. Its `html` is dropped when `html_dropped`.
        std::optional<ExportedPost> post;
        std::string export_path;
        Diagnostics diagnostics;  ///< the export's, with its first post only
        /// Whether `post->html` was dropped after reading, to be made again from the export
        /// (`html_of`); the export's size and modification time and a hash of the body's bytes
        /// tell whether the file is still the one that was read.
        bool html_dropped = false;
        std::uintmax_t export_size = 0;
        std::filesystem::file_time_type export_time{};
        std::size_t body_hash = 0;
    };

    /// The entry behind `path`, or nullptr for a path of no export.
    const Entry* find(const std::string& path) const;

    /// The HTML of `entry`'s post: kept, or made again from its body's bytes in the export.
    /// Empty, with an `import.changed` error at the post, when the export is no longer the file
    /// that was read (its size, modification time or the body's bytes differ) or cannot be read
    /// now: the post's body is then not read, rather than read from other bytes. Safe to call
    /// from several threads.
    std::optional<std::string> html_of(const Entry& entry, Diagnostics& diagnostics) const;

    /// An input that can be read only once (standard input, a FIFO, a character device),
    /// read whole here before anything else reads it: recognising an
    /// export by its first bytes, and the second pass of `epub` and `html`, would otherwise
    /// find its first bytes gone or wait for a writer that has left. Regular files and
    /// folders are left alone. Bounded as an export when one of `formats` claims its
    /// extension, else as an article. Called on the calling thread before the workers start.
    void keep_stream(const std::string& path, const Registry& formats,
                     std::uint64_t max_article_size, std::uint64_t max_export_size);

    /// What `keep_stream` read of `path`: the bytes, or none with the reason in diagnostics.
    struct Stream {
        std::optional<std::string> bytes;
        Diagnostics diagnostics;
    };

    /// The stream kept for `path`, or nullptr when it is not one.
    const Stream* stream(const std::string& path) const;

private:
    std::unordered_map<std::string, Stream> streams_;

    /// Gives the posts whose featured image is in another part of a split export (read before
    /// or after theirs) the attachment once it is read.
    void find_covers_in_other_parts();

    std::unordered_map<std::string, Entry> entries_;
    std::unordered_map<std::string, Cover> attachments_;  ///< every export's, by id
    std::vector<std::string> uncovered_;  ///< posts whose featured image is not found yet
    std::unordered_map<std::string, std::vector<std::string>> exports_;  ///< export → post paths
    /// Export → the ids of its attachments in `attachments_`, for `forget`.
    std::unordered_map<std::string, std::vector<std::string>> export_attachments_;
};

/// The section folder of a post's path: `pages` for a page, else `posts`.
std::string_view imported_section(const ExportedPost& post);

}  // namespace folio
