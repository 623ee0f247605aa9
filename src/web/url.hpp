#pragma once

// URLs as the site, the feeds and the renderer write them: checking a base URL, resolving a
// relative reference against a page, and percent-encoding what a URL cannot hold.

#include <string>
#include <string_view>

namespace folio {

/// `https://x.org` of `https://x.org/blog/?a#b`: everything before the path. Empty for a URL
/// without a scheme (`/x`, `x.org/blog`); just the scheme for one without a host (`mailto:`).
std::string_view origin_of(std::string_view url);

/// Why `url` cannot be the base URL (not absolute, not http/https, no host), or empty.
std::string base_url_problem(std::string_view url);

/// `url` resolved against `base` (an absolute URL) as RFC 3986 does, except that a site-absolute
/// `/x` is joined to `site` (the base URL, which may have a path). Fragments (`#x`), URLs with a
/// scheme (`mailto:`, `https:`) and empty URLs come back unchanged; `//host/x` takes the scheme
/// of `site`.
std::string absolute_url(std::string_view url, std::string_view base, std::string_view site);

/// Where an encoded URL goes, which decides what is encoded. The rules differ on purpose:
/// - `html_attribute`: an `href`/`src` in HTML the renderer writes. cmark's HREF_SAFE set
///   (houdini_href_e.c), as md4c does too, so a body renders as the CommonMark reference
///   renderers render it: alphanumerics and `-_.+!*(),%#@?=;:/$~` pass, `[` and `]` are
///   encoded, every `%` is kept (the author's URL is not second-guessed), and `&` and `'`
///   are HTML-escaped (`&amp;`, `&#x27;`) for the quoted attribute.
/// - `xml_text`: a URL handed to an XML writer that escapes `&` itself (feed links and ids,
///   sitemap `<loc>`): a URL a feed validator accepts, so a `%` that starts no `%XX` escape
///   becomes `%25`, while `[`, `]`, `&` and `'` stay as written.
/// Both encode spaces, controls, non-ASCII bytes, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`
/// and `}`, and keep existing `%XX` escapes.
/// - `form_value`: a whole URL as one value of an `application/x-www-form-urlencoded` body
///   (WebSub's `hub.url`): only RFC 3986's unreserved bytes (`A-Za-z0-9-._~`) pass; every other
///   byte, `%` of an existing escape included, becomes `%XX`, so the hub decodes the URL byte
///   for byte. A space is `%20`, which form decoders read as they read `+`.
enum class UrlContext { html_attribute, xml_text, form_value };

/// RFC 3986 section 5.2.4 for a path starting with `/`: `/a/b/../c/./d` becomes `/a/c/d`;
/// `..` never climbs above the root, and a last `.` or `..` keeps its folder's slash.
std::string remove_dot_segments(std::string_view path);

/// `%XX` escapes decoded (a `%` that starts none is kept as written); `+` stays `+`, as in
/// paths. Never fails.
std::string percent_decode(std::string_view text);

/// Appends `url` to `out`, encoded for `context`.
void append_encoded_url(std::string& out, std::string_view url, UrlContext context);

/// `url` encoded for `context` (see `UrlContext`).
std::string encode_url(std::string_view url, UrlContext context);

}  // namespace folio
