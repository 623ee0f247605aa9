#include "formats/wordpress/wxr_items.hpp"

namespace folio {

namespace {

bool at(std::string_view text, std::size_t i, std::string_view s) {
    return text.compare(i, s.size(), s) == 0;
}

bool tag_at(std::string_view text, std::size_t i, std::string_view name) {
    if (!at(text, i, name)) return false;
    const std::size_t after = i + name.size();
    return after < text.size() &&
           (text[after] == '>' || text[after] == ' ' || text[after] == '\n' || text[after] == '\t');
}

}  // namespace

WxrLayout scan_wxr(std::string_view text) {
    WxrLayout layout;
    bool in_item = false;
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
        if (at(text, i, "<![CDATA[")) {
            const std::size_t end = text.find("]]>", i + 9);
            if (end == std::string_view::npos) break;
            i = end + 2;
        } else if (at(text, i, "<!--")) {
            const std::size_t end = text.find("-->", i + 4);
            if (end == std::string_view::npos) break;
            i = end + 2;
        } else if (layout.channel_begin == std::string_view::npos) {
            if (tag_at(text, i, "<channel")) layout.channel_begin = i;
        } else if (tag_at(text, i, "<item")) {
            if (in_item) layout.items.back().end = std::string_view::npos;
            if (layout.items.empty()) layout.header_end = i;
            layout.items.push_back({i, std::string_view::npos});
            in_item = true;
        } else if (at(text, i, "</item>")) {
            if (in_item) layout.items.back().end = i + 7;
            in_item = false;
        } else if (at(text, i, "</channel>") && layout.items.empty()) {
            layout.header_end = i;
        }
    }
    if (layout.channel_begin != std::string_view::npos && layout.header_end == 0)
        layout.header_end = text.size();
    return layout;
}

}  // namespace folio
