#include "src/render/html_escape.hpp"

#include <array>
#include <cstdint>

#include "src/web/url.hpp"

namespace folio {
namespace {

// One table lookup per byte: the renderer spends most of its time here, so the common case
// (a run of ordinary text) must be a tight scan followed by a single append.
constexpr std::array<std::uint8_t, 256> make_html_table() {
    std::array<std::uint8_t, 256> table{};
    table['&'] = 1;
    table['<'] = 2;
    table['>'] = 3;
    table['"'] = 4;
    // C0 controls other than tab, LF and CR cannot be in XML at all (not even as `&#1;`), and
    // every document this renderer feeds (EPUB, feeds, the site) must be XHTML: they are left
    // out. (md4c already turned NUL into U+FFFD, as CommonMark says.)
    for (int c = 0; c < 0x20; ++c) {
        if (c != '\t' && c != '\n' && c != '\r') table[c] = 5;
    }
    // 0xEF starts U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML refuses too.
    table[0xEF] = 6;
    return table;
}
constexpr std::array<std::uint8_t, 256> kHtmlSpecial = make_html_table();
constexpr std::array<std::string_view, 6> kHtmlEntity = {"", "&amp;", "&lt;", "&gt;", "&quot;",
                                                         ""};

}  // namespace

void append_escaped_html(std::string& out, std::string_view text) {
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::uint8_t kind = kHtmlSpecial[static_cast<unsigned char>(text[i])];
        if (kind == 0) continue;
        if (kind == 6) {
            const bool noncharacter = i + 2 < text.size() &&
                                      static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                                      (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE;
            if (!noncharacter) continue;
            out.append(text.data() + run_start, i - run_start);
            i += 2;
            run_start = i + 1;
            continue;
        }
        out.append(text.data() + run_start, i - run_start);
        out.append(kHtmlEntity[kind]);
        run_start = i + 1;
    }
    out.append(text.data() + run_start, text.size() - run_start);
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped_html(out, text);
    return out;
}

std::string unescape_html(std::string_view escaped) {
    std::string out;
    out.reserve(escaped.size());
    for (std::size_t at = escaped.find('&'); at != std::string_view::npos; at = escaped.find('&')) {
        out.append(escaped.substr(0, at));
        escaped.remove_prefix(at);
        bool decoded = false;
        for (std::size_t kind = 1; kind <= 4; ++kind) {
            if (escaped.starts_with(kHtmlEntity[kind])) {
                out += "&<>\""[kind - 1];
                escaped.remove_prefix(kHtmlEntity[kind].size());
                decoded = true;
                break;
            }
        }
        if (!decoded) {
            out += '&';
            escaped.remove_prefix(1);
        }
    }
    out.append(escaped);
    return out;
}

void append_escaped_url(std::string& out, std::string_view url) {
    append_encoded_url(out, url, UrlContext::html_attribute);
}

std::string escape_url(std::string_view url) {
    std::string out;
    out.reserve(url.size());
    append_escaped_url(out, url);
    return out;
}

}  // namespace folio
