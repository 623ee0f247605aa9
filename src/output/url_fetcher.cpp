#include "src/output/url_fetcher.hpp"

#include <curl/curl.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>

namespace folio {

namespace {

namespace fs = std::filesystem;

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using File = std::unique_ptr<std::FILE, decltype(&std::fclose)>;

/// The cache file's name: 64 bits of FNV-1a of the URL, in hex.
std::string cache_name(std::string_view url) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : url) hash = (hash ^ c) * 0x100000001b3ULL;
    char name[17];
    std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hash));
    return name;
}

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

}  // namespace

UrlFetcher::UrlFetcher(fs::path cache_dir, FetchLimits limits)
    : cache_dir_(std::move(cache_dir)), limits_(limits) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

UrlFetcher::~UrlFetcher() { curl_global_cleanup(); }

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
    const fs::path target = cache_dir_ / cache_name(url);
    std::error_code ec;
    if (fs::is_regular_file(target, ec)) return {target.string(), ""};
    fs::create_directories(cache_dir_, ec);
    if (ec) return {"", "cannot create the cache folder " + cache_dir_.string() + ": " + ec.message()};

    const fs::path temp =
        cache_dir_ / (cache_name(url) + ".part-" + std::to_string(std::random_device()()));
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

    CurlHandle curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) return {"", "libcurl could not start"};
    Sink sink{file.get(), 0, limits_.max_bytes, false, false};
    char error[CURL_ERROR_SIZE] = "";
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(handle, CURLOPT_FAILONERROR, 1L);
    // Signals cannot be used for timeouts in a process with several threads.
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(limits_.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE,
                     static_cast<curl_off_t>(limits_.max_bytes));
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "folio (EPUB image fetch)");
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &Sink::write);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    const CURLcode status = curl_easy_perform(handle);
    if (status != CURLE_OK) {
        long http_status = 0;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &http_status);
        if (status == CURLE_HTTP_RETURNED_ERROR) return {"", "HTTP " + std::to_string(http_status)};
        if (sink.too_large || status == CURLE_FILESIZE_EXCEEDED)
            return {"", "larger than " + megabytes(limits_.max_bytes)};
        if (status == CURLE_OPERATION_TIMEDOUT)
            return {"", "timed out after " + seconds(limits_.timeout)};
        if (sink.write_failed) return {"", "cannot write to the cache folder " + cache_dir_.string()};
        return {"", *error != '\0' ? std::string(error) : curl_easy_strerror(status)};
    }
    if (std::fflush(file.get()) != 0 || std::fclose(file.release()) != 0)
        return {"", "cannot write to the cache folder " + cache_dir_.string()};
    fs::rename(temp, target, ec);
    if (ec) return {"", "cannot write to the cache folder: " + ec.message()};
    cleanup.keep = true;
    return {target.string(), ""};
}

}  // namespace folio
