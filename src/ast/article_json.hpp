#pragma once

#include <string>
#include <vector>

#include "ast/article.hpp"

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

}  // namespace folio
