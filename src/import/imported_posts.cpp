#include "src/import/imported_posts.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>

#include "src/pipeline/load_articles.hpp"
#include "src/source/file_head.hpp"
#include "src/source/source_text.hpp"
#include "src/text/ascii_case.hpp"

namespace folio {

namespace {

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    return ascii_lower(ext);
}

constexpr std::size_t kHeadSize = 4096;

bool claimed_by_an_export(const Registry& formats, const std::string& ext) {
    return std::any_of(formats.exports.begin(), formats.exports.end(), [&](const ExportFormat& f) {
        return std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end();
    });
}

// An export whose text is its file's bytes (no byte order mark, CR or invalid UTF-8 changed
// when it was read, as WordPress writes it): only then are offsets in the text the file's.
bool text_is_the_files_bytes(const SourceText& file, std::size_t file_bytes) {
    return file.text().size() == file_bytes && file.other_line_ends().empty() &&
           file.invalid_utf8_offset() == std::string::npos && !file.from_utf16();
}

Diagnostic export_changed(const ImportedPosts::Entry& entry, const std::string& what) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "import.changed";
    d.message = "the export " + what +
                " since it was read: this post's body is not read again; run folio again";
    d.path = entry.export_path;
    d.line = entry.post->at.line;
    d.column = entry.post->at.column;
    return d;
}

}  // namespace

std::string_view imported_section(const ExportedPost& post) { return post.page ? "pages" : "posts"; }

std::optional<std::vector<std::string>> ImportedPosts::expand(const std::string& path,
                                                              const Registry& formats,
                                                              std::uint64_t max_size) {
    if (const auto known = exports_.find(path); known != exports_.end()) return known->second;
    const std::string ext = lower_extension(path);
    if (!claimed_by_an_export(formats, ext) || path == "-") return std::nullopt;
    const Stream* kept = stream(path);
    if (kept != nullptr && !kept->bytes) return std::nullopt;  // the loader reports why
    const ExportFormat* format = find_export_format(
        formats, ext,
        kept != nullptr ? kept->bytes->substr(0, kHeadSize) : file_head(path, kHeadSize));
    if (format == nullptr) return std::nullopt;
    Diagnostics diagnostics;
    std::vector<std::string> paths;
    // Taken before the bytes are read: a save while they are read leaves a newer time, and the
    // posts' bodies are then refused rather than made from bytes of two versions.
    const bool from_stream = kept != nullptr;
    std::error_code stamp_error;
    const std::uintmax_t stamp_size =
        from_stream ? 0 : std::filesystem::file_size(path, stamp_error);
    const std::filesystem::file_time_type stamp_time =
        stamp_error || from_stream ? std::filesystem::file_time_type{}
                                   : std::filesystem::last_write_time(path, stamp_error);
    std::optional<std::string> bytes = kept != nullptr
                                           ? kept->bytes
                                           : read_file_bytes(path, diagnostics, nullptr, max_size);
    if (kept != nullptr) streams_.erase(path);  // its posts are kept instead
    if (bytes) {
        const std::size_t file_bytes = bytes->size();
        const SourceText file(path, std::move(*bytes));
        bytes.reset();
        // A stream cannot be read again: its posts keep their HTML.
        const bool readable_again =
            !from_stream && !stamp_error && text_is_the_files_bytes(file, file_bytes);
        std::unordered_map<std::string, int> used;  // two posts with one slug keep both
        format->read(file, diagnostics, [&](ExportedPost&& post) {
            if (post.attachment) {
                if (post.meta.cover &&
                    attachments_.try_emplace(post.id, std::move(*post.meta.cover)).second)
                    export_attachments_[path].push_back(post.id);
                return;
            }
            std::string name = path + "/" + std::string(imported_section(post)) + "/" + post.meta.slug;
            if (const int n = used[name]++; n > 0) name += "-" + std::to_string(n + 1);
            name += ".html";
            Entry entry;
            entry.export_path = path;
            // Every post's HTML kept for the run was half the export's size again (17 MB of a
            // 31 MB one): the body's bytes are read again instead when the body is needed.
            if (readable_again && post.html_again && post.body_size != 0 &&
                post.body_offset + post.body_size <= file.text().size()) {
                entry.html_dropped = true;
                entry.export_size = stamp_size;
                entry.export_time = stamp_time;
                entry.body_hash = std::hash<std::string_view>{}(
                    std::string_view(file.text()).substr(post.body_offset, post.body_size));
                std::string().swap(post.html);
            }
            if (!post.cover_attachment.empty()) uncovered_.push_back(name);
            entry.post = std::move(post);
            paths.push_back(name);
            entries_.insert_or_assign(std::move(name), std::move(entry));
        });
    }
    if (paths.empty()) {
        paths.push_back(path);
        entries_[path].export_path = path;
    }
    entries_[paths.front()].diagnostics = std::move(diagnostics);
    exports_[path] = paths;
    find_covers_in_other_parts();
    return paths;
}

