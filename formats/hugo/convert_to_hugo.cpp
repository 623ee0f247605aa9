#include "formats/hugo/convert_to_hugo.hpp"

#include <array>
#include <stdexcept>
#include <string_view>

#include "src/images/image_location.hpp"
#include "src/output/copied_body.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio {

JobStatus write_hugo_site(const HugoJob& job, const LoadOptions& load, const DiagnosticSink& sink) {
    if (!load.read.formats) throw std::logic_error("write_hugo_site: no formats to write with");
    if (!job.old_permalink.empty()) {
        const std::string problem = permalink_problem(job.old_permalink);
        if (!problem.empty()) {
            Diagnostics usage;
            // Named as the command line spells the setting: that is where it comes from.
            usage.report(Diagnostic{Severity::error,
                                    "usage.permalink",
                                    "--old-permalink '" + job.old_permalink + "': " + problem,
                                    "",
                                    0,
                                    0,
                                    {}});
            sink(usage);
            return JobStatus::usage;
        }
    }
    HugoOptions page;
    page.section = job.section;
    page.bundles = job.bundles;
    if (!job.old_permalink.empty()) {
        page.old_url = [pattern = job.old_permalink, section = job.section](const Article& a) {
            return expand_permalink(pattern, a, section);
        };
    }
    page.locate_image = make_image_locator(job.static_dir);

    const DiskResourceReader resources;
    const Registry& formats = *load.read.formats;
    static constexpr std::array<std::string_view, 1> kOncePerRun{"hugo.image.unresolved"};
    FilesPerArticle files = job.files;
    files.keep_written_bodies = !job.reformat;
    // The tree is read only for a body that moves an image or loses its title heading, or one
    // the Markdown writer writes (not read as Markdown).
    const bool images_move = page.bundles && static_cast<bool>(page.locate_image);
    files.body_needed = [&formats, images_move](const Article& article, std::string_view body) {
        return body_format_for_path(formats, article.source.path).name != "markdown" ||
               copy_may_need_edits(body, images_move,
                                   article.source.title_origin == TitleOrigin::front_matter);
    };
    return write_files_per_article(
        files, load, sink,
        [&](Article article, const WrittenBody* written, Diagnostics& diagnostics) {
            return write_hugo_page(std::move(article), page, resources, formats, diagnostics,
                                   written);
        },
        kOncePerRun);
}

}  // namespace folio
