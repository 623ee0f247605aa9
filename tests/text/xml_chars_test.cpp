#include "src/text/xml_chars.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio {
namespace {

TEST(XmlChars, FindsWhatXmlRefusesWhereverItSits) {
    // Long text is checked eight bytes at a time while it is printable ASCII: a refused
    // character must be found at every offset against those steps, and allowed ones passed.
    for (std::size_t at = 0; at < 40; ++at) {
        const std::string base(48, 'a');
        std::string text = base;
        text[at] = '\x01';
        EXPECT_TRUE(has_characters_xml_refuses(text)) << at;
        text = base;
        text.replace(at, 3, "\xEF\xBF\xBE");  // U+FFFE
        EXPECT_TRUE(has_characters_xml_refuses(text)) << at;
        text = base;
        text.replace(at, 3, "\xEF\xBF\xBF");  // U+FFFF
        EXPECT_TRUE(has_characters_xml_refuses(text)) << at;
        for (const char* allowed : {"\t", "\n", "\r", "\x7F", "\xC3\xA9", "\xEF\xBF\xBD"}) {
            text = base;
            text.replace(at, std::string(allowed).size(), allowed);
            EXPECT_FALSE(has_characters_xml_refuses(text)) << at << " " << allowed;
        }
    }
    EXPECT_FALSE(has_characters_xml_refuses(""));
    EXPECT_TRUE(has_characters_xml_refuses(std::string("a\0b", 3)));
}

TEST(XmlChars, TellsEveryByteValueRightAmongAnyNeighbours) {
    // Eight bytes are tested at once with carries between them: every byte value at every
    // offset, among neighbours chosen at the edges of what the test tells apart (tab, line
    // feed, carriage return, space, 0x7F, 0x80, 0xE0, 0xEF's neighbours).
    for (const char fill : {'a', '\t', '\n', '\r', ' ', '\x7F', '\x80', '\xE0', '\xEE', '\xF0'}) {
        for (int value = 0; value < 256; ++value) {
            const auto byte = static_cast<unsigned char>(value);
            const bool refused = byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
            for (std::size_t at = 0; at < 24; ++at) {
                std::string text(24, fill);
                text[at] = static_cast<char>(byte);
                EXPECT_EQ(has_characters_xml_refuses(text), refused)
                    << "byte " << value << " at " << at << " among " << int(fill);
            }
        }
    }
}

TEST(XmlChars, LeavesOutWhatXmlRefuses) {
    EXPECT_EQ(without_characters_xml_refuses("a\x01" "b\tc\xEF\xBF\xBE" "d\xC3\xA9"),
              "ab\tcd\xC3\xA9");
}

// The feeds' own cleaner (`xml_clean`) was folded into this one: it must also repair invalid
// UTF-8, as the feeds need, and leave plain text as it is.
TEST(XmlChars, RepairsInvalidUtf8AndKeepsPlainTextAsItIs) {
    EXPECT_EQ(without_characters_xml_refuses("caf\xC3(\xED\xA0\x80"),
              "caf\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(without_characters_xml_refuses("Plain\ttext\r\n"), "Plain\ttext\r\n");
    EXPECT_EQ(without_characters_xml_refuses(""), "");
}

// Valid non-ASCII text is copied as it is; one refused character or invalid byte anywhere in a
// long text, past the first eight-byte groups, still sends it through the cleaning.
TEST(XmlChars, CleansLongNonAsciiTextOnlyWhereItMust) {
    const std::string words = "Één café, naïve — 日本語のテキスト\n";
    std::string text;
    for (int i = 0; i < 20; ++i) text += words;
    EXPECT_EQ(without_characters_xml_refuses(text), text);
    EXPECT_EQ(without_characters_xml_refuses(text + "\x0B" + text), text + text);
    EXPECT_EQ(without_characters_xml_refuses(text + "\xEF\xBF\xBF" + text), text + text);
    EXPECT_EQ(without_characters_xml_refuses(text + "\xC3" + text), text + "\xEF\xBF\xBD" + text);
    EXPECT_EQ(without_characters_xml_refuses(text + "\xEF\xBF\xBD"), text + "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace folio
