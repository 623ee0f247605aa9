#include "formats/markdown/markdown_reader.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "formats/markdown/engine_placeholders.hpp"
#include "formats/markdown/footnote_definitions.hpp"
#include "formats/markdown/footnote_references.hpp"
#include "formats/markdown/markdown_extensions.hpp"
#include "formats/markdown/tree_builder.hpp"

namespace folio {

namespace {

// Calls inside calls (`{{% notice %}}` around `{{< figure >}}`) are read this deep; deeper
// inner text is read as plain Markdown, so nesting cannot overflow the stack of the writers.
constexpr int kMaxEngineDepth = 8;

// What the readings of one body share: the inner text of a paired call is read with it.
struct EngineReading {
    const SourceText& source;
    const FootnoteLabels& labels;
    NestingReport& nesting;
    Diagnostics& diagnostics;
    const EngineSyntaxOptions& options;

    ReadInnerMarkdown inner_reader(int depth) const {
        return [this, depth](std::string_view inner, const OffsetMap& map, bool engine) {
            std::string text(inner);
            if (!text.empty() && text.back() != '\n' && text.back() != '\r') text += '\n';
            return read(std::move(text), map, depth + 1, engine);
        };
    }

    Blocks read(std::string text, const OffsetMap& map, int depth, bool engine) const {
        std::optional<EnginePlaceholders> calls;
        if (engine && depth < kMaxEngineDepth) calls.emplace(text, map, source, diagnostics, options);
        Blocks blocks = parse_markdown_blocks({source, text, map, labels, nesting, diagnostics, 0});
        if (calls) calls->substitute(blocks, inner_reader(depth));
        read_markdown_extensions(blocks, source.text());
        return blocks;
    }
};

}  // namespace

Body read_markdown_body(const SourceText& source, std::size_t begin, std::size_t end,
                        Diagnostics& diagnostics) {
    return read_markdown_body(source, begin, end, diagnostics, EngineSyntaxOptions{});
}

Body read_markdown_body(const SourceText& source, std::size_t begin, std::size_t end,
                        Diagnostics& diagnostics, const EngineSyntaxOptions& engine) {
    end = std::min(end, source.text().size());
    begin = std::min(begin, end);
    // Blank lines before the first block mean nothing, and md4c 0.4.8 reads some documents
    // otherwise when they start with exactly one (a list item's last paragraph left the item):
    // the body a front-matter block leaves after its blank line must read as the body alone.
    const std::string_view all = source.text();
    for (std::size_t line_end = all.find('\n', begin);
         line_end != std::string_view::npos && line_end < end &&
         all.substr(begin, line_end - begin).find_first_not_of(" \t\r") == std::string_view::npos;
         line_end = all.find('\n', begin))
        begin = line_end + 1;
    // A copy: footnote definitions are blanked out of it before md4c sees it.
    std::string text = source.text().substr(begin, end - begin);
    // md4c 0.4.8 reads a last line without a newline differently: a line of blanks there is
    // not blank to an HTML block of kinds 6 and 7 (it looks past the end for the newline) and
    // an end condition (`-->`) in the last bytes is not seen. With the newline every line is
    // read as CommonMark reads it.
    if (!text.empty() && text.back() != '\n' && text.back() != '\r') text += '\n';
    // Engine syntax first, as Hugo and Jekyll do: a footnote definition inside a shortcode's
    // inner text belongs to that text.
    const OffsetMap body_map(begin);
    const EnginePlaceholders calls(text, body_map, source, diagnostics, engine);
    std::vector<FootnoteDefinition> definitions = extract_footnote_definitions(text, begin);

    // Every label is known before any text is read, so a reference may come before its definition.
    FootnoteLabels labels;
    std::vector<bool> kept(definitions.size(), false);
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        kept[i] = labels.add(definitions[i].label);
        if (!kept[i]) {
            diagnostics.report(
                source.diagnostic(Severity::warning, "markdown.footnote.duplicate",
                                  "footnote [^" + definitions[i].label +
                                      "] is defined again; this definition is dropped",
                                  definitions[i].file_offset));
        }
    }

    NestingReport nesting;
    const EngineReading reading{source, labels, nesting, diagnostics, engine};
    const ReadInnerMarkdown read_inner = reading.inner_reader(0);
    Body body;
    body.blocks = parse_markdown_blocks({source, text, body_map, labels, nesting, diagnostics, 0});
    calls.substitute(body.blocks, read_inner);
    read_markdown_extensions(body.blocks, source.text());
    // A definition's content is Markdown on its own; definitions inside it are not looked for
    // (pandoc and GitHub do not nest notes either), references inside it are.
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        if (!kept[i]) continue;
        FootnoteDefinition& d = definitions[i];
        Footnote note;
        note.at = source.position(d.file_offset);
        note.children =
            parse_markdown_blocks({source, d.content, d.map, labels, nesting, diagnostics, 0});
        calls.substitute(note.children, read_inner);
        read_markdown_extensions(note.children, source.text());
        note.label = std::move(d.label);
        body.footnotes.push_back(std::move(note));
    }
    return body;
}

}  // namespace folio
