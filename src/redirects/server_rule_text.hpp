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

/// A rule as a regular expression over the decoded path (`^/([^/]+)/a\.b/$`) and a
/// replacement in `$1` form with percent-encoded literals; nullopt past nine variables, which
/// `$1`…`$9` cannot number.
struct RegexRule {
    std::string regex;
    std::string replacement;
};
std::optional<RegexRule> regex_rule(const RedirectPattern& pattern);

/// Whether `member` of a rule must be written exactly rather than left to the rule: both
/// servers capture from the decoded path, so a capture of `café` would put raw UTF-8 into the
/// `Location` header; an exact entry has the encoded target.
bool needs_exact_entry(const Redirect& member);

/// `url` with `$` percent-encoded: both servers read `$` in a target as a capture or variable.
std::string without_dollars(std::string_view url);

}  // namespace folio
