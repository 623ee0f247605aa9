#include "src/render/html_tags.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "src/render/html5_attributes.hpp"
#include "src/render/html_escape.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    }
    return true;
}

// The references attribute values of real posts hold (`&amp;` in a query, `&#39;`, `&quot;`);
// other named references stay as written: a URL or a size never needs them.
std::string decode_references(std::string_view value) {
    if (value.find('&') == std::string_view::npos) return std::string(value);
    constexpr std::array<std::pair<std::string_view, char>, 5> kNamed = {
        {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}}};
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        if (value[i] != '&') {
            out += value[i++];
            continue;
        }
        const std::string_view rest = value.substr(i);
        bool done = false;
        for (const auto& [name, c] : kNamed) {
            if (rest.starts_with(name)) {
                out += c;
                i += name.size();
                done = true;
                break;
            }
        }
        if (done) continue;
        if (rest.size() > 2 && rest[1] == '#') {
            const bool hex = rest[2] == 'x' || rest[2] == 'X';
            std::size_t j = hex ? 3 : 2;
            std::uint32_t cp = 0;
            const std::size_t digits_from = j;
            while (j < rest.size() && j < digits_from + 7 &&
                   std::isxdigit(static_cast<unsigned char>(rest[j])) &&
                   (hex || std::isdigit(static_cast<unsigned char>(rest[j])))) {
                const char d = static_cast<char>(std::tolower(static_cast<unsigned char>(rest[j])));
                cp = cp * (hex ? 16 : 10) +
                     static_cast<std::uint32_t>(d <= '9' ? d - '0' : d - 'a' + 10);
                ++j;
            }
            if (j > digits_from) {
                // `&#0;` is U+FFFD in HTML, as every value no character has.
                append_utf8(out, cp == 0 ? char32_t{0xFFFD} : static_cast<char32_t>(cp));
                i += j + (j < rest.size() && rest[j] == ';' ? 1 : 0);
                continue;
            }
        }
        out += value[i++];
    }
    return out;
}

/// Reads the start tag whose name starts at `at` (just past `<`); false when it never ends.
bool read_start_tag(std::string_view html, std::size_t at, HtmlTag& tag) {
    std::size_t i = at;
    while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
    tag.name = ascii_lower(html.substr(at, i - at));
    while (true) {
        while (i < html.size() && (is_space(html[i]) || html[i] == '/')) {
            tag.self_closing = html[i] == '/';
            ++i;
        }
        if (i >= html.size()) return false;
        if (html[i] == '>') {
            tag.end = i + 1;
            return true;
        }
        tag.self_closing = false;
        const std::size_t name_from = i;
        // The first character may be `=` (HTML reads it as part of the name).
        ++i;
        while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' &&
               html[i] != '=')
            ++i;
        HtmlAttribute attribute;
        attribute.name = ascii_lower(html.substr(name_from, i - name_from));
        std::size_t j = i;
        while (j < html.size() && is_space(html[j])) ++j;
        if (j < html.size() && html[j] == '=') {
            ++j;
            while (j < html.size() && is_space(html[j])) ++j;
            if (j >= html.size()) return false;
            if (html[j] == '"' || html[j] == '\'') {
                const std::size_t close = html.find(html[j], j + 1);
                if (close == std::string_view::npos) return false;
                attribute.value = decode_references(html.substr(j + 1, close - j - 1));
                i = close + 1;
            } else {
                std::size_t k = j;
                while (k < html.size() && !is_space(html[k]) && html[k] != '>') ++k;
                attribute.value = decode_references(html.substr(j, k - j));
                i = k;
            }
        }
        // A repeated attribute is ignored, as a browser ignores it.
        if (tag.attribute(attribute.name) == nullptr) tag.attributes.push_back(std::move(attribute));
    }
}

bool is_image_attribute(const HtmlTag& tag, std::string_view name) {
    if (tag.name == "img") return name == "src" || name == "srcset";
    if (tag.name == "source") return name == "srcset";
    if (tag.name == "video") return name == "poster";
    if (tag.name == "input") {
        const std::string* type = tag.attribute("type");
        return name == "src" && type != nullptr && equals_ascii_lower(*type, "image");
    }
    return false;
}

