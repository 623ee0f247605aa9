#include <gtest/gtest.h>

#include <algorithm>

#include <pugixml.hpp>

#include "formats/epub/navigation.hpp"
#include "formats/epub/package_document.hpp"

namespace folio::epub {
namespace {

BookInfo sample_book() {
    BookInfo book;
    book.title = "Mijn blog";
    book.author = "Marit";
    book.language = "nl";
    book.identifier = "urn:uuid:12345678-1234-5234-9234-123456789abc";
    book.modified = "2026-03-02T12:45:00Z";
    book.date = "2026-03-02";
    book.cover_href = "images/cover.png";
    book.chapters = {
        {"0001-a.xhtml", "c1", "Eerste", "", {{"c1-waarom", "Waarom"}, {"c1-hoe", "Hoe"}}},
        {"0002-b.xhtml", "c2", "Tweede", "", {}},
    };
    book.images = {{"images/cover.png", "image/png", {}}, {"images/x.jpg", "image/jpeg", {}}};
    return book;
}

pugi::xml_document parse(const std::string& bytes) {
    pugi::xml_document document;
    const pugi::xml_parse_result result = document.load_string(bytes.c_str());
    EXPECT_TRUE(result) << result.description() << "\n" << bytes;
    return document;
}

TEST(PackageDocument, HoldsTheMetadataReadersShow) {
    const pugi::xml_document opf = parse(build_package_document(sample_book()));
    const pugi::xml_node metadata = opf.child("package").child("metadata");
    EXPECT_STREQ(opf.child("package").attribute("version").value(), "3.0");
    EXPECT_STREQ(metadata.child_value("dc:identifier"),
                 "urn:uuid:12345678-1234-5234-9234-123456789abc");
    EXPECT_STREQ(metadata.child_value("dc:title"), "Mijn blog");
    EXPECT_STREQ(metadata.child_value("dc:language"), "nl");
    EXPECT_STREQ(metadata.child_value("dc:creator"), "Marit");
    EXPECT_STREQ(metadata.child_value("dc:date"), "2026-03-02");
    EXPECT_STREQ(
        metadata.find_child_by_attribute("meta", "property", "dcterms:modified").child_value(),
        "2026-03-02T12:45:00Z");
}

TEST(PackageDocument, ListsEveryFileAndReadsCoverTitleThenChapters) {
    const pugi::xml_document opf = parse(build_package_document(sample_book()));
    const pugi::xml_node package = opf.child("package");
    std::vector<std::string> spine;
    for (pugi::xml_node ref : package.child("spine").children("itemref"))
        spine.emplace_back(ref.attribute("idref").value());
    EXPECT_EQ(spine, (std::vector<std::string>{"cover", "title-page", "c1", "c2"}));
    EXPECT_STREQ(package.child("spine").attribute("toc").value(), "ncx");
    const pugi::xml_node manifest = package.child("manifest");
    EXPECT_STREQ(
        manifest.find_child_by_attribute("item", "id", "nav").attribute("properties").value(),
        "nav");
    const pugi::xml_node cover =
        manifest.find_child_by_attribute("item", "href", "images/cover.png");
    EXPECT_STREQ(cover.attribute("properties").value(), "cover-image");
    EXPECT_STREQ(manifest.find_child_by_attribute("item", "href", "images/x.jpg")
                     .attribute("media-type")
                     .value(),
                 "image/jpeg");
    EXPECT_STREQ(manifest.find_child_by_attribute("item", "id", "c2").attribute("href").value(),
                 "0002-b.xhtml");
}

TEST(NavDocument, NestsEachChaptersSectionsUnderIt) {
    const pugi::xml_document nav = parse(build_nav(sample_book()));
    const pugi::xml_node toc =
        nav.child("html").child("body").find_child_by_attribute("nav", "epub:type", "toc");
    const pugi::xml_node first = toc.child("ol").child("li");
    EXPECT_STREQ(first.child("a").attribute("href").value(), "0001-a.xhtml");
    EXPECT_STREQ(first.child("a").child_value(), "Eerste");
    EXPECT_STREQ(first.child("ol").child("li").child("a").attribute("href").value(),
                 "0001-a.xhtml#c1-waarom");
    EXPECT_STREQ(first.next_sibling("li").child("a").child_value(), "Tweede");
    EXPECT_FALSE(first.next_sibling("li").child("ol"));
    const pugi::xml_node landmarks =
        nav.child("html").child("body").find_child_by_attribute("nav", "epub:type", "landmarks");
    EXPECT_STREQ(landmarks.child("ol").first_child().child("a").attribute("epub:type").value(),
                 "cover");
}

TEST(NavDocument, GroupsChaptersUnderTheirGroup) {
    BookInfo book = sample_book();
    book.chapters[0].group = "Tools";
    book.chapters[1].group = "Tools";
    const pugi::xml_document nav = parse(build_nav(book));
    const pugi::xml_node toc =
        nav.child("html").child("body").find_child_by_attribute("nav", "epub:type", "toc");
    const pugi::xml_node group = toc.child("ol").child("li");
    EXPECT_STREQ(group.child("a").child_value(), "Tools");
    EXPECT_FALSE(group.next_sibling("li"));
    EXPECT_STREQ(group.child("ol").child("li").next_sibling("li").child("a").child_value(),
                 "Tweede");
}

TEST(NcxDocument, NumbersNavPointsInReadingOrder) {
    const pugi::xml_document ncx = parse(build_ncx(sample_book()));
    const pugi::xml_node root = ncx.child("ncx");
    EXPECT_STREQ(root.child("head")
                     .find_child_by_attribute("meta", "name", "dtb:uid")
                     .attribute("content")
                     .value(),
                 "urn:uuid:12345678-1234-5234-9234-123456789abc");
    EXPECT_STREQ(root.child("head")
                     .find_child_by_attribute("meta", "name", "dtb:depth")
                     .attribute("content")
                     .value(),
                 "2");
    std::vector<std::string> order;
    for (const pugi::xpath_node& point : root.select_nodes("//navPoint")) {
        order.push_back(std::string(point.node().attribute("playOrder").value()) + " " +
                        point.node().child("content").attribute("src").value());
    }
    EXPECT_EQ(order, (std::vector<std::string>{"1 title.xhtml", "2 0001-a.xhtml",
                                               "3 0001-a.xhtml#c1-waarom", "4 0001-a.xhtml#c1-hoe",
                                               "5 0002-b.xhtml"}));
}

TEST(NcxDocument, GivesAGroupAndItsFirstChapterTheSamePlayOrder) {
    BookInfo book = sample_book();
    book.chapters[0].group = "Tools";
    const pugi::xml_document ncx = parse(build_ncx(book));
    std::vector<std::string> order;
    for (const pugi::xpath_node& point : ncx.select_nodes("//navPoint")) {
        order.push_back(std::string(point.node().attribute("playOrder").value()) + " " +
                        point.node().child("navLabel").child_value("text"));
    }
    EXPECT_EQ(order, (std::vector<std::string>{"1 Mijn blog", "2 Tools", "2 Eerste", "3 Waarom",
                                               "4 Hoe", "5 Tweede"}));
}

// The chapter lists are written as text, not through pugixml: titles, groups and section
// ids from articles must come out escaped and without the characters XML cannot hold.
TEST(NavDocument, EscapesTitlesGroupsAndSectionIdsOfTheChapterLists) {
    BookInfo book = sample_book();
    book.chapters[0].title = "A <b> & \"c\"\x01";
    book.chapters[0].group = "R&D <x>";
    book.chapters[0].sections[0] = {"c1-a&b", "x < y\x02"};
    const pugi::xml_document nav = parse(build_nav(book));
    const pugi::xml_node group = nav.child("html")
                                     .child("body")
                                     .find_child_by_attribute("nav", "epub:type", "toc")
                                     .child("ol")
                                     .child("li");
    EXPECT_STREQ(group.child("a").child_value(), "R&D <x>");
    const pugi::xml_node chapter = group.child("ol").child("li");
    EXPECT_STREQ(chapter.child("a").child_value(), "A <b> & \"c\"");
    EXPECT_STREQ(chapter.child("ol").child("li").child("a").child_value(), "x < y");
    EXPECT_STREQ(chapter.child("ol").child("li").child("a").attribute("href").value(),
                 "0001-a.xhtml#c1-a&b");

    const pugi::xml_document ncx = parse(build_ncx(book));
    std::vector<std::string> labels;
    for (const pugi::xpath_node& point : ncx.select_nodes("//navPoint")) {
        labels.push_back(std::string(point.node().child("navLabel").child_value("text")) + " @ " +
                         point.node().child("content").attribute("src").value());
    }
    EXPECT_EQ(labels, (std::vector<std::string>{
                          "Mijn blog @ title.xhtml", "R&D <x> @ 0001-a.xhtml",
                          "A <b> & \"c\" @ 0001-a.xhtml", "x < y @ 0001-a.xhtml#c1-a&b",
                          "Hoe @ 0001-a.xhtml#c1-hoe", "Tweede @ 0002-b.xhtml"}));
}

TEST(Container, PointsAtThePackageDocument) {
    const pugi::xml_document container = parse(build_container());
    EXPECT_STREQ(container.select_node("//rootfile").node().attribute("full-path").value(),
                 "OEBPS/content.opf");
}

/// Every value of the package document's `<meta property=...>`, in order.
std::vector<std::string> properties(const pugi::xml_document& opf, const char* property) {
    std::vector<std::string> out;
    for (pugi::xml_node meta : opf.child("package").child("metadata").children("meta")) {
        if (std::string_view(meta.attribute("property").value()) == property)
            out.emplace_back(meta.child_value());
    }
    return out;
}

TEST(PackageDocument, ClaimsTextOnlyAccessForABookOfTextAndConformsToEpubAccessibility) {
    BookInfo book = sample_book();
    book.cover_href.clear();
    book.images.clear();
    const pugi::xml_document opf = parse(build_package_document(book));
    EXPECT_EQ(properties(opf, "schema:accessMode"), (std::vector<std::string>{"textual"}));
    EXPECT_EQ(properties(opf, "schema:accessModeSufficient"), (std::vector<std::string>{"textual"}));
    EXPECT_EQ(properties(opf, "schema:accessibilityFeature"),
              (std::vector<std::string>{"structuralNavigation", "tableOfContents", "readingOrder",
                                        "displayTransformability", "ARIA"}));
    EXPECT_EQ(properties(opf, "schema:accessibilityHazard"), (std::vector<std::string>{"none"}));
    EXPECT_EQ(properties(opf, "dcterms:conformsTo"),
              (std::vector<std::string>{"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"}));
    EXPECT_EQ(properties(opf, "a11y:certifiedBy"), std::vector<std::string>{});
    EXPECT_EQ(properties(opf, "schema:accessibilitySummary").size(), 1u);
}

TEST(PackageDocument, ClaimsAlternativeTextAndMathMlOnlyWhenTheChaptersHoldThem) {
    BookInfo book = sample_book();
    book.chapters[0].images = true;
    book.chapters[1].mathml = true;
    pugi::xml_document opf = parse(build_package_document(book));
    EXPECT_EQ(properties(opf, "schema:accessMode"), (std::vector<std::string>{"textual", "visual"}));
    std::vector<std::string> features = properties(opf, "schema:accessibilityFeature");
    EXPECT_EQ(std::vector<std::string>(features.end() - 2, features.end()),
              (std::vector<std::string>{"alternativeText", "MathML"}));

    book.chapters[0].images_without_alt = true;
    opf = parse(build_package_document(book));
    EXPECT_EQ(properties(opf, "schema:accessModeSufficient"),
              (std::vector<std::string>{"textual,visual"}));
    features = properties(opf, "schema:accessibilityFeature");
    EXPECT_EQ(std::count(features.begin(), features.end(), "alternativeText"), 0);
    EXPECT_EQ(properties(opf, "dcterms:conformsTo"), std::vector<std::string>{});
}

TEST(PackageDocument, NamesTheCoverForEpub2ReadersAndHoldsTheDescription) {
    BookInfo book = sample_book();
    book.description = "Notes on coffee";
    const pugi::xml_document opf = parse(build_package_document(book));
    const pugi::xml_node metadata = opf.child("package").child("metadata");
    EXPECT_STREQ(metadata.find_child_by_attribute("meta", "name", "cover").attribute("content").value(),
                 "cover-image");
    EXPECT_STREQ(metadata.child_value("dc:description"), "Notes on coffee");
}

TEST(Nav, SpeaksTheBooksLanguageAndGivesTheTableOfContentsItsRole) {
    const pugi::xml_document nav = parse(build_nav(sample_book()));
    const pugi::xml_node toc = nav.select_node("//nav[@id='toc']").node();
    EXPECT_STREQ(toc.attribute("role").value(), "doc-toc");
    EXPECT_STREQ(toc.child_value("h1"), "Inhoud");
    EXPECT_STREQ(nav.select_node("//nav[@id='landmarks']/h2").node().child_value(),
                 "Oriëntatiepunten");
    EXPECT_STREQ(nav.select_node("//a[@epub:type='titlepage']").node().child_value(), "Titelpagina");
}

}  // namespace
}  // namespace folio::epub
