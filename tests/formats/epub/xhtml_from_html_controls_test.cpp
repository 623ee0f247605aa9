// Hostile input for html_to_xhtml (issue 7), kept apart from its main tests.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "formats/epub/xhtml_from_html.hpp"
#include "src/text/utf8.hpp"

namespace folio::epub {
namespace {

// Fuzz finding: a form feed in raw HTML (or `&#12;`) came out as the reference `&#12;`, which
// XML 1.0 does not allow, so the "well-formed" fragment was not.
TEST(HtmlToXhtml, LeavesOutControlCharactersXmlCannotHold) {
    std::vector<std::string> dropped;
    const std::string out =
        html_to_xhtml("<p title=\"a\x01" "b\">x\x0c" "y &#12; &#1;z\tkept</p>", dropped);
    EXPECT_EQ(out.find("&#"), std::string::npos) << out;
    // gumbo itself turns the control character in the attribute into U+FFFD, as browsers do.
    EXPECT_EQ(out, "<p title=\"a\xEF\xBF\xBD" "b\">xy  z\tkept</p>");
    pugi::xml_document document;
    EXPECT_TRUE(document.load_string(("<div>" + out + "</div>").c_str()));
}

// Fuzz finding: gumbo 0.10 decodes an overflowing hexadecimal reference without `;`
// (`&#XffffffffD0`) to the single byte 0xD0, so the repaired fragment was not UTF-8.
TEST(HtmlToXhtml, WritesValidUtf8WhateverGumboDecodes) {
    std::vector<std::string> dropped;
    const std::string out =
        html_to_xhtml("<div title=\"&#XffffffffD0 t\">&#XffffffffD0 f &#XD0; ok</div>", dropped);
    EXPECT_EQ(find_invalid_utf8(out), std::string_view::npos) << out;
    EXPECT_NE(out.find("\xEF\xBF\xBD f"), std::string::npos) << out;
    EXPECT_NE(out.find("\xC3\x90 ok"), std::string::npos) << out;
    pugi::xml_document document;
    EXPECT_TRUE(document.load_string(("<div>" + out + "</div>").c_str()));
}

}  // namespace
}  // namespace folio::epub
