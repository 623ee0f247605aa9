#include "formats/epub/accessibility.hpp"

#include "src/ast/walk.hpp"
#include "src/render/html_body.hpp"

namespace folio::epub {

ImageAltScan scan_images(std::string_view xhtml) {
    ImageAltScan scan;
    for (std::size_t at = xhtml.find("<img"); at != std::string_view::npos;
         at = xhtml.find("<img", at + 4)) {
        const std::size_t end = xhtml.find('>', at);
        if (end == std::string_view::npos) break;
        const char after = xhtml[at + 4];
        if (after != ' ' && after != '/' && after != '>' && after != '\n') continue;
        scan.images = true;
        const std::string_view tag = xhtml.substr(at, end - at);
        const std::size_t alt = tag.find(" alt=\"");
        if (alt == std::string_view::npos || tag[alt + 6] == '"') scan.without_alt = true;
        if (scan.without_alt) break;
    }
    return scan;
}

void warn_images_without_alt(const Article& article, Diagnostics& diagnostics) {
    const auto warn = [&](const Inline& item) {
        const auto* image = std::get_if<Image>(&item.node);
        if (image == nullptr || !plain_text(image->alt).empty()) return;
        Diagnostic warning;
        warning.severity = Severity::warning;
        warning.code = "epub.image.alt";
        warning.message = "image '" + image->url +
                          "' has no alt text: a reader who cannot see it learns nothing of it, "
                          "and the book cannot claim alternative text";
        warning.path = article.source.path;
        warning.line = image->at.line;
        warning.column = image->at.column;
        diagnostics.report(std::move(warning));
    };
    for_each_inline(article.body, warn);
    for (const Footnote& note : article.footnotes) for_each_inline(note.children, warn);
}

}  // namespace folio::epub
