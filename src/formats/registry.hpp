#pragma once

#include <span>
#include <string>
#include <string_view>

#include "formats/body_reader.hpp"
#include "formats/front_matter.hpp"

namespace folio {

/// A front-matter syntax: the line that opens it and the decoder for what it encloses.
struct FrontMatterFormat {
    std::string_view name;   ///< `yaml`, `toml`, `json`
    FrontMatterSyntax syntax;
    FrontMatterDecoder decode;
};

/// A body format and the file extensions (without dot) that select it.
struct BodyFormat {
    std::string_view name;  ///< `markdown`
    std::span<const std::string_view> extensions;
    BodyReader read;
};

/// Every built-in reader, listed once in registry.cpp: a new format is one line there.
struct Registry {
    std::span<const FrontMatterFormat> front_matter;
    std::span<const BodyFormat> bodies;
};

/// The built-in formats. Immutable, so safe to share between threads.
const Registry& builtin_formats();

/// The front-matter decoder for `syntax`, or nullptr for `none`.
const FrontMatterFormat* find_front_matter_format(FrontMatterSyntax syntax);

/// The body reader whose extension list holds `extension`, or nullptr.
const BodyFormat* find_body_format_by_extension(std::string_view extension);

/// `markdown, ...`: the known body format names, for error messages.
std::string known_body_formats();

}  // namespace folio
