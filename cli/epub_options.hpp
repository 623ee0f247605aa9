#pragma once

// The `folio epub` options beyond the basics: what the book says about itself and its notes. Split from epub_command.cpp to keep each file of the command short.

#include <string>

#include "formats/epub/build_book.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// A usage error (exit 2) with no place in a file.
Diagnostic usage_error(std::string code, std::string message);

/// `--notes` (into `notes`: `footnotes` or `endnotes`) and `--description` (into `job`);
/// folio.toml's `[epub]` table sets them too.
void add_book_options(CLI::App& command, epub::BookJob& job, std::string& notes);

}  // namespace folio::cli
