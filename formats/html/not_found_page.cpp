#include "formats/html/html_site.hpp"
#include "formats/html/labels.hpp"
#include "formats/html/page_frame.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {

OutputFile write_not_found_page(const SitePlan& plan, const SiteOptions& options) {
    const Labels& labels = labels_for(options.language);
    PageFrame frame;
    frame.file = std::string(kNotFoundFile);
    // A server answers a missing `/a/b/c` with this page at that depth: only absolute links
    // work there. Without a base URL the page is at least right at the root and from `file://`.
    frame.root = options.base_url.empty() ? root_prefix(frame.file) : options.base_url;
    frame.language = options.language;
    frame.title = std::string(labels.not_found_title);
    frame.description = std::string(labels.not_found_text);
    frame.author = options.author;
    std::string main = "<h1>" + escape_html(labels.not_found_title) + "</h1>\n<p>";
    main += escape_html(labels.not_found_text);
    main += " <a href=\"" + href_to(frame, "index.html") + "\">" + escape_html(options.title) +
            "</a></p>\n";
    return {frame.file, page_document(frame, plan, options, main)};
}

}  // namespace folio::html
