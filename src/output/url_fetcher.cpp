#include "src/output/url_fetcher.hpp"

#include "src/output/curl_library.hpp"

#include <curl/curl.h>
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <random>
#include <vector>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/output/download_cache_name.hpp"
#include "src/web/private_address.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

using File = std::unique_ptr<std::FILE, decltype(&std::fclose)>;

/// Where libcurl's write callback puts the body; counts bytes against the cap.
struct Sink {
    std::FILE* file = nullptr;
    std::uint64_t written = 0;
    std::uint64_t max_bytes = 0;
    bool too_large = false;
    bool write_failed = false;

    static std::size_t write(char* data, std::size_t size, std::size_t count, void* user) {
        auto& self = *static_cast<Sink*>(user);
        const std::size_t bytes = size * count;
        if (self.written + bytes > self.max_bytes) {
            self.too_large = true;
            return 0;  // anything but `bytes` makes libcurl stop with CURLE_WRITE_ERROR
        }
        if (std::fwrite(data, 1, bytes, self.file) != bytes) {
            self.write_failed = true;
            return 0;
        }
        self.written += bytes;
        return bytes;
    }
};

std::string megabytes(std::uint64_t bytes) {
    char text[32];
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        std::snprintf(text, sizeof text, "%llu MB",
                      static_cast<unsigned long long>(bytes / (1024 * 1024)));
    else
        std::snprintf(text, sizeof text, "%llu bytes", static_cast<unsigned long long>(bytes));
    return text;
}

std::string seconds(std::chrono::milliseconds time) {
    char text[32];
    std::snprintf(text, sizeof text, "%g s", static_cast<double>(time.count()) / 1000.0);
    return text;
}

/// The scheme, host (without IPv6 brackets) and port of `url`, by libcurl's own parser so that
/// what is checked is what curl connects to.
struct UrlParts {
    std::string scheme;
    std::string host;
    std::string port;
    bool literal = false;  ///< the host is a numeric address
};

std::optional<UrlParts> url_parts(const CurlLibrary& api, const std::string& url) {
    const std::unique_ptr<CURLU, void (*)(CURLU*)> handle(api.url(), api.url_cleanup);
    if (!handle || api.url_set(handle.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        return std::nullopt;
    UrlParts parts;
    const auto get = [&](CURLUPart part, std::string& out, unsigned int flags) {
        char* value = nullptr;
        if (api.url_get(handle.get(), part, &value, flags) != CURLUE_OK) return false;
        out = value;
        api.free(value);
        return true;
    };
    if (!get(CURLUPART_SCHEME, parts.scheme, 0) || !get(CURLUPART_HOST, parts.host, 0) ||
        !get(CURLUPART_PORT, parts.port, CURLU_DEFAULT_PORT))
        return std::nullopt;
    if (parts.host.size() > 2 && parts.host.front() == '[') {
        parts.host = parts.host.substr(1, parts.host.size() - 2);
        parts.literal = true;
    }
    return parts;
}

/// The numeric addresses `host` resolves to, or why it does not resolve.
std::vector<std::string> resolve(const std::string& host, std::string& problem) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (const int status = getaddrinfo(host.c_str(), nullptr, &hints, &found); status != 0) {
        problem = "cannot resolve host '" + host + "': " + gai_strerror(status);
        return {};
    }
    const std::unique_ptr<addrinfo, void (*)(addrinfo*)> owned(found, freeaddrinfo);
    std::vector<std::string> addresses;
    for (const addrinfo* a = found; a != nullptr; a = a->ai_next) {
        char text[INET6_ADDRSTRLEN] = "";
        const void* raw = a->ai_family == AF_INET
                              ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(a->ai_addr)->sin_addr)
                              : static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(a->ai_addr)->sin6_addr);
        if ((a->ai_family == AF_INET || a->ai_family == AF_INET6) &&
            inet_ntop(a->ai_family, raw, text, sizeof text) != nullptr)
            addresses.emplace_back(text);
    }
    if (addresses.empty()) problem = "host '" + host + "' has no address";
    return addresses;
}

}  // namespace

UrlFetcher::UrlFetcher(fs::path cache_dir, FetchLimits limits)
    : curl_(CurlLibrary::load(curl_problem_)), cache_dir_(std::move(cache_dir)), limits_(std::move(limits)) {
    if (curl_) curl_->global_init(CURL_GLOBAL_DEFAULT);
    if (!limits_.refuse_address && !limits_.allow_private_hosts) {
        limits_.refuse_address = [](const std::string& address) {
            const std::string kind = private_address_kind(address);
            return kind.empty() ? kind
                                : address + " is a " + kind +
                                      " address (--allow-private-hosts downloads from it)";
        };
    }
}

UrlFetcher::~UrlFetcher() {
    if (curl_) curl_->global_cleanup();
}

fs::path UrlFetcher::default_cache_dir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/')
        return fs::path(xdg) / "folio" / "images";
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return fs::path(home) / ".cache" / "folio" / "images";
    return {};
}

FetchedFile UrlFetcher::fetch(std::string_view url) {
    const std::string key(url);
    {
        const std::lock_guard lock(mutex_);
        if (const auto found = done_.find(key); found != done_.end()) return found->second;
    }
    // Downloads run outside the lock. Two threads asking for the same new URL at once both
    // download it; the renames leave one complete file either way.
    FetchedFile result;
    try {
        result = download(key);
    } catch (const std::exception& failure) {
        result = {"", failure.what()};
    }
    const std::lock_guard lock(mutex_);
    return done_.try_emplace(key, std::move(result)).first->second;
}

