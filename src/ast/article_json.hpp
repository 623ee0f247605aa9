#pragma once

#include <string>
#include <vector>

#include "src/ast/article.hpp"

namespace folio {

/// What to include in a JSON dump.
struct JsonDumpOptions {
    bool positions = true;  ///< `line`/`column` of blocks, links, images and footnotes
    bool source = true;     ///< the `source` object (path, syntax, style, body line)
};

/// The stable JSON form of articles that `folio inspect` prints (schema in docs/ast.md): every
/// metadata field with its type, the body tree, footnotes and source information. Keys keep
/// source order; two equal articles always give the same text.
std::string dump_json(const std::vector<Article>& articles, const JsonDumpOptions& options = {});

/// The same document as `dump_json`, written one article at a time so that a large corpus
/// never has to be held in memory: `begin()`, then `article()` for each, then `end()`.
class ArticleJsonStream {
public:
    explicit ArticleJsonStream(JsonDumpOptions options = {}) : options_(options) {}

    std::string begin() const;
    std::string article(const Article& article);
    std::string end() const;

private:
    JsonDumpOptions options_;
    bool first_ = true;
};

}  // namespace folio
