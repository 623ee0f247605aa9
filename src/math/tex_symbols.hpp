#pragma once

// What the TeX control words that stand for one symbol mean in MathML: `\alpha` is the
// identifier α, `\leq` the operator ≤, `\sum` a large operator with limits, `\sin` a function
// name. The converter (tex_to_mathml.cpp) reads the structure; this is its dictionary.

#include <string_view>

namespace folio {

/// How a symbol is written: `<mi>`, `<mo>`, `<mo>` taking limits above and below (`\sum`,
/// `\lim`), or a function name (`<mi>sin</mi>` and an invisible function application).
enum class TexSymbolKind { identifier, operator_, large_operator, function, limits_function };

/// The MathML text of a symbol (UTF-8) and how to write it.
struct TexSymbol {
    TexSymbolKind kind = TexSymbolKind::identifier;
    std::string_view text;
};

/// The symbol a control word (without its backslash: `alpha`) names, or null when it names
/// none (it may still be a command with arguments, such as `frac`).
const TexSymbol* find_tex_symbol(std::string_view name);

}  // namespace folio
