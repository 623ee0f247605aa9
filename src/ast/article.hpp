#pragma once

// The canonical article: what every reader produces and every writer consumes. Plain data,
// copyable and `==` comparable. Source positions describe where a node came from, not what it
// is, so they take no part in `==` (a Markdown round trip moves every line).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "src/ast/date.hpp"
#include "src/ast/value.hpp"

namespace folio {

/// `SourcePos::offset` when the byte offset is not known.
inline constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

/// A 1-based line and column (in characters) in the whole source file; 0 means unknown.
/// `offset` is the same place as a byte offset into the file's text as `SourceText` holds it
/// (LF line ends, no BOM), for writers that copy the source and edit spans of it.
struct SourcePos {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::size_t offset = kNoOffset;

    friend bool operator==(const SourcePos&, const SourcePos&) { return true; }
};

struct Inline;
struct Block;
using Inlines = std::vector<Inline>;
using Blocks = std::vector<Block>;

/// Engine syntax as written: a Hugo shortcode (`{{< name >}}`, `{{% name %}}`, escaped
/// `{{</* x */>}}`), a Liquid tag (`{% name %}`) or a Liquid output (`{{ site.url }}`).
struct EngineCall {
    enum class Syntax { shortcode, markdown_shortcode, liquid_tag, liquid_output };
    Syntax syntax = Syntax::shortcode;
    std::string source;  ///< exactly as written, closing tag included
    std::string name;    ///< `figure`, `highlight`, `post_url`, `site.baseurl`
    std::vector<std::pair<std::string, std::string>> params;  ///< in order; positional: key ""
    std::string inner;   ///< text between the opening and the closing tag, empty if unpaired
    bool escaped = false;  ///< `{{</* x */>}}`: Hugo writes `{{< x >}}` as text
    bool operator==(const EngineCall&) const = default;
};

// ---- Inlines -------------------------------------------------------------------------------

struct Text { std::string text; bool operator==(const Text&) const = default; };               ///< literal text, entities decoded
struct SoftBreak { bool operator==(const SoftBreak&) const = default; };                       ///< line ending inside a paragraph
struct HardBreak { bool operator==(const HardBreak&) const = default; };                       ///< `<br>`: two spaces or `\` at line end
struct Code { std::string text; bool operator==(const Code&) const = default; };               ///< `<code>`: inline code span
struct Emphasis { Inlines children; bool operator==(const Emphasis&) const = default; };       ///< `<em>`
struct Strong { Inlines children; bool operator==(const Strong&) const = default; };           ///< `<strong>`
struct Strikethrough { Inlines children; bool operator==(const Strikethrough&) const = default; };  ///< `<del>`: `~~text~~`
/// Inline HTML tag, comment, etc., verbatim; `at` is where it starts.
struct RawHtml {
    std::string html;
    SourcePos at;
    bool operator==(const RawHtml&) const = default;
};
/// `<a href title>`; `autolink` when written `<https://x>` or as a bare GFM autolink.
struct Link {
    std::string url;
    std::string title;
    Inlines children;
    bool autolink = false;
    SourcePos at;
    /// Where `url` is written (in the reference definition for `[a][ref]`); only the offset is
    /// known, and not even that when the URL was not written literally (escapes, entities).
    SourcePos destination = {};
    std::string written_url;  ///< the destination as written when engine syntax made `url`
    bool operator==(const Link&) const = default;
};
/// `<img src alt title>`; alt is kept as inlines (Markdown allows `![*a*](x)`), flattened by HTML.
struct Image {
    std::string url;
    std::string title;
    Inlines alt;
    SourcePos at;
    SourcePos destination = {};  ///< as `Link::destination`
    std::string written_url;  ///< the destination as written when engine syntax made `url`
    bool operator==(const Image&) const = default;
};
/// `text[^label]`: a reference to `Article::footnotes` entry with the same label.
struct FootnoteReference { std::string label; bool operator==(const FootnoteReference&) const = default; };

/// TeX math between dollars: `$x^2$` inline, `$$\sum x$$` `display`; `tex` as written
/// between them, a line end inside it a space. `at` is where the TeX starts.
struct Math {
    std::string tex;
    bool display = false;
    SourcePos at;
    bool operator==(const Math&) const = default;
};

/// Engine syntax inside a paragraph, and what the engine would render in its place.
struct EngineInline {
    EngineCall call;
    Inlines rendered;
    bool operator==(const EngineInline&) const = default;
};

/// One inline node.
struct Inline {
    std::variant<Text, SoftBreak, HardBreak, Code, Emphasis, Strong, Strikethrough, Link, Image,
                 RawHtml, FootnoteReference, EngineInline, Math>
        node;
    bool operator==(const Inline&) const = default;
};

// ---- Blocks --------------------------------------------------------------------------------

enum class Alignment { none, left, center, right };  ///< table column alignment
enum class Task { none, unchecked, checked };        ///< GFM task-list state of a list item

struct Paragraph { Inlines children; bool operator==(const Paragraph&) const = default; };  ///< `<p>`
/// `{#id .class key=value}` after a heading (Pandoc, kramdown, Hugo), in the order written.
struct Attributes {
    std::string id;
    std::vector<std::string> classes;
    std::vector<std::pair<std::string, std::string>> other;
    bool operator==(const Attributes&) const = default;
};
/// `<h1>`..`<h6>`; `setext` when underlined with `===`/`---` rather than `#`.
struct Heading {
    int level = 1;
    Inlines children;
    bool setext = false;
    Attributes attributes = {};  ///< read off the end of the line; not in `children`
    bool operator==(const Heading&) const = default;
};
/// `<blockquote>`; GitHub's alerts (`> [!NOTE]` first) are quotes with `alert` set to the
/// kind in lower case (`note`, `tip`, `important`, `warning`, `caution`), the marker not in
/// `children`.
struct BlockQuote {
    Blocks children;
    std::string alert = {};
    bool operator==(const BlockQuote&) const = default;
};
struct ListItem {
    Blocks children;
    Task task = Task::none;
    bool operator==(const ListItem&) const = default;
};
/// `<ul>` or `<ol start>`; `tight` lists render items without `<p>`.
struct List {
    bool ordered = false;
    int start = 1;           ///< first number of an ordered list
    char marker = '-';       ///< `-` `+` `*` for bullets, `.` `)` for ordered lists
    bool tight = true;
    std::vector<ListItem> items;
    bool operator==(const List&) const = default;
};
/// `<pre><code>`; `info` is the fence's info string (`cpp title="x"`), empty for indented code.
struct CodeBlock {
    std::string info;
    std::string text;  ///< verbatim, ends with a newline unless empty
    bool fenced = true;
    char fence = '`';  ///< '`' or '~' for fenced blocks
    bool operator==(const CodeBlock&) const = default;
};
struct HtmlBlock { std::string html; bool operator==(const HtmlBlock&) const = default; };  ///< raw HTML block, verbatim
struct ThematicBreak { bool operator==(const ThematicBreak&) const = default; };           ///< `<hr>`
/// `<table>`: one header row and body rows; every row has one cell per alignment.
struct Table {
    std::vector<Alignment> alignments;
    std::vector<Inlines> header;
    std::vector<std::vector<Inlines>> rows;
    bool operator==(const Table&) const = default;
};

/// `<dl>`: PHP Markdown Extra's `Term` / `: definition` lines (Hugo, kramdown, pandoc). An item
/// is one or more terms, one a line, and its definitions; `tight` when no blank line separates
/// them (definitions render without `<p>`).
struct DefinitionItem {
    std::vector<Inlines> terms;
    std::vector<Blocks> definitions;
    bool operator==(const DefinitionItem&) const = default;
};
struct DefinitionList {
    std::vector<DefinitionItem> items;
    bool tight = true;
    bool operator==(const DefinitionList&) const = default;
};

/// Engine syntax standing alone as a paragraph, and the blocks the engine would render.
struct EngineBlock {
    EngineCall call;
    Blocks rendered;
    bool operator==(const EngineBlock&) const = default;
};

/// One block node and the place in the file where it starts.
struct Block {
    std::variant<Paragraph, Heading, BlockQuote, List, CodeBlock, HtmlBlock, ThematicBreak, Table,
                 EngineBlock, DefinitionList>
        node;
    SourcePos at;
    bool operator==(const Block&) const = default;
};

/// `[^label]: content`, kept in source order; references point at it by label.
struct Footnote {
    std::string label;
    Blocks children;
    SourcePos at;
    bool operator==(const Footnote&) const = default;
};

// ---- Metadata ------------------------------------------------------------------------------

/// A cover or featured image: `source` is the path or URL as written.
struct Cover {
    std::string source;
    std::string alt;
    std::string caption;
    Map extra;  ///< other keys of a cover map (PaperMod's `relative`, `hidden`, ...), in order
    bool operator==(const Cover&) const = default;
};

/// Typed metadata: the fields writers need, plus every other front-matter key in `extra`.
struct Meta {
    std::string title;
    std::optional<Date> date;     ///< publication date
    std::optional<Date> updated;  ///< last modification (`lastmod`, `updated`)
    std::optional<Date> expires;  ///< not published from then on (Hugo's `expiryDate`)
    std::string summary;          ///< `summary` (style B) or `excerpt` (style A)
    std::vector<std::string> tags;
    std::vector<std::string> categories;
    std::vector<std::string> authors;
    std::optional<Cover> cover;
    bool draft = false;
    std::string slug;      ///< as given in front matter; `Article::slug` is the resolved one
    std::string language;  ///< BCP 47 tag as given (`nl`, `en-GB`), empty when unknown
    Map extra;             ///< every other key, in source order, with its type
    std::string description;  ///< `description`: for search engines; the summary when none is given
    std::string url;   ///< the page's own URL as front matter gives it (Hugo's `url`), else empty
    std::string guid;  ///< the feed GUID the source engine published (`guid`), else empty
    /// A page of the site (About, Contact; a WordPress or Ghost page), not a dated post: in
    /// no feed or post list, at its own URL.
    bool page = false;
    bool operator==(const Meta&) const = default;
};

// ---- Article -------------------------------------------------------------------------------

enum class FrontMatterSyntax { none, yaml, toml, json };
/// Which field names the front matter uses: `a` the JavaScript engine's (`excerpt`,
/// `category`, `featuredImage`), `b` Hugo's and PaperMod's (`summary`, `tags`, `cover:`).
enum class FrontMatterStyle { none, a, b };
/// Where `Meta::title` came from when the front matter had none.
enum class TitleOrigin { front_matter, heading, file_name };

/// Where an article came from. Not part of its value: two files with the same content are equal.
struct Source {
    std::string path;  ///< as given on the command line; `-` for standard input
    FrontMatterSyntax syntax = FrontMatterSyntax::none;
    FrontMatterStyle style = FrontMatterStyle::none;
    std::uint32_t body_line = 1;  ///< line of the file on which the Markdown body starts
    /// Byte of the file at which the body starts (it may start in the middle of the front
    /// matter's last line: `---` at the very end of the file), so that a second read can tell
    /// whether the file changed in between.
    std::size_t body_offset = 0;
    TitleOrigin title_origin = TitleOrigin::front_matter;
    /// Where the value of each top-level front-matter key starts, in source order, so that
    /// later stages (slug clashes, writers that cannot hold a field) can point at it.
    std::vector<std::pair<std::string, SourcePos>> key_positions;
    /// The language a translation's file name gives (`post.fa.md`: `fa`), else empty.
    std::string file_language;
    /// The name a file-name convention leaves for the slug (Jekyll's `2013-05-06-title.md`:
    /// `title`; `post.fa.md`: `post`), else empty (the file's stem is the name).
    std::string file_slug;
    /// The path an imported post had on its old site (its export's `link`), to redirect from.
    std::string old_url;
    /// An imported WordPress post's `?p=ID` address at its blog's home (`/blog/?p=12`), which
    /// WordPress answers whatever its permalinks; empty for any other article.
    std::string old_query_url;
    friend bool operator==(const Source&, const Source&) { return true; }
};

/// One blog article: metadata, body and footnotes, plus the slug resolved for this run.
struct Article {
    Meta meta;
    Blocks body;
    std::vector<Footnote> footnotes;
    std::string slug;  ///< unique within a run: front-matter slug, else file name, else title
    Source source;
    bool operator==(const Article&) const = default;
};

}  // namespace folio
