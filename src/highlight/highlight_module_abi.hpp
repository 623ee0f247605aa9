#pragma once

// The C interface between folio and its highlighting module (folio-highlight.so), the one
// place both sides read. Plain C types only: the module is built against Qt and
// KSyntaxHighlighting, folio against neither, and no C++ exception may cross the boundary.

#include <cstddef>

extern "C" {

/// The kinds of token the module reports, one per class of the highlight stylesheet
/// (`hl-keyword` ...). `plain` text gets no class. Append only: the values are the ABI.
enum FolioTokenKind : int {
    folio_token_plain = 0,
    folio_token_keyword = 1,
    folio_token_function = 2,
    folio_token_variable = 3,
    folio_token_operator = 4,
    folio_token_builtin = 5,
    folio_token_preprocessor = 6,
    folio_token_attribute = 7,
    folio_token_string = 8,
    folio_token_escape = 9,
    folio_token_type = 10,
    folio_token_number = 11,
    folio_token_constant = 12,
    folio_token_comment = 13,
    folio_token_alert = 14,
    folio_token_error = 15,
    folio_token_kind_count = 16,
};

/// Receives one run of the code: `size` bytes of UTF-8 starting where the previous run ended.
using FolioTokenSink = void (*)(void* user, std::size_t size, int kind);

/// Highlights `code` (UTF-8) as `language`: calls `sink` with consecutive runs covering the
/// code exactly and returns 1; returns 0, calling nothing, when the language is unknown or
/// the code is not valid UTF-8. Safe to call from several threads at once.
using FolioHighlightFunction = int (*)(const char* language, std::size_t language_size,
                                       const char* code, std::size_t code_size,
                                       FolioTokenSink sink, void* user);
}

/// The name the module exports its FolioHighlightFunction under (versioned: an old module
/// beside a new program is not loaded).
inline constexpr const char* folio_highlight_symbol = "folio_highlight_v1";
