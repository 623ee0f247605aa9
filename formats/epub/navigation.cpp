#include "formats/epub/navigation.hpp"

#include <algorithm>
#include <pugixml.hpp>
#include <unordered_map>

#include "formats/epub/xml_output.hpp"

namespace folio::epub {

namespace {

const char* nav_heading(const std::string& language) {
    return language.rfind("nl", 0) == 0 ? "Inhoud" : "Contents";
}

pugi::xml_node add_link(pugi::xml_node list, const std::string& href, const std::string& text) {
    pugi::xml_node item = list.append_child("li");
    pugi::xml_node link = item.append_child("a");
    link.append_attribute("href") = href.c_str();
    link.text() = text.c_str();
    return item;
}

void add_chapter(pugi::xml_node list, const ChapterEntry& chapter) {
    pugi::xml_node item = add_link(list, chapter.href, chapter.title);
    if (chapter.sections.empty()) return;
    pugi::xml_node sections = item.append_child("ol");
    for (const SectionEntry& section : chapter.sections) {
        add_link(sections, chapter.href + "#" + section.id, section.title);
    }
}

void add_landmark(pugi::xml_node list, const char* type, const std::string& href,
                  const char* text) {
    pugi::xml_node link = list.append_child("li").append_child("a");
    link.append_attribute("epub:type") = type;
    link.append_attribute("href") = href.c_str();
    link.text() = text;
}

/// NCX navPoints need a unique id and a playOrder that counts targets in reading order; two
/// points at the same target (a group and its first chapter) must share theirs.
class NcxBuilder {
public:
    pugi::xml_node point(pugi::xml_node parent, const std::string& label, const std::string& src) {
        ++points_;
        const auto [found, added] = orders_.emplace(src, static_cast<int>(orders_.size()) + 1);
        pugi::xml_node point = parent.append_child("navPoint");
        point.append_attribute("id") = ("np" + std::to_string(points_)).c_str();
        point.append_attribute("playOrder") = found->second;
        point.append_child("navLabel").append_child("text").text() = label.c_str();
        point.append_child("content").append_attribute("src") = src.c_str();
        return point;
    }

private:
    int points_ = 0;
    std::unordered_map<std::string, int> orders_;  ///< target → its playOrder
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

    pugi::xml_node toc = body.append_child("nav");
    toc.append_attribute("epub:type") = "toc";
    toc.append_attribute("id") = "toc";
    toc.append_child("h1").text() = nav_heading(book.language);
    toc.append_child("ol").append_child(pugi::node_comment).set_value(kFillMarker);

    pugi::xml_node landmarks = body.append_child("nav");
    landmarks.append_attribute("epub:type") = "landmarks";
    landmarks.append_attribute("id") = "landmarks";
    landmarks.append_attribute("hidden") = "hidden";
    landmarks.append_child("h2").text() = "Landmarks";
    pugi::xml_node marks = landmarks.append_child("ol");
    if (!book.cover_href.empty()) add_landmark(marks, "cover", kCoverPageHref, "Cover");
    add_landmark(marks, "titlepage", kTitlePageHref, "Title page");
    if (!book.chapters.empty())
        add_landmark(marks, "bodymatter", book.chapters.front().href, "Start");

    // Depths in the page: html 0, body 1, nav 2, ol 3, li 4 (a group's chapters: 6).
    const auto write_chapter = [&out](const ChapterEntry& chapter, unsigned depth) {
        pugi::xml_document entry;
        add_chapter(entry, chapter);
        write_node(entry.first_child(), depth, out);
    };
    write_xml_around(document, out, [&] {
        for_each_run(
            book, [&](const ChapterEntry& chapter) { write_chapter(chapter, 4); },
            [&](std::size_t first, std::size_t end) {
                // A group's label links to its first chapter: a `span` label is allowed too,
                // but some readers cannot open an entry without a link.
                pugi::xml_document entry;
                pugi::xml_node item =
                    add_link(entry, book.chapters[first].href, book.chapters[first].group);
                item.append_child("ol").append_child(pugi::node_comment).set_value(kFillMarker);
                write_node_around(item, 4, out, [&] {
                    for (std::size_t i = first; i < end; ++i) write_chapter(book.chapters[i], 6);
                });
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

    // Depths: ncx 0, navMap 1, navPoint 2 (a group's chapters: 3).
    NcxBuilder builder;
    const auto write_chapter = [&](const ChapterEntry& chapter, unsigned at) {
        pugi::xml_document entry;
        pugi::xml_node point = builder.point(entry, chapter.title, chapter.href);
        for (const SectionEntry& section : chapter.sections) {
            builder.point(point, section.title, chapter.href + "#" + section.id);
        }
        write_node(point, at, out);
    };
    write_xml_around(document, out, [&] {
        {
            pugi::xml_document entry;
            write_node(builder.point(entry, book.title, kTitlePageHref), 2, out);
        }
        for_each_run(
            book, [&](const ChapterEntry& chapter) { write_chapter(chapter, 2); },
            [&](std::size_t first, std::size_t end) {
                pugi::xml_document entry;
                pugi::xml_node group =
                    builder.point(entry, book.chapters[first].group, book.chapters[first].href);
                group.append_child(pugi::node_comment).set_value(kFillMarker);
                write_node_around(group, 2, out, [&] {
                    for (std::size_t i = first; i < end; ++i) write_chapter(book.chapters[i], 3);
                });
            });
    });
}

}  // namespace folio::epub
