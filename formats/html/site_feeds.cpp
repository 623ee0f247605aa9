#include "formats/html/html_site.hpp"
#include "src/syndication/feed_stylesheet.hpp"

namespace folio::html {

std::vector<OutputFile> write_site_feeds(std::vector<FeedItem> items, FeedOptions options,
                                         const FeedSerializers& serializers) {
    std::vector<OutputFile> files;
    options.stylesheet = true;
    // The build date is the newest item's, so the same articles always give the same bytes.
    options.feed_url = options.base_url + std::string(kRssFile);
    files.push_back(
        {std::string(kRssFile), serializers.rss(assemble_feed(items, options, std::nullopt))});
    options.feed_url = options.base_url + std::string(kAtomFile);
    files.push_back({std::string(kAtomFile),
                     serializers.atom(assemble_feed(std::move(items), options, std::nullopt))});
    files.push_back({std::string(kFeedStylesheetFile), std::string(feed_stylesheet())});
    return files;
}

}  // namespace folio::html
