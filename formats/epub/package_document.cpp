#include "formats/epub/package_document.hpp"

#include <pugixml.hpp>

#include "formats/epub/xml_output.hpp"
#include "src/text/language_tag.hpp"

namespace folio::epub {

namespace {

void add_item(pugi::xml_node manifest, const std::string& id, const std::string& href,
              const char* media_type, const char* properties = nullptr) {
    pugi::xml_node item = manifest.append_child("item");
    item.append_attribute("id") = id.c_str();
    item.append_attribute("href") = href.c_str();
    item.append_attribute("media-type") = media_type;
    if (properties != nullptr) item.append_attribute("properties") = properties;
}

void add_itemref(pugi::xml_node spine, const std::string& idref) {
    spine.append_child("itemref").append_attribute("idref") = idref.c_str();
}

void add_property(pugi::xml_node metadata, const char* property, const char* value) {
    pugi::xml_node meta = metadata.append_child("meta");
    meta.append_attribute("property") = property;
    meta.text() = value;
}

/// EPUB Accessibility 1.1's discovery metadata, claiming only what holds for this book: the
/// `visual` mode and the images' text alternatives only when it shows images and every one
/// has alt text (then it can be read by text alone, which WCAG's level AA needs), MathML only
/// when it holds math. No `a11y:certifiedBy`: nobody has evaluated the book.
void add_accessibility(pugi::xml_node metadata, const BookInfo& book) {
    bool images = !book.cover_href.empty();
    bool without_alt = false;
    bool mathml = false;
    for (const ChapterEntry& chapter : book.chapters) {
        images = images || chapter.images;
        without_alt = without_alt || chapter.images_without_alt;
        mathml = mathml || chapter.mathml;
    }
    add_property(metadata, "schema:accessMode", "textual");
    if (images) add_property(metadata, "schema:accessMode", "visual");
    if (!without_alt) add_property(metadata, "schema:accessModeSufficient", "textual");
    if (images) add_property(metadata, "schema:accessModeSufficient", "textual,visual");
    for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder",
                                "displayTransformability", "ARIA"}) {
        add_property(metadata, "schema:accessibilityFeature", feature);
    }
    if (images && !without_alt) add_property(metadata, "schema:accessibilityFeature", "alternativeText");
    if (mathml) add_property(metadata, "schema:accessibilityFeature", "MathML");
    add_property(metadata, "schema:accessibilityHazard", "none");
    std::string summary =
        "Chapters and their sections are listed in a table of contents, with landmarks; "
        "headings are in order and the reading order is the text's. Text can be resized and "
        "restyled; nothing depends on colour.";
    if (images && !without_alt) summary += " Every image has a text alternative.";
    if (without_alt) summary += " Some images have no text alternative.";
    if (mathml) summary += " Mathematics is MathML, with its TeX source as an annotation.";
    // Written in English whatever the book's language: say so.
    pugi::xml_node meta = metadata.append_child("meta");
    meta.append_attribute("property") = "schema:accessibilitySummary";
    meta.append_attribute("xml:lang") = "en";
    meta.text() = summary.c_str();
    if (!without_alt)
        add_property(metadata, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
}

}  // namespace

std::string build_container() {
    pugi::xml_document document;
    pugi::xml_node container = document.append_child("container");
    container.append_attribute("version") = "1.0";
    container.append_attribute("xmlns") = "urn:oasis:names:tc:opendocument:xmlns:container";
    pugi::xml_node rootfile = container.append_child("rootfiles").append_child("rootfile");
    rootfile.append_attribute("full-path") = "OEBPS/content.opf";
    rootfile.append_attribute("media-type") = "application/oebps-package+xml";
    return xml_bytes(document, true);
}

std::string build_package_document(const BookInfo& book) {
    pugi::xml_document document;
    pugi::xml_node package = document.append_child("package");
    package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
    package.append_attribute("version") = "3.0";
    package.append_attribute("unique-identifier") = "book-id";
    package.append_attribute("xml:lang") = book.language.c_str();

    pugi::xml_node metadata = package.append_child("metadata");
    metadata.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    pugi::xml_node identifier = metadata.append_child("dc:identifier");
    identifier.append_attribute("id") = "book-id";
    identifier.text() = book.identifier.c_str();
    metadata.append_child("dc:title").text() = book.title.c_str();
    metadata.append_child("dc:language").text() = book.language.c_str();
    if (!book.author.empty()) metadata.append_child("dc:creator").text() = book.author.c_str();
    if (!book.description.empty())
        metadata.append_child("dc:description").text() = book.description.c_str();
    for (const std::string& subject : book.subjects)
        metadata.append_child("dc:subject").text() = subject.c_str();
    if (!book.series.empty()) {
        pugi::xml_node collection = metadata.append_child("meta");
        collection.append_attribute("property") = "belongs-to-collection";
        collection.append_attribute("id") = "series";
        collection.text() = book.series.c_str();
        pugi::xml_node type = metadata.append_child("meta");
        type.append_attribute("refines") = "#series";
        type.append_attribute("property") = "collection-type";
        type.text() = "series";
        if (!book.series_position.empty()) {
            pugi::xml_node position = metadata.append_child("meta");
            position.append_attribute("refines") = "#series";
            position.append_attribute("property") = "group-position";
            position.text() = book.series_position.c_str();
        }
    }
    metadata.append_child("dc:date").text() = book.date.c_str();
    pugi::xml_node modified = metadata.append_child("meta");
    modified.append_attribute("property") = "dcterms:modified";
    modified.text() = book.modified.c_str();
    add_accessibility(metadata, book);
    if (!book.cover_href.empty()) {
        // EPUB 2 readers find the cover through this; EPUB 3 ones through `cover-image`.
        pugi::xml_node cover = metadata.append_child("meta");
        cover.append_attribute("name") = "cover";
        cover.append_attribute("content") = "cover-image";
    }

    pugi::xml_node manifest = package.append_child("manifest");
    add_item(manifest, "nav", kNavHref, "application/xhtml+xml", "nav");
    add_item(manifest, "ncx", kNcxHref, "application/x-dtbncx+xml");
    add_item(manifest, "style", kStylesheetHref, "text/css");
    if (!book.cover_href.empty())
        add_item(manifest, "cover", kCoverPageHref, "application/xhtml+xml");
    add_item(manifest, "title-page", kTitlePageHref, "application/xhtml+xml");
    for (const ChapterEntry& chapter : book.chapters) {
        const char* properties = chapter.mathml && chapter.svg ? "mathml svg"
                                 : chapter.mathml              ? "mathml"
                                 : chapter.svg                 ? "svg"
                                                               : nullptr;
        add_item(manifest, chapter.id, chapter.href, "application/xhtml+xml", properties);
    }
    for (std::size_t i = 0; i < book.images.size(); ++i) {
        const EmbeddedImage& image = book.images[i];
        const bool is_cover = image.href == book.cover_href;
        add_item(manifest, is_cover ? "cover-image" : "img" + std::to_string(i + 1), image.href,
                 image.media_type.c_str(), is_cover ? "cover-image" : nullptr);
    }

    pugi::xml_node spine = package.append_child("spine");
    spine.append_attribute("toc") = "ncx";
    // A right-to-left book turns its pages the other way.
    if (is_right_to_left(book.language)) spine.append_attribute("page-progression-direction") = "rtl";
    if (!book.cover_href.empty()) add_itemref(spine, "cover");
    add_itemref(spine, "title-page");
    for (const ChapterEntry& chapter : book.chapters) add_itemref(spine, chapter.id);
    return xml_bytes(document, true);
}

}  // namespace folio::epub
