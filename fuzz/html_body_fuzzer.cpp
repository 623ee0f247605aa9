// bytes → read_article → the shared HTML body renderer. Without raw HTML (dropped by the hook,
// as a feed may) the renderer promises XHTML-compatible output: it must be well-formed XML. With
// raw HTML repaired by the EPUB writer's gumbo pass it must be well-formed too.

#include <vector>

#include "formats/epub/xhtml_from_html.hpp"
#include "fuzz/fuzz_support.hpp"
#include "src/render/html_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::Diagnostics diagnostics;
    std::optional<folio::Article> article = folio::fuzz::read_input(data, size, diagnostics);
    if (!article) return 0;

    folio::HtmlOptions options;
    options.id_prefix = "c1-";
    options.heading_ids = true;
    options.raw_html = [](std::string_view, bool) { return std::string(); };
    const std::string clean = folio::render_html(article->body, article->footnotes, options);
    folio::fuzz::require_utf8(clean, "HTML body");
    folio::fuzz::require_well_formed_fragment(clean, "HTML body without raw HTML");

    // Raw HTML written verbatim (the default): only the repair pass makes it XML.
    const std::string verbatim = folio::render_html(article->body, article->footnotes);
    std::vector<std::string> dropped;
    const std::string repaired = folio::epub::html_to_xhtml(verbatim, dropped);
    folio::fuzz::require_utf8(repaired, "repaired HTML body");
    folio::fuzz::require_well_formed_fragment(repaired, "HTML body after html_to_xhtml");
    return 0;
}
