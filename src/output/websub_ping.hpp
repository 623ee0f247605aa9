#pragma once

// WebSub's publish ping: after a feed changed, its hub is told so, and the hub fetches it and
// pushes it to the readers that subscribed (instead of them polling every hour).

#include <chrono>
#include <string>
#include <string_view>

namespace folio {

/// POSTs `hub.mode=publish&hub.url=<feed_url>` (form-encoded) to the http(s) URL `hub`, with
/// libcurl loaded only now. Empty when the hub answered 2xx; else why not (`HTTP 500`,
/// `Could not connect to server`, libcurl missing). Follows no redirect. Never throws.
std::string ping_websub_hub(std::string_view hub, std::string_view feed_url,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10));

}  // namespace folio
