// bytes (as UTF-8 text, the way the reader hands TeX over) → tex_to_mathml, inline and display.
// The converter never fails: its MathML must be well-formed XML whatever the TeX, every problem
// must point inside the TeX, and the TeX must come back whole as the annotation.

#include <string>

#include "fuzz/fuzz_support.hpp"
#include "src/math/tex_to_mathml.hpp"
#include "src/text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string tex =
        folio::to_valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
    for (const bool display : {false, true}) {
        const folio::MathMarkup out = folio::tex_to_mathml(tex, display);
        folio::fuzz::require_utf8(out.mathml, "MathML");
        folio::fuzz::require_well_formed_fragment(out.mathml, "MathML of TeX");
        for (const folio::MathProblem& problem : out.problems) {
            if (problem.offset > tex.size()) folio::fuzz::fail("math problem", "points past the TeX");
        }
    }
    return 0;
}
