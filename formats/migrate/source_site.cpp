#include "formats/migrate/source_site.hpp"

#include <filesystem>

#include "formats/migrate/migrate_job.hpp"
#include "src/engine/site_content.hpp"
#include "src/pipeline/detect_engine.hpp"

namespace folio {

namespace {

// The folder whose site holds the first input (a file's folder, or the folder itself).
std::string first_input_folder(const std::vector<std::string>& inputs) {
    if (inputs.empty() || inputs.front() == "-") return {};
    std::error_code error;
    const std::filesystem::path first(inputs.front());
    if (std::filesystem::is_directory(first, error)) return first.string();
    const std::string parent = first.parent_path().string();
    return parent.empty() ? "." : parent;
}

}  // namespace

std::optional<SourceSite> source_site(const MigrateJob& job, const LoadOptions& load,
                                      Diagnostics& diagnostics) {
    const EngineProfile* source = load.read.engine;
    // Standard input is in no site: the working folder's is not its.
    const std::string folder = first_input_folder(job.inputs);
    const DetectedSite site = folder.empty() ? DetectedSite{} : detect_site(folder);
    if (source == nullptr && load.read.detect_engine) source = site.engine;
    if (source == nullptr) return std::nullopt;
    SourceSite found{source, {}};
    if (site.engine == source && !site.folder.empty()) {
        Result<SiteConfig> read = read_site_config(site.folder, source->name);
        if (!read) {
            diagnostics.report(read.error());
            return std::nullopt;
        }
        found.config = std::move(*read);
    }
    return found;
}

ImageLocator static_locator(const MigrateJob& job, const SourceSite& source) {
    if (!job.static_dir.empty() || source.config.folder.empty())
        return make_image_locator(job.static_dir);
    // The source engine serves site-absolute files from these folders, in this order.
    std::vector<ImageLocator> each;
    for (const std::string& folder :
         site_content(source.config, source.engine->name).static_folders)
        each.push_back(make_image_locator(folder));
    if (each.size() <= 1) return each.empty() ? make_image_locator({}) : std::move(each.front());
    return [each = std::move(each)](std::string_view reference, std::string_view article) {
        ImageLocation first = each.front()(reference, article);
        if (first.kind != ImageLocation::Kind::local) return first;
        for (const ImageLocator& locate : each) {
            ImageLocation found = locate(reference, article);
            std::error_code ignored;
            if (found.kind == ImageLocation::Kind::local &&
                std::filesystem::exists(found.path, ignored))
                return found;
        }
        return first;  // in none: missing where the first folder would hold it
    };
}

}  // namespace folio
