#pragma once

// The `folio epub` options beyond the basics: what the book says about itself and its notes. Split from epub_command.cpp to keep each file of the command short.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "formats/epub/build_book.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// `--notes` (into `notes`: `footnotes` or `endnotes`) and `--description` (into `job`);
/// folio.toml's `[epub]` table sets them too.
void add_book_options(CLI::App& command, epub::BookJob& job, std::string& notes);

/// `--split-by` (into `split_by`: `none`, `tag`, `category`, `year` or `series`),
/// `--no-others` (into `no_others`), `--group-title GROUP=TITLE` (into `group_titles`, as given) and `--permalink`.
void add_split_options(CLI::App& command, epub::BookJob& job, std::string& split_by,
                       bool& no_others, std::vector<std::string>& group_titles);

/// `GROUP=TITLE` pairs as `--group-title` gives them; one without `=` is a usage error in
/// `problem`.
std::vector<std::pair<std::string, std::string>> group_titles_from(
    const std::vector<std::string>& given, std::optional<Diagnostic>& problem);

}  // namespace folio::cli
