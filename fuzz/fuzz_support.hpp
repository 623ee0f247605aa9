#pragma once

// What every fuzz target shares: turning the fuzzer's bytes into an article the way `folio`
// reads a file, and the checks that make a wrong output a finding (an abort, which libFuzzer
// reports with the input that caused it).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/output/resource_reader.hpp"

namespace folio::fuzz {

/// Where the fuzzed article pretends to live, and the static folder beside it: image references
/// must resolve inside `site/` whatever they say.
inline constexpr std::string_view kArticlePath = "site/posts/post.md";
inline constexpr std::string_view kStaticDir = "site/static";

/// The article in `bytes`, read as the file `kArticlePath` with front matter (style detected) and
/// its slug assigned as the pipeline does; empty when the front matter cannot be read at all.
std::optional<Article> read_input(const std::uint8_t* data, std::size_t size,
                                  Diagnostics& diagnostics);

/// Prints `what` and `detail` to standard error and aborts: a finding.
[[noreturn]] void fail(std::string_view what, std::string_view detail);

/// Aborts (see `fail`) unless `xml` is a well-formed XML document, as pugixml parses it.
void require_well_formed_xml(std::string_view xml, std::string_view what);

/// Aborts unless `html` (a fragment) is well-formed XML once wrapped in one element.
void require_well_formed_fragment(std::string_view html, std::string_view what);

/// Aborts unless `json` parses as JSON.
void require_valid_json(std::string_view json, std::string_view what);

/// A ResourceReader that holds one small PNG for every path inside `site/posts/` or `site/static/`, and reports reading
/// anything else as a finding: no image reference may lead a writer out of its roots.
std::unique_ptr<ResourceReader> site_resources();

/// `resolve_local_image` for the fuzzed article with `kStaticDir`; aborts when the result is
/// outside those folders.
std::string locate_site_image(std::string_view reference, std::string_view article_path);

/// Aborts unless `text` is valid UTF-8: every writer's output must be.
void require_utf8(std::string_view text, std::string_view what);

}  // namespace folio::fuzz

namespace folio::fuzz {

/// Where the blocks start whose emphasis a Markdown writer said md4c reads back nested
/// otherwise (`markdown.emphasis.nesting`; docs/migration.md, "What cannot be written").
std::vector<SourcePos> misnested_places(const Diagnostics& diagnostics);

/// Whether `back` is `written` read back: the same tree, except that in a block starting at
/// one of `misnested` (a paragraph, heading or table) emphasis, strong emphasis and
/// strikethrough may nest otherwise. Only the writer's own admission relaxes the check, and
/// only there: the text must still be the same but for delimiter characters (`*`, `_`, `~`,
/// which a pairing that differs leaves as text), and links, code, images and breaks too.
bool same_blocks(std::span<const Block> written, std::span<const Block> back,
                 const std::vector<SourcePos>& misnested);
bool same_footnotes(const std::vector<Footnote>& written, const std::vector<Footnote>& back,
                    const std::vector<SourcePos>& misnested);

/// Reads `text` (a file a writer produced, named `path`) back and aborts unless it reads
/// without errors (unless `input_had_errors`) and gives the same title, `blocks` and `footnotes` as `written` (the
/// article that was written), and with `all_meta` also the same dates, summary, tags,
/// categories and draft flag. Blocks at `misnested` places compare as `same_blocks` says.
void require_reads_back(std::string_view path, std::string_view text, const Article& written,
                        std::span<const Block> blocks, const std::vector<Footnote>& footnotes,
                        bool all_meta, bool input_had_errors, std::string_view what,
                        const std::vector<SourcePos>& misnested);

}  // namespace folio::fuzz
