// bytes → read_article → one feed item → RSS 2.0, Atom and JSON Feed. RSS and Atom must be
// well-formed XML, JSON Feed valid JSON, all of it valid UTF-8, whatever the article holds
// (control characters, `]]>`, broken URLs, raw HTML).

#include <string>
#include <vector>

#include "formats/feed/feed.hpp"
#include "fuzz/fuzz_support.hpp"
#include "src/text/time_zone.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::Diagnostics diagnostics;
    std::optional<folio::Article> article = folio::fuzz::read_input(data, size, diagnostics);
    if (!article) return 0;

    static const folio::FeedOptions options = [] {
        folio::FeedOptions o;
        o.base_url = "https://example.org/blog/";
        o.feed_url = "https://example.org/blog/index.xml";
        o.title = "Fuzz";
        o.description = "Fuzzed feed";
        o.language = "en";
        o.publication.drafts = true;
        o.zone = *folio::TimeZone::parse("UTC");
        return o;
    }();
    // The command keeps undated articles out; a fuzzed article without a date still gets a
    // date here so its content reaches the writers.
    if (!folio::feed_instant(*article, options, diagnostics))
        article->meta.date = folio::date_from_unix_seconds(0);
    const folio::FeedSource source{&*article, "/posts/" + article->slug + "/", 1234};
    const folio::Feed feed = folio::build_feed({source}, options, 0, diagnostics);

    const std::string rss = folio::feed::write_rss(feed);
    folio::fuzz::require_utf8(rss, "RSS");
    folio::fuzz::require_well_formed_xml(rss, "RSS");
    const std::string atom = folio::feed::write_atom(feed);
    folio::fuzz::require_utf8(atom, "Atom");
    folio::fuzz::require_well_formed_xml(atom, "Atom");
    const std::string json = folio::feed::write_json_feed(feed);
    folio::fuzz::require_utf8(json, "JSON Feed");
    folio::fuzz::require_valid_json(json, "JSON Feed");
    return 0;
}
