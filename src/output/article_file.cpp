#include "src/output/article_file.hpp"

#include <optional>
#include <span>
#include <stdexcept>

#include "src/render/title_heading.hpp"

namespace folio {

namespace {

// The body as written with its edits, or empty (and a note why) when one cannot be placed.
std::optional<std::string> copied_body(const Article& article, const ArticleFileOptions& options,
                                       Diagnostics& diagnostics) {
    std::string why;
    const std::optional<std::vector<SpanEdit>> edits = copied_body_edits(
        article, *options.written_body, options.moved, options.without_title_heading, why);
    if (!edits) {
        diagnostics.report(
            Diagnostic{Severity::note,
                       "output.body.written",
                       "the body is written from its AST, not copied as written: " + why,
                       article.source.path,
                       article.source.body_line,
                       0,
                       {}});
        return std::nullopt;
    }
    return apply_span_edits(*options.written_body, *edits);
}

// `text` (LF line ends, as every writer gives) with CRLF line ends.
std::string with_crlf(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

}  // namespace

FrontMatterSyntax front_matter_syntax(FrontMatterTarget target) {
    switch (target) {
        case FrontMatterTarget::style_a_yaml:
        case FrontMatterTarget::style_b_yaml:
            return FrontMatterSyntax::yaml;
        case FrontMatterTarget::hugo_toml:
            return FrontMatterSyntax::toml;
    }
    return FrontMatterSyntax::yaml;
}

std::string write_article_file(const Article& article, const ArticleFileOptions& options,
                               const Registry& formats, Diagnostics& diagnostics) {
    const FrontMatterSyntax syntax =
        options.profile ? options.profile->output.syntax : front_matter_syntax(options.target);
    const FrontMatterFormat* front_matter = find_front_matter_format(formats, syntax);
    if (!front_matter || !front_matter->write)
        throw std::logic_error("the registry has no writer for the front matter of " +
                               std::string(options.profile ? options.profile->name
                                                           : target_name(options.target)));
    const BodyFormat* body_format = find_body_format(formats, options.body_format);
    if (!body_format || !body_format->write)
        throw std::logic_error("the registry has no writer for the body format '" +
                               std::string(options.body_format) + "'");

    const StyledFrontMatter styled =
        options.profile ? front_matter_for_profile(article.meta, *options.profile, options.extras)
                        : front_matter_for_style(article.meta, options.target, options.extras);
    if (options.profile) {
        report_front_matter_changes(styled, *options.profile, article.source, diagnostics);
    } else {
        report_front_matter_changes(styled, options.target, article.source, diagnostics);
    }
    // Style A is the JavaScript engine's YAML, which quotes every string.
    const FrontMatterWriteOptions write_options{
        .quote_all_strings =
            !options.profile && options.target == FrontMatterTarget::style_a_yaml};
    std::string out =
        front_matter->write(styled.entries, write_options, article.source, diagnostics);

    if (options.written_body &&
        body_format_for_path(formats, article.source.path).name == body_format->name) {
        if (std::optional<std::string> copied = copied_body(article, options, diagnostics)) {
            // A file without front matter had its body at the very top: a blank line sets
            // it off from the front matter written now. Otherwise the blank line (or none)
            // after the old front matter is the body's first bytes.
            if (article.source.syntax == FrontMatterSyntax::none && !copied->empty() &&
                copied->front() != '\n' && copied->front() != '\r')
                out += '\n';
            if (options.written_body->crlf_file) out = with_crlf(out);
            return out + *copied;
        }
    }
    const std::span<const Block> body = options.without_title_heading
                                            ? body_without_title_heading(article)
                                            : std::span<const Block>(article.body);
    const std::string body_text =
        body_format->write(body, article.footnotes, article.source, diagnostics);
    if (!body_text.empty()) out += '\n' + body_text;
    return out;
}

}  // namespace folio
