#include "formats/epub/book_split.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "formats/epub/content_hash.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/slug.hpp"

namespace folio::epub {

namespace {

/// The values of `key` in one article, each once whatever its case.
std::vector<std::string> values_of(const Article& article, SplitBy key) {
    std::vector<std::string> values;
    switch (key) {
        case SplitBy::none:
            break;
        case SplitBy::tag:
            values = article.meta.tags;
            break;
        case SplitBy::category:
            values = article.meta.categories;
            break;
        case SplitBy::year:
            if (article.meta.date) values.push_back(std::to_string(article.meta.date->year));
            break;
        case SplitBy::series:
            if (std::string series = series_of(article.meta); !series.empty())
                values.push_back(std::move(series));
            break;
    }
    std::set<std::string> seen;
    std::erase_if(values, [&seen](const std::string& value) {
        return value.empty() || !seen.insert(ascii_lower(value)).second;
    });
    return values;
}

std::string_view prefix_of(SplitBy key) {
    switch (key) {
        case SplitBy::tag:
            return "tag-";
        case SplitBy::category:
            return "category-";
        case SplitBy::series:
            return "series-";
        case SplitBy::year:
        case SplitBy::none:
            break;
    }
    return "";
}

/// The file stem of a group: its slug, else (a name of no Latin letters or digits) a short hash
/// of the name, made unique among the stems already `taken` with a number.
std::string stem_of(const std::string& name, SplitBy key, std::set<std::string>& taken) {
    std::string slug = slugify(name);
    if (slug.empty()) {
        ContentHash hash;
        hash.add(name);
        slug = hash.short_hex();
    }
    std::string stem = std::string(prefix_of(key)) + slug;
    // "other" is the book of articles without a value; a year or a prefixed name never is.
    for (int n = 2; stem == "other" || !taken.insert(stem).second; ++n)
        stem = std::string(prefix_of(key)) + slug + "-" + std::to_string(n);
    return stem;
}

}  // namespace

std::string series_of(const Meta& meta) {
    const Value* value = find(meta.extra, "series");
    if (value == nullptr) return {};
    if (const auto* name = std::get_if<std::string>(&value->data)) return *name;
    if (const auto* list = std::get_if<ValueList>(&value->data); list && !list->empty()) {
        if (const auto* name = std::get_if<std::string>(&list->front().data)) return *name;
    }
    return {};
}

std::vector<BookGroup> split_articles(const std::vector<Article>& articles, SplitBy key,
                                      bool others) {
    if (key == SplitBy::none) return {};
    // By lower-case name: groups compare without case and are shown as first spelled.
    std::map<std::string, BookGroup> groups;
    BookGroup rest;
    rest.file = "other.epub";
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const std::vector<std::string> values = values_of(articles[i], key);
        if (values.empty()) rest.articles.push_back(i);
        for (const std::string& value : values) {
            BookGroup& group = groups[ascii_lower(value)];
            if (group.name.empty()) group.name = value;
            group.articles.push_back(i);
        }
    }
    std::vector<BookGroup> out;
    out.reserve(groups.size() + 1);
    std::set<std::string> taken;
    for (auto& [lower, group] : groups) {
        group.file = stem_of(group.name, key, taken) + ".epub";
        out.push_back(std::move(group));
    }
    if (others && !rest.articles.empty()) out.push_back(std::move(rest));
    return out;
}

std::optional<SplitBy> split_by_named(std::string_view name) {
    if (name == "none") return SplitBy::none;
    if (name == "tag") return SplitBy::tag;
    if (name == "category") return SplitBy::category;
    if (name == "year") return SplitBy::year;
    if (name == "series") return SplitBy::series;
    return std::nullopt;
}

}  // namespace folio::epub
