#pragma once

// The HTTP server of `folio serve`: serves a built site's folder on a loopback address, with the
// live-reload script in its pages (live_reload.hpp), the site's own 404 page, and the inputs'
// errors shown in place of the pages they break. GET and HEAD only; nothing outside the folder
// or hidden in it (`.folio-manifest`, `.folio.lock`) is served. Built on cpp-httplib, which no
// header of folio names.

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace folio::serve {

/// Where and what to serve.
struct ServerSettings {
    std::string bind = "127.0.0.1";  ///< the address to listen on
    int port = 1313;                 ///< 0: any free port (`SiteServer::port` says which)
    std::string root;                ///< the site's folder
};

/// The errors of the inputs, as the pages show them.
struct ServedProblems {
    std::string all;  ///< every error, as printed; shown over every page when not empty
    /// Site-relative page file (`posts/x/index.html`) → the errors of its article, served in
    /// place of the page.
    std::map<std::string, std::string> pages;
};

/// Serves `settings.root` on a thread pool of its own from `start` until `stop` (or
/// destruction). Safe to call `reloaded` from any thread.
class SiteServer {
public:
    explicit SiteServer(ServerSettings settings);
    ~SiteServer();
    SiteServer(const SiteServer&) = delete;
    SiteServer& operator=(const SiteServer&) = delete;

    /// Binds the address and starts serving; empty, or why it could not (the port is taken).
    std::string start();
    /// The port it listens on (after `start`).
    int port() const;
    /// Ends the open event streams, stops accepting and waits for the server's threads.
    void stop();
    /// After a rebuild: the problems now, and every open page is told to reload.
    void reloaded(ServedProblems problems);

    struct State;  ///< what the request handlers share with the server (site_server.cpp)

private:
    std::shared_ptr<State> state_;
};

/// The `Content-Type` for a file of the site, by its extension; `application/octet-stream` for
/// one it does not know.
std::string content_type_for(const std::string& path);

/// The site-relative file a request's (decoded) path names (`/posts/x/` → `posts/x/index.html`),
/// or empty when it is refused: `..` or `.` segments, hidden names (`.folio-manifest`), NUL or
/// backslash bytes.
std::string site_file_for(const std::string& request_path);

/// Where a request for a folder without its final `/` is sent: `request_path` (decoded, as the
/// server hands it on) encoded again as a browser requests it, `/` added. `/mon café` →
/// `/mon%20caf%C3%A9/`; a `%` in a folder's name is `%25`.
std::string folder_location(std::string_view request_path);

}  // namespace folio::serve
