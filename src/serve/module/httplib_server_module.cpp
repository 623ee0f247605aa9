// folio-http.so: `folio serve`'s HTTP server, cpp-httplib behind src/serve/http_module_abi.hpp.

#include <httplib.h>

#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "src/serve/http_module_abi.hpp"

namespace {

using folio::serve::HttpReply;
using folio::serve::HttpRoutes;

// Event streams hold a thread each for as long as their page is open: more than the library's
// default of 8, so a few open tabs do not block page requests.
constexpr std::size_t kServerThreads = 32;

// The query of a request's target (`?q=caf%C3%A9`, or empty) as a Location may carry it: the
// bytes a browser escapes are escaped, `#` too (it would start a fragment), so that a hostile
// client's raw bytes cannot break the header.
std::string location_query(const std::string& target) {
    const std::size_t mark = target.find('?');
    if (mark == std::string::npos) return {};
    std::string query;
    for (const char c : std::string_view(target).substr(mark)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7f && c != '#') {
            query += c;
        } else {
            constexpr char kHex[] = "0123456789ABCDEF";
            query += '%';
            query += kHex[byte >> 4];
            query += kHex[byte & 0xf];
        }
    }
    return query;
}

class HttplibServer final : public folio::serve::HttpServer {
public:
    explicit HttplibServer(HttpRoutes routes) : routes_(std::move(routes)) {}
    ~HttplibServer() override { stop(); }

    std::string start(const std::string& bind, int port) override {
        // httplib owns the queue it is handed and deletes it when it stops.
        server_.new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
        // Idle keep-alive connections hold a thread too; a short wait frees them sooner on stop.
        server_.set_keep_alive_timeout(1);
        server_.Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
            try {
                answer(request, response);
            } catch (const std::exception& failed) {
                response.status = 500;
                response.set_content(std::string("folio serve: ") + failed.what() + "\n",
                                     "text/plain; charset=utf-8");
            }
        });
        if (port == 0) {
            port = server_.bind_to_any_port(bind);
            if (port < 0) return "cannot listen on " + bind + " (any port)";
        } else if (!server_.bind_to_port(bind, port)) {
            return "cannot listen on " + bind + ":" + std::to_string(port) +
                   " (is another server using the port? --port chooses another)";
        }
        port_ = port;
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        return {};
    }

    int port() const override { return port_; }

    void stop() override {
        server_.stop();
        if (thread_.joinable()) thread_.join();
    }

private:
    void answer(const httplib::Request& request, httplib::Response& response) {
        response.set_header("Cache-Control", "no-store");
        if (request.path == routes_.events_path) {
            auto sent = std::make_shared<std::uint64_t>(0);
            response.set_chunked_content_provider(
                "text/event-stream", [this, sent](std::size_t, httplib::DataSink& sink) {
                    const std::optional<std::string> message = routes_.next_event(*sent);
                    if (!message) {
                        sink.done();
                        return false;
                    }
                    return sink.write(message->data(), message->size());
                });
            return;
        }
        HttpReply reply = routes_.page(request.path);
        response.status = reply.status;
        // A folder asked for without its `/` keeps the query on the way there: the search page
        // reads its query from the address (`/search?q=x` → `/search/?q=x`).
        if (!reply.location.empty()) {
            response.set_header("Location", reply.location + location_query(request.target));
        }
        if (!reply.type.empty()) response.set_content(std::move(reply.body), reply.type);
    }

    HttpRoutes routes_;
    httplib::Server server_;
    std::thread thread_;
    int port_ = 0;
};

}  // namespace

extern "C" __attribute__((visibility("default"))) void folio_make_http_server_v1(
    const HttpRoutes& routes, std::unique_ptr<folio::serve::HttpServer>& made) {
    made = std::make_unique<HttplibServer>(routes);
}
