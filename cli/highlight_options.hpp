#pragma once

// The code-highlighting switch, the same for every command that writes HTML.

namespace CLI {
class App;
}

namespace folio::cli {

/// `--no-highlight` (folio.toml: `no-highlight = true` in the command's table): sets
/// `highlight_code` false, so code blocks are written without `hl-` spans.
void add_no_highlight_option(CLI::App& command, bool& highlight_code);

/// `--highlight` for `folio render`, whose default stays GitHub's HTML byte for byte.
void add_highlight_option(CLI::App& command, bool& highlight_code);

}  // namespace folio::cli
