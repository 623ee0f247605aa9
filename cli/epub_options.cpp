#include "cli/epub_options.hpp"

#include <CLI/CLI.hpp>

#include "cli/highlight_options.hpp"
#include "src/diagnostics/usage_error.hpp"

namespace folio::cli {

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

void add_split_options(CLI::App& command, epub::BookJob& job, std::string& split_by,
                       bool& no_others, std::vector<std::string>& group_titles) {
    command
        .add_option("--split-by", split_by,
                    "One book per tag, category, year or series, written into the folder -o "
                    "names (tag-rust.epub, 2024.epub, other.epub), or none")
        ->check(CLI::IsMember({"none", "tag", "category", "year", "series"}));
    // A plain flag: folio.toml's `no_others = true` gives it "true", which a `{false}` flag
    // would read as the opposite.
    command.add_flag("--no-others", no_others,
                     "With --split-by: leave out the articles without a value for the key "
                     "instead of putting them in other.epub");
    command.add_option("--group-title", group_titles,
                       "With --split-by: GROUP=TITLE, the title of one group's book (GROUP is "
                       "its name or file name without .epub); repeatable");
    command.add_flag("--kobo", job.kobo,
                     "Write a kepub for Kobo readers (Kobo's sentence spans; the file named "
                     ".kepub.epub)");
    command.add_option("--permalink", job.permalink,
                       "With --split-by: where an article is on the site under base_url, for "
                       "links between books (default /posts/:slug/)");
}

std::vector<std::pair<std::string, std::string>> group_titles_from(
    const std::vector<std::string>& given, std::optional<Diagnostic>& problem) {
    std::vector<std::pair<std::string, std::string>> titles;
    for (const std::string& pair : given) {
        const std::size_t equals = pair.find('=');
        if (equals == std::string::npos || equals == 0) {
            problem = usage_error("epub.group-title",
                                  "--group-title '" + pair + "' is not GROUP=TITLE");
            return {};
        }
        titles.emplace_back(pair.substr(0, equals), pair.substr(equals + 1));
    }
    return titles;
}

}  // namespace folio::cli
