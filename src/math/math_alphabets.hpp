#pragma once

// The Unicode mathematical alphabets (U+1D400...) that TeX's font commands stand for:
// `\mathbb{R}` is ℝ, `\mathbf{v}` 𝐯. MathML Core renders only `mathvariant="normal"`, so
// the converter writes these letters rather than asking for a variant.

namespace folio {

/// The fonts TeX sets math letters in: `none` the default italic, `normal` upright.
enum class MathFont { none, normal, bold, double_struck, script, fraktur, sans_serif, monospace };

/// The letter or digit `c` in `font` as a code point, or 0 when the font keeps it as it is
/// (`none`, `normal`, a character that is no ASCII letter or digit, a digit in script or
/// fraktur, which Unicode does not have).
char32_t styled_letter(char c, MathFont font);

}  // namespace folio
