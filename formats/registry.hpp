#pragma once

// The one list of built-in formats: every reader and writer folio has. A new format is a folder
// under formats/ and one line in registry.cpp.

#include "src/pipeline/load_articles.hpp"
#include "src/plugin/registry.hpp"

namespace folio {

/// The built-in readers and writers. Immutable, so safe to share between threads.
const Registry& builtin_formats();

/// Load options that read with the built-in formats, everything else at its default.
LoadOptions builtin_load_options();

}  // namespace folio
