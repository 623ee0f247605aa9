#include "formats/hugo/convert_to_hugo.hpp"

#include <array>
#include <stdexcept>
#include <string_view>

#include "src/check/lint.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio {

ImageLocator hugo_image_locator(std::string static_dir) {
    return [static_dir = std::move(static_dir)](std::string_view reference,
                                                std::string_view article_path) {
        if (is_remote_reference(reference)) return ImageLocation{ImageLocation::Kind::remote, {}};
        if (reference.starts_with('/') && static_dir.empty())
            return ImageLocation{ImageLocation::Kind::needs_static, {}};
        std::string path = resolve_local_image(reference, article_path, static_dir);
        if (path.empty()) return ImageLocation{ImageLocation::Kind::outside, {}};
        return ImageLocation{ImageLocation::Kind::local, std::move(path)};
    };
}

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
    page.locate_image = hugo_image_locator(job.static_dir);

    const DiskResourceReader resources;
    const Registry& formats = *load.read.formats;
    static constexpr std::array<std::string_view, 1> kOncePerRun{"hugo.image.unresolved"};
    return write_files_per_article(
        job.files, load, sink,
        [&](Article article, Diagnostics& diagnostics) {
            return write_hugo_page(std::move(article), page, resources, formats, diagnostics);
        },
        kOncePerRun);
}

}  // namespace folio
