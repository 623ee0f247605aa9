#include "formats/epub/navigation.hpp"

#include <algorithm>
#include <pugixml.hpp>
#include <unordered_map>

#include "formats/epub/xml_output.hpp"
#include "src/render/html_escape.hpp"
#include "src/text/reader_labels.hpp"

namespace folio::epub {

namespace {

void add_landmark(pugi::xml_node list, const char* type, const std::string& href,
                  std::string_view text) {
    pugi::xml_node link = list.append_child("li").append_child("a");
    link.append_attribute("epub:type") = type;
    link.append_attribute("href") = href.c_str();
    link.text() = std::string(text).c_str();
}

// The long lists (every chapter and its H2s) are written as text, an entry per line, with the
// shared escaper, which also leaves out what XML cannot hold: built as a pugixml tree per
// entry and serialised, they were half the time of a 10,000-chapter book's last step, which
// runs after every chapter is done.

void append_link(std::string& out, std::string_view href, std::string_view fragment,
                 std::string_view text) {
    out += "<a href=\"";
    append_escaped_html(out, href);
    if (!fragment.empty()) {
        out += '#';
        append_escaped_html(out, fragment);
    }
    out += "\">";
    append_escaped_html(out, text);
    out += "</a>";
}

/// `<li>` with the chapter's link and its sections, on one line.
void append_nav_chapter(std::string& out, const ChapterEntry& chapter) {
    out += "<li>";
    append_link(out, chapter.href, "", chapter.title);
    if (!chapter.sections.empty()) {
        out += "<ol>";
        for (const SectionEntry& section : chapter.sections) {
            out += "<li>";
            append_link(out, chapter.href, section.id, section.title);
            out += "</li>";
        }
        out += "</ol>";
    }
    out += "</li>\n";
}

/// NCX navPoints need a unique id and a playOrder that counts targets in reading order; two
/// points at the same target (a group and its first chapter) must share theirs.
class NcxPoints {
public:
    /// Opens a navPoint (closed by the caller with `</navPoint>`).
    void open(std::string& out, std::string_view label, std::string_view href,
              std::string_view fragment = {}) {
        // Points with the same target share a playOrder: a group's point and its first
        // chapter's name the same page. A section's fragment is an id, unique in the book, so
        // only whole pages need looking up (a table of 10,000 pages instead of every heading).
        int order = next_order_;
        if (fragment.empty()) {
            order = page_orders_.emplace(href, next_order_).first->second;
        }
        if (order == next_order_) ++next_order_;
        out += "<navPoint id=\"np";
        out += std::to_string(++points_);
        out += "\" playOrder=\"";
        out += std::to_string(order);
        out += "\"><navLabel><text>";
        append_escaped_html(out, label);
        out += "</text></navLabel><content src=\"";
        append_escaped_html(out, href);
        if (!fragment.empty()) {
            out += '#';
            append_escaped_html(out, fragment);
        }
        out += "\"/>";
    }

