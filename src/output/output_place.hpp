#pragma once

// Where a run may write, checked before it reads or writes anything: never onto, into or
// around what it reads (`folio markdown posts -o posts` rewrote every source), and never over
// something that is not a file or a folder (an atomic rename over `/dev/null` replaces the
// device with a regular file).

#include <optional>
#include <string>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// What a command writes at its output path.
enum class OutputShape {
    file,    ///< one file (a book, a feed); `-` is standard output
    folder,  ///< a folder of files (a site, Markdown or Hugo files, a migrated site)
};

/// Whether an output folder may lie inside an input folder: only for a job that leaves the
/// files inside its output out of its inputs (a migration into `blog/new`).
enum class InsideInput { refused, allowed };

/// A usage error when `output` is, contains or lies inside one of `inputs` (`usage.overlap`;
/// compared by real paths, links resolved, and by device and inode), or already exists and is
/// not what `shape` says: a regular file, or a folder (`usage.output-kind`; a device, a FIFO,
/// a socket). Inputs that do not exist and `-` (standard input or output) are not compared.
std::optional<Diagnostic> output_place_problem(const std::vector<std::string>& inputs,
                                               const std::string& output, OutputShape shape,
                                               InsideInput inside = InsideInput::refused);

}  // namespace folio
