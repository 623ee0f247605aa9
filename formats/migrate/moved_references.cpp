#include "formats/migrate/moved_references.hpp"

#include <map>
#include <set>

#include "formats/migrate/target_layout.hpp"
#include "src/ast/walk.hpp"
#include "src/images/bundle_images.hpp"
#include "src/render/html_tags.hpp"

namespace folio {

namespace {

std::string file_name_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Images copied by `bundle_images` are referenced by their bare name; a target that keeps
// them elsewhere (`/assets/<slug>/<name>`) gets that reference instead, in the tree and in
// the edits of a copied body.
void point_images_at(const std::string& url_pattern, const std::string& dir,
                     const std::vector<OutputFile>& copies, Article& page,
                     std::vector<MovedDestination>& moved) {
    std::map<std::string, std::string> url_of;
    for (const OutputFile& copy : copies) {
        const std::string name = file_name_of(copy.path);
        url_of.emplace(name, expand_output_pattern(url_pattern, page, dir, name));
    }
    const auto renamed = [&](std::string& reference) {
        const auto found = url_of.find(reference);
        if (found != url_of.end()) reference = found->second;
    };
    for (MovedDestination& m : moved) renamed(m.to);
    if (page.meta.cover) renamed(page.meta.cover->source);
    // Raw HTML's images too: a body written from the tree (an HTML post, `--reformat`) has
    // no copied source for the moves above to edit.
    RawHtmlRewrite in_html;
    in_html.image_url = [&](std::string_view url) {
        std::string reference(url);
        renamed(reference);
        return reference;
    };
    const auto images = [&](Blocks& blocks) {
        for_each_inline(blocks, [&](Inline& item) {
            if (auto* image = std::get_if<Image>(&item.node)) renamed(image->url);
        });
        for_each_raw_html(blocks, [&](std::string& html, SourcePos) {
            html = rewrite_raw_html(html, in_html);
        });
    };
    images(page.body);
    for (Footnote& note : page.footnotes) images(note.children);
}

}  // namespace

MovedFiles move_references(Article& page, const std::string& dir, const ReferenceMoves& how,
                           std::vector<MovedDestination>& moved, Diagnostics& diagnostics) {
    const EngineOutput& layout = how.layout;
    MovedFiles out;
    if (!layout.images_folder.empty()) {
        const std::string folder = expand_output_pattern(layout.images_folder, page, dir);
        out.images_copied =
            bundle_images(page, folder, how.locate, how.resources, diagnostics, &moved);
        point_images_at(std::string(layout.images_url), dir, out.images_copied, page, moved);
    }
    out.images = moved.size();
    if (!how.rewrite_links && !how.copy_files) return out;
    std::set<std::string> taken;
    for (const OutputFile& copy : out.images_copied) taken.insert(file_name_of(copy.path));
    const bool apart = !layout.files_folder.empty();
    LinkedFileTarget where;
    where.folder =
        expand_output_pattern(apart ? layout.files_folder : layout.images_folder, page, dir);
    where.url_prefix =
        expand_output_pattern(apart ? layout.files_url : layout.images_url, page, dir, "");
    // With `rewrite_links` off no article is known; with `copy_files` off every reference is
    // remote to the locator, so none is copied.
    const ArticleIndex no_articles;
    const ImageLocator no_files = [](std::string_view, std::string_view) {
        return ImageLocation{};
    };
    out.links = rewrite_links(page, how.rewrite_links ? how.articles : no_articles, where,
                              how.copy_files ? how.locate : no_files, how.resources, taken,
                              moved, diagnostics);
    return out;
}

std::size_t list_copies(const MovedFiles& files, const Diagnostics& diagnostics,
                        ArticleMigration& result) {
    for (const OutputFile& copy : files.images_copied) result.files_copied.push_back(copy.path);
    for (const OutputFile& copy : files.links.files) result.files_copied.push_back(copy.path);
    result.files_missing = files.links.missing;
    constexpr std::string_view kLookedFor = "(looked for ";
    for (const Diagnostic& d : diagnostics.items()) {
        const std::size_t at = d.message.find(kLookedFor);
        if (d.code != "hugo.image.missing" || at == std::string::npos) continue;
        const std::size_t begin = at + kLookedFor.size();
        result.files_missing.push_back(
            d.message.substr(begin, d.message.find(");", begin) - begin));
    }
    return files.images_copied.size() + files.links.files.size();
}

}  // namespace folio
