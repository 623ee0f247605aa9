#pragma once

// URL paths as redirects and permalinks need them: percent-encoded for what a browser sends
// and a host's rule file matches, decoded for file names and for servers that match the
// decoded path (nginx's `$uri`, Apache's mod_alias).

#include <string>
#include <string_view>

namespace folio {

/// `path` as a browser requests it: spaces, non-ASCII bytes and what a path cannot hold
/// (`?`, `#`, `[`, `]`, `"`, `<`, `>`, ...) percent-encoded with src/web's encoder, existing
/// `%XX` escapes kept. `/café/` → `/caf%C3%A9/`.
std::string encode_path(std::string_view path);

/// The path of a base URL, without its trailing slash: `https://x.org/blog/` → `/blog`,
/// `https://x.org/` and `` → ``; a value that is already a path (`/blog/`) gives `/blog`.
std::string base_path_of(std::string_view base_url);

/// `path` (starting with `/`) under `base_path` (from `base_path_of`).
std::string join_base_path(std::string_view base_path, std::string_view path);

/// `path` with every run of `/` made one, starting with `/`.
std::string squeeze_slashes(std::string_view path);

}  // namespace folio
