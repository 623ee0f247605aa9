#include "src/text/ascii_case.hpp"
#include "src/web/html_allow_list.hpp"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <string>

#include "src/web/url_safety.hpp"

namespace folio {
namespace {

template <std::size_t N>
bool listed(const std::string_view (&names)[N], std::string_view name) {
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// HTML's text, sections, lists, tables, media that only shows, and the obsolete elements whose
// content stays (`center`, `font`): the writers turn those into HTML5 themselves.
constexpr std::string_view kHtmlElements[] = {
    "a", "abbr", "address", "area", "article", "aside", "b", "bdi", "bdo", "big", "blockquote",
    "br", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "ins", "kbd", "li", "main", "map",
    "mark", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section",
    "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "video", "audio",
    "track", "input", "label", "meter", "progress", "caption", "acronym", "dir", "nobr",
    "listing", "xmp", "menu", "search", "html", "body", "fieldset", "legend", "dialog"};

// SVG's shapes, text, paint servers, clipping, filters and `use`/`image` (their links are
// checked); not `script`, `foreignObject` or the animation elements.
constexpr std::string_view kSvgElements[] = {
    "svg", "g", "defs", "desc", "title", "metadata", "symbol", "use", "image", "switch", "path",
    "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textpath",
    "lineargradient", "radialgradient", "stop", "pattern", "clippath", "mask", "marker", "filter",
    "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite", "feconvolvematrix",
    "fediffuselighting", "fedisplacementmap", "fedistantlight", "fedropshadow", "feflood",
    "fefunca", "fefuncb", "fefuncg", "fefuncr", "fegaussianblur", "feimage", "femerge",
    "femergenode", "femorphology", "feoffset", "fepointlight", "fespecularlighting",
    "fespotlight", "fetile", "feturbulence", "view", "font-face", "glyph", "hkern",
    "vkern", "missing-glyph"};

// MathML presentation and semantics.
constexpr std::string_view kMathElements[] = {
    "math", "mi", "mn", "mo", "mtext", "mspace", "ms", "mglyph", "mrow", "mfrac", "msqrt",
    "mroot", "mstyle", "merror", "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup",
    "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "none",
    "mtable", "mtr", "mlabeledtr", "mtd", "maligngroup", "malignmark", "mstack", "mlongdiv",
    "semantics", "annotation", "annotation-xml", "maction"};

// Gone with what they hold: scripts and styles (text that runs or loads), frames and plug-ins,
// forms, what only a browser's head holds, and SVG that runs, embeds HTML or rewrites links.
constexpr std::string_view kDroppedWhole[] = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "form", "button", "select", "textarea", "option", "optgroup",
    "datalist", "link", "meta", "base", "foreignobject", "animate", "set",
    "animatemotion", "animatetransform"};

constexpr std::string_view kAttributes[] = {
    // global
    "id", "class", "title", "lang", "dir", "style", "role", "hidden", "translate", "xml:lang",
    "tabindex",
    // HTML content attributes
    "href", "hreflang", "rel", "type", "target", "download", "src", "srcset", "sizes", "alt",
    "width", "height", "cite", "datetime", "start", "reversed", "value", "colspan", "rowspan",
    "headers", "scope", "abbr", "span", "open", "checked", "disabled", "label", "kind", "srclang",
    "default", "media", "poster", "controls", "loop", "muted", "usemap", "ismap", "shape",
    "coords", "loading", "decoding", "min", "max", "low", "high", "optimum", "for", "name",
    // presentational attributes the writers turn into CSS
    "align", "valign", "bgcolor", "border", "cellpadding", "cellspacing", "clear", "compact",
    "hspace", "vspace", "noshade", "nowrap", "size", "color", "face", "summary", "frame",
    "rules",
    // SVG
    "viewbox", "preserveaspectratio", "xlink:href", "xlink:title", "version", "baseprofile",
    "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "d", "points",
    "transform", "fill", "stroke", "opacity", "offset",
    // MathML
    "display", "mathvariant", "mathcolor", "mathbackground"};

bool is_svg_presentation(std::string_view name) {
    // SVG's and MathML's many presentation and geometry attributes share these prefixes; none
    // of them takes a URL except through `url(...)`, which is `style`'s check.
    for (const std::string_view prefix :
         {"fill-", "stroke-", "font-", "text-", "stop-", "clip", "marker", "mask", "filter",
          "gradient", "pattern", "stddeviation", "in", "in2", "result", "mode", "operator",
          "dx", "dy", "rotate", "textlength", "lengthadjust", "dominant-baseline",
          "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "visibility",
          "vector-effect", "shape-rendering", "color-", "flood-", "lighting-color", "k1", "k2",
          "k3", "k4", "values", "tablevalues", "slope", "intercept", "amplitude", "exponent",
          "numoctaves", "seed", "basefrequency", "stitchtiles", "scale", "xchannelselector",
          "ychannelselector", "radius", "order", "kernelmatrix", "divisor", "bias", "targetx",
          "targety", "edgemode", "preservealpha", "surfacescale", "diffuseconstant",
          "specularconstant", "specularexponent", "azimuth", "elevation", "pointsat",
          "limitingconeangle", "spreadmethod", "refx", "refy", "orient", "markerunits",
          "markerwidth", "markerheight", "maskunits", "maskcontentunits", "primitiveunits",
          "startoffset", "method", "spacing", "paint-order", "mix-blend-mode", "isolation",
          "writing-mode", "direction", "unicode-bidi", "overflow", "xml:space",
          // MathML
          "accent", "accentunder", "align", "columnalign", "columnlines", "columnspacing",
          "columnspan", "rowalign", "rowlines", "rowspacing", "displaystyle", "scriptlevel",
          "fence", "separator", "stretchy", "symmetric", "largeop", "movablelimits", "lspace",
          "rspace", "minsize", "maxsize", "linethickness", "bevelled", "notation", "depth",
          "voffset", "encoding", "definitionurl", "open", "close", "separators", "frame",
          "framespacing", "equalrows", "equalcolumns", "mathsize", "selection", "actiontype"}) {
        if (name.substr(0, prefix.size()) == prefix) return true;
    }
    return false;
}

}  // namespace

std::string srcset_without_dangerous(std::string_view srcset, bool& removed);

ElementPolicy element_policy(std::string_view name) {
    const std::string key = ascii_lower(name);
    if (listed(kDroppedWhole, key)) return ElementPolicy::drop_whole;
    if (listed(kHtmlElements, key) || listed(kSvgElements, key) || listed(kMathElements, key))
        return ElementPolicy::keep;
    return ElementPolicy::unwrap;
}

bool allowed_attribute(std::string_view name) {
    const std::string key = ascii_lower(name);
    if (key.size() > 2 && key.compare(0, 2, "on") == 0) return false;
    if (key.starts_with("aria-") || key.starts_with("data-")) return true;
    return listed(kAttributes, key) || is_svg_presentation(key);
}

bool is_url_attribute(std::string_view name) {
    const std::string key = ascii_lower(name);
    for (const std::string_view url : {"href", "src", "xlink:href", "poster", "cite", "action",
                                       "formaction", "data", "background", "longdesc", "usemap",
                                       "dynsrc", "lowsrc", "codebase", "definitionurl", "xml:base",
                                       "ping", "manifest", "icon", "profile"}) {
        if (key == url) return true;
    }
    return false;
}

std::string safe_srcset(std::string_view srcset) {
    bool removed = false;
    std::string out = srcset_without_dangerous(srcset, removed);
    return removed ? out : std::string(srcset);
}

std::string srcset_without_dangerous(std::string_view srcset, bool& removed) {
    // Split as the browser does, on commas after a URL; a candidate is `url [descriptor]`.
    std::string out;
    std::size_t i = 0;
    while (i < srcset.size()) {
        while (i < srcset.size() && (srcset[i] == ',' || std::isspace(static_cast<unsigned char>(srcset[i])))) ++i;
        const std::size_t url_begin = i;
        while (i < srcset.size() && !std::isspace(static_cast<unsigned char>(srcset[i]))) ++i;
        std::string_view url = srcset.substr(url_begin, i - url_begin);
        std::size_t end = i;
        if (!url.empty() && url.back() == ',') {
            url.remove_suffix(1);
        } else {
            end = srcset.find(',', i);
            if (end == std::string_view::npos) end = srcset.size();
        }
        const std::string_view candidate = srcset.substr(url_begin, end - url_begin);
        i = end;
        if (url.empty()) continue;
        if (is_dangerous_url(url)) {
            removed = true;
            continue;
        }
        std::string_view trimmed = candidate;
        while (!trimmed.empty() && (trimmed.back() == ',' || std::isspace(static_cast<unsigned char>(trimmed.back()))))
            trimmed.remove_suffix(1);
        if (!out.empty()) out += ", ";
        out += trimmed;
    }
    return out;
}

std::optional<std::string> safe_attribute_value(std::string_view name, std::string_view value,
                                                std::string& why) {
    const std::string key = ascii_lower(name);
    if (is_url_attribute(key)) {
        if (std::string scheme = dangerous_url_scheme(value); !scheme.empty()) {
            why = scheme + ": URL";
            return std::nullopt;
        }
    } else if (key == "srcset") {
        bool removed = false;
        std::string safe = srcset_without_dangerous(value, removed);
        if (!removed) return std::string(value);
        why = "dangerous srcset URL";
        if (safe.empty()) return std::nullopt;
        return safe;
    } else if (key == "style" && is_dangerous_style(value)) {
        why = "style that loads or runs code";
        return std::nullopt;
    }
    return std::string(value);
}

}  // namespace folio
