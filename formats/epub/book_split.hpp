#pragma once

// Several books from one run (`folio epub --split-by`): which articles go into which book, and
// what each book file is called. Pure: works on the metadata of the first pass.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"

namespace folio::epub {

/// What `--split-by` makes one book of: each tag, each category, each year of publication or
/// each series; `none` makes one book of everything.
enum class SplitBy { none, tag, category, year, series };

/// One book of a split run.
struct BookGroup {
    /// The group as its first article spells it (`Rust`, `2024`); empty for the book of the
    /// articles that have no value for the key ("other").
    std::string name;
    /// The book's file name in the output folder: `tag-rust.epub`, `category-notes.epub`,
    /// `2024.epub`, `series-rust-in-anger.epub`, `other.epub`.
    std::string file;
    std::vector<std::size_t> articles;  ///< indexes into the articles given, in their order
};

/// The books `articles` split into by `key`: one per value of the key (compared without case,
/// in the order of their names), an article with several values (tags) in each of their books,
/// then the "other" book of the articles without a value unless `others` is false. A name
/// whose slug is empty or already taken gets a short hash or a number in its file name. Years
/// are as the date is written, not moved to a time zone. Empty for `SplitBy::none`.
std::vector<BookGroup> split_articles(const std::vector<Article>& articles, SplitBy key,
                                      bool others);

/// The first series an article names (`series: Name` or Hugo's `series: [Name]`), else empty.
std::string series_of(const Meta& meta);

/// The key named `tag`, `category`, `year`, `series` or `none`; empty otherwise.
std::optional<SplitBy> split_by_named(std::string_view name);

}  // namespace folio::epub
