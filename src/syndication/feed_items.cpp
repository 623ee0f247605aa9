#include "src/syndication/feed.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "src/images/image_location.hpp"
#include "src/render/html_body.hpp"
#include "src/render/html_escape.hpp"
#include "src/render/html_tags.hpp"
#include "src/render/title_heading.hpp"
#include "src/syndication/newest_first.hpp"
#include "src/syndication/summary_text.hpp"
#include "src/text/language_tag.hpp"
#include "src/web/sanitize_html.hpp"
#include "src/web/url.hpp"
#include "src/web/url_safety.hpp"

namespace folio {

namespace {

std::string join_site(std::string_view base_url, std::string_view path) {
    while (!base_url.empty() && base_url.back() == '/') base_url.remove_suffix(1);
    return std::string(base_url) + std::string(path);
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
    if (value.empty()) return;
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::int64_t instant(const Date& placed) {
    return to_unix_seconds(placed);
}

}  // namespace

std::optional<std::int64_t> feed_instant(const Article& article, const FeedOptions& options,
                                         Diagnostics& diagnostics) {
    if (unpublished(article.meta, options.publication) != Unpublished::no) return std::nullopt;
    if (!article.meta.date) {
        diagnostics.report({Severity::warning,
                            "feed.no-date",
                            "'" + article.meta.title +
                                "' has no date and is left out of the feed (every feed format "
                                "needs an item date)",
                            article.source.path,
                            0,
                            0,
                            {}});
        return std::nullopt;
    }
    return instant(place_in_zone(*article.meta.date, options.zone));
}

std::vector<std::size_t> select_articles(const std::vector<Article>& articles,
                                         const FeedOptions& options, Diagnostics& diagnostics) {
    NewestFirst<std::size_t> newest(options.limit);
    for (std::size_t i = 0; i < articles.size(); ++i) {
        if (const auto at = feed_instant(articles[i], options, diagnostics)) newest.add(*at, i);
    }
    return newest.take();
}

FeedItem make_feed_item(const FeedSource& source, const FeedOptions& options,
                        Diagnostics& diagnostics) {
    const Article& article = *source.article;
    FeedItem item;
    item.title = article.meta.title;
    item.url = encode_url(join_site(options.base_url, source.permalink), UrlContext::xml_text);
    item.id = article.meta.guid.empty() ? item.url : article.meta.guid;
    // select_articles leaves undated articles out; one given directly gets the epoch.
    item.published = article.meta.date ? place_in_zone(*article.meta.date, options.zone)
                                       : date_from_unix_seconds(0);
    item.updated =
        article.meta.updated ? place_in_zone(*article.meta.updated, options.zone) : item.published;
    item.summary = summary_text(article);
    if (options.content == ContentMode::full) {
        HtmlOptions html;
        // Several items end up on one reader page: footnote ids must not collide.
        html.id_prefix = article.slug + "-";
        // In-page links (`#section`) then still find their heading in a reader.
        html.heading_ids = true;
        html.highlight_code = options.highlight_code;
        const std::string& page = item.url;
        const std::string& site = options.base_url;
        html.rewrite_url = [&page, &site](std::string_view url, bool) {
            return absolute_url(url, page, site);
        };
        // A reader shows the item away from the site: images raw HTML shows need absolute
        // URLs as much as Markdown images do.
        // Feed readers show items inside their own pages, so the author's raw HTML is held to
        // the allow-list there (src/web/html_allow_list.hpp), whatever the site keeps.
        std::vector<std::string> removed;
        html.raw_html = [&page, &site, &removed](std::string_view raw, bool) {
            RawHtmlRewrite how;
            how.image_url = [&page, &site](std::string_view url) {
                return absolute_url(url, page, site);
            };
            return sanitize_raw_html(rewrite_raw_html(raw, how), &removed);
        };
        // The title is the item's own field: an opening H1 that repeats it is left out.
        if (starts_with_title_heading(article)) {
            const Blocks body(article.body.begin() + 1, article.body.end());
            item.content_html = render_html(body, article.footnotes, html);
        } else {
            item.content_html = render_html(article.body, article.footnotes, html);
        }
        if (!removed.empty()) {
            std::string what;
            for (const std::string& one : removed) what += (what.empty() ? "" : ", ") + one;
            diagnostics.report({Severity::warning, "feed.html.removed",
                                "raw HTML the feed does not carry (readers show items inside "
                                "their own pages): " + what,
                                article.source.path, 0, 0, {}});
        }
    }
    for (const std::string& tag : article.meta.tags) add_unique(item.categories, tag);
    for (const std::string& category : article.meta.categories)
        add_unique(item.categories, category);
    for (const std::string& author : article.meta.authors)
        item.authors.push_back(parse_feed_author(author));
    // Readers show an item's author beside it; the site's author wrote what names none.
    if (item.authors.empty() && !options.author.empty())
        item.authors.push_back(parse_feed_author(options.author));
    item.language = options.language;
    if (!article.meta.language.empty()) {
        item.language = language_tag(article.meta.language);
        if (item.language.empty()) {
            item.language = options.language;
            diagnostics.report({Severity::warning,
                                "feed.language",
                                "language '" + article.meta.language +
                                    "' is not a language tag like nl or en-GB; the feed gives "
                                    "this item the site's language instead",
                                article.source.path,
                                0,
                                0,
                                {}});
        }
    }
    // The reader removes a dangerous cover with a warning; an article built by other means
    // gets no enclosure or media:content for it either.
    if (article.meta.cover && !article.meta.cover->source.empty() &&
        !is_dangerous_url(article.meta.cover->source)) {
        FeedImage image;
        image.url =
            encode_url(absolute_url(article.meta.cover->source, item.url, options.base_url),
                       UrlContext::xml_text);
        image.media_type = image_media_type(article.meta.cover->source);
        image.length = source.cover_length;
        item.image = std::move(image);
    }
    // A reader shows the content, and few show an enclosure: the cover leads the content as
    // the site's page shows it, unless the body already opens with that image.
    if (item.image && !item.content_html.empty()) {
        const std::string src = escape_url(item.image->url);
        if (item.content_html.find("src=\"" + src + "\"") == std::string::npos) {
            item.content_html = "<p><img src=\"" + src + "\" alt=\"" +
                                escape_html(article.meta.cover->alt) + "\" /></p>\n" +
                                std::move(item.content_html);
        }
    }
    // Atom and JSON Feed say an item's language but not its direction, and RSS says neither:
    // the content itself carries both, so a reader sets Persian right to left.
    if (!item.content_html.empty() && is_right_to_left(item.language)) {
        item.content_html = "<div lang=\"" + item.language + "\" dir=\"rtl\">" +
                            std::move(item.content_html) + "</div>";
    }
    return item;
}

Feed assemble_feed(std::vector<FeedItem> items, const FeedOptions& options,
                   std::optional<std::int64_t> now) {
    Feed feed;
    feed.title = options.title;
    feed.description = options.description;
    feed.home_url = options.base_url;
    feed.feed_url = options.feed_url;
    // Atom requires an author on the feed or on every entry; the site stands in for itself.
    feed.author = parse_feed_author(options.author.empty() ? options.title : options.author);
    feed.language = options.language;
    feed.hub = options.hub;
    feed.stylesheet = options.stylesheet;
    feed.items = std::move(items);
    if (now) {
        feed.updated = date_from_unix_seconds(*now);
    } else if (feed.items.empty()) {
        feed.updated = date_from_unix_seconds(0);
    } else {
        const Date* newest = &feed.items.front().updated;
        for (const FeedItem& item : feed.items) {
            for (const Date* date : {&item.published, &item.updated}) {
                if (instant(*date) > instant(*newest)) newest = date;
            }
        }
        feed.updated = *newest;
    }
    return feed;
}

Feed build_feed(const std::vector<FeedSource>& sources, const FeedOptions& options,
                std::optional<std::int64_t> now, Diagnostics& diagnostics) {
    std::vector<FeedItem> items;
    items.reserve(sources.size());
    for (const FeedSource& source : sources) {
        items.push_back(make_feed_item(source, options, diagnostics));
    }
    return assemble_feed(std::move(items), options, now);
}

}  // namespace folio
