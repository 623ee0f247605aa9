#pragma once

#include <string>
#include <utility>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// A usage error (exit 2): an option or setting the run cannot use, found before any file is
/// read. `path`, when given, is the file or folder the option named (the output); printed
/// `path: error: message [code]`, else `folio: error: message [code]`.
inline Diagnostic usage_error(std::string code, std::string message, std::string path = {}) {
    return Diagnostic{
        Severity::error, std::move(code), std::move(message), std::move(path), 0, 0, {}};
}

}  // namespace folio
