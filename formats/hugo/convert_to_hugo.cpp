#include "formats/hugo/convert_to_hugo.hpp"

#include <array>
#include <stdexcept>
#include <string_view>

#include "src/images/image_location.hpp"
#include "src/output/copied_body.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/detect_engine.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio {

namespace {

// Where a Jekyll reference to a post (`{% post_url 2010-07-21-name %}`, `{% link
// _posts/2010-07-21-name.md %}`) lands in this job: the page named by the file name's slug in
// `section`. Empty for anything else (`{% link about.md %}`): the call is left and warned about.
std::string post_reference(std::string_view written, const std::string& section) {
    const bool link = written.find('.') != std::string_view::npos;
    if (link && written.find("_posts/") == std::string_view::npos) return {};
    std::string_view stem = written.substr(written.rfind('/') + 1);  // npos + 1 == 0
    if (link) stem = stem.substr(0, stem.rfind('.'));
    const std::optional<FileNameDate> dated = date_from_file_name(stem);
    const std::string slug = dated ? dated->slug : std::string(stem);
    if (slug.empty()) return {};
    return section.empty() ? '/' + slug : '/' + section + '/' + slug;
}

}  // namespace

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
    page.article_reference = [section = job.section](std::string_view written) {
        return post_reference(written, section);
    };
    EngineDetector detector;

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
            // Liquid in a Jekyll or Eleventy body is translated into Hugo's syntax.
            page.source_engine = load.read.engine;
            if (!page.source_engine && load.read.detect_engine)
                page.source_engine = detector.engine_for(article.source.path);
            return write_hugo_page(std::move(article), page, resources, formats, diagnostics,
                                   written);
        },
        kOncePerRun);
}

}  // namespace folio
