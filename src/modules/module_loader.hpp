#pragma once

// Finding and loading folio's own modules (folio-highlight.so, folio-http.so): the parts whose
// libraries are large or many, kept out of the program so that the runs that do not need them
// start without them. A module stays loaded until the process exits.

#include <string>

namespace folio {

/// What looking for a module found.
struct LoadedSymbol {
    void* symbol = nullptr;  ///< the symbol, or null
    bool found = false;      ///< a file of the module's name was there (it may not have loaded)
    std::string error;       ///< why it did not load, when found and not loaded
};

/// Loads `file` and finds `symbol` in it. The file is where the environment variable
/// `override_variable` says when set, else beside the program (the build tree), else in
/// `<libdir>/folio/` beside the program's `bin/` (installed), else in the `<libdir>/folio/` of
/// the prefix folio was configured for (a program that links the library).
LoadedSymbol load_module_symbol(const char* file, const char* override_variable,
                                const char* symbol);

/// Where an installed folio keeps its modules, relative to its prefix (`lib/folio/`), for
/// messages.
const char* installed_module_folder();

}  // namespace folio
