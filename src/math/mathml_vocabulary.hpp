#pragma once

// The MathML that tex_to_mathml writes, for the writers that keep HTML to an allow-list (the
// book's and the feeds' sanitisers): letting these through keeps math, and nothing in them
// can run a script or load anything.

#include <array>
#include <string_view>

namespace folio {

/// Every element name tex_to_mathml writes.
inline constexpr std::array<std::string_view, 24> kMathmlElements = {
    "math",    "semantics", "annotation", "mrow",   "mi",     "mn",         "mo",
    "mtext",   "msub",      "msup",       "msubsup", "munder", "mover",     "munderover",
    "mfrac",   "msqrt",     "mroot",      "mtable", "mtr",    "mtd",        "mspace",
    "mstyle",  "merror",    "menclose"};

/// Every attribute name tex_to_mathml writes; their values are fixed words and lengths.
inline constexpr std::array<std::string_view, 15> kMathmlAttributes = {
    "xmlns",         "display",      "encoding",    "mathvariant", "stretchy",
    "fence",         "movablelimits", "accent",     "accentunder", "linethickness",
    "displaystyle",  "columnalign",  "width",       "lspace",      "notation"};

}  // namespace folio
