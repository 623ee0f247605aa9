#include "src/render/html5_attributes.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/ascii_digits.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace folio {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// A value safe inside a CSS declaration: letters, digits, `#`, `.`, `%`, `-`, space.
bool css_safe(std::string_view value) {
    if (value.empty()) return false;
    return std::all_of(value.begin(), value.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '#' || c == '.' || c == '%' ||
               c == '-' || c == ' ';
    });
}

/// `300` → `300px`, `50%` and `12em` as they are; empty when it is no length.
std::string css_length(std::string_view value) {
    std::string trimmed(value);
    while (!trimmed.empty() && is_space(trimmed.back())) trimmed.pop_back();
    while (!trimmed.empty() && is_space(trimmed.front())) trimmed.erase(0, 1);
    if (all_ascii_digits(trimmed)) return trimmed + "px";
    if (!css_safe(trimmed) || !std::isdigit(static_cast<unsigned char>(trimmed.front()))) return {};
    return trimmed;
}

/// Elements whose `width` and `height` HTML5 keeps, as whole numbers of pixels.
bool has_pixel_size(std::string_view element) {
    return element == "img" || element == "iframe" || element == "video" ||
           element == "canvas" || element == "embed" || element == "object" ||
           element == "input" || element == "source";
}

/// Elements that sit in the text like a picture: `align` floats them.
bool is_replaced(std::string_view element) {
    return element == "img" || element == "iframe" || element == "video" ||
           element == "embed" || element == "object" || element == "applet";
}

}  // namespace

bool html5_attributes(std::string_view element, std::vector<HtmlAttribute>& attributes) {
    std::vector<std::string> styles;
    bool changed = false;
    const auto drop = [&](std::size_t& i) {
        attributes.erase(attributes.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
    };
    for (std::size_t i = 0; i < attributes.size();) {
        const std::string& name = attributes[i].name;
        const std::string value = ascii_lower(attributes[i].value);
        if (name == "align") {
            if (is_replaced(element)) {
                if (value == "left" || value == "right")
                    styles.push_back("float: " + value);
                else if (value == "middle" || value == "top" || value == "bottom")
                    styles.push_back("vertical-align: " + value);
                else if (value == "center")
                    styles.push_back("display: block; margin-left: auto; margin-right: auto");
            } else if (element == "table") {
                if (value == "center")
                    styles.push_back("margin-left: auto; margin-right: auto");
                else if (value == "left" || value == "right")
                    styles.push_back("float: " + value);
            } else if (value == "left" || value == "right" || value == "center" ||
                       value == "justify") {
                styles.push_back("text-align: " + value);
            }
            drop(i);
        } else if (name == "width" || name == "height") {
            if (has_pixel_size(element) && all_ascii_digits(attributes[i].value)) {
                ++i;
                continue;
            }
            if (const std::string length = css_length(value); !length.empty())
                styles.push_back(name + ": " + length);
            drop(i);
        } else if (name == "border") {
            if (const std::string length = css_length(value); !length.empty() && value != "0")
                styles.push_back("border: " + length + " solid");
            else if (element == "img" || element == "table")
                styles.push_back("border: 0");
            drop(i);
        } else if (name == "bgcolor" || name == "valign" || name == "nowrap" ||
                   name == "cellspacing" || name == "clear") {
            if (name == "nowrap")
                styles.push_back("white-space: nowrap");
            else if (!css_safe(value))
                ;  // nothing a style could say safely
            else if (name == "bgcolor")
                styles.push_back("background-color: " + value);
            else if (name == "valign")
                styles.push_back("vertical-align: " + value);
            else if (name == "clear")
                styles.push_back("clear: " + (value == "all" ? std::string("both") : value));
            else if (const std::string length = css_length(value); !length.empty())
                styles.push_back("border-spacing: " + length);
            drop(i);
        } else if (name == "hspace" || name == "vspace") {
            if (const std::string length = css_length(value); !length.empty()) {
                styles.push_back(name == "hspace"
                                     ? "margin-left: " + length + "; margin-right: " + length
                                     : "margin-top: " + length + "; margin-bottom: " + length);
            }
            drop(i);
        } else if (name == "frameborder" || name == "scrolling" || name == "marginwidth" ||
                   name == "marginheight" || name == "cellpadding" || name == "longdesc" ||
                   name == "summary" || name == "charset" || name == "compact" ||
                   name == "noshade" || (name == "size" && element == "hr") ||
                   (name == "name" && element == "img") ||
                   (name == "language" && element == "script")) {
            drop(i);
        } else {
            ++i;
        }
    }
    // An image without `alt` is an error to the checker; the author said nothing about it.
    if (element == "img" && std::none_of(attributes.begin(), attributes.end(),
                                         [](const HtmlAttribute& a) { return a.name == "alt"; })) {
        attributes.push_back({"alt", ""});
        changed = true;
    }
    if (styles.empty()) return changed;
    std::string style;
    for (const std::string& s : styles) {
        if (!style.empty()) style += "; ";
        style += s;
    }
    // The author's own style comes last, so it wins where both say something.
    for (HtmlAttribute& a : attributes) {
        if (a.name != "style") continue;
        std::string own = a.value;
        while (!own.empty() && (is_space(own.back()) || own.back() == ';')) own.pop_back();
        a.value = own.empty() ? style : style + "; " + own;
        return true;
    }
    attributes.push_back({"style", style});
    return true;
}

}  // namespace folio
