// bytes → read_article → the Markdown writer: the body written and read again is the same
// AST (parse → write → parse), and whole files in style A and style B YAML read back with the
// same title and body (style B also with the same dates, summary, tags, categories, draft).

#include <string>
#include <vector>

#include "formats/markdown/convert_to_markdown.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "formats/markdown/markdown_writer.hpp"
#include "formats/registry.hpp"
#include "fuzz/fuzz_support.hpp"
#include "src/source/source_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::Diagnostics diagnostics;
    std::optional<folio::Article> article = folio::fuzz::read_input(data, size, diagnostics);
    if (!article) return 0;
    const bool input_errors = diagnostics.has_errors();

    std::vector<folio::MisnestedInlines> misnested;
    const std::string body =
        folio::write_markdown_body(article->body, article->footnotes, &misnested);
    folio::fuzz::require_utf8(body, "Markdown body");
    const folio::SourceText source("body.md", body);
    folio::Diagnostics read_diagnostics;
    const folio::Body back =
        folio::read_markdown_body(source, 0, source.text().size(), read_diagnostics);
    std::vector<folio::SourcePos> places;
    for (const folio::MisnestedInlines& m : misnested) places.push_back(m.at);
    if (!folio::fuzz::same_blocks(article->body, back.blocks, places) ||
        !folio::fuzz::same_footnotes(article->footnotes, back.footnotes, places))
        folio::fuzz::fail("Markdown body does not round-trip", body);

    // Each writer must say for itself which blocks it cannot give back.
    folio::Diagnostics style_b_diagnostics;
    const std::string style_b =
        folio::markdown_file(*article, folio::FrontMatterTarget::style_b_yaml,
                             folio::builtin_formats(), style_b_diagnostics)
            .bytes;
    folio::fuzz::require_reads_back("b.md", style_b, *article, article->body, article->footnotes,
                                    true, input_errors, "Markdown style B",
                                    folio::fuzz::misnested_places(style_b_diagnostics));
    folio::Diagnostics style_a_diagnostics;
    const std::string style_a =
        folio::markdown_file(*article, folio::FrontMatterTarget::style_a_yaml,
                             folio::builtin_formats(), style_a_diagnostics)
            .bytes;
    folio::fuzz::require_reads_back("a.md", style_a, *article, article->body, article->footnotes,
                                    false, input_errors, "Markdown style A",
                                    folio::fuzz::misnested_places(style_a_diagnostics));
    return 0;
}
