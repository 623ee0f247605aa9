#pragma once

// What `folio serve` adds to the pages it serves (never to the files on disk, which are what
// `folio html` writes): a few lines of script that listen to the server's event stream and
// reload the page after a rebuild, and the errors of the inputs that do not read.

#include <cstdint>
#include <string>
#include <string_view>

namespace folio::serve {

/// The address of the server's event stream (Server-Sent Events): on connecting, and after each
/// rebuild, it sends the site's generation as a `data:` line.
inline constexpr std::string_view kReloadEventsPath = "/__folio/events";

/// `html` with the live-reload script inserted before its last `</body>` (at the end when there
/// is none). The page reloads when the stream names another generation than `generation`, the
/// one it was served at, so a rebuild that ends before the stream is open is not missed.
/// `problems`, when not empty (messages as printed: `file:line:col: error: ...`), is shown
/// over the page in a box the reader can close.
std::string with_live_reload(std::string_view html, std::uint64_t generation,
                             std::string_view problems);

/// A page showing `problems`, served in place of the page of an article that does not read;
/// it reloads like the others, so fixing the file brings the page back.
std::string problems_page(std::uint64_t generation, std::string_view problems);

}  // namespace folio::serve
