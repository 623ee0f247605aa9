#include "cli/epub_options.hpp"

#include <CLI/CLI.hpp>

#include "cli/highlight_options.hpp"

namespace folio::cli {

Diagnostic usage_error(std::string code, std::string message) {
    return Diagnostic{Severity::error, std::move(code), std::move(message), "", 0, 0, {}};
}

void add_book_options(CLI::App& command, epub::BookJob& job, std::string& notes) {
    command
        .add_option("--notes", notes,
                    "Where footnotes go: footnotes (pop-ups where the reader shows them) or "
                    "endnotes (a list at each chapter's end)")
        ->check(CLI::IsMember({"footnotes", "endnotes"}));
    add_no_highlight_option(command, job.highlight_code);
    command.add_option("--description", job.description,
                       "The book's description (dc:description; default: description in the "
                       "[epub] table of folio.toml)");
}

}  // namespace folio::cli
