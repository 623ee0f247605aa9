#pragma once

// An article written back as one text file, front matter then body, the way folio reads
// articles: the syntaxes come from a registry, so this code names no format.

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/output/copied_body.hpp"
#include "src/plugin/registry.hpp"

namespace folio {

/// How an article becomes a file.
struct ArticleFileOptions {
    /// The front matter's field names; the target also fixes its syntax
    /// (`front_matter_syntax`) and, for style A, that every string is quoted.
    FrontMatterTarget target = FrontMatterTarget::style_b_yaml;
    /// When set, the front matter is this engine's instead of `target`'s
    /// (`front_matter_for_profile`, in the profile's syntax): what `folio migrate` writes.
    const EngineProfile* profile = nullptr;
    /// The registry's name of the body format to write, such as `markdown`.
    std::string_view body_format;
    /// What the target needs that the article does not hold (Hugo's aliases).
    FrontMatterExtras extras;
    /// Leave out a first H1 that repeats the title (`body_without_title_heading`): Hugo themes
    /// print the title from the front matter.
    bool without_title_heading = false;
    /// The body as its file holds it: when given and the body was read in `body_format`, the
    /// body is copied from it byte for byte (`copied_body_edits`) rather than written from the
    /// AST. nullptr: written (`--reformat`, or a body that came from elsewhere).
    const WrittenBody* written_body = nullptr;
    /// Destinations the caller moved in the article (`bundle_images`): edited in the copy.
    std::vector<MovedDestination> moved;
    /// The engine the article was written for; null when unknown (its body may hold either
    /// engine's syntax). Only read with `target_engine`.
    const EngineProfile* source_engine = nullptr;
    /// The engine the file is written for: in a copied body, engine syntax the target does not
    /// process is translated into its own where it has an equivalent, and each call left as
    /// written is a warning at its place (`translate_engine_syntax`). Null: no translation.
    const EngineProfile* target_engine = nullptr;
    /// How the target names another article of the run, given the source's reference as
    /// written (`EngineTranslationOptions::article_reference`); empty: such calls are left.
    std::function<std::string(std::string_view reference)> article_reference;
    /// Where the span edits of a copied body beyond its moved references are counted, by kind:
    /// `engine-syntax` (translated calls), `kramdown-attributes`, `liquid` (Jekyll's Liquid
    /// for Eleventy). Null: not counted.
    std::map<std::string, std::size_t>* edits_made = nullptr;
    /// The target site's base path (`/blog`, or empty), which Jekyll's `{{ site.baseurl }}`
    /// becomes for an engine that has no such variable (Eleventy).
    std::string base_path;
    /// The front matter as its file holds it (`WrittenBody::front_matter`): when the target
    /// writes its syntax, it is copied as written with only what must change edited
    /// (`copied_front_matter`), rather than written anew. nullptr: written.
    const WrittenFrontMatter* written_front_matter = nullptr;
};

/// The syntax a target is written in: YAML for styles A and B, TOML for Hugo.
FrontMatterSyntax front_matter_syntax(FrontMatterTarget target);

/// The text of `article` as one file: the front matter for `options.target`, written with its
/// fences by the writer `formats` has for the target's syntax, then, unless the body is empty,
/// a blank line and the body and footnotes written by the body format `options.body_format`.
/// With `options.written_body` the body is instead the file's own, edited only where it must
/// change, after the front matter as it was after the old one; where an edit cannot be placed,
/// a note (`output.body.written`) says the body was written from the AST.
/// With `options.written_front_matter` in the target's syntax, the front matter is that text
/// edited (`copied_front_matter`); where it cannot be, a note (`output.front-matter.written`)
/// says why it was written anew.
/// Reports what the target cannot hold (`report_front_matter_changes`), then what each writer
/// warns about. Pure. Throws `std::logic_error` when `formats` has no writer for the syntax or
/// the body format: a registry without them is a programming error, not an input problem.
std::string write_article_file(const Article& article, const ArticleFileOptions& options,
                               const Registry& formats, Diagnostics& diagnostics);

}  // namespace folio
