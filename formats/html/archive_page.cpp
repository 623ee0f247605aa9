#include "formats/html/html_site.hpp"
#include "formats/html/labels.hpp"
#include "formats/html/page_frame.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {

namespace {

void append_item(std::string& out, const PageFrame& frame, const SiteEntry& entry) {
    out += "<li";
    if (entry.language != frame.language) {
        out += " lang=\"";
        append_escaped_html(out, entry.language);
        out += '"' + direction_change(entry.language, frame.language);
    }
    out += '>';
    if (entry.date) out += time_element(*entry.date, entry.language) + ' ';
    out += "<a href=\"" + href_to(frame, entry.page_file) + "\">";
    append_escaped_html(out, entry.title);
    if (entry.draft) out += draft_mark(entry.language);
    out += "</a></li>\n";
}

}  // namespace

OutputFile write_archive_page(const SitePlan& plan, const SiteOptions& options) {
    const Labels& labels = labels_for(options.language);
    PageFrame frame;
    frame.file = std::string(kArchiveFile);
    frame.root = root_prefix(frame.file);
    frame.language = options.language;
    frame.title = std::string(labels.archive);
    frame.description = std::string(labels.archive) + " – " + options.title;
    frame.author = options.author;
    std::string main = "<h1>" + escape_html(labels.archive) + "</h1>\n";
    main.reserve(plan.entries.size() * 160);
    // Newest first, so a year and a month each come in one run; the dates as written (the
    // order is by instant in the site's zone, which may put 31 December 23:30 -01:00 after a
    // 1 January of the next year: it then starts that year's run again, as it is dated).
    int year = 0;
    int month = 0;
    bool open = false;
    for (const std::size_t index : plan.newest_first) {
        const SiteEntry& entry = plan.entries[index];
        const int entry_year = entry.date ? entry.date->year : -1;
        const int entry_month = entry.date ? entry.date->month : -1;
        if (entry_year != year) {
            if (open) main += "</ul>\n";
            open = false;
            year = entry_year;
            month = 0;
            if (entry.date)
                main += "<h2 id=\"year-" + std::to_string(year) + "\">" + std::to_string(year) +
                        "</h2>\n";
            else
                main += "<hr>\n";
        }
        if (entry_month != month) {
            if (open) main += "</ul>\n";
            month = entry_month;
            if (entry.date)
                main += "<h3>" + escape_html(human_month_name(month, options.language)) + "</h3>\n";
            main += "<ul class=\"archive\">\n";
            open = true;
        }
        append_item(main, frame, entry);
    }
    if (open) main += "</ul>\n";
    return {frame.file, page_document(frame, plan, options, main)};
}

}  // namespace folio::html
