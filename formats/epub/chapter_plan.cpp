#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "formats/epub/epub_writer.hpp"
#include "formats/epub/image_catalog.hpp"

namespace folio::epub {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

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

/// Dated articles by instant; date-only values count as midnight UTC.
std::optional<std::int64_t> instant(const Article& article) {
    if (!article.meta.date) return std::nullopt;
    return to_unix_seconds(*article.meta.date);
}

/// True when `a` comes before `b` by `order`; undated articles come last in either date order.
bool before(const Article& a, const Article& b, ChapterOrder order) {
    switch (order) {
        case ChapterOrder::date:
        case ChapterOrder::date_descending: {
            const auto x = instant(a);
            const auto y = instant(b);
            if (x.has_value() != y.has_value()) return x.has_value();
            if (x && *x != *y) return order == ChapterOrder::date ? *x < *y : *x > *y;
            break;
        }
        case ChapterOrder::title: {
            const std::string x = lower(a.meta.title);
            const std::string y = lower(b.meta.title);
            if (x != y) return x < y;
            break;
        }
        case ChapterOrder::path:
            break;
    }
    return a.source.path < b.source.path;
}

}  // namespace

std::vector<ChapterPlan> plan_chapters(std::vector<Article>& articles, ChapterOrder order,
                                       GroupBy group_by) {
    std::stable_sort(articles.begin(), articles.end(), [&](const Article& a, const Article& b) {
        if (group_by != GroupBy::none) {
            const std::string x = lower(group_of(a, group_by));
            const std::string y = lower(group_of(b, group_by));
            if (x != y) {
                if (x.empty() || y.empty()) return y.empty();  // ungrouped articles last
                return x < y;
            }
        }
        return before(a, b, order);
    });
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
        chapter.href =
            std::string(4 - std::min<std::size_t>(4, number.size()), '0') + number + "-" +
            safe_resource_stem(article.slug.empty() ? "chapter" : article.slug + ".x") + ".xhtml";
        chapter.id_prefix = "c" + number + "-";
        const std::string group = group_of(article, group_by);
        chapter.group = group_names.emplace(lower(group), group).first->second;
        plan.push_back(std::move(chapter));
    }
    return plan;
}

}  // namespace folio::epub
