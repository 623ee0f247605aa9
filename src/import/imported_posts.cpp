#include "src/import/imported_posts.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

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
    std::optional<std::string> bytes = kept != nullptr
                                           ? kept->bytes
                                           : read_file_bytes(path, diagnostics, nullptr, max_size);
    if (kept != nullptr) streams_.erase(path);  // its posts are kept instead
    if (bytes) {
        const SourceText file(path, std::move(*bytes));
        bytes.reset();
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

const ImportedPosts::Entry* ImportedPosts::find(const std::string& path) const {
    const auto found = entries_.find(path);
    return found == entries_.end() ? nullptr : &found->second;
}

}  // namespace folio
