#pragma once

// TeX math to MathML, for the formats that show math to readers (the book, the site, the
// feeds). No C++ library packaged in Debian does it, so this is the subset blog posts use,
// as KaTeX and MathJax read it: letters, numbers and operators, scripts and limits,
// fractions, roots, Greek letters and symbols, fences, fonts, accents, matrices and
// alignments. Anything else is shown as its TeX in an `<merror>`, never dropped.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// Groups and environments nested deeper than this are shown as TeX, so hostile input cannot
/// overflow the stack.
inline constexpr int kMaxMathDepth = 48;

/// Something in the TeX the converter could not read: `offset` is its byte in the TeX.
struct MathProblem {
    std::size_t offset = 0;
    std::string message;
    bool operator==(const MathProblem&) const = default;
};

/// A `<math>` element (XHTML-compatible: namespaced, every tag closed) and the problems met.
struct MathMarkup {
    std::string mathml;
    std::vector<MathProblem> problems;
};

/// Converts `tex` to `<math xmlns=… [display="block"]><semantics>…<annotation
/// encoding="application/x-tex">tex</annotation></semantics></math>`. Never fails: what it
/// cannot read becomes `<merror>` holding the TeX, and a problem.
MathMarkup tex_to_mathml(std::string_view tex, bool display);

}  // namespace folio
