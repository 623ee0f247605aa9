#include "cli/highlight_options.hpp"

#include <CLI/CLI.hpp>

namespace folio::cli {

void add_no_highlight_option(CLI::App& command, bool& highlight_code) {
    command.add_flag_callback(
        "--no-highlight", [&highlight_code] { highlight_code = false; },
        "Write code blocks without syntax highlighting (default: blocks that name a language, "
        "```js, get classes the stylesheet colours)");
}

void add_highlight_option(CLI::App& command, bool& highlight_code) {
    command.add_flag("--highlight", highlight_code,
                     "Highlight code blocks that name a language (hl- classes), as the book and "
                     "the site do");
}

}  // namespace folio::cli
