#include "src/output/websub_ping.hpp"

#include "src/output/curl_library.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

// The hub's answer is not read: only its status says anything.
std::size_t ignore_body(char*, std::size_t size, std::size_t count, void*) {
    return size * count;
}

}  // namespace

std::string ping_websub_hub(std::string_view hub, std::string_view feed_url,
                            std::chrono::milliseconds timeout) {
    std::string problem;
    const std::unique_ptr<CurlLibrary> curl = CurlLibrary::load(problem);
    if (!curl) return problem;
    curl->global_init(CURL_GLOBAL_DEFAULT);
    CURL* handle = curl->easy_init();
    if (handle == nullptr) {
        curl->global_cleanup();
        return "libcurl could not start a transfer";
    }
    const std::string url(hub);
    const std::string body =
        "hub.mode=publish&hub.url=" + encode_url(feed_url, UrlContext::form_value);
    curl->easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl->easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl->easy_setopt(handle, CURLOPT_POSTFIELDS, body.c_str());
    curl->easy_setopt(handle, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl->easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl->easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl->easy_setopt(handle, CURLOPT_WRITEFUNCTION, &ignore_body);
    curl->easy_setopt(handle, CURLOPT_USERAGENT, "folio/0.1.0");
    const CURLcode code = curl->easy_perform(handle);
    long status = 0;
    curl->easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    curl->easy_cleanup(handle);
    curl->global_cleanup();
    if (code != CURLE_OK) return curl->easy_strerror(code);
    if (status < 200 || status > 299) return "HTTP " + std::to_string(status);
    return {};
}

}  // namespace folio
