#include "formats/migrate/front_matter_files.hpp"

#include <functional>

namespace folio {

namespace {

// `/assets/a/b.png`: a path from the site's root to a file with an extension, written
// plainly (no query, fragment or escape, which a copy's name could not keep).
bool names_a_site_file(std::string_view text) {
    if (text.size() < 2 || text[0] != '/' || text[1] == '/') return false;
    if (text.find_first_of("?#%\\ \n") != std::string_view::npos) return false;
    const std::size_t dot = text.rfind('.');
    return dot != std::string_view::npos && dot > text.rfind('/') + 1 && dot + 1 < text.size();
}

}  // namespace

std::vector<OutputFile> front_matter_files(const Article& page, const std::string& folder,
                                           const ImageLocator& locate,
                                           const ResourceReader& resources,
                                           std::set<std::string>& copied,
                                           Diagnostics& diagnostics) {
    std::vector<OutputFile> out;
    const std::function<void(const Value&)> visit = [&](const Value& value) {
        if (const auto* list = std::get_if<ValueList>(&value.data)) {
            for (const Value& item : *list) visit(item);
            return;
        }
        if (const auto* map = std::get_if<Map>(&value.data)) {
            for (const auto& entry : *map) visit(entry.second);
            return;
        }
        const auto* text = std::get_if<std::string>(&value.data);
        if (text == nullptr || !names_a_site_file(*text)) return;
        const ImageLocation location = locate(*text, page.source.path);
        if (location.kind != ImageLocation::Kind::local) return;
        std::string path = folder + text->substr(1);
        if (!copied.insert(path).second) return;
        std::optional<std::string> bytes = resources.read(location.path);
        if (!bytes) {
            diagnostics.report(Diagnostic{
                Severity::warning, "migrate.file.missing",
                "front matter names '" + *text + "', which is not in the site (" +
                    resources.why_refused(location.path) + "): nothing copied",
                page.source.path, 0, 0, {}});
            return;
        }
        out.push_back({std::move(path), std::move(*bytes)});
    };
    for (const auto& entry : page.meta.extra) visit(entry.second);
    return out;
}

}  // namespace folio
