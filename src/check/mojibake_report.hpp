#pragma once

// Garbled text (UTF-8 once read with the wrong code page) reported at its place in the file:
// by `folio check` for every run, and by the commands that convert (epub, html, feed) once per
// article, since they pass it on to readers unrepaired.

#include <string_view>

#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// How many of a file's suspected runs become diagnostics.
enum class MojibakeReports {
    every_run,         ///< one warning per run: a lint lists them all
    once_per_article,  ///< the first run, with how many more the file holds
};

/// Warns (`code`, at the run with a caret) about each suspected mojibake run in `source` that
/// `which` asks for, naming the code page and the repair; `--fix-mojibake` repairs them.
void report_mojibake(const SourceText& source, std::string_view code, MojibakeReports which,
                     Diagnostics& diagnostics);

}  // namespace folio