FetchedFile UrlFetcher::download(const std::string& url) {
    const fs::path target = cache_dir_ / download_cache_name(url);
    std::error_code ec;
    if (fs::is_regular_file(target, ec)) return {target.string(), ""};
    if (!curl_) return {"", curl_problem_};
    const CurlLibrary& api = *curl_;
    fs::create_directories(cache_dir_, ec);
    if (ec) return {"", "cannot create the cache folder " + cache_dir_.string() + ": " + ec.message()};

    const fs::path temp =
        cache_dir_ / (download_cache_name(url) + ".part-" + std::to_string(std::random_device()()));
    File file(std::fopen(temp.c_str(), "wb"), &std::fclose);
    if (!file) return {"", "cannot write to the cache folder " + cache_dir_.string()};
    // Removes the partial file on every way out but success.
    struct RemoveUnlessKept {
        const fs::path& path;
        bool keep = false;
        ~RemoveUnlessKept() {
            if (keep) return;
            std::error_code ignored;
            fs::remove(path, ignored);
        }
    } cleanup{temp};

    struct EasyCleanup {
        const CurlLibrary* api;
        void operator()(CURL* handle) const { api->easy_cleanup(handle); }
    };
    const std::unique_ptr<CURL, EasyCleanup> curl(api.easy_init(), EasyCleanup{&api});
    if (!curl) return {"", "libcurl could not start"};
    Sink sink{file.get(), 0, limits_.max_bytes, false, false};
    char error[CURL_ERROR_SIZE] = "";
    CURL* handle = curl.get();
    api.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    // Redirects are followed here, one hop at a time, so that each new host is checked before
    // anything connects to it.
    api.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    api.easy_setopt(handle, CURLOPT_FAILONERROR, 1L);
    // Signals cannot be used for timeouts in a process with several threads.
    api.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(limits_.timeout.count()));
    api.easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE,
                     static_cast<curl_off_t>(limits_.max_bytes));
    api.easy_setopt(handle, CURLOPT_USERAGENT, "folio (EPUB image fetch)");
    api.easy_setopt(handle, CURLOPT_WRITEFUNCTION, &Sink::write);
    api.easy_setopt(handle, CURLOPT_WRITEDATA, &sink);
    api.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    std::unique_ptr<curl_slist, void (*)(curl_slist*)> pins(nullptr, api.slist_free_all);
    constexpr int kMaxRedirects = 5;
    std::string current = url;
    CURLcode status = CURLE_OK;
    for (int hop = 0;; ++hop) {
        const std::optional<UrlParts> parts = url_parts(api, current);
        if (!parts) return {"", "'" + current + "' is not a URL curl can read"};
        if (parts->scheme != "http" && parts->scheme != "https")
            return {"", (hop == 0 ? std::string("not http or https: ")
                                  : std::string("redirected to a URL that is not http or https: ")) +
                            current};
        std::string problem;
        const std::vector<std::string> addresses =
            parts->literal ? std::vector<std::string>{parts->host} : resolve(parts->host, problem);
        if (addresses.empty()) return {"", problem};
        if (limits_.refuse_address) {
            // Every address the name has is checked: curl might try any of them.
            for (const std::string& address : addresses) {
                if (std::string why = limits_.refuse_address(address); !why.empty()) {
                    return {"", (hop == 0 ? "refused: host '" : "refused: redirected to host '") +
                                    parts->host + "': " + why};
                }
            }
        }
        // Pinned to the addresses just checked: curl resolves nothing itself.
        std::string pin = parts->host + ":" + parts->port + ":";
        for (std::size_t i = 0; i < addresses.size(); ++i) {
            if (i > 0) pin += ',';
            pin += addresses[i].find(':') != std::string::npos ? "[" + addresses[i] + "]" : addresses[i];
        }
        if (!parts->literal) {
            pins.reset(api.slist_append(nullptr, pin.c_str()));
            api.easy_setopt(handle, CURLOPT_RESOLVE, pins.get());
        }
        api.easy_setopt(handle, CURLOPT_URL, current.c_str());
        // A redirect's own body is not the image: each hop starts the file again.
        if (std::fflush(file.get()) != 0 || ftruncate(fileno(file.get()), 0) != 0)
            return {"", "cannot write to the cache folder " + cache_dir_.string()};
        std::rewind(file.get());
        sink.written = 0;
        status = api.easy_perform(handle);
        if (status != CURLE_OK) break;
        long http_status = 0;
        api.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &http_status);
        char* location = nullptr;
        api.easy_getinfo(handle, CURLINFO_REDIRECT_URL, &location);
        if (http_status < 300 || http_status >= 400 || location == nullptr) break;
        if (hop == kMaxRedirects) return {"", "more than 5 redirects"};
        current = location;
    }
    if (status != CURLE_OK) {
        long http_status = 0;
        api.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &http_status);
        if (status == CURLE_HTTP_RETURNED_ERROR) return {"", "HTTP " + std::to_string(http_status)};
        if (sink.too_large || status == CURLE_FILESIZE_EXCEEDED)
            return {"", "larger than " + megabytes(limits_.max_bytes)};
        if (status == CURLE_OPERATION_TIMEDOUT)
            return {"", "timed out after " + seconds(limits_.timeout)};
        if (sink.write_failed) return {"", "cannot write to the cache folder " + cache_dir_.string()};
        return {"", *error != '\0' ? std::string(error) : api.easy_strerror(status)};
    }
    if (std::fflush(file.get()) != 0 || std::fclose(file.release()) != 0)
        return {"", "cannot write to the cache folder " + cache_dir_.string()};
    fs::rename(temp, target, ec);
    if (ec) return {"", "cannot write to the cache folder: " + ec.message()};
    cleanup.keep = true;
    return {target.string(), ""};
}

}  // namespace folio
