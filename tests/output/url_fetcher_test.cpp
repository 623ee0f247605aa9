#include "src/output/url_fetcher.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>

namespace folio {
namespace {

/// An HTTP server on 127.0.0.1 that serves `/img` and redirects `/to-metadata` to a cloud's
/// metadata service and `/to-alias` to another loopback address.
class RedirectingServer {
public:
    RedirectingServer() {
        socket_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length);
        port_ = ntohs(address.sin_port);
        ::listen(socket_, 8);
        thread_ = std::thread([this] { serve(); });
    }
    ~RedirectingServer() {
        stop_ = true;
        ::shutdown(socket_, SHUT_RDWR);
        ::close(socket_);
        thread_.join();
    }
    std::string url(const std::string& host, const std::string& path) const {
        return "http://" + host + ":" + std::to_string(port_) + path;
    }

private:
    void serve() {
        while (!stop_) {
            const int client = ::accept(socket_, nullptr, nullptr);
            if (client < 0) return;
            char buffer[2048];
            const ssize_t got = ::recv(client, buffer, sizeof buffer - 1, 0);
            const std::string request(buffer, got > 0 ? static_cast<std::size_t>(got) : 0);
            std::string response;
            if (request.starts_with("GET /img ")) {
                response = "HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nimage";
            } else if (request.starts_with("GET /to-metadata ")) {
                response = "HTTP/1.0 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\n"
                           "Content-Length: 0\r\n\r\n";
            } else if (request.starts_with("GET /to-alias ")) {
                response = "HTTP/1.0 302 Found\r\nLocation: " + url("127.0.0.2", "/img") +
                           "\r\nContent-Length: 0\r\n\r\n";
            } else {
                response = "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n";
            }
            ::send(client, response.data(), response.size(), MSG_NOSIGNAL);
            ::close(client);
        }
    }

    int socket_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_ = false;
    std::thread thread_;
};

std::filesystem::path fresh_cache(const std::string& name) {
    const std::filesystem::path cache = std::filesystem::temp_directory_path() /
                                        ("folio-fetch-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(cache);
    return cache;
}

/// Limits that let the test reach its own server at 127.0.0.1 and nothing else private.
FetchLimits only_the_test_server() {
    FetchLimits limits;
    limits.timeout = std::chrono::milliseconds(3000);
    limits.refuse_address = [](const std::string& address) {
        return address == "127.0.0.1" ? std::string() : address + " is refused";
    };
    return limits;
}

TEST(UrlFetcher, RefusesLoopbackAndPrivateHostsUnlessAllowed) {
    RedirectingServer server;
    UrlFetcher refusing(fresh_cache("refuse"), FetchLimits{});
    const FetchedFile literal = refusing.fetch(server.url("127.0.0.1", "/img"));
    EXPECT_EQ(literal.path, "");
    EXPECT_EQ(literal.problem,
              "refused: host '127.0.0.1': 127.0.0.1 is a loopback address "
              "(--allow-private-hosts downloads from it)");
    // A name is resolved first, and its address is what is judged.
    EXPECT_NE(refusing.fetch(server.url("localhost", "/img")).problem.find("loopback address"),
              std::string::npos);

    FetchLimits allowed;
    allowed.allow_private_hosts = true;
    UrlFetcher allowing(fresh_cache("allow"), allowed);
    const FetchedFile fetched = allowing.fetch(server.url("127.0.0.1", "/img"));
    EXPECT_EQ(fetched.problem, "");
    EXPECT_NE(fetched.path, "");
}

TEST(UrlFetcher, ChecksEveryRedirectBeforeConnecting) {
    RedirectingServer server;
    UrlFetcher fetcher(fresh_cache("redirect"), only_the_test_server());
    EXPECT_EQ(fetcher.fetch(server.url("127.0.0.1", "/to-metadata")).problem,
              "refused: redirected to host '169.254.169.254': 169.254.169.254 is refused");
    EXPECT_EQ(fetcher.fetch(server.url("127.0.0.1", "/to-alias")).problem,
              "refused: redirected to host '127.0.0.2': 127.0.0.2 is refused");
    EXPECT_EQ(fetcher.fetch(server.url("127.0.0.1", "/img")).problem, "");
}

}  // namespace
}  // namespace folio
