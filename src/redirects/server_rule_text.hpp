#pragma once

// What the server rule forms (nginx, Apache) share: they match the decoded path with a
// regular expression, so literal text is decoded and escaped for PCRE, and variables become
// numbered captures.

#include <optional>
#include <string>

#include "src/redirects/redirect_folding.hpp"

namespace folio {

/// `text` with PCRE's metacharacters backslash-escaped.
std::string escape_regex(std::string_view text);

/// How a server takes a redirect's target.
enum class TargetForm {
    /// nginx sends the target as it is: percent-encoded, `$` encoded too (a variable there).
    encoded,
    /// Apache's mod_alias percent-encodes the target's path itself (an encoded one would be
    /// encoded twice: `%C3%A9` → `%25C3%25A9`, measured with Debian's Apache 2.4), and reads
    /// `$N`, `&` and `\` in it: the path decoded, those three backslash-escaped.
    apache,
};

/// `url` (percent-encoded) as a target in `form`; Apache's keeps its query string encoded.
std::string server_target(std::string_view url, TargetForm form);

/// A rule as a regular expression over the decoded path (`^/([^/]+)/a\.b/$`) and a
/// replacement with `$1` captures and literals in `form`; nullopt past nine variables, which
/// `$1`…`$9` cannot number.
struct RegexRule {
    std::string regex;
    std::string replacement;
};
std::optional<RegexRule> regex_rule(const RedirectPattern& pattern, TargetForm form);

/// Whether `member` of a rule must be written exactly for nginx rather than left to the rule:
/// nginx captures from the decoded path and sends the capture as it is, so a capture of `café`
/// would put raw UTF-8 into the `Location` header; an exact entry has the encoded target.
bool needs_exact_entry(const Redirect& member);


}  // namespace folio
