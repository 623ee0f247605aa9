#include "src/output/websub_ping.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <string>
#include <thread>

namespace folio {
namespace {

/// A hub on 127.0.0.1 that takes one request, keeps it, and answers with `status_line`.
class OneRequestHub {
public:
    explicit OneRequestHub(std::string status_line) : status_line_(std::move(status_line)) {
        socket_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length);
        port_ = ntohs(address.sin_port);
        ::listen(socket_, 1);
        thread_ = std::thread([this] { serve(); });
    }
    ~OneRequestHub() {
        ::shutdown(socket_, SHUT_RDWR);
        ::close(socket_);
        thread_.join();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/hub"; }
    /// The whole request, once the server thread has answered.
    std::string request() { return received_.get_future().get(); }

private:
    void serve() {
        const int client = ::accept(socket_, nullptr, nullptr);
        if (client < 0) {
            received_.set_value({});
            return;
        }
        // Until the body is in: the headers end with a blank line, the body is Content-Length.
        char buffer[4096];
        while (true) {
            const std::size_t end = request_.find("\r\n\r\n");
            const std::size_t length_at = request_.find("Content-Length: ");
            if (end != std::string::npos && length_at != std::string::npos &&
                request_.size() >= end + 4 + std::stoul(request_.substr(length_at + 16)))
                break;
            const ssize_t got = ::recv(client, buffer, sizeof buffer, 0);
            if (got <= 0) break;
            request_.append(buffer, static_cast<std::size_t>(got));
        }
        const std::string response = status_line_ + "\r\nContent-Length: 0\r\n\r\n";
        received_.set_value(request_);
        ::send(client, response.data(), response.size(), MSG_NOSIGNAL);
        ::close(client);
    }

    std::string status_line_;
    std::string request_;  ///< the server thread's own
    std::promise<std::string> received_;
    int socket_ = -1;
    int port_ = 0;
    std::thread thread_;
};

TEST(WebSubPing, PostsPublishWithTheFeedUrlFormEncoded) {
    OneRequestHub hub("HTTP/1.1 204 No Content");
    EXPECT_EQ(ping_websub_hub(hub.url(), "https://example.org/blog/feed.xml?x=1&y"), "");
    const std::string request = hub.request();
    EXPECT_TRUE(request.starts_with("POST /hub HTTP/1.1\r\n")) << request;
    EXPECT_NE(request.find("Content-Type: application/x-www-form-urlencoded\r\n"),
              std::string::npos)
        << request;
    EXPECT_TRUE(request.ends_with(
        "\r\n\r\nhub.mode=publish&hub.url=https%3A%2F%2Fexample.org%2Fblog%2Ffeed.xml%3Fx%3D1%26y"))
        << request;
}

TEST(WebSubPing, SaysWhyWhenTheHubRefusesOrCannotBeReached) {
    OneRequestHub hub("HTTP/1.1 500 Internal Server Error");
    EXPECT_EQ(ping_websub_hub(hub.url(), "https://example.org/feed.xml"), "HTTP 500");
    // Port 9 (discard) on loopback: nothing listens there on a test machine.
    EXPECT_NE(ping_websub_hub("http://127.0.0.1:9/", "https://example.org/feed.xml",
                              std::chrono::milliseconds(2000)),
              "");
}

}  // namespace
}  // namespace folio
