#pragma once

// libcurl loaded at run time, for the few commands that go online (`epub --fetch-images`,
// `feed --ping`). Only the declarations of curl.h are used: folio does not link libcurl, so a
// run that goes nowhere never loads it and its many dependencies. Internal to src/output.

#include <curl/curl.h>
#include <dlfcn.h>

#include <memory>
#include <string>

namespace folio {

/// The libcurl functions folio calls, from the library loaded at run time. Only the declarations
/// of curl.h are used: folio does not link libcurl, so a run that downloads nothing never loads
/// it and its many dependencies.
struct CurlLibrary {
    struct Close {
        void operator()(void* handle) const { dlclose(handle); }
    };
    std::unique_ptr<void, Close> handle;
    CURLcode (*global_init)(long) = nullptr;
    void (*global_cleanup)() = nullptr;
    CURL* (*easy_init)() = nullptr;
    void (*easy_cleanup)(CURL*) = nullptr;
    CURLcode (*easy_setopt)(CURL*, CURLoption, ...) = nullptr;
    CURLcode (*easy_perform)(CURL*) = nullptr;
    CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...) = nullptr;
    const char* (*easy_strerror)(CURLcode) = nullptr;
    CURLU* (*url)() = nullptr;
    void (*url_cleanup)(CURLU*) = nullptr;
    CURLUcode (*url_set)(CURLU*, CURLUPart, const char*, unsigned int) = nullptr;
    CURLUcode (*url_get)(CURLU*, CURLUPart, char**, unsigned int) = nullptr;
    void (*free)(void*) = nullptr;
    curl_slist* (*slist_append)(curl_slist*, const char*) = nullptr;
    void (*slist_free_all)(curl_slist*) = nullptr;

    /// libcurl.so.4 (Debian's libcurl4), or nullptr and the reason in `problem`.
    static std::unique_ptr<CurlLibrary> load(std::string& problem) {
        auto curl = std::make_unique<CurlLibrary>();
        curl->handle.reset(dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL));
        if (!curl->handle) {
            const char* why = dlerror();
            problem = std::string("libcurl cannot be loaded (Debian package libcurl4): ") +
                      (why != nullptr ? why : "not found");
            return nullptr;
        }
        const bool found = curl->bind(curl->global_init, "curl_global_init") &&
                           curl->bind(curl->global_cleanup, "curl_global_cleanup") &&
                           curl->bind(curl->easy_init, "curl_easy_init") &&
                           curl->bind(curl->easy_cleanup, "curl_easy_cleanup") &&
                           curl->bind(curl->easy_setopt, "curl_easy_setopt") &&
                           curl->bind(curl->easy_perform, "curl_easy_perform") &&
                           curl->bind(curl->easy_getinfo, "curl_easy_getinfo") &&
                           curl->bind(curl->easy_strerror, "curl_easy_strerror") &&
                           curl->bind(curl->url, "curl_url") &&
                           curl->bind(curl->url_cleanup, "curl_url_cleanup") &&
                           curl->bind(curl->url_set, "curl_url_set") &&
                           curl->bind(curl->url_get, "curl_url_get") &&
                           curl->bind(curl->free, "curl_free") &&
                           curl->bind(curl->slist_append, "curl_slist_append") &&
                           curl->bind(curl->slist_free_all, "curl_slist_free_all");
        if (!found) {
            problem = "the libcurl found lacks functions folio needs";
            return nullptr;
        }
        return curl;
    }

private:
    template <typename Function>
    bool bind(Function& function, const char* name) {
        // POSIX guarantees that a function's address survives this round trip through void*.
        function = reinterpret_cast<Function>(dlsym(handle.get(), name));
        return function != nullptr;
    }
};

}  // namespace folio
