#include "formats/html/html_site.hpp"
#include "formats/html/page_frame.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {

OutputFile write_feeds_page(const SitePlan& plan, const SiteOptions& options) {
    PageFrame frame;
    frame.file = std::string(kFeedsPageFile);
    frame.root = root_prefix(frame.file);
    // The explanation is written in English whatever the site's language; the page says so,
    // and the site's own header and footer keep theirs.
    frame.language = "en";
    frame.title = "Feeds";
    frame.description = "How to follow " + options.title + " in a feed reader";
    // Chromium shows a feed as raw XML (it dropped XSLT): this page is what a reader who
    // clicked "Feeds" sees instead, with the addresses to copy.
    std::string main = "<h1>Feeds</h1>\n<p>Follow <span lang=\"";
    append_escaped_html(main, options.language);
    main += "\"" + direction_change(options.language, frame.language) + ">";
    append_escaped_html(main, options.title);
    main += "</span> in a feed reader: copy one of these addresses into it, and new posts come to you. "
            "Both feeds carry the same posts; most readers take either.</p>\n<ul class=\"feeds\">\n";
    for (const auto& [file, name] : {std::pair{kRssFile, "RSS"}, std::pair{kAtomFile, "Atom"}}) {
        main += "<li><a href=\"" + href_to(frame, file) + "\">" + std::string(name) +
                "</a>: <code>";
        append_escaped_html(main, options.base_url + std::string(file));
        main += "</code></li>\n";
    }
    main += "</ul>\n";
    return {frame.file, page_document(frame, plan, options, main)};
}

}  // namespace folio::html
