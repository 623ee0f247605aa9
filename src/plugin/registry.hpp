#pragma once

// The shape of a registry of formats: what a reader is, what a writer is, and how a run finds
// the one it needs. The registry of built-in formats itself, which names every format, sits
// above the formats in formats/registry.hpp; the pipeline is handed one, so the library below
// the formats never names a format.

#include <span>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/plugin/body_reader.hpp"
#include "src/plugin/body_writer.hpp"
#include "src/plugin/export_reader.hpp"
#include "src/plugin/front_matter.hpp"
#include "src/plugin/front_matter_writer.hpp"

namespace folio {

/// A front-matter syntax: the line that opens it, the decoder for what it encloses and the
/// writer of a whole block.
struct FrontMatterFormat {
    std::string_view name;  ///< `yaml`, `toml`, `json`
    FrontMatterSyntax syntax;
    FrontMatterDecoder decode;
    FrontMatterWriter write = nullptr;  ///< nullptr: folio reads this syntax but never writes it
};

/// A body format, the file extensions (without dot) that select it, its reader and its writer.
struct BodyFormat {
    std::string_view name;  ///< `markdown`
    std::span<const std::string_view> extensions;
    BodyReader read;
    BodyWriter write = nullptr;  ///< nullptr: folio reads this format but never writes it
};

/// A writer: one output format a command of the same name writes.
struct WriterFormat {
    std::string_view name;     ///< `epub`, `feed`, ...: the command that writes it
    std::string_view summary;  ///< one line for `folio --help` and the docs
    std::string_view doc;      ///< the page of docs/ that says how each field maps
};

/// Every reader and writer of a run. The first body format reads standard input and files
/// whose extension no body format claims.
struct Registry {
    std::span<const FrontMatterFormat> front_matter;
    std::span<const BodyFormat> bodies;
    std::span<const WriterFormat> writers;
    std::span<const ExportFormat> exports;  ///< files that hold a whole blog
};

/// The front-matter format (decoder, writer) for `syntax`, or nullptr for `none` and syntaxes
/// `formats` lacks.
const FrontMatterFormat* find_front_matter_format(const Registry& formats,
                                                  FrontMatterSyntax syntax);

/// The body reader whose extension list holds `extension` (lower case, no dot), or nullptr.
const BodyFormat* find_body_format_by_extension(const Registry& formats,
                                                std::string_view extension);

/// The body format called `name`, or nullptr.
const BodyFormat* find_body_format(const Registry& formats, std::string_view name);

/// The body reader for a file: by its extension, else the first one. `formats` must have one.
const BodyFormat& body_format_for_path(const Registry& formats, std::string_view path);

/// The export format among `formats.exports` that claims a file with this extension (lower case,
/// no dot) and these first bytes, or nullptr.
const ExportFormat* find_export_format(const Registry& formats, std::string_view extension,
                                       std::string_view head);

/// The writer named `name`, or nullptr.
const WriterFormat* find_writer(const Registry& formats, std::string_view name);

/// `markdown, ...`: the body format names, for messages and `--help`.
std::string known_body_formats(const Registry& formats);

/// `epub, feed, ...`: the writer names, for messages and `--help`.
std::string known_writers(const Registry& formats);

}  // namespace folio
