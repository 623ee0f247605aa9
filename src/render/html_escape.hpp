#pragma once

#include <string>
#include <string_view>

namespace folio {

/// Text content: escapes `&`, `<`, `>` and `"` (so the same text is safe in attributes too)
/// and leaves out the characters XML cannot hold (C0 controls but tab, LF, CR; U+FFFE, U+FFFF).
void append_escaped_html(std::string& out, std::string_view text);
std::string escape_html(std::string_view text);

/// The inverse of `escape_html` for the text the renderer wrote: `&amp;`, `&lt;`, `&gt;` and
/// `&quot;` decoded, nothing else touched.
std::string unescape_html(std::string_view escaped);

/// A URL for `href`/`src`: percent-encodes what is not allowed in a URL (spaces, non-ASCII
/// bytes, control characters) while keeping existing `%XX` escapes, then HTML-escapes `&`, as
/// cmark and md4c do: `encode_url` with `UrlContext::html_attribute` (src/web/url.hpp).
void append_escaped_url(std::string& out, std::string_view url);
std::string escape_url(std::string_view url);

}  // namespace folio
