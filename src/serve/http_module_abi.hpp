#pragma once

// The interface between `folio serve` and its HTTP module (folio-http.so), the one place both
// sides read. The module is cpp-httplib (Debian's libcpp-httplib), whose library brings
// OpenSSL, brotli and zlib with it: loaded by `folio serve` only, so that every other run
// starts without them. C++ types cross the boundary: the module is built with folio, by the
// same compiler, against the same libstdc++. No exception crosses it.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace folio::serve {

/// The answer to a GET or HEAD.
struct HttpReply {
    int status = 200;
    std::string type;      ///< Content-Type
    std::string body;
    std::string location;  ///< a redirect's Location, else empty
};

/// What the server answers. Both functions are called on the server's threads.
struct HttpRoutes {
    std::string events_path;  ///< streamed as `text/event-stream` by `next_event`
    std::function<HttpReply(const std::string& path)> page;  ///< every other path (decoded)
    /// The next message of an event stream whose last message was number `sent` (updated);
    /// may wait, a few seconds at most; none: the stream ends.
    std::function<std::optional<std::string>(std::uint64_t& sent)> next_event;
};

/// A server listening on one address until `stop` (or destruction).
class HttpServer {
public:
    virtual ~HttpServer() = default;
    /// Binds `bind`:`port` (0: any free port) and serves on threads of its own; empty, or why
    /// it could not.
    virtual std::string start(const std::string& bind, int port) = 0;
    virtual int port() const = 0;  ///< the port it listens on, after `start`
    /// Stops accepting, ends the open connections and waits for the server's threads.
    virtual void stop() = 0;
};

/// The module's one export: makes a server of `routes` into `made`.
using MakeHttpServer = void (*)(const HttpRoutes& routes, std::unique_ptr<HttpServer>& made);

}  // namespace folio::serve

/// The name the module exports its MakeHttpServer under (versioned: an old module beside a
/// new program is not loaded).
inline constexpr const char* folio_http_symbol = "folio_make_http_server_v1";
