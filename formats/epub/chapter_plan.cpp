#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "formats/epub/epub_writer.hpp"
#include "formats/epub/image_catalog.hpp"
#include "src/text/ascii_case.hpp"

namespace folio::epub {

namespace {

std::string group_of(const Article& article, GroupBy group_by) {
    switch (group_by) {
        case GroupBy::none:
            return {};
        case GroupBy::category:
            return article.meta.categories.empty() ? std::string()
                                                   : article.meta.categories.front();
        case GroupBy::tag:
            return article.meta.tags.empty() ? std::string() : article.meta.tags.front();
    }
    return {};
}

/// What an article is sorted by, worked out once per article rather than in every comparison
/// (placing a date in an IANA zone looks up its rules).
struct SortKey {
    std::string group;                   ///< lower case; empty: ungrouped
    std::optional<std::int64_t> instant;  ///< a date without an offset counts in the book's zone
    std::string title;                   ///< lower case
    Article* article = nullptr;
};

/// True when `a` comes before `b`: by group (ungrouped last), then by `order` (undated
/// articles last in either date order), then by path.
bool before(const SortKey& a, const SortKey& b, ChapterOrder order) {
    if (a.group != b.group) {
        if (a.group.empty() || b.group.empty()) return b.group.empty();
        return a.group < b.group;
    }
    switch (order) {
        case ChapterOrder::date:
        case ChapterOrder::date_descending: {
            const auto& x = a.instant;
            const auto& y = b.instant;
            if (x.has_value() != y.has_value()) return x.has_value();
            if (x && *x != *y) return order == ChapterOrder::date ? *x < *y : *x > *y;
            break;
        }
        case ChapterOrder::title:
            if (a.title != b.title) return a.title < b.title;
            break;
        case ChapterOrder::path:
            break;
    }
    return a.article->source.path < b.article->source.path;
}

}  // namespace

std::vector<ChapterPlan> plan_chapters(std::vector<Article>& articles, ChapterOrder order,
                                       GroupBy group_by, const TimeZone& zone) {
    std::vector<SortKey> keys;
    keys.reserve(articles.size());
    for (Article& article : articles) {
        SortKey key;
        key.group = ascii_lower(group_of(article, group_by));
        if (article.meta.date) key.instant = to_unix_seconds(place_in_zone(*article.meta.date, zone));
        if (order == ChapterOrder::title) key.title = ascii_lower(article.meta.title);
        key.article = &article;
        keys.push_back(std::move(key));
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [order](const SortKey& a, const SortKey& b) { return before(a, b, order); });
    std::vector<Article> sorted;
    sorted.reserve(articles.size());
    for (const SortKey& key : keys) sorted.push_back(std::move(*key.article));
    articles = std::move(sorted);
    std::vector<ChapterPlan> plan;
    plan.reserve(articles.size());
    // Groups compare without case; each is shown as its first article spells it.
    std::unordered_map<std::string, std::string> group_names;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article& article = articles[i];
        const std::string number = std::to_string(i + 1);
        ChapterPlan chapter;
        chapter.source_path = article.source.path;
        chapter.slug = article.slug;
        chapter.title = article.meta.title;
        // Names inside the book are ASCII (some readers mishandle others): a slug in another
        // script (`日本語`) keeps what ASCII it has, else the chapter is named by its number.
        const bool ascii_name = std::any_of(article.slug.begin(), article.slug.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) != 0 && static_cast<unsigned char>(c) < 0x80;
        });
        chapter.href =
            std::string(4 - std::min<std::size_t>(4, number.size()), '0') + number + "-" +
            (ascii_name ? safe_resource_stem(article.slug + ".x") : std::string("chapter")) + ".xhtml";
        chapter.id_prefix = "c" + number + "-";
        const std::string group = group_of(article, group_by);
        chapter.group = group_names.emplace(ascii_lower(group), group).first->second;
        plan.push_back(std::move(chapter));
    }
    return plan;
}

}  // namespace folio::epub
