#include "formats/markdown/markdown_article_writer.hpp"

#include "formats/markdown/markdown_writer.hpp"
#include "formats/toml/toml_front_matter_writer.hpp"
#include "formats/yaml/yaml_front_matter_writer.hpp"

namespace folio {

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
    const std::string body = write_markdown_body(article.body, article.footnotes);
    if (!body.empty()) out += '\n' + body;
    return out;
}

}  // namespace folio
