#include "formats/markdown/markdown_article_writer.hpp"

#include "formats/markdown/markdown_writer.hpp"
#include "formats/toml/toml_front_matter_writer.hpp"
#include "formats/yaml/yaml_front_matter_writer.hpp"

namespace folio {

void report_misnested_emphasis(const std::vector<MisnestedInlines>& misnested,
                               const Source& source, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < misnested.size(); ++i) {
        const SourcePos at = misnested[i].at;
        // The cells of one table are one place to the reader of the warning.
        if (i > 0 && misnested[i - 1].at.line == at.line &&
            misnested[i - 1].at.column == at.column)
            continue;
        diagnostics.report(Diagnostic{Severity::warning,
                                      "markdown.emphasis.nesting",
                                      "no Markdown spelling of this block's emphasis reads back "
                                      "nested as it is (md4c pairs the delimiters otherwise); "
                                      "written as usual: the text is kept, the nesting is not",
                                      source.path,
                                      at.line,
                                      at.column,
                                      {}});
    }
}

std::string hugo_front_matter_block(const Map& entries, const Source& source,
                                    Diagnostics& diagnostics) {
    TomlFrontMatter toml = write_toml_front_matter(entries);
    for (const std::string& key : toml.dropped_nulls) {
        diagnostics.report(Diagnostic{Severity::warning,
                                      "hugo.toml.null",
                                      "'" + key + "' is null, which TOML cannot hold; left out",
                                      source.path,
                                      0,
                                      0,
                                      {}});
    }
    for (const std::string& key : toml.quoted_dates) {
        diagnostics.report(Diagnostic{Severity::warning,
                                      "hugo.toml.impossible-date",
                                      "'" + key + "' is an impossible date, which TOML cannot "
                                      "hold as a date; written as a string",
                                      source.path,
                                      0,
                                      0,
                                      {}});
    }
    return "+++\n" + toml.text + "+++\n";
}

std::string write_markdown_article(const Article& article, FrontMatterTarget style,
                                   Diagnostics& diagnostics) {
    const StyledFrontMatter styled = front_matter_for_style(article.meta, style);
    report_front_matter_changes(styled, style, article.source, diagnostics);
    std::string out;
    switch (style) {
        case FrontMatterTarget::style_a_yaml:
            out = "---\n" + write_yaml_front_matter(styled.entries, {.quote_all_strings = true}) +
                  "---\n";
            break;
        case FrontMatterTarget::style_b_yaml:
            out = "---\n" + write_yaml_front_matter(styled.entries) + "---\n";
            break;
        case FrontMatterTarget::hugo_toml:
            out = hugo_front_matter_block(styled.entries, article.source, diagnostics);
            break;
    }
    std::vector<MisnestedInlines> misnested;
    const std::string body = write_markdown_body(article.body, article.footnotes, &misnested);
    report_misnested_emphasis(misnested, article.source, diagnostics);
    if (!body.empty()) out += '\n' + body;
    return out;
}

}  // namespace folio
