#include "formats/html/html_site.hpp"
#include "formats/html/json_ld.hpp"
#include "formats/html/labels.hpp"
#include "formats/html/page_frame.hpp"
#include "formats/html/pagination.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {

namespace {

// Page `number` (1-based) of the list in `folder` (empty for the site's index).
std::string list_page_file(std::string_view folder, std::size_t number) {
    std::string file = folder.empty() ? std::string() : std::string(folder) + '/';
    if (number > 1) file += "page/" + std::to_string(number) + '/';
    return file + "index.html";
}

void append_entry(std::string& out, const PageFrame& frame, const SiteEntry& entry) {
    out += "<li><article class=\"entry\"";
    if (entry.language != frame.language) {
        out += " lang=\"";
        append_escaped_html(out, entry.language);
        out += '"' + direction_change(entry.language, frame.language);
    }
    out += "><h2><a href=\"" + href_to(frame, entry.page_file) + "\">";
    append_escaped_html(out, entry.title);
    if (entry.draft) out += draft_mark(entry.language);
    out += "</a></h2>";
    if (entry.date)
        out += "<p class=\"post-meta\">" + time_element(*entry.date, entry.language) + "</p>";
    if (!entry.summary.empty()) {
        out += "<p>";
        append_escaped_html(out, entry.summary);
        out += "</p>";
    }
    out += "</article></li>\n";
}

// Newer and older, then the page numbers around this one (`page_window`), the current one
// marked `aria-current`: a reader of page 1 of 237 can jump to the last or the middle.
std::string pagination_nav(const PageFrame& frame, const Labels& labels, std::string_view folder,
                           std::size_t number, std::size_t pages) {
    const std::vector<std::size_t> window = page_window(number, pages);
    if (window.empty()) return {};
    std::string out = "<nav class=\"pages\" aria-label=\"";
    append_escaped_html(out, labels.pages);
    out += "\">";
    if (number > 1) {
        out += "<a rel=\"prev\" href=\"" + href_to(frame, list_page_file(folder, number - 1)) +
               "\">← ";
        append_escaped_html(out, labels.newer);
        out += "</a>";
    }
    out += "<ol>";
    for (const std::size_t page : window) {
        if (page == kEllipsis) {
            out += "<li aria-hidden=\"true\">…</li>";
            continue;
        }
        out += "<li><a href=\"" + href_to(frame, list_page_file(folder, page)) + "\"";
        if (page == number) out += " aria-current=\"page\"";
        out += " aria-label=\"" + escape_html(page_of(labels, page, pages)) + "\">" +
               std::to_string(page) + "</a></li>";
    }
    out += "</ol>";
    if (number < pages) {
        out += "<a rel=\"next\" href=\"" + href_to(frame, list_page_file(folder, number + 1)) +
               "\">";
        append_escaped_html(out, labels.older);
        out += " →</a>";
    }
    out += "</nav>\n";
    return out;
}

// One list, cut into pages of `options.page_size` entries, each linking its neighbours.
void write_paginated(const ListPageSink& out, const SitePlan& plan, const SiteOptions& options,
                     std::string_view folder, std::string_view heading,
                     const std::vector<std::size_t>& entries) {
    const Labels& labels = labels_for(options.language);
    const std::size_t size = options.page_size == 0 ? kDefaultPageSize : options.page_size;
    const std::size_t pages = entries.empty() ? 1 : (entries.size() + size - 1) / size;
    for (std::size_t number = 1; number <= pages; ++number) {
        PageFrame frame;
        frame.file = list_page_file(folder, number);
        frame.root = root_prefix(frame.file);
        frame.language = options.language;
        if (!folder.empty() || number > 1)
            frame.title = number > 1 ? std::string(heading) + " – " + page_of(labels, number, pages)
                                     : std::string(heading);
        frame.description = folder.empty() && !options.description.empty()
                                ? options.description
                                : std::string(heading);
        frame.author = options.author;
        if (folder.empty() && number == 1)
            frame.json_ld = website_script(options.title, options.base_url, frame.description);
        std::string main = "<h1>";
        append_escaped_html(main, heading);
        main += "</h1>\n<ol class=\"entries\">\n";
        const std::size_t first = (number - 1) * size;
        for (std::size_t i = first; i < entries.size() && i < first + size; ++i)
            append_entry(main, frame, plan.entries[entries[i]]);
        main += "</ol>\n";
        main += pagination_nav(frame, labels, folder, number, pages);
        out({frame.file, page_document(frame, plan, options, main)});
    }
}

void write_terms(const ListPageSink& out, const SitePlan& plan, const SiteOptions& options,
                 std::string_view folder, std::string_view label, std::string_view singular,
                 const std::vector<Term>& terms) {
    if (terms.empty()) return;
    PageFrame frame;
    frame.file = std::string(folder) + "/index.html";
    frame.root = root_prefix(frame.file);
    frame.language = options.language;
    frame.title = std::string(label);
    frame.description = std::string(label);
    frame.author = options.author;
    std::string main = "<h1>";
    append_escaped_html(main, label);
    main += "</h1>\n<ul class=\"terms\">\n";
    for (const Term& term : terms) {
        main += "<li><a href=\"" +
                href_to(frame, std::string(folder) + '/' + term.slug + "/index.html") + "\">";
        append_escaped_html(main, term.name);
        main += "</a> <span class=\"count\">(" + std::to_string(term.entries.size()) +
                ")</span></li>\n";
    }
    main += "</ul>\n";
    out({frame.file, page_document(frame, plan, options, main)});
    for (const Term& term : terms) {
        write_paginated(out, plan, options, std::string(folder) + '/' + term.slug,
                        std::string(singular) + ": " + term.name, term.entries);
    }
}

}  // namespace

void each_list_page(const SitePlan& plan, const SiteOptions& options, const ListPageSink& out) {
    const Labels& labels = labels_for(options.language);
    write_paginated(out, plan, options, "", options.title, plan.newest_first);
    write_terms(out, plan, options, "tags", labels.tags, labels.tag, plan.tags);
    write_terms(out, plan, options, "categories", labels.categories, labels.category,
                plan.categories);
    out(write_archive_page(plan, options));
}

std::vector<OutputFile> write_list_pages(const SitePlan& plan, const SiteOptions& options) {
    std::vector<OutputFile> out;
    each_list_page(plan, options, [&out](OutputFile file) { out.push_back(std::move(file)); });
    return out;
}

}  // namespace folio::html
