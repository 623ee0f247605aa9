#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ast/article.hpp"
#include "diagnostics/diagnostic.hpp"
#include "pipeline/read_article.hpp"
#include "source/source_text.hpp"

namespace folio {

/// Expands command-line inputs: files as given, directories recursively (`*.md`,
/// `*.markdown`, `*.mdown`, sorted by path so runs are deterministic), `-` for stdin.
/// A missing input is an error diagnostic (`input.missing`); the others are still returned.
std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments,
                                        Diagnostics& diagnostics);

/// Runs on the worker thread with the file's text still at hand, for checks that need it
/// (the linter's mojibake and image checks). Must only touch its own arguments.
using ArticleHook = std::function<void(const SourceText&, const Article&, Diagnostics&)>;

/// How to load a set of files.
struct LoadOptions {
    ReadOptions read;
    bool fix_mojibake = false;  ///< repair suspected mojibake in the text before reading
    unsigned threads = 0;       ///< 0: one per core
    ArticleHook hook;           ///< optional, see ArticleHook
};

/// Articles read from `paths`, in input order, and every diagnostic, grouped by file in input
/// order whatever thread read it.
struct LoadedArticles {
    std::vector<Article> articles;
    Diagnostics diagnostics;
};

/// Reads every path in parallel, one article per file; a file that cannot be read or whose
/// front matter is broken is reported and left out, the others are still read. Slugs are
/// then resolved across the whole set (`assign_slugs`).
LoadedArticles load_articles(const std::vector<std::string>& paths, const LoadOptions& options);

/// Gives every article a slug unique within `articles`: front-matter slug, else the file
/// name, else the title, made URL-safe by `slugify`. A clash is a warning
/// (`slug.duplicate`) and the later article gets `-2`, `-3`, ...
void assign_slugs(std::vector<Article>& articles, Diagnostics& diagnostics);

/// Reads a file's raw bytes; empty with an error diagnostic (`input.unreadable`) on failure.
/// `-` reads standard input.
std::optional<std::string> read_file_bytes(const std::string& path, Diagnostics& diagnostics);

}  // namespace folio
