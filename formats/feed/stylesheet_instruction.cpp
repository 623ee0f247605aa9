#include "formats/feed/stylesheet_instruction.hpp"

#include <pugixml.hpp>

#include "src/syndication/feed_stylesheet.hpp"

namespace folio::feed {

namespace {

// The feeds only ever name folio's own stylesheet, next to them: its file name holds nothing a
// pseudo-attribute would need escaped (`&`, `"`, `<`, or `?`, which could end the instruction
// early), so the whole instruction is written as it stands.
constexpr char kInstruction[] = "type=\"text/xsl\" href=\"feed.xsl\"";
constexpr std::string_view kHrefValue = std::string_view(kInstruction).substr(22);
static_assert(kHrefValue.substr(0, kFeedStylesheetFile.size()) == kFeedStylesheetFile &&
                  kHrefValue.substr(kFeedStylesheetFile.size()) == "\"",
              "the instruction names the stylesheet folio writes");

}  // namespace

void append_stylesheet_instruction(pugi::xml_document& document) {
    pugi::xml_node instruction = document.append_child(pugi::node_pi);
    instruction.set_name("xml-stylesheet");
    instruction.set_value(kInstruction);
}

}  // namespace folio::feed
