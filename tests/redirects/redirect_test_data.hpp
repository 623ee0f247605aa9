#pragma once

// Redirects of a typical Jekyll → Hugo migration: dated URLs to `/posts/<slug>/`.

#include <vector>

#include "src/redirects/redirect_list.hpp"

namespace folio::testing {

inline std::vector<Redirect> dated_redirects() {
    return {
        {"/2019/03/04/first/", "/posts/first/", "first.md"},
        {"/2020/05/06/second/", "/posts/second/", "second.md"},
        {"/2021/07/08/caf%C3%A9/", "/posts/caf%C3%A9/", "cafe.md"},
    };
}

inline std::vector<std::string> new_urls_of(const std::vector<Redirect>& redirects) {
    std::vector<std::string> urls;
    for (const Redirect& redirect : redirects) urls.push_back(redirect.to);
    return urls;
}

}  // namespace folio::testing