bool ImportedPosts::forget(const std::string& path) {
    const auto known = exports_.find(path);
    if (known == exports_.end()) return false;
    for (const std::string& post : known->second) {
        entries_.erase(post);
        std::erase(uncovered_, post);
    }
    exports_.erase(known);
    if (const auto ids = export_attachments_.find(path); ids != export_attachments_.end()) {
        for (const std::string& id : ids->second) attachments_.erase(id);
        export_attachments_.erase(ids);
    }
    return true;
}

void ImportedPosts::keep_stream(const std::string& path, const Registry& formats,
                                std::uint64_t max_article_size, std::uint64_t max_export_size) {
    if (streams_.contains(path)) return;
    if (path != "-") {
        std::error_code ec;
        const std::filesystem::file_status status = std::filesystem::status(path, ec);
        if (ec || std::filesystem::is_regular_file(status) || std::filesystem::is_directory(status))
            return;
    }
    Stream& kept = streams_[path];
    const bool is_export = path != "-" && claimed_by_an_export(formats, lower_extension(path));
    kept.bytes = read_file_bytes(path, kept.diagnostics, nullptr,
                                 is_export ? max_export_size : max_article_size);
}

const ImportedPosts::Stream* ImportedPosts::stream(const std::string& path) const {
    const auto found = streams_.find(path);
    return found == streams_.end() ? nullptr : &found->second;
}

void ImportedPosts::find_covers_in_other_parts() {
    std::erase_if(uncovered_, [this](const std::string& name) {
        std::optional<ExportedPost>& post = entries_[name].post;
        const auto found = attachments_.find(post->cover_attachment);
        if (found == attachments_.end()) return false;
        post->meta.cover = found->second;
        post->cover_attachment.clear();
        return true;
    });
}

std::optional<std::string> ImportedPosts::html_of(const Entry& entry,
                                                  Diagnostics& diagnostics) const {
    const ExportedPost& post = *entry.post;
    if (!entry.html_dropped) return post.html;
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(entry.export_path, error);
    const std::filesystem::file_time_type time =
        error ? std::filesystem::file_time_type{}
              : std::filesystem::last_write_time(entry.export_path, error);
    if (error) {
        diagnostics.report(
            export_changed(entry, "can no longer be read (" + error.message() + ")"));
        return std::nullopt;
    }
    if (size != entry.export_size || time != entry.export_time) {
        diagnostics.report(export_changed(entry, "was changed on disk"));
        return std::nullopt;
    }
    std::string body(post.body_size, '\0');
    std::ifstream in(entry.export_path, std::ios::binary);
    if (!in.seekg(static_cast<std::streamoff>(post.body_offset)) ||
        !in.read(body.data(), static_cast<std::streamsize>(body.size()))) {
        diagnostics.report(export_changed(entry, "can no longer be read"));
        return std::nullopt;
    }
    // Size and time miss a change made within the file system's clock tick, or a copy that
    // kept the time (`cp -p`): the body's own bytes are compared too.
    if (std::hash<std::string_view>{}(body) != entry.body_hash) {
        diagnostics.report(export_changed(entry, "was changed on disk"));
        return std::nullopt;
    }
    return (*post.html_again)(body, post.id);
}

const ImportedPosts::Entry* ImportedPosts::find(const std::string& path) const {
    const auto found = entries_.find(path);
    return found == entries_.end() ? nullptr : &found->second;
}

}  // namespace folio
