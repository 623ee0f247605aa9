#pragma once

// Articles as a reader leaves them, with only what URL rules look at.

#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/ast/date.hpp"

namespace folio::testing {

inline Article url_article(std::string_view path, std::string_view title, std::string_view date,
                           std::string_view slug = {}) {
    Article article;
    article.source.path = std::string(path);
    article.meta.title = std::string(title);
    if (!date.empty()) article.meta.date = parse_date(date);
    article.meta.slug = std::string(slug);
    article.slug = slug.empty() ? std::string(title) : std::string(slug);
    return article;
}

}  // namespace folio::testing