// Attributes that name a page or a file to fetch as it is, not an image to show: what a
// migration rewrites to another article's URL or to a copied file.
bool is_link_attribute(const HtmlTag& tag, std::string_view name) {
    if (tag.name == "a") return name == "href";
    if (tag.name == "audio" || tag.name == "video" || tag.name == "track" || tag.name == "embed")
        return name == "src";
    // `<source srcset>` is a picture's image; `<source src>` an audio or video file.
    if (tag.name == "source") return name == "src";
    return false;
}

using AttributeTest = bool (*)(const HtmlTag&, std::string_view);

// The URLs `is` picks out of `html`'s start tags, in order, each with where it is written.
std::vector<HtmlImageSource> attribute_urls(std::string_view html, AttributeTest is) {
    std::vector<HtmlImageSource> out;
    for (const HtmlTag& tag : scan_html_tags(html)) {
        if (tag.closing) continue;
        // URLs are looked for in the tag's own text in order, each after the last one found.
        const std::string_view written = html.substr(tag.begin, tag.end - tag.begin);
        std::size_t from = 0;
        const auto add = [&](std::string url) {
            const std::size_t at = written.find(url, from);
            std::size_t where = std::string_view::npos;
            if (at != std::string_view::npos) {
                where = tag.begin + at;
                from = at + url.size();
            }
            out.push_back({std::move(url), tag.begin, where});
        };
        for (const HtmlAttribute& a : tag.attributes) {
            if (!is(tag, a.name) || a.value.empty()) continue;
            if (a.name == "srcset") {
                for (auto& [url, descriptor] : srcset_candidates(a.value)) add(std::move(url));
            } else {
                std::string url = a.value;
                while (!url.empty() && is_space(url.back())) url.pop_back();
                while (!url.empty() && is_space(url.front())) url.erase(0, 1);
                if (!url.empty()) add(std::move(url));
            }
        }
    }
    return out;
}

}  // namespace

const std::string* HtmlTag::attribute(std::string_view name) const {
    for (const HtmlAttribute& a : attributes) {
        if (a.name == name) return &a.value;
    }
    return nullptr;
}

std::vector<HtmlTag> scan_html_tags(std::string_view html) {
    std::vector<HtmlTag> tags;
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
        const std::string_view rest = html.substr(i);
        if (rest.starts_with("<!--")) {
            const std::size_t close = html.find("-->", i + 4);
            if (close == std::string_view::npos) break;
            i = close + 3;
            continue;
        }
        if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) {
            const std::size_t close =
                rest.starts_with("<![CDATA[") ? html.find("]]>", i) : html.find('>', i);
            if (close == std::string_view::npos) break;
            i = close + 1;
            continue;
        }
        HtmlTag tag;
        tag.begin = i;
        if (rest.size() > 2 && rest[1] == '/' && is_letter(rest[2])) {
            const std::size_t close = html.find('>', i);
            if (close == std::string_view::npos) break;
            std::size_t name_end = i + 2;
            while (name_end < close && !is_space(html[name_end]) && html[name_end] != '/')
                ++name_end;
            tag.name = ascii_lower(html.substr(i + 2, name_end - i - 2));
            tag.closing = true;
            tag.end = close + 1;
            i = tag.end;
            tags.push_back(std::move(tag));
            continue;
        }
        if (rest.size() < 2 || !is_letter(rest[1])) {
            ++i;
            continue;
        }
        if (!read_start_tag(html, i + 1, tag)) break;
        i = tag.end;
        // Raw text: what follows is no markup up to the element's end tag.
        if (tag.name == "script" || tag.name == "style" || tag.name == "textarea" ||
            tag.name == "title") {
            std::size_t close = i;
            const std::string end_tag = "</" + tag.name;
            while ((close = html.find("</", close)) != std::string_view::npos &&
                   !starts_with_nocase(html.substr(close), end_tag))
                close += 2;
            tags.push_back(std::move(tag));
            if (close == std::string_view::npos) break;
            i = close;
            continue;
        }
        tags.push_back(std::move(tag));
    }
    return tags;
}

