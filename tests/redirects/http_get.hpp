#pragma once

// A plain HTTP/1.0 client for the tests that serve redirect rules with a real server.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace folio::testing {

// A port nothing listens on now (the kernel's choice for port 0).
inline int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

// The status line and `Location` of `GET path`, or empty when nothing answers.
inline std::string http_get(int port, std::string_view path) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        close(fd);
        return {};
    }
    const std::string request = "GET " + std::string(path) + " HTTP/1.0\r\nHost: old.example\r\n\r\n";
    if (write(fd, request.data(), request.size()) < 0) {
        close(fd);
        return {};
    }
    std::string response;
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) response.append(buffer, static_cast<std::size_t>(n));
    close(fd);
    std::string out = response.substr(0, response.find("\r\n"));
    if (const auto at = response.find("\r\nLocation: "); at != std::string::npos) {
        const auto begin = at + 12;
        out += " " + response.substr(begin, response.find("\r\n", begin) - begin);
    }
    return out;
}

}  // namespace folio::testing
