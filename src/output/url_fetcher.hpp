#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace folio {

/// Bounds on one download.
struct FetchLimits {
    std::chrono::milliseconds timeout{10'000};  ///< the whole transfer, connecting included
    std::uint64_t max_bytes = 10U * 1024 * 1024;
    /// Reach loopback, private, link-local and unique-local addresses too
    /// (`--allow-private-hosts`): off, a URL or redirect whose host resolves to one is refused.
    bool allow_private_hosts = false;
    /// Why a resolved numeric address may not be reached, or empty; unset: by
    /// `private_address_kind` (src/web/private_address.hpp) unless `allow_private_hosts`.
    /// Tests set it to reach their own server on 127.0.0.1 while refusing other addresses.
    std::function<std::string(const std::string& address)> refuse_address;
};

/// A downloaded file: where it is, or why there is none.
struct FetchedFile {
    std::string path;     ///< the file in the cache folder; empty on failure
    std::string problem;  ///< `HTTP 404`, `timed out after 10 s`, ... when `path` is empty
};

struct CurlLibrary;

/// Downloads http(s) URLs into a cache folder with libcurl (remote images for
/// `folio epub --fetch-images`). libcurl is loaded when a fetcher is made, not when folio
/// starts: with its 30 libraries (TLS, Kerberos, LDAP, ...) it was 90% of the start-up time of
/// every run, most of which never download anything. A URL already in the cache is not downloaded again: the file
/// is named after a hash of the URL, and a download appears there (renamed from a temporary
/// file) only when complete and within the limits. Each URL is tried once per fetcher, however
/// often it is asked for. Thread-safe: several downloads run at once.
class UrlFetcher {
public:
    /// Loads and initialises libcurl (before any other thread uses it). When libcurl cannot be
    /// loaded, every fetch fails and says so (`problem`).
    UrlFetcher(std::filesystem::path cache_dir, FetchLimits limits);
    ~UrlFetcher();
    UrlFetcher(const UrlFetcher&) = delete;
    UrlFetcher& operator=(const UrlFetcher&) = delete;

    /// The cached file of `url`, downloading it first when needed. Only http and https, also
    /// across redirects (at most 5), each hop's host resolved here and checked against
    /// `FetchLimits::refuse_address` before it is connected to, and curl pinned to the address
    /// checked (`CURLOPT_RESOLVE`), so a name that resolves differently the second time (DNS
    /// rebinding) cannot lead it elsewhere. Never throws.
    FetchedFile fetch(std::string_view url);

    /// `$XDG_CACHE_HOME/folio/images`, else `$HOME/.cache/folio/images`, else empty.
    static std::filesystem::path default_cache_dir();

private:
    FetchedFile download(const std::string& url);

    std::unique_ptr<CurlLibrary> curl_;  ///< null when libcurl could not be loaded
    std::string curl_problem_;            ///< why, then
    std::filesystem::path cache_dir_;
    FetchLimits limits_;
    std::mutex mutex_;
    std::map<std::string, FetchedFile> done_;
};

}  // namespace folio
