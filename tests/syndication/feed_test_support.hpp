#pragma once

// Shared by the feed tests: articles read from Markdown text, and a small feed built by hand.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "formats/feed/feed.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/source/source_text.hpp"
#include "formats/registry.hpp"

namespace folio::test {

/// Reads `text` (front matter and body) as the file `path`, with `slug` as its resolved slug.
/// Fails the test when the file cannot be read.
inline Article read_post(std::string path, std::string_view text, std::string slug) {
    Diagnostics diagnostics;
    const SourceText source(path, text);
    std::optional<Article> article = read_article(source, builtin_load_options().read, diagnostics);
    EXPECT_TRUE(article.has_value()) << path;
    EXPECT_FALSE(diagnostics.has_errors()) << path;
    if (!article) return {};
    article->slug = std::move(slug);
    return *article;
}

/// A post with only a title, a date (as written in YAML) and a body.
inline Article dated_post(std::string slug, std::string title, std::string date,
                          std::string body = "Body.\n", std::string extra = {}) {
    return read_post(
        slug + ".md",
        "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extra + "---\n\n" + body, slug);
}

/// The feed source for `article` under the default permalink pattern, cover size unknown.
inline FeedSource source_for(const Article& article,
                                   std::optional<std::uint64_t> cover_length = std::nullopt,
                                   std::string_view pattern = kDefaultPermalink) {
    return {&article, expand_permalink(pattern, article), cover_length};
}

/// Site options for `https://example.org/` in UTC.
inline FeedOptions site_options() {
    FeedOptions options;
    options.base_url = "https://example.org/";
    options.feed_url = "https://example.org/feed.xml";
    options.title = "Example";
    options.description = "An example site";
    options.author = "Ann Author";
    options.language = "en";
    return options;
}

/// `text` between the first `<open>` and the following `</close>`, or empty.
inline std::string element_text(std::string_view xml, std::string_view name) {
    const std::string open = "<" + std::string(name) + ">";
    const std::string close = "</" + std::string(name) + ">";
    const std::size_t begin = xml.find(open);
    if (begin == std::string_view::npos) return {};
    const std::size_t end = xml.find(close, begin);
    if (end == std::string_view::npos) return {};
    return std::string(xml.substr(begin + open.size(), end - begin - open.size()));
}

/// The item `options` make of `article` under the default permalink pattern.
inline FeedItem item_for(const Article& article, const FeedOptions& options) {
    Diagnostics diagnostics;
    FeedItem item = make_feed_item(source_for(article), options, diagnostics);
    EXPECT_TRUE(diagnostics.items().empty()) << diagnostics.items().front().message;
    return item;
}

/// `build_feed` for tests that expect no diagnostics.
inline Feed build(const std::vector<FeedSource>& sources,
                        const FeedOptions& options, std::optional<std::int64_t> now) {
    Diagnostics diagnostics;
    Feed feed = build_feed(sources, options, now, diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    return feed;
}

/// Compares `actual` with the golden file `golden/<name>` next to these tests; with
/// UPDATE_GOLDEN=1 in the environment rewrites it instead (review the diff).
inline void expect_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(FOLIO_TEST_DATA_DIR) + "/formats/feed/golden/" + name;
    if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::ifstream file(path, std::ios::binary);
    ASSERT_TRUE(file) << "missing golden file " << path << " (run with UPDATE_GOLDEN=1)";
    std::stringstream expected;
    expected << file.rdbuf();
    EXPECT_EQ(actual, expected.str()) << "differs from " << path;
}

/// Two posts, one of them with every character feeds find hard, as a feed built on 2026-01-01.
inline Feed sample_feed() {
    static const Article plain = read_post(
        "posts/plain.md",
        "---\ntitle: Plain post\ndate: 2025-11-03\ntags: [one, two]\ncategories: [Notes]\n"
        "summary: A short summary.\nauthor: Bea\ncover:\n  image: images/cover.jpg\n---\n\n"
        "# Plain post\n\nSee [the other one](../hostile/) and ![a photo](photo.png).[^1]\n\n"
        "[^1]: A note.\n",
        "plain");
    static const Article hostile = read_post(
        "posts/hostile.md",
        "---\ntitle: \"Fish & <Chips> \\\"quoted\\\" ]]> \\u0001 \\U0001F600\"\n"
        "date: 2026-02-27T20:25:44.255Z\nfeaturedImage: https://cdn.example/x.webp\n---\n\n"
        "Text & <b>bold</b> ]]> and a bell \x07 here.\n\n<div>]]></div>\n",
        "hostile");
    FeedOptions options = site_options();
    options.zone = *TimeZone::parse("Europe/Amsterdam");
    return build({source_for(hostile), source_for(plain, 1234)}, options, 1767225600);
}

}  // namespace folio::test
