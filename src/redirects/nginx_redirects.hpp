#pragma once

// Redirects for nginx: a `map` from the requested path to its new URL (in the `http` block)
// and the two lines that answer with a 301 (in the `server` block).

#include <string>
#include <string_view>

#include "src/redirects/redirect_folding.hpp"
#include "src/redirects/rule_file.hpp"

namespace folio {

/// The two parts of nginx's configuration.
struct NginxRedirects {
    RuleFile map;                ///< `map $uri $<variable> { ... }`, for the `http` block
    std::string server_snippet;  ///< `if ($<variable>) { return 301 $<variable>; }`
};

/// The map keys on `$uri`, the decoded and normalised path nginx matches locations against, so
/// exact keys are decoded paths and pattern keys regular expressions over them (nginx tries
/// every exact key before the first regular expression, whatever the order). Values are the
/// new URLs, percent-encoded, `$` included (nginx would read it as a variable). A member of a
/// pattern whose old path holds an escape is an exact entry too (`needs_exact_entry`). The
/// snippet keeps the request's query string.
NginxRedirects write_nginx_redirects(const FoldedRedirects& redirects,
                                     std::string_view variable = "folio_redirect");

}  // namespace folio
