// bytes → read_article → a Hugo page bundle: every file stays below the content root, image
// references never lead outside the article's or the static folder, and `index.md` (TOML front
// matter + Markdown body) reads back as the same title, dates, summary, tags, categories,
// draft flag and body (without the title heading the writer leaves out).

#include <memory>
#include <string>
#include <vector>

#include "formats/hugo/hugo_writer.hpp"
#include "formats/registry.hpp"
#include "fuzz/fuzz_support.hpp"
#include "src/output/output_file.hpp"
#include "src/render/title_heading.hpp"

namespace {

folio::ImageLocation locate(std::string_view reference, std::string_view article_path) {
    const std::string path = folio::fuzz::locate_site_image(reference, article_path);
    if (path.empty()) return {folio::ImageLocation::Kind::outside, {}};
    return {folio::ImageLocation::Kind::local, path};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::Diagnostics diagnostics;
    std::optional<folio::Article> article = folio::fuzz::read_input(data, size, diagnostics);
    if (!article) return 0;
    const bool input_errors = diagnostics.has_errors();
    const std::unique_ptr<folio::ResourceReader> resources = folio::fuzz::site_resources();

    // With images copied into the bundle: only paths are checked (references are rewritten).
    folio::HugoOptions with_images;
    with_images.locate_image = locate;
    with_images.old_url = [](const folio::Article& a) { return "/old/" + a.slug + ".html"; };
    for (const folio::OutputFile& file :
         folio::write_hugo_page(*article, with_images, *resources, folio::builtin_formats(),
                                diagnostics)) {
        if (!folio::path_inside("content", file.path))
            folio::fuzz::fail("Hugo file outside the content root", file.path);
    }

    // Without images the page must read back as the article it came from.
    folio::HugoOptions plain;
    folio::Diagnostics plain_diagnostics;
    const std::vector<folio::OutputFile> files =
        folio::write_hugo_page(*article, plain, *resources, folio::builtin_formats(),
                               plain_diagnostics);
    if (files.empty()) folio::fuzz::fail("Hugo wrote no page", "");
    folio::fuzz::require_utf8(files.front().bytes, "Hugo page");
    folio::fuzz::require_reads_back(files.front().path, files.front().bytes, *article,
                                    folio::body_without_title_heading(*article),
                                    article->footnotes, true, input_errors, "Hugo page",
                                    folio::fuzz::misnested_places(plain_diagnostics));
    return 0;
}