    /// The chapter's navPoint with one for each section inside, on one line.
    void chapter(std::string& out, const ChapterEntry& chapter) {
        open(out, chapter.title, chapter.href);
        for (const SectionEntry& section : chapter.sections) {
            open(out, section.title, chapter.href, section.id);
            out += "</navPoint>";
        }
        out += "</navPoint>\n";
    }

private:
    int points_ = 0;
    int next_order_ = 1;
    /// page → its playOrder; views into the book's chapter entries, which outlive the points
    std::unordered_map<std::string_view, int> page_orders_;
};

}  // namespace

std::string build_nav(const BookInfo& book) {
    std::string out;
    write_nav(book, [&out](std::string_view bytes) { out += bytes; });
    return out;
}

std::string build_ncx(const BookInfo& book) {
    std::string out;
    write_ncx(book, [&out](std::string_view bytes) { out += bytes; });
    return out;
}

/// The chapters of `book` in runs: each ungrouped chapter alone, each group's chapters together.
/// Calls `chapter(entry)` for ungrouped ones and `group(first, end)` for a group's run.
template <typename Chapter, typename Group>
void for_each_run(const BookInfo& book, Chapter chapter, Group group) {
    const std::vector<ChapterEntry>& chapters = book.chapters;
    for (std::size_t i = 0; i < chapters.size();) {
        if (chapters[i].group.empty()) {
            chapter(chapters[i]);
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < chapters.size() && chapters[end].group == chapters[i].group) ++end;
        group(i, end);
        i = end;
    }
}

void write_nav(const BookInfo& book, const XmlOut& out) {
    // The page is built as a tree without its long list of chapters, which is written one
    // entry at a time where the marker is: for 10,000 chapters the whole tree takes 30 MB.
    pugi::xml_document document;
    pugi::xml_node body = start_xhtml_page(document, book.title, book.language);

    // What belongs to the book speaks the book's language.
    const ReaderLabels& labels = reader_labels(book.language);
    pugi::xml_node toc = body.append_child("nav");
    toc.append_attribute("epub:type") = "toc";
    toc.append_attribute("role") = "doc-toc";
    toc.append_attribute("id") = "toc";
    toc.append_child("h1").text() = std::string(labels.contents).c_str();
    toc.append_child("ol").append_child(pugi::node_comment).set_value(kFillMarker);

    pugi::xml_node landmarks = body.append_child("nav");
    landmarks.append_attribute("epub:type") = "landmarks";
    landmarks.append_attribute("id") = "landmarks";
    landmarks.append_attribute("aria-label") = std::string(labels.landmarks).c_str();
    landmarks.append_attribute("hidden") = "hidden";
    landmarks.append_child("h2").text() = std::string(labels.landmarks).c_str();
    pugi::xml_node marks = landmarks.append_child("ol");
    if (!book.cover_href.empty()) add_landmark(marks, "cover", kCoverPageHref, labels.cover);
    add_landmark(marks, "titlepage", kTitlePageHref, labels.title_page);
    if (!book.chapters.empty())
        add_landmark(marks, "bodymatter", book.chapters.front().href, labels.start);

    std::string line;
    const auto flush = [&out, &line] {
        out(line);
        line.clear();
    };
    write_xml_around(document, out, [&] {
        for_each_run(
            book,
            [&](const ChapterEntry& chapter) {
                append_nav_chapter(line, chapter);
                flush();
            },
            [&](std::size_t first, std::size_t end) {
                // A group's label links to its first chapter: a `span` label is allowed too,
                // but some readers cannot open an entry without a link.
                line += "<li>";
                append_link(line, book.chapters[first].href, "", book.chapters[first].group);
                line += "<ol>\n";
                for (std::size_t i = first; i < end; ++i) {
                    append_nav_chapter(line, book.chapters[i]);
                    flush();
                }
                line += "</ol></li>\n";
                flush();
            });
    });
}

void write_ncx(const BookInfo& book, const XmlOut& out) {
    pugi::xml_document document;
    pugi::xml_node ncx = document.append_child("ncx");
    ncx.append_attribute("xmlns") = "http://www.daisy.org/z3986/2005/ncx/";
    ncx.append_attribute("version") = "2005-1";
    ncx.append_attribute("xml:lang") = book.language.c_str();
    pugi::xml_node head = ncx.append_child("head");
    const auto meta = [&](const char* name, const std::string& content) {
        pugi::xml_node node = head.append_child("meta");
        node.append_attribute("name") = name;
        node.append_attribute("content") = content.c_str();
    };
    int depth = 1;
    for (const ChapterEntry& chapter : book.chapters) {
        const int level = chapter.group.empty() ? 1 : 2;
        depth = std::max(depth, level + (chapter.sections.empty() ? 0 : 1));
    }
    meta("dtb:uid", book.identifier);
    meta("dtb:depth", std::to_string(depth));
    meta("dtb:totalPageCount", "0");
    meta("dtb:maxPageNumber", "0");
    ncx.append_child("docTitle").append_child("text").text() = book.title.c_str();
    // As in the nav page, the navPoints are written one at a time where the marker is.
    ncx.append_child("navMap").append_child(pugi::node_comment).set_value(kFillMarker);

    NcxPoints points;
    std::string line;
    const auto flush = [&out, &line] {
        out(line);
        line.clear();
    };
    write_xml_around(document, out, [&] {
        points.open(line, book.title, kTitlePageHref);
        line += "</navPoint>\n";
        flush();
        for_each_run(
            book,
            [&](const ChapterEntry& chapter) {
                points.chapter(line, chapter);
                flush();
            },
            [&](std::size_t first, std::size_t end) {
                points.open(line, book.chapters[first].group, book.chapters[first].href);
                line += '\n';
                for (std::size_t i = first; i < end; ++i) {
                    points.chapter(line, book.chapters[i]);
                    flush();
                }
                line += "</navPoint>\n";
                flush();
            });
    });
}

}  // namespace folio::epub
