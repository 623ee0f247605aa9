#include "src/check/lint.hpp"

#include <cctype>
#include <filesystem>

#include "src/ast/walk.hpp"
#include "src/check/mojibake_report.hpp"
#include "src/images/image_location.hpp"
#include "src/render/html_body.hpp"
#include "src/render/title_heading.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

// Every image, however deep in quotes, lists, tables, emphasis or links.
void walk_images(const Blocks& blocks, std::vector<const Image*>& out) {
    for_each_inline(blocks, [&out](const Inline& item) {
        if (const auto* image = std::get_if<Image>(&item.node)) out.push_back(image);
    });
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

    report_mojibake(source, "check.mojibake", MojibakeReports::every_run, diagnostics);

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
