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

void write_nav(const BookInfo& book, const XmlOut& out) {
    pugi::xml_document document;
    pugi::xml_node body = start_xhtml_page(document, book.title, book.language);

    pugi::xml_node toc = body.append_child("nav");
    toc.append_attribute("epub:type") = "toc";
    toc.append_attribute("id") = "toc";
    toc.append_child("h1").text() = nav_heading(book.language);
    pugi::xml_node list = toc.append_child("ol");
    pugi::xml_node group_list;
    std::string current_group;
    for (const ChapterEntry& chapter : book.chapters) {
        if (chapter.group.empty()) {
            add_chapter(list, chapter);
            continue;
        }
        if (!group_list || chapter.group != current_group) {
            // A group's label links to its first chapter: a `span` label is allowed too, but
            // some readers cannot open an entry without a link.
            pugi::xml_node item = add_link(list, chapter.href, chapter.group);
            group_list = item.append_child("ol");
            current_group = chapter.group;
        }
        add_chapter(group_list, chapter);
    }

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
    write_xml(document, true, out);
}

void write_ncx(const BookInfo& book, const XmlOut& out) {
    pugi::xml_document document;
    pugi::xml_node ncx = document.append_child("ncx");
    ncx.append_attribute("xmlns") = "http://www.daisy.org/z3986/2005/ncx/";
    ncx.append_attribute("version") = "2005-1";
    ncx.append_attribute("xml:lang") = book.language.c_str();
    pugi::xml_node head = ncx.append_child("head");
    pugi::xml_node depth_meta;
    const auto meta = [&](const char* name, const std::string& content) {
        pugi::xml_node node = head.append_child("meta");
        node.append_attribute("name") = name;
        node.append_attribute("content") = content.c_str();
        return node;
    };
    meta("dtb:uid", book.identifier);
    depth_meta = meta("dtb:depth", "1");
    meta("dtb:totalPageCount", "0");
    meta("dtb:maxPageNumber", "0");
    ncx.append_child("docTitle").append_child("text").text() = book.title.c_str();
    pugi::xml_node map = ncx.append_child("navMap");

    NcxBuilder builder;
    int depth = 1;
    pugi::xml_node parent = map;
    std::string current_group;
    builder.point(map, book.title, kTitlePageHref);
    for (const ChapterEntry& chapter : book.chapters) {
        int level = 1;
        if (!chapter.group.empty()) {
            if (parent == map || chapter.group != current_group) {
                parent = builder.point(map, chapter.group, chapter.href);
                current_group = chapter.group;
            }
            level = 2;
        } else {
            parent = map;
        }
        pugi::xml_node point = builder.point(parent, chapter.title, chapter.href);
        for (const SectionEntry& section : chapter.sections) {
            builder.point(point, section.title, chapter.href + "#" + section.id);
        }
        depth = std::max(depth, level + (chapter.sections.empty() ? 0 : 1));
    }
    depth_meta.attribute("content") = std::to_string(depth).c_str();
    write_xml(document, true, out);
}

}  // namespace folio::epub
