#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>

#include "src/ast/article.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/plugin/registry.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/engine/engine_syntax_options.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// How to read one file.
struct ReadOptions {
    /// The readers to use (formats/registry.hpp has the built-in ones). Required: the
    /// pipeline never names a format itself.
    const Registry* formats = nullptr;
    /// Front-matter field names to assume; empty: detected per file.
    std::optional<FrontMatterStyle> style;
    /// The engine whose conventions to read by (`--from`, or detected from the input folder by
    /// `for_each_article`): its front-matter keys (unless `style` is given) and its file layout.
    /// Null: the style is detected per file, and the layout read is Hugo's, plus Jekyll's dated
    /// file names inside a `_posts` folder.
    const EngineProfile* engine = nullptr;
    /// Let `for_each_article` detect `engine` from each input's folder when it is null.
    bool detect_engine = true;
    /// Split off front matter first. Off for `folio render`, which reads a pure Markdown body
    /// (where a leading `---` is a thematic break, as CommonMark says).
    bool front_matter = true;
    /// Read the body into the AST. Off for a first pass that needs only metadata (a feed
    /// choosing its newest items, a book sorting its chapters): the body is then parsed only
    /// when the title must come from its first heading, and dropped afterwards, so
    /// `article.body` and `article.footnotes` are always empty.
    bool body = true;
    /// Engine syntax the body reader recognises (Hugo shortcodes, Liquid): both by default;
    /// an `engine` profile turns off what its engine does not process.
    EngineSyntaxOptions engine_syntax;
    /// The languages the site's configuration has (Hugo's `languages` and its default one, in
    /// lower case), when it was read: a file name's language suffix that is none of them is
    /// part of the name, as Hugo reads it (`post.zh-cn.md` on an English-only site is the page
    /// `post.zh-cn`, no translation of `post.md`). Null: every ISO 639-1 suffix is a language.
    std::shared_ptr<const std::set<std::string, std::less<>>> file_languages;
};

/// Reads one file into an article: splits and decodes the front matter, maps it to typed
/// metadata, reads the body (chosen by the file's extension; Markdown for stdin and unknown
/// ones). A missing title comes from the first H1, else the file name. Problems are reported to
/// `diagnostics`; the result is empty when the front matter cannot be read at all, and when the
/// engine says the file is no article (Hugo's `_index.md` section pages and headless bundles:
/// a note `input.not-an-article`). The engine's file-name conventions fill what front matter
/// leaves out: Jekyll's date and slug (`2013-05-06-title.md`), a translation's language and
/// slug (`post.fa.md`). The slug is resolved later, across the run (`assign_slugs`).
std::optional<Article> read_article(const SourceText& source, const ReadOptions& options,
                                    Diagnostics& diagnostics);

/// The engine syntax a body read with `options` recognises: `options.engine_syntax`, less what
/// `options.engine` does not process (a Hugo post's `{% %}` is text). Both passes of a
/// two-pass job read a body with the same.
EngineSyntaxOptions engine_syntax_for(const ReadOptions& options);

/// Fills in the body and footnotes of an article read with `body = false` (and its front matter
/// split off, as every two-pass job reads), from the file's text read again: the body starts
/// where the front matter ends, found again. Reports only what the body reader finds, so a
/// second pass repeats none of the first pass's diagnostics, and `input.changed` when the body
/// no longer starts at `source.body_offset` (the file was edited in between). Everything else in
/// the article (metadata, slug) stays as it was.
void read_article_body(const SourceText& source, Article& article, const Registry& formats,
                       Diagnostics& diagnostics, const EngineSyntaxOptions& engine = {});

/// Drops the front-matter keys that map to no typed field (`meta.extra`) and their positions,
/// for a job that keeps many articles' metadata between two passes and shows only the typed
/// fields (a book, a site). The typed fields' positions stay: a slug clash, found after this
/// on another thread, and a missing cover are reported at their keys.
void keep_typed_metadata_only(Article& article);

/// The file name without directories and extension; for a Hugo page bundle (`.../x/index.md`)
/// the bundle's folder name.
std::string article_stem(std::string_view path);

/// The name an article's slug and fallback title come from: `source.file_slug` when a file-name
/// convention set it, else `article_stem`.
std::string article_name(const Source& source);

}  // namespace folio
