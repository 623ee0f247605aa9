#pragma once

// The two engines' own ways of turning a title or a file name into a URL segment. They differ
// from folio's `slugify` (which transliterates to ASCII) and from each other, and an old URL is
// only right when it is made as the old engine made it.

#include <string>
#include <string_view>

namespace folio {

/// Jekyll's `Utils.slugify` modes (lib/jekyll/utils.rb).
enum class JekyllSlugMode {
    default_mode,  ///< every run of characters that are not letters, marks or digits is one `-`
    pretty,        ///< as default, but `._~!$&'()+,;=@` are kept too (what `:title` uses)
};

/// Jekyll's `Utils.slugify(text, mode:, cased:)`: runs of other characters become one `-`, a
/// `-` at either end is dropped, and the result is lowercased unless `cased` (`:title` keeps
/// the case of the file name). Non-ASCII letters are kept, as Ruby's `\p{L}` does; non-ASCII
/// punctuation and symbols (U+2000–U+2BFF, U+3000–U+303F, Latin-1's signs, emoji) separate.
/// Lowercasing covers the scripts `lowercase_code_point` names (src/text/word_characters).
std::string jekyll_slugify(std::string_view text, JekyllSlugMode mode, bool cased);

/// Hugo's `urlize` (helpers.PathSpec.MakePathSanitized): letters, digits, marks and
/// `./\_#+~-@` kept, a valid `%XX` kept, each whitespace run one `-` (none after a `-`),
/// everything else dropped, then lowercased (Hugo's default `disablePathToLower = false`).
std::string hugo_urlize(std::string_view text);

/// github-slugger's `slug` (what Astro's content collections make ids with): lowercased, ASCII
/// other than letters, digits, `-`, `_` and space removed, non-ASCII punctuation and symbols
/// removed, each space one `-` (runs are not merged: `a  b` → `a--b`).
std::string github_slug(std::string_view text);

/// Lowercase of the UTF-8 `text` over the ranges `jekyll_slugify` names; other bytes as is.
std::string lowercase_utf8(std::string_view text);

}  // namespace folio