bool is_void_element(std::string_view name) {
    static constexpr std::array<std::string_view, 16> kVoid = {
        "area", "base",  "br",   "col",  "embed", "hr",    "img",   "input",
        "link", "meta",  "param", "source", "track", "wbr", "keygen", "basefont"};
    return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

SourcePos place_in_html(SourcePos start, std::string_view html, std::size_t offset) {
    if (start.line == 0) return start;
    offset = std::min(offset, html.size());
    const std::string_view before = html.substr(0, offset);
    const std::size_t newline = before.rfind('\n');
    const std::string_view line = newline == std::string_view::npos ? before : before.substr(newline + 1);
    std::uint32_t characters = 0;
    for (const char c : line) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    SourcePos at = start;
    if (newline == std::string_view::npos) {
        at.column += characters;
    } else {
        at.line += static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
        at.column = characters + 1;
    }
    return at;
}

std::vector<std::pair<std::string, std::string>> srcset_candidates(std::string_view srcset) {
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t i = 0;
    while (i < srcset.size()) {
        while (i < srcset.size() && (is_space(srcset[i]) || srcset[i] == ',')) ++i;
        if (i >= srcset.size()) break;
        const std::size_t url_from = i;
        while (i < srcset.size() && !is_space(srcset[i])) ++i;
        std::string url(srcset.substr(url_from, i - url_from));
        // A URL ending in commas ends the candidate there (`a.png,b.png 2x`).
        bool ended = false;
        while (!url.empty() && url.back() == ',') {
            url.pop_back();
            ended = true;
        }
        std::string descriptor;
        if (!ended) {
            const std::size_t comma = srcset.find(',', i);
            const std::size_t stop = comma == std::string_view::npos ? srcset.size() : comma;
            descriptor = std::string(srcset.substr(i, stop - i));
            while (!descriptor.empty() && is_space(descriptor.back())) descriptor.pop_back();
            while (!descriptor.empty() && is_space(descriptor.front())) descriptor.erase(0, 1);
            i = stop;
        }
        if (!url.empty()) out.emplace_back(std::move(url), std::move(descriptor));
    }
    return out;
}

std::vector<HtmlImageSource> html_image_sources(std::string_view html) {
    // Most raw HTML shows no image: one search instead of a scan.
    if (html.find("src") == std::string_view::npos && html.find("poster") == std::string_view::npos)
        return {};
    return attribute_urls(html, &is_image_attribute);
}

std::vector<HtmlImageSource> html_link_targets(std::string_view html) {
    if (html.find("href") == std::string_view::npos && html.find("src") == std::string_view::npos)
        return {};
    return attribute_urls(html, &is_link_attribute);
}

std::string rewrite_raw_html(std::string_view html, const RawHtmlRewrite& how) {
    const bool images = static_cast<bool>(how.image_url);
    const bool links = static_cast<bool>(how.link_url);
    if (!images && !links && !how.html5_attributes) return std::string(html);
    std::string out;
    std::size_t copied = 0;
    for (HtmlTag& tag : scan_html_tags(html)) {
        if (tag.closing) continue;
        bool changed = false;
        if (images) {
            for (HtmlAttribute& a : tag.attributes) {
                if (!is_image_attribute(tag, a.name) || a.value.empty()) continue;
                if (a.name == "srcset") {
                    std::string value;
                    std::vector<std::string> written;
                    for (const auto& [url, descriptor] : srcset_candidates(a.value)) {
                        std::string to = how.srcset_url ? how.srcset_url(url) : how.image_url(url);
                        if (to.empty() ||
                            std::find(written.begin(), written.end(), to) != written.end())
                            continue;
                        if (!value.empty()) value += ", ";
                        value += to;
                        if (!descriptor.empty()) value += ' ' + descriptor;
                        written.push_back(std::move(to));
                    }
                    if (value.empty()) continue;
                    changed = changed || value != a.value;
                    a.value = std::move(value);
                } else {
                    std::string url = how.image_url(a.value);
                    changed = changed || url != a.value;
                    a.value = std::move(url);
                }
            }
        }
        if (links) {
            for (HtmlAttribute& a : tag.attributes) {
                if (!is_link_attribute(tag, a.name) || a.value.empty()) continue;
                std::string url = how.link_url(a.value);
                changed = changed || url != a.value;
                a.value = std::move(url);
            }
        }
        if (how.html5_attributes) changed = html5_attributes(tag.name, tag.attributes) || changed;
        if (!changed) continue;
        out.append(html.substr(copied, tag.begin - copied));
        out += '<';
        out += tag.name;
        for (const HtmlAttribute& a : tag.attributes) {
            out += ' ';
            out += a.name;
            out += "=\"";
            append_escaped_html(out, a.value);
            out += '"';
        }
        out += tag.self_closing ? " />" : ">";
        copied = tag.end;
    }
    if (copied == 0) return std::string(html);
    out.append(html.substr(copied));
    return out;
}

}  // namespace folio
