#include "formats/epub/xml_output.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

namespace folio::epub {
namespace {

// Fuzz finding (issue 7): pugixml writes a control character as `&#01;`, which XML 1.0 does
// not allow either; a title from front matter (`"\x01"`) or raw HTML repaired by gumbo
// (`&#1;`) put one in a chapter.
TEST(XmlBytes, LeavesOutCharactersXmlCannotHold) {
    pugi::xml_document document;
    pugi::xml_node body = start_xhtml_page(document, "T\x01itle", "en");
    pugi::xml_node p = body.append_child("p");
    p.append_attribute("title") = "a\x02" "b";
    p.text() = "x\x1b" "y\xEF\xBF\xBFz\tkept";
    const std::string bytes = xml_bytes(document, false);
    EXPECT_EQ(bytes.find("&#"), std::string::npos) << bytes;
    EXPECT_NE(bytes.find("<title>Title</title>"), std::string::npos) << bytes;
    EXPECT_NE(bytes.find("<p title=\"ab\">xyz\tkept</p>"), std::string::npos) << bytes;
    pugi::xml_document back;
    EXPECT_TRUE(back.load_string(bytes.c_str()));
}

TEST(StartXhtmlPage, RunsARightToLeftLanguageRightToLeft) {
    pugi::xml_document persian;
    start_xhtml_page(persian, "T", "fa");
    EXPECT_NE(xml_bytes(persian, false).find("lang=\"fa\" xml:lang=\"fa\" dir=\"rtl\""),
              std::string::npos);
    pugi::xml_document english;
    start_xhtml_page(english, "T", "en");
    EXPECT_EQ(xml_bytes(english, false).find("dir="), std::string::npos);
}

}  // namespace
}  // namespace folio::epub
