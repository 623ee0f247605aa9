#include "src/check/lint.hpp"

#include <cctype>
#include <filesystem>

#include "src/ast/walk.hpp"
#include "src/render/html_body.hpp"
#include "src/render/title_heading.hpp"
#include "src/text/mojibake.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// Joins `relative` below `root` and refuses any result outside it, after `..` is resolved
// lexically: a reference in an article must not make folio look elsewhere on the disk.
std::string join_inside(const fs::path& root, std::string_view relative) {
    // A NUL would end the name early when the file is opened: not a path anyone meant.
    if (relative.find('\0') != std::string_view::npos) return {};
    const fs::path base = root.empty() ? fs::path(".") : root;
    const fs::path joined = (base / fs::path(relative).relative_path()).lexically_normal();
    const fs::path back = joined.lexically_relative(base.lexically_normal());
    if (back.empty() || *back.begin() == "..") return {};
    // Lexically inside is not enough: a symlinked folder or file below the root can point
    // anywhere. Where the path exists, its real location must be inside the root's.
    std::error_code ec;
    if (fs::exists(fs::symlink_status(joined, ec)) || fs::exists(joined, ec)) {
        const fs::path real = fs::weakly_canonical(joined, ec);
        if (ec) return {};
        const fs::path real_base = fs::weakly_canonical(base, ec);
        if (ec) return {};
        const fs::path real_back = real.lexically_relative(real_base);
        if (real_back.empty() || *real_back.begin() == "..") return {};
    }
    return joined.generic_string();
}

void walk_images(const Inlines& inlines, std::vector<const Image*>& out);

void walk_images(const Blocks& blocks, std::vector<const Image*>& out) {
    for_each_inline_run(blocks, [&out](const Inlines& run) { walk_images(run, out); });
}

void walk_images(const Inlines& inlines, std::vector<const Image*>& out) {
    for (const Inline& item : inlines) {
        std::visit(
            [&](const auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, Image>) {
                    out.push_back(&node);
                } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                                     std::is_same_v<T, Strikethrough> || std::is_same_v<T, Link>) {
                    walk_images(node.children, out);
                } else {
                    static_assert(std::is_same_v<T, Text> || std::is_same_v<T, SoftBreak> ||
                                  std::is_same_v<T, HardBreak> || std::is_same_v<T, Code> ||
                                  std::is_same_v<T, RawHtml> ||
                                  std::is_same_v<T, FootnoteReference>);
                }
            },
            item.node);
    }
}

// The front matter holds the cover path somewhere before the body; point at it when found.
SourcePos cover_position(const SourceText& source, const Article& article, std::string_view cover) {
    const std::size_t body = std::min(article.source.body_offset, source.text().size());
    const std::size_t at = std::string_view(source.text()).substr(0, body).find(cover);
    return at == std::string_view::npos ? SourcePos{1, 1} : source.position(at);
}


void check_image(const SourceText& source, std::string_view reference, SourcePos at,
                 const std::string& what, const LintOptions& options, bool& noted_static,
                 Diagnostics& diagnostics) {
    if (reference.empty() || is_remote_reference(reference)) return;
    if (reference.front() == '/' && options.static_dir.empty()) {
        if (!noted_static) {
            diagnostics.report(source.diagnostic_at(
                Severity::note, "check.image.unchecked",
                "site-absolute image paths such as '" + std::string(reference) +
                    "' are not checked: give --static DIR (or 'static' in folio.toml)",
                at));
            noted_static = true;
        }
        return;
    }
    const std::string path = resolve_local_image(reference, source.path(), options.static_dir);
    if (path.empty()) {
        diagnostics.report(source.diagnostic_at(
            Severity::warning, "check.image.outside",
            what + " '" + std::string(reference) + "' points outside its folder and is not read",
            at));
        return;
    }
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        diagnostics.report(source.diagnostic_at(
            Severity::warning, "check.image.missing",
            what + " '" + std::string(reference) + "' does not exist (looked for " + path + ")", at));
    }
}

}  // namespace

bool is_remote_reference(std::string_view reference) {
    if (reference.substr(0, 2) == "//") return true;
    std::size_t i = 0;
    if (reference.empty() || !std::isalpha(static_cast<unsigned char>(reference[0]))) return false;
    while (i < reference.size() && (std::isalnum(static_cast<unsigned char>(reference[i])) ||
                                    reference[i] == '+' || reference[i] == '-' || reference[i] == '.')) {
        ++i;
    }
    return i < reference.size() && reference[i] == ':';
}

std::string resolve_local_image(std::string_view reference, std::string_view article_path,
                                std::string_view static_dir) {
    if (is_remote_reference(reference)) return {};
    const std::size_t cut = reference.find_first_of("?#");
    const std::string decoded = percent_decode(reference.substr(0, cut));
    if (decoded.empty()) return {};
    if (decoded.front() == '/') {
        if (static_dir.empty()) return {};
        return join_inside(fs::path(static_dir), decoded);
    }
    if (article_path == "-") return join_inside(fs::path("."), decoded);
    return join_inside(fs::path(article_path).parent_path(), decoded);
}

void lint_article(const SourceText& source, const Article& article, const LintOptions& options,
                  Diagnostics& diagnostics) {
    const Meta& meta = article.meta;
    if (article.source.title_origin != TitleOrigin::front_matter) {
        diagnostics.report(source.diagnostic_at(
            Severity::warning, "check.title.missing",
            "no title in the front matter; using '" + meta.title + "' from the " +
                (article.source.title_origin == TitleOrigin::heading ? "first heading" : "file name"),
            {1, 1}));
    }
    // An unusable date was already reported by the mapper and kept in extra.
    if (!meta.date && find(meta.extra, "date") == nullptr) {
        diagnostics.report(source.diagnostic_at(Severity::warning, "check.date.missing",
                                                "no date in the front matter", {1, 1}));
    }

    for (const Mojibake& m : find_mojibake(source.text())) {
        diagnostics.report(source.diagnostic(
            Severity::warning, "check.mojibake",
            "suspected mojibake '" + m.found + "' (UTF-8 read as " + std::string(m.codec) +
                "): probably '" + m.repaired + "'; --fix-mojibake repairs it",
            m.offset));
    }

    bool noted_static = false;
    if (meta.cover) {
        check_image(source, meta.cover->source, cover_position(source, article, meta.cover->source),
                    "cover image", options, noted_static, diagnostics);
    }
    std::vector<const Image*> images;
    walk_images(article.body, images);
    for (const Footnote& note : article.footnotes) walk_images(note.children, images);
    for (const Image* image : images) {
        check_image(source, image->url, image->at, "image", options, noted_static, diagnostics);
    }

    // The very test the writers use to leave the heading out, so the warning and the output agree.
    if (starts_with_title_heading(article)) {
        diagnostics.report(source.diagnostic_at(
            Severity::warning, "check.title.repeated",
            "the first heading repeats the title; writers leave it out", article.body.front().at));
    }
}

}  // namespace folio
