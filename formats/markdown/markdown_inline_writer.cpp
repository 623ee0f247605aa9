#include "formats/markdown/markdown_inline_writer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "formats/markdown/emphasis_model.hpp"
#include "src/engine/engine_syntax_scan.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

// The characters `InlineWriter::text` looks at; every other byte is copied as it is.
constexpr std::array<bool, 256> kMaybeEscaped = [] {
    std::array<bool, 256> table{};
    for (const char c : std::string_view("\\`*[]<~|_&:@!.\n\r{%$")) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}();

// Whether `rest`, after `{{`, reads as Liquid output of `site.` or `page.`.
bool starts_liquid_variable(std::string_view rest) {
    if (rest.starts_with('-')) rest.remove_prefix(1);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    return rest.starts_with("site.") || rest.starts_with("page.");
}

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_emphasis(const Inline& node) {
    return std::holds_alternative<Emphasis>(node.node) || std::holds_alternative<Strong>(node.node);
}

// Whether a node of type `Span` (strikethrough, emphasis or strong) occurs anywhere in
// `inlines`, link texts included.
template <typename Span>
bool holds(const Inlines& inlines) {
    return std::any_of(inlines.begin(), inlines.end(), [](const Inline& node) {
        return std::visit(
            [](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, Span>) return true;
                else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                                   std::is_same_v<T, Strikethrough> || std::is_same_v<T, Link>)
                    return holds<Span>(n.children);
                else if constexpr (std::is_same_v<T, Image>) return holds<Span>(n.alt);
                else return false;
            },
            node.node);
    });
}

// `&#xN;` for the code point `text` starts with; how many bytes it covered (0: none, for
// U+0000, which a reference cannot carry).
std::size_t append_character_reference(std::string& out, std::string_view text) {
    std::size_t end = 0;
    const char32_t c = next_code_point(text, end);
    if (c == 0) return 0;
    constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string digits;
    for (char32_t v = c; v != 0; v >>= 4) digits.insert(digits.begin(), kHex[v & 0xF]);
    out += "&#x" + digits + ';';
    return end;
}

bool is_blank_or_punctuation(char c) {
    return c == ' ' || c == '\t' || c == '\n' ||
           (static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c)));
}

// A character that is neither blank nor ASCII punctuation: a delimiter between two of
// them is inside a word.
bool is_word_character(char c) {
    return !(c == ' ' || c == '\t' || c == '\n' ||
             (static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c))));
}

bool is_punctuation(char c) {
    return static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c));
}

// The first character `node` writes, near enough for flanking: text starts with its own
// first character (escaped, it is still punctuation), everything else with punctuation.
char first_character_of(const Inline& node) {
    if (const auto* t = std::get_if<Text>(&node.node)) return t->text.empty() ? ' ' : t->text[0];
    if (const auto* l = std::get_if<Link>(&node.node)) {
        if (l->autolink && l->url.starts_with("http://www.")) return 'w';
    }
    if (std::holds_alternative<SoftBreak>(node.node)) return ' ';
    return '[';
}

char first_character(const Inlines& inlines) {
    return inlines.empty() ? ' ' : first_character_of(inlines.front());
}

char last_character(const Inlines& inlines) {
    if (inlines.empty()) return ' ';
    const Inline& node = inlines.back();
    if (const auto* t = std::get_if<Text>(&node.node)) return t->text.empty() ? ' ' : t->text.back();
    if (const auto* l = std::get_if<Link>(&node.node)) {
        if (l->autolink && l->url.starts_with("http://www.")) return 'w';
    }
    if (std::holds_alternative<SoftBreak>(node.node)) return ' ';
    return ']';
}

// Whether a `_` closing emphasis right before `next` (nothing: the parent's closing
// delimiter or the end of the paragraph) is followed by a blank or punctuation.
bool underscore_may_close(const Inline* next) {
    if (next == nullptr) return true;
    if (const auto* t = std::get_if<Text>(&next->node)) {
        // An empty text writes nothing; a line feed in text is written `&#10;`.
        return t->text.empty() || is_blank_or_punctuation(t->text.front());
    }
    if (const auto* l = std::get_if<Link>(&next->node)) {
        // A bare `www.` autolink starts with a letter.
        return !(l->autolink && l->url.starts_with("http://www."));
    }
    return true;  // code, breaks, emphasis, links, images, HTML, references: punctuation
}

// A URL scheme as CommonMark's autolinks want it: 2-32 characters, a letter first.
bool has_scheme(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon < 2 || colon > 32) return false;
    if (!std::isalpha(static_cast<unsigned char>(url[0]))) return false;
    return std::all_of(url.begin(), url.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return is_ascii_alnum(c) || c == '+' || c == '.' || c == '-';
    });
}

bool fits_angle_autolink(std::string_view url) {
    return has_scheme(url) && std::none_of(url.begin(), url.end(), [](char c) {
               return c == '<' || c == '>' || static_cast<unsigned char>(c) <= ' ' || c == 0x7f;
           });
}

// An e-mail address as CommonMark's `<...>` autolinks want it; `h@a.` is none.
bool is_email_address(std::string_view text) {
    const std::size_t at = text.find('@');
    if (at == 0 || at == std::string_view::npos) return false;
    for (char c : text.substr(0, at)) {
        if (!is_ascii_alnum(c) && std::strchr(".!#$%&'*+/=?^_`{|}~-", c) == nullptr) return false;
    }
    std::string_view domain = text.substr(at + 1);
    while (true) {
        const std::size_t dot = domain.find('.');
        const std::string_view label = domain.substr(0, dot);
        if (label.empty() || label.size() > 63 || !is_ascii_alnum(label.front()) ||
            !is_ascii_alnum(label.back()))
            return false;
        for (char c : label) {
            if (!is_ascii_alnum(c) && c != '-') return false;
        }
        if (dot == std::string_view::npos) return true;
        domain.remove_prefix(dot + 1);
    }
}

// A bare `www.` autolink runs on to the next blank or `<`, less trailing punctuation: written
// bare, it may only be followed by nothing, a line break, or text that starts with a blank
// (after a few of `?!.,:`, as in "see www.example.org. Then").
bool ends_bare_autolink(const Inline* next) {
    if (next == nullptr || std::holds_alternative<SoftBreak>(next->node) ||
        std::holds_alternative<HardBreak>(next->node))
        return true;
    const auto* t = std::get_if<Text>(&next->node);
    if (t == nullptr) return false;
    const std::size_t blank = t->text.find_first_not_of("?!.,:");
    return blank != std::string::npos && (t->text[blank] == ' ' || t->text[blank] == '\t');
}

// Whether `url` holds what md4c 0.4.8 takes for the start of a permissive URL autolink
// (`http://`, `https://`, `ftp://`, `www.`; any `://` here, to be safe). Even inside a link
// destination md4c scans such an autolink on past the `)`, up to the next blank, and drops
// the emphasis and strikethrough runs it overlaps (`[a](http://a.b)**x** y` loses its strong).
bool holds_url_autolink_start(std::string_view url) {
    if (url.find("://") != std::string_view::npos) return true;
    for (std::size_t at = url.find('.'); at != std::string_view::npos; at = url.find('.', at + 1)) {
        if (at >= 3 && (url[at - 3] | 0x20) == 'w' && (url[at - 2] | 0x20) == 'w' &&
            (url[at - 1] | 0x20) == 'w')
            return true;
    }
    return false;
}

// Whether `text` starts with what md4c 0.4.8 takes for a permissive autolink's start: a
// scheme (`http://`, `https://`, `ftp://`) or `www.`.
bool starts_autolink(std::string_view text) {
    for (const std::string_view start : {"http://", "https://", "ftp://", "www."}) {
        if (text.size() >= start.size() &&
            std::equal(start.begin(), start.end(), text.begin(), [](char a, char b) {
                return a == b || (a >= 'a' && a <= 'z' && a == (b | 0x20));
            }))
            return true;
    }
    return false;
}

// Whether a bare `www.` autolink with this text could read back otherwise because of what it
// holds: a backtick (a code span's delimiter, which md4c pairs first), `*`, `~`, brackets or a
// backslash (md4c pairs the delimiters inside bare autolinks with emphasis around them), a `_`
// that is not between two letters or digits, or any `_` inside `_` emphasis.
bool has_unsafe_bare_autolink_character(std::string_view text, bool underscore_open) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '`' || c == '*' || c == '~' || c == '[' || c == ']' || c == '\\') return true;
        if (c == '_' && (underscore_open || i == 0 || i + 1 == text.size() ||
                         !is_ascii_alnum(text[i - 1]) || !is_ascii_alnum(text[i + 1])))
            return true;
    }
    return false;
}

// Whether a bare `www.` autolink with this text, ended by a line break, trips md4c 0.4.8: when
// it holds another `www.` autolink start (after `(`, `*`, `_` or `~`) that runs to the line
// end, md4c hands the line break after it over as text too (the next line's text then starts
// with a line feed, and in a block quote with the quote's `> `).
bool holds_nested_www_start(std::string_view text) {
    for (std::size_t at = text.find("www.", 1); at != std::string_view::npos;
         at = text.find("www.", at + 1)) {
        if (std::strchr("(*_~", text[at - 1]) != nullptr) return true;
    }
    return false;
}

// The shortest run of backticks that does not occur in `text`, so it can delimit it.
std::string backtick_fence_for(std::string_view text, std::size_t at_least) {
    std::vector<bool> used;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '`') {
            ++i;
            continue;
        }
        std::size_t run = 0;
        while (i < text.size() && text[i] == '`') ++run, ++i;
        if (used.size() <= run) used.resize(run + 1, false);
        used[run] = true;
    }
    std::size_t length = at_least;
    while (length < used.size() && used[length]) ++length;
    return std::string(length, '`');
}

// How emphasis delimiters are chosen. `usual` is the writer's own choice, made from the
// characters beside each run; the others are stricter spellings, tried in turn only when the
// model of md4c's pairing (emphasis_model.hpp) says the usual one would read back otherwise.
// In all of them a word character outside a run and a blank inside one become character
// references, whose `&` and `;` are punctuation, so every opener can open and every closer
// close. `alternate_*` switch between `*` and `_` with each level of nesting (starting with
// the one named); `keep_*` keep the character of the enclosing emphasis and switch only where
// a run could also close (punctuation on both sides: it would pair with an enclosing opener of
// its character) or would join the run before it.
// `assigned` takes each emphasis node's character from a list (the search in
// `append_markdown_inlines`); `assigned_as_is` too, but writes the text beside the runs as it
// is, with no character references: a node that opens (or closes) where its parent does and
// gets the parent's character then shares the parent's run, as md4c splits long runs
// (`**>*…*` is emphasis in emphasis, `***a*…**` emphasis in strong), and the flanking is the
// text's own — the spelling md4c itself read such trees from. `assigned_bare` also writes a
// text of delimiters only (`****`, the rest of a run md4c split) bare beside a run, where it
// joins the run: md4c counts the whole run for the rule of three. `assigned_bare_ends` also
// writes the delimiters that open or end a text bare where they meet a run (`*\x0f` after a
// closing run: md4c left the rest of a run it split as text before other text).
enum class Spelling {
    usual,
    alternate_from_star,
    alternate_from_underscore,
    keep_from_star,
    keep_from_underscore,
    assigned,
    assigned_as_is,
    assigned_bare,
    assigned_bare_ends
};

// Where the runs first pair otherwise than written: the byte, and the emphasis node whose run
// is there (`kNoNode` for strikethrough).
constexpr std::size_t kNoNode = static_cast<std::size_t>(-1);
struct Mismatch {
    std::size_t at;
    std::size_t node;
};

/// Writes one run of inlines. All state lives here; output goes to `out_`.
class InlineWriter {
public:
    InlineWriter(std::string& out, const InlineContext& context, Spelling spelling,
                 const std::string* assignment = nullptr)
        : out_(out),
          context_(context),
          spelling_(spelling),
          assignment_(assignment),
          region_begin_(out.size()),
          line_start_(out.size()),
          scopes_(1) {}

    /// Whether md4c pairs the delimiter runs written as the tree has them, link texts each on
    /// their own (md4c pairs them before the text around them).
    bool pairs_as_written() const { return !first_mismatch(); }

    /// The first place where md4c would pair the runs otherwise than written, if any.
    std::optional<Mismatch> first_mismatch() const {
        const std::string_view text = std::string_view(out_).substr(region_begin_);
        std::optional<Mismatch> first;
        for (const Scope& scope : scopes_) {
            if (scope.runs.empty()) continue;
            std::vector<SpanEvent> intended = scope.events;
            std::sort(intended.begin(), intended.end(),
                      [](const SpanEvent& a, const SpanEvent& b) { return a.at < b.at; });
            const std::vector<SpanEvent> read = md4c_span_events(text, scope.runs);
            std::size_t i = 0;
            while (i < intended.size() && i < read.size() && intended[i] == read[i]) ++i;
            if (i == intended.size() && i == read.size()) continue;
            std::size_t at = std::min(i < intended.size() ? intended[i].at : text.size(),
                                      i < read.size() ? read[i].at : text.size());
            if (first && first->at <= at) continue;
            // The run holding that byte (or the last one before it).
            std::size_t node = kNoNode;
            for (std::size_t r = 0; r < scope.runs.size() && scope.runs[r].begin <= at; ++r)
                node = scope.run_nodes[r];
            first = Mismatch{at, node};
        }
        return first;
    }

    /// Where md4c's pairing first departs from the spans written (`md4c_first_departure`),
    /// over all scopes; npos where it makes them all.
    std::size_t first_departure() const {
        const std::string_view text = std::string_view(out_).substr(region_begin_);
        std::size_t first = std::string_view::npos;
        std::vector<IntendedSpan> spans;
        std::vector<std::size_t> open;
        for (const Scope& scope : scopes_) {
            if (scope.runs.empty()) continue;
            // The events are in the order they were written: each leave closes the last enter.
            spans.clear();
            for (const SpanEvent& event : scope.events) {
                if (event.enter) {
                    open.push_back(event.at);
                } else {
                    spans.push_back({open.back(), event.at, event.kind});
                    open.pop_back();
                }
            }
            first = std::min(first, md4c_first_departure(text, scope.runs, spans));
        }
        return first;
    }

    /// Where the run md4c makes of the delimiters at byte `at` ends: adjacent runs of one
    /// character join. npos where no run holds `at`.
    std::size_t end_of_run_at(std::size_t at) const {
        for (const Scope& scope : scopes_) {
            auto run = std::upper_bound(
                scope.runs.begin(), scope.runs.end(), at,
                [](std::size_t position, const DelimiterRun& r) { return position < r.begin; });
            if (run == scope.runs.begin()) continue;
            --run;
            std::size_t end = run->begin + run->count;
            if (at >= end) continue;
            for (++run; run != scope.runs.end() && run->begin == end &&
                        run->character == std::prev(run)->character;
                 ++run)
                end += run->count;
            return end;
        }
        return std::string_view::npos;
    }

    /// Where each emphasis node's opening run starts (stricter spellings), in the order the
    /// nodes open.
    const std::vector<std::size_t>& node_openings() const { return node_openings_; }

    /// The character each emphasis node got and the node it is in (stricter spellings).
    const std::string& delimiters() const { return node_delimiters_; }
    const std::vector<std::size_t>& parents() const { return node_parents_; }

    /// `delimited`: the inlines are the children of emphasis, strong or strikethrough, whose
    /// closing run follows them.
    void write(const Inlines& inlines, char parent_delimiter = 0, bool delimited = false) {
        if (levels_.empty() && scope_ == 0) {
            strikethrough_in_paragraph_ = holds<Strikethrough>(inlines);
            emphasis_in_paragraph_ = holds<Emphasis>(inlines) || holds<Strong>(inlines);
        }
        levels_.push_back({&inlines, 0, delimited});
        for (std::size_t i = 0; i < inlines.size(); ++i) {
            const bool at_edge = i == 0 || i + 1 == inlines.size();
            const Inline* next = i + 1 < inlines.size() ? &inlines[i + 1] : nullptr;
            const Inline* previous = i > 0 ? &inlines[i - 1] : nullptr;
            first_child_ = i == 0;
            levels_.back().index = i;
            write_one(inlines[i], at_edge ? parent_delimiter : 0, previous, next);
        }
        levels_.pop_back();
    }


    void finish_line() { protect_trailing_blanks(); }

private:
    bool at_line_start() const { return out_.size() == line_start_; }

    void write_one(const Inline& node, char edge_delimiter, const Inline* previous,
                   const Inline* next) {
        punctuation_first_ = punctuation_next_;
        punctuation_next_ = false;
        blank_first_ = reference_leading_blank_;
        reference_leading_blank_ = false;
        std::visit([&](const auto& n) { this->node(n, edge_delimiter, previous, next); },
                   node.node);
    }

    void node(const Text& n, char edge, const Inline* previous, const Inline* next) {
        if (spelling_ >= Spelling::assigned_bare && is_bare_delimiter_text(n.text) &&
            ((previous != nullptr && is_emphasis(*previous)) ||
             (next != nullptr && is_emphasis(*next)))) {
            bare_delimiters(n.text);
            return;
        }
        const bool after_reference =
            previous != nullptr && std::holds_alternative<FootnoteReference>(previous->node);
        if (spelling_ != Spelling::assigned_bare_ends) {
            text(n.text, after_reference);
            return;
        }
        // Beside a run: an emphasis node next to the text, or the edge of the emphasis it is
        // in (`edge` is that emphasis's character).
        const bool after_run = previous != nullptr ? is_emphasis(*previous) : edge != 0;
        const bool before_run = next != nullptr ? is_emphasis(*next) : edge != 0;
        std::string_view rest = n.text;
        const auto delimiters_at_front = [](std::string_view t) {
            return t.empty() || (t.front() != '*' && t.front() != '_')
                       ? 0
                       : std::min(t.find_first_not_of(t.front()), t.size());
        };
        const std::size_t front = after_run ? delimiters_at_front(rest) : 0;
        if (front == rest.size()) {
            text(n.text, after_reference);
            return;
        }
        if (front > 0) bare_delimiters(rest.substr(0, front));
        rest.remove_prefix(front);
        std::size_t back = 0;
        if (before_run && (rest.back() == '*' || rest.back() == '_'))
            back = rest.size() - 1 - rest.find_last_not_of(rest.back());
        text(rest.substr(0, rest.size() - back), after_reference && front == 0);
        if (back > 0) bare_delimiters(rest.substr(rest.size() - back));
    }
    void node(const SoftBreak&, char, const Inline*, const Inline*) { line_break(""); }
    void node(const HardBreak&, char, const Inline*, const Inline*) { line_break("\\"); }
    void node(const Code& n, char, const Inline*, const Inline*) { code(n.text); }
    void node(const Emphasis& n, char edge, const Inline*, const Inline* next) {
        delimited(n.children, 1, edge, next);
    }
    void node(const Strong& n, char edge, const Inline*, const Inline* next) {
        delimited(n.children, 2, edge, next);
    }
    void node(const Strikethrough& n, char, const Inline*, const Inline*) {
        // md4c pairs runs of the same length: strikethrough inside strikethrough takes the
        // other length (`~~a ~b~ c~~`), or its `~~` would close the outer one.
        const std::string_view run = open_strikes_ % 2 == 0 ? "~~" : "~";
        delimiter_run(run, SpanEvent::Kind::strikethrough, true);
        ++open_strikes_;
        // md4c opens a `~` run only before a character that is no white space and closes one
        // only after such a character (punctuation does not matter): a blank at either inner
        // edge, U+00A0 too, is written as a reference (`~~&#xA0;a~~`).
        reference_leading_blank_ = true;
        write(n.children, 0, true);
        reference_leading_blank_ = false;
        if (out_.size() > line_start_ && text_end_ == out_.size() &&
            flanking_class_before(out_, out_.size()) == FlankingClass::blank)
            make_punctuation_before();
        --open_strikes_;
        delimiter_run(run, SpanEvent::Kind::strikethrough, false);
    }
    void node(const RawHtml& n, char, const Inline*, const Inline*) {
        // A tag that spans lines: the reader drops the blanks that open the next line, and
        // 4 of them keep it from starting a block (`>` would open a block quote).
        for (std::size_t at = 0; at < n.html.size();) {
            const std::size_t newline = n.html.find('\n', at);
            if (newline == std::string::npos) {
                out_.append(n.html, at);
                break;
            }
            out_.append(n.html, at, newline + 1 - at);
            line_start_ = out_.size();
            out_ += "    ";
            at = newline + 1;
        }
    }
    // As the author wrote it: the engine reads it before any Markdown does, so nothing in it
    // may be escaped (`{{\<` and `https\://` stop Hugo).
    void node(const EngineInline& n, char, const Inline*, const Inline*) {
        out_ += n.call.source;
        if (const std::size_t newline = n.call.source.rfind('\n'); newline != std::string::npos)
            line_start_ = out_.size() - (n.call.source.size() - newline - 1);
    }
    void node(const Link& n, char, const Inline*, const Inline* next) { link(n, next); }
    void node(const Image& n, char, const Inline*, const Inline*) {
        out_ += "![";
        write_scope(n.alt);
        out_ += "](";
        destination(n.url, n.title, needs_angle_destination(n.url), n.written_url);
        out_ += ')';
    }
    // The reader keeps the TeX between the dollars as written and turns line ends into
    // spaces, so it goes back as it is. Inline math that `$` cannot hold (a blank inside
    // either dollar, a digit after it: the rules that keep prices text) takes `$$`, which
    // among text is inline too.
    void node(const Math& n, char, const Inline* previous, const Inline* next) {
        const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
        const auto* after = next != nullptr ? std::get_if<Text>(&next->node) : nullptr;
        const bool among_text = previous != nullptr || next != nullptr;
        const bool single = !n.tex.empty() && !blank(n.tex.front()) && !blank(n.tex.back()) &&
                            !(after != nullptr && !after->text.empty() &&
                              after->text.front() >= '0' && after->text.front() <= '9');
        const std::string_view fence = n.display || (!single && among_text) ? "$$" : "$";
        out_ += fence;
        out_ += n.tex;
        out_ += fence;
    }
    void node(const FootnoteReference& n, char, const Inline*, const Inline*) {
        out_ += "[^";
        out_ += n.label;
        out_ += ']';
    }

    static bool is_bare_delimiter_text(std::string_view text) {
        return !text.empty() && (text.front() == '*' || text.front() == '_') &&
               text.find_first_not_of(text.front()) == std::string_view::npos;
    }

    // A text of delimiters written bare: a run of no node, which the model pairs with the rest
    // (it must stay unpaired to read back as text).
    void bare_delimiters(std::string_view text) {
        const std::size_t at = out_.size() - region_begin_;
        scopes_[scope_].runs.push_back({at, text.size(), text.front()});
        scopes_[scope_].run_nodes.push_back(kNoNode);
        if (at_line_start()) bare_at_line_start_.push_back(at);
        out_ += text;
        text_end_ = out_.size();
        wrote_bare_ = true;
    }

public:
    /// Whether a text of delimiters was written bare (`Spelling::assigned_bare`).
    bool wrote_bare() const { return wrote_bare_; }

    /// Whether a bare delimiter at the start of a line begins a block there: a list item
    /// (`*` and a blank) or a thematic break (a line of one delimiter and blanks).
    bool bare_delimiters_start_a_block() const {
        const std::string_view text = std::string_view(out_).substr(region_begin_);
        for (const std::size_t at : bare_at_line_start_) {
            const std::size_t end = std::min(text.find('\n', at), text.size());
            const std::string_view line = text.substr(at, end - at);
            if (line.size() < 2 || line[1] == ' ' || line[1] == '\t') return true;
            if (line.find_first_not_of(std::string(1, line[0]) + " \t") == std::string_view::npos)
                return true;
        }
        return false;
    }

private:
    void line_break(std::string_view marker) {
        protect_trailing_blanks();
        out_ += marker;
        out_ += '\n';
        line_start_ = out_.size();
    }

    // Spaces and tabs at the end of a line are stripped (or make a hard break): written as
    // character references they stay text.
    void protect_trailing_blanks() {
        std::size_t end = out_.size();
        while (end > line_start_ && (out_[end - 1] == ' ' || out_[end - 1] == '\t')) --end;
        if (end == out_.size()) return;
        std::string blanks = out_.substr(end);
        out_.resize(end);
        for (char c : blanks) out_ += c == ' ' ? "&#32;" : "&#9;";
    }

    // `*` works inside words, so it is the default; `_` is used next to another `*` run (which
    // would otherwise merge into `**`), and only where it can open and close: `_` must follow
    // a blank or ASCII punctuation and be followed by one (a letter, a digit, a control
    // character or any non-ASCII character would make it part of a word).
    void delimited(const Inlines& children, std::size_t count, char edge_delimiter,
                   const Inline* next) {
        if (spelling_ != Spelling::usual) {
            strictly_delimited(children, count, edge_delimiter, next);
            return;
        }
        const char before = out_.size() > line_start_ ? out_.back() : ' ';
        // `***x***` reads as emphasis around strong, and `****x****` as strong in strong, so
        // only emphasis at the edge of a `*` parent needs the other character.
        const bool after_own_parent = first_child_ && edge_delimiter == '*';
        const bool star_clash = (before == '*' && !(after_own_parent && count == 2)) ||
                                (count == 1 && edge_delimiter == '*') ||
                                (next != nullptr && is_emphasis(*next));
        const bool underscore_fits = is_blank_or_punctuation(before) && underscore_may_close(next);
        // Emphasis right inside emphasis (`_*s*t_`): when the inner one cannot take `_`, the
        // outer one takes it, or both would be `*` and merge into `**`.
        const bool inner_needs_star =
            count == 1 && !children.empty() &&
            std::holds_alternative<Emphasis>(children.front().node) &&
            !underscore_may_close(children.size() > 1 ? &children[1] : nullptr);
        // Inside a `*` parent, a single `*` between two punctuation characters can both open
        // and close, and may pair with the parent's (`*{*\]*>*`). (Runs of two nest as
        // the spec says: `******x******`.)
        const char first = first_character(children);
        const char last = last_character(children);
        const char after = next == nullptr ? '*' : first_character_of(*next);
        const bool star_ambiguous =
            count == 1 &&
            ((open_stars_ > 0 &&
              ((is_punctuation(before) && is_punctuation(first)) ||
               (is_punctuation(last) && is_punctuation(after)))) ||
             // Inside single `*` emphasis, a `*` inside a word would close it (`*Z*é*é*`).
             (open_single_stars_ > 0 &&
              ((is_word_character(before) && is_word_character(first)) ||
               (is_word_character(last) && next != nullptr && is_word_character(after)))));
        char delimiter = '*';
        if ((star_clash || inner_needs_star || star_ambiguous) &&
            (underscore_fits || (can_make_punctuation_before() && can_make_punctuation(next)))) {
            delimiter = '_';
            // `_` next to a letter, digit, control or non-ASCII character would be inside a
            // word: that character is written as a reference, whose `&` and `;` are
            // punctuation. Only where `*` would not read back.
            if (!is_blank_or_punctuation(before)) make_punctuation_before();
        }
        // A delimiter next to punctuation on its inner side needs a blank or punctuation on
        // its outer side too (`A*<a@b.c>*` is no emphasis): the letter there becomes a
        // reference.
        if (delimiter == '*' && is_punctuation(first) && !is_blank_or_punctuation(before) &&
            can_make_punctuation_before())
            make_punctuation_before();
        const std::string run(count, delimiter);
        const SpanEvent::Kind kind =
            count == 1 ? SpanEvent::Kind::emphasis : SpanEvent::Kind::strong;
        delimiter_run(run, kind, true);
        const int single = delimiter == '*' && count == 1 ? 1 : 0;
        const int stars = delimiter == '*' ? 1 : 0;
        open_stars_ += stars;
        open_underscores_ += 1 - stars;
        open_single_stars_ += single;
        write(children, delimiter, true);
        open_stars_ -= stars;
        open_underscores_ -= 1 - stars;
        open_single_stars_ -= single;
        delimiter_run(run, kind, false);
        if (delimiter == '_' && !underscore_may_close(next)) punctuation_next_ = true;
        if (delimiter == '*' && is_punctuation(last) && next != nullptr &&
            !is_blank_or_punctuation(after) && can_make_punctuation(next))
            punctuation_next_ = true;
    }

    // The stricter spellings (see `Spelling`). Emphasis that opens right where its parent
    // opens joins the parent's run when it is strong (md4c splits a run from its inner end:
    // `***a** b*`, and a whole run of 2n+1 is emphasis around n strong ones), else takes the
    // other character; elsewhere the character alternates with the number of runs around the
    // cursor and switches where the run would join the one written just before it. A word
    // character outside a run and a blank inside one becomes a reference.
    void strictly_delimited(const Inlines& children, std::size_t count, char edge_delimiter,
                            const Inline* next) {
        const bool star_first = spelling_ == Spelling::alternate_from_star ||
                                spelling_ == Spelling::keep_from_star;
        const bool keep = spelling_ == Spelling::keep_from_star ||
                          spelling_ == Spelling::keep_from_underscore;
        const auto other = [](char c) { return c == '*' ? '_' : '*'; };
        const bool after_parent =
            first_child_ && (edge_delimiter == '*' || edge_delimiter == '_');
        const bool joins_parent = after_parent && count == 2;
        const bool references =
            spelling_ != Spelling::assigned_as_is && spelling_ < Spelling::assigned_bare;
        const char before = out_.size() > line_start_ ? out_.back() : ' ';
        if (references && !is_blank_or_punctuation(before) && can_make_punctuation_before())
            make_punctuation_before();
        char delimiter = (groups_ % 2 == 0) == star_first ? '*' : '_';
        if (keep) {
            delimiter = open_delimiters_.empty() ? (star_first ? '*' : '_')
                                                 : open_delimiters_.back();
            if (!after_parent && could_also_close(children)) delimiter = other(delimiter);
        }
        if (after_parent) {
            delimiter = joins_parent ? edge_delimiter : other(edge_delimiter);
        } else if (last_run_end_ == out_.size() && out_.back() == delimiter) {
            delimiter = other(delimiter);
        }
        const std::size_t node = node_delimiters_.size();
        if (spelling_ >= Spelling::assigned && assignment_ != nullptr &&
            node < assignment_->size())
            delimiter = (*assignment_)[node];
        node_delimiters_ += delimiter;
        node_parents_.push_back(open_nodes_.empty() ? kNoNode : open_nodes_.back());
        const int group = joins_parent ? 0 : 1;
        const std::string run(count, delimiter);
        const SpanEvent::Kind kind =
            count == 1 ? SpanEvent::Kind::emphasis : SpanEvent::Kind::strong;
        delimiter_run(run, kind, true, node);
        const int stars = delimiter == '*' ? 1 : 0;
        open_stars_ += stars;
        open_underscores_ += 1 - stars;
        groups_ += group;
        open_delimiters_.push_back(delimiter);
        open_nodes_.push_back(node);
        reference_leading_blank_ = references;
        write(children, delimiter, true);
        reference_leading_blank_ = false;
        open_nodes_.pop_back();
        open_delimiters_.pop_back();
        groups_ -= group;
        open_stars_ -= stars;
        open_underscores_ -= 1 - stars;
        // A blank is also a non-ASCII one (U+00A0 from `&nbsp;`), which md4c sees as white
        // space beside a run as well.
        const bool blank_last =
            out_.size() > line_start_ && text_end_ == out_.size() &&
            flanking_class_before(out_, out_.size()) == FlankingClass::blank;
        if (references && blank_last) make_punctuation_before();
        delimiter_run(run, kind, false, node);
        if (references && next != nullptr && !underscore_may_close(next) &&
            can_make_punctuation(next))
            punctuation_next_ = true;
    }

    // Whether an opening run written now before `children` would have punctuation on both
    // sides (md4c would first try it as a closer). A blank that starts the children is written
    // as a reference here.
    bool could_also_close(const Inlines& children) const {
        const std::string_view written = std::string_view(out_).substr(region_begin_);
        if (out_.size() == line_start_ ||
            flanking_class_before(written, written.size()) != FlankingClass::punctuation)
            return false;
        if (children.empty()) return false;
        const Inline& first = children.front();
        if (const auto* t = std::get_if<Text>(&first.node)) {
            if (t->text.empty()) return false;
            if (t->text[0] == ' ' || t->text[0] == '\t') return true;
            return flanking_class_at(t->text, 0) == FlankingClass::punctuation;
        }
        if (const auto* l = std::get_if<Link>(&first.node)) {
            if (l->autolink && l->url.starts_with("http://www.")) return false;
        }
        return !std::holds_alternative<SoftBreak>(first.node) &&
               !std::holds_alternative<HardBreak>(first.node);
    }

    // Whether the character before the cursor can be written as a reference: it came
    // from text as it was (not from an autolink or raw HTML) and is not U+0000.
    bool can_make_punctuation_before() const {
        const char before = out_.size() > line_start_ ? out_.back() : ' ';
        if (is_blank_or_punctuation(before)) return true;
        if (text_end_ != out_.size() || before == '\0') return false;
        // Right after a delimiter run that follows a letter (`é**p`), the run can only open
        // because `p` is no punctuation: it stays.
        std::size_t start = out_.size() - 1;
        while (start > line_start_ && (static_cast<unsigned char>(out_[start]) & 0xC0) == 0x80)
            --start;
        std::size_t run = start;
        while (run > line_start_ && std::strchr("*_~", out_[run - 1]) != nullptr) --run;
        if (run == start || run == line_start_) return true;
        return is_blank_or_punctuation(out_[run - 1]);
    }

    void make_punctuation_before() {
        std::size_t start = out_.size() - 1;
        while (start > line_start_ && (static_cast<unsigned char>(out_[start]) & 0xC0) == 0x80)
            --start;
        const std::string character = out_.substr(start);
        out_.resize(start);
        append_character_reference(out_, character);
    }

    // Whether `next` can start with punctuation when it has to: text (its first character
    // as a reference) or anything that writes punctuation first anyway.
    static bool can_make_punctuation(const Inline* next) {
        if (underscore_may_close(next)) return true;
        const auto* t = std::get_if<Text>(&next->node);
        return t == nullptr || t->text.front() != '\0';
    }

    void code(std::string_view code_text) {
        // Hugo runs shortcodes inside code too; the AST holds what readers see.
        const std::string escaped = escape_shortcodes_in_code(code_text);
        const std::string_view text = escaped;
        // `` ` ` `` keeps its space and two backticks alone are text; only a code span that
        // holds nothing but a line break reads back empty.
        if (text.empty()) {
            out_ += "`\n`";
            line_start_ = out_.size() - 1;
            return;
        }
        const std::string fence = backtick_fence_for(text, 1);
        // One space on each side is stripped when both are there and the text is not all
        // spaces; a backtick at either end would join the fence.
        const bool all_spaces = text.find_first_not_of(' ') == std::string_view::npos;
        const bool pad =
            !text.empty() && (text.front() == '`' || text.back() == '`' ||
                              (!all_spaces && text.front() == ' ' && text.back() == ' '));
        out_ += fence;
        if (pad) out_ += ' ';
        // In a table cell md4c keeps `\|` inside a code span as written, so the text already
        // holds the backslash its pipe needs.
        out_ += text;
        if (pad) out_ += ' ';
        out_ += fence;
    }

    void link(const Link& n, const Inline* next) {
        // In a table cell a `|` ends the cell unless escaped, and md4c keeps the backslash of
        // `\|` inside `<...>`: such an autolink is written `[text](url)`.
        const bool cell_pipe = context_.in_table_cell && n.url.find('|') != std::string::npos;
        if (n.autolink && n.children.size() == 1 && !cell_pipe) {
            if (const auto* t = std::get_if<Text>(&n.children.front().node)) {
                if (n.url == t->text && fits_angle_autolink(n.url)) {
                    out_ += '<' + n.url + '>';
                    return;
                }
                if (n.url == "mailto:" + t->text && is_email_address(t->text)) {
                    out_ += '<' + t->text + '>';
                    return;
                }
                if (n.url == "http://" + t->text && t->text.starts_with("www.") &&
                    !punctuation_first_ && ends_bare_autolink(next) &&
                    !has_unsafe_bare_autolink_character(t->text, open_underscores_ > 0) &&
                    !holds_nested_www_start(t->text)) {
                    out_ += t->text;  // a GFM "www." autolink, found again as it was
                    return;
                }
            }
        }
        out_ += '[';
        write_scope(n.children);
        out_ += "](";
        destination(n.url, n.title, needs_angle_destination(n.url), n.written_url);
        out_ += ')';
    }

    // A destination holding a URL autolink start before a delimiter run (see
    // `holds_url_autolink_start`) is written in `<...>`, where md4c looks for no autolink.
    bool needs_angle_destination(std::string_view url) const {
        return holds_url_autolink_start(url) && delimiter_run_before_blank();
    }

    // Whether md4c's scan for an autolink, started in the destination of the node being
    // written, would reach a delimiter run: an emphasis, strong or strikethrough node (or an
    // autolink) before the next blank or line break, or the closing run of one around it
    // followed by more than the punctuation md4c trims off the end of an autolink
    // (`?!.,:*_~)`).
    bool delimiter_run_before_blank() const {
        const auto trimmed = [](char c) { return std::strchr("?!.,:*_~)", c) != nullptr; };
        bool pending = false;  // a closing run is written before what is looked at
        for (std::size_t level = levels_.size(); level-- > 0;) {
            const Level& l = levels_[level];
            for (std::size_t i = l.index + 1; i < l.inlines->size(); ++i) {
                const Inline& node = (*l.inlines)[i];
                if (is_emphasis(node) || std::holds_alternative<Strikethrough>(node.node))
                    return true;
                // A bare autolink there would be taken into the scanned one (and a `www.` one
                // trips md4c's line-break quirk, see `holds_nested_www_start`).
                if (const auto* link = std::get_if<Link>(&node.node); link && link->autolink)
                    return true;
                if (std::holds_alternative<SoftBreak>(node.node) ||
                    std::holds_alternative<HardBreak>(node.node))
                    return false;
                std::string_view text;
                if (const auto* t = std::get_if<Text>(&node.node)) text = t->text;
                else if (const auto* c = std::get_if<Code>(&node.node)) text = c->text;
                else if (const auto* h = std::get_if<RawHtml>(&node.node)) text = h->html;
                else if (pending) return true;  // `[` of a link, image or reference
                else continue;
                const std::size_t blank = text.find_first_of(" \t\n");
                if (pending && !std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(
                                                             std::min(blank, text.size())),
                                            trimmed))
                    return true;
                if (blank != std::string_view::npos) return false;
            }
            if (!l.delimited) return false;
            pending = true;
        }
        return false;
    }

    // `written`: the destination as the author wrote it with engine syntax, which the engine
    // reads before Markdown does, so it is written as it was.
    void destination(std::string_view url, std::string_view title, bool force_angle = false,
                     std::string_view written = {}) {
        // Inside a link's text or an image's description, md4c pairs the brackets before it
        // reads destinations: a `]` there would end the outer text.
        const bool in_link_text = scope_ != 0;
        if (!written.empty()) {
            out_ += written;
        } else {
            const bool angle = force_angle || url.empty() ||
                               std::any_of(url.begin(), url.end(), [](char c) {
                                   return c == ' ' || c == '(' || c == ')' || c == '<' ||
                                          static_cast<unsigned char>(c) < ' ' || c == 0x7f;
                               });
            if (angle) out_ += '<';
            for (std::size_t i = 0; i < url.size(); ++i) {
                const char c = url[i];
                if (c == '\n') {
                    out_ += "%0A";
                    continue;
                }
                // md4c pairs a `*` in a destination with emphasis around or after the link (as it
                // does in a bare URL autolink): escaped, it is no delimiter. `_` and `~` only
                // matter in a paragraph with emphasis or strikethrough, `_` only outside words.
                // A backtick would pair with a later one as a code span, which md4c reads
                // before links; a `|` would end a table cell.
                // Right before a URL scheme or `www.`, md4c 0.4.8 starts a permissive autolink
                // after a delimiter, `(` or a blank even in `<...>` (`<x\*ftp://\*\x01>`), which
                // takes the runs around the link: a character reference leaves none of them there.
                if (std::strchr("*_~( \t", c) != nullptr && starts_autolink(url.substr(i + 1))) {
                    append_character_reference(out_, url.substr(i, 1));
                    continue;
                }
                if (c == '\\' || c == '<' || c == '>' || c == '&' || (!angle && c == '(') ||
                    (!angle && c == ')') || c == '*' || c == '`' ||
                    (c == '_' && underscore_pairs(url, i)) || (c == '~' && tilde_pairs()) ||
                    ((c == '[' || c == ']') && in_link_text) || (c == '|' && context_.in_table_cell))
                    out_ += '\\';
                out_ += c;
            }
            if (angle) out_ += '>';
        }
        if (title.empty()) return;
        out_ += " \"";
        bool line_start = false;  // right after a line ending written as one
        for (std::size_t i = 0; i < title.size(); ++i) {
            const char c = title[i];
            // A title's line that starts with a block's start (`- x`, `1. x`, `> x`, `# x`,
            // `---`, a fence, `<div`, a table's row) would end the paragraph there or turn it
            // into a heading; a character reference starts no block, and md4c decodes it.
            if (line_start &&
                (std::strchr("-+*=#><`~|_:[", c) != nullptr || (c >= '0' && c <= '9'))) {
                append_character_reference(out_, title.substr(i, 1));
                line_start = false;
                continue;
            }
            line_start = c == '\n' && !(i > 0 && title[i - 1] == '\n');
            // md4c drops the blanks that end a line of a title and those that start the next:
            // as references they stay.
            if (c == ' ' || c == '\t') {
                const std::size_t end = title.find_first_not_of(" \t", i);
                if ((end != std::string_view::npos && title[end] == '\n') ||
                    (i > 0 && title[i - 1] == '\n')) {
                    out_ += c == ' ' ? "&#32;" : "&#9;";
                    continue;
                }
            }
            // Two line endings in a row would be a blank line, which ends the paragraph (md4c
            // makes such a title of `\` and a line ending between two).
            if (c == '\n' && i > 0 && title[i - 1] == '\n') {
                out_ += "&#10;";
                continue;
            }
            // A delimiter in a title pairs like one in the destination (see above).
            if (c == '"' || c == '\\' || c == '&' || c == '*' || c == '`' ||
                (c == '_' && underscore_pairs(title, i)) || (c == '~' && tilde_pairs()) ||
                ((c == '[' || c == ']') && in_link_text) || (c == '|' && context_.in_table_cell))
                out_ += '\\';
            out_ += c;
            if (c == '\n') line_start_ = out_.size();
        }
        out_ += '"';
    }

    bool tilde_pairs() const { return open_strikes_ > 0 || strikethrough_in_paragraph_; }

    // Whether the `_` at `at` of a destination or title could pair with emphasis runs around
    // or after the link (`*[](*_)_(_*`): only one not between two letters or digits can.
    bool underscore_pairs(std::string_view text, std::size_t at) const {
        if (open_underscores_ > 0) return true;
        return emphasis_in_paragraph_ &&
               !(at > 0 && at + 1 < text.size() && is_ascii_alnum(text[at - 1]) &&
                 is_ascii_alnum(text[at + 1]));
    }

    void text(std::string_view text, bool after_reference) {
        std::size_t i = at_line_start() ? escape_line_start(text) : 0;
        if (i == 0 && punctuation_first_ && !text.empty() &&
            !is_blank_or_punctuation(text.front()))
            i = append_character_reference(out_, text);
        if (i == 0 && blank_first_ && !text.empty() && text[0] != '\n' && text[0] != '\r' &&
            flanking_class_at(text, 0) == FlankingClass::blank)
            i = append_character_reference(out_, text);
        write_text(text, i, after_reference);
        text_end_ = out_.size();
    }

    void write_text(std::string_view text, std::size_t i, bool after_reference) {
        for (; i < text.size(); ++i) {
            // Most text needs no escape: copy up to the next character that might, in one go.
            std::size_t plain = i;
            while (plain < text.size() && !kMaybeEscaped[static_cast<unsigned char>(text[plain])])
                ++plain;
            if (plain > i) {
                out_.append(text.substr(i, plain - i));
                i = plain;
                if (i == text.size()) break;
            }
            const char c = text[i];
            const char previous = out_.size() > line_start_ ? out_.back() : ' ';
            const char next = i + 1 < text.size() ? text[i + 1] : ' ';
            switch (c) {
                case '\\':
                case '`':
                case '*':
                case '[':
                case ']':
                case '<':
                case '~':
                case '|':
                case '$':  // two of them in a paragraph would read back as math
                    out_ += '\\';
                    break;
                case '_':
                    if (!(is_ascii_alnum(previous) && is_ascii_alnum(next))) out_ += '\\';
                    break;
                case '&':
                    if (next == '#' || is_ascii_alnum(next)) out_ += '\\';
                    break;
                case ':':
                    // `[^1]:` at the start of a paragraph would define a footnote; `http://` and
                    // friends would become GFM autolinks.
                    // md4c keeps a U+0000 right after `scheme://` as it is (anywhere else it
                    // reads U+FFFD): only the unescaped form, which is no link, gives it back.
                    if ((i == 0 && after_reference) ||
                        (text.substr(i + 1).starts_with("//") &&
                         !text.substr(i + 1).starts_with(std::string_view("//\0", 3))))
                        out_ += '\\';
                    break;
                case '@':
                    out_ += '\\';
                    break;  // GFM would link `name@example.org`
                case '%':
                    // `{%` and `{{%` open Liquid tags and Hugo shortcodes, which the reader
                    // finds before Markdown does (`{{<` is safe: `<` is always escaped).
                    if (previous == '{') out_ += '\\';
                    break;
                case '{':
                    // `{{ site.x }}` and `{{ page.x }}` are Liquid output, for the same reason.
                    if (previous == '{' && starts_liquid_variable(text.substr(i + 1)))
                        out_ += '\\';
                    break;
                case '!':
                    if (i + 1 == text.size()) out_ += '\\';  // before a link it would make an image
                    break;
                case '.':
                    if (i >= 3 && text.substr(i - 3, 3) == "www" &&
                        (i == 3 || !is_ascii_alnum(text[i - 4])))
                        out_ += '\\';
                    break;
                case '\n':
                    out_ += "&#10;";
                    continue;
                case '\r':
                    out_ += "&#13;";
                    continue;
                default:
                    break;
            }
            out_ += c;
        }
    }

    // Writes what of `text` would begin a block at the start of a line (a heading, quote, list
    // item, setext underline, table delimiter row, indented code) in a form that stays text,
    // and returns how many characters it consumed. Only the first character can start a
    // block: once something is written, the parser no longer sees a line start.
    std::size_t escape_line_start(std::string_view text) {
        std::size_t i = 0;
        // Leading blanks are stripped by the reader; as references they stay.
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
            out_ += text[i] == ' ' ? "&#32;" : "&#9;";
            ++i;
        }
        if (i > 0 || text.empty()) return i;
        // A byte order mark that opens the file is dropped on reading (SourceText).
        if (text.starts_with("\xEF\xBB\xBF")) {
            out_ += "&#xFEFF;";
            return 3;
        }
        if (std::strchr("#>-+=:", text[0]) != nullptr) {
            out_ += '\\';
            out_ += text[0];
            return 1;
        }
        std::size_t end = 0;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
        if (end > 0 && end < text.size() && end <= 9 && (text[end] == '.' || text[end] == ')')) {
            out_.append(text.substr(0, end));
            out_ += '\\';
            out_ += text[end];
            return end + 1;
        }
        return 0;
    }

    // The delimiter runs written into one inline scope and the spans they stand for.
    struct Scope {
        std::vector<DelimiterRun> runs;
        std::vector<std::size_t> run_nodes;  // the emphasis node of each run
        std::vector<SpanEvent> events;  // in the order they are written
    };

    void delimiter_run(std::string_view run, SpanEvent::Kind kind, bool enter,
                       std::size_t node = kNoNode) {
        const std::size_t at = out_.size() - region_begin_;
        Scope& scope = scopes_[scope_];
        scope.runs.push_back({at, run.size(), run.front()});
        scope.run_nodes.push_back(node);
        scope.events.push_back({at, kind, enter});
        if (enter && node != kNoNode) node_openings_.push_back(at);
        out_ += run;
        last_run_end_ = out_.size();
    }

    // Writes `children` as a scope of their own (a link's text, an image's description).
    void write_scope(const Inlines& children) {
        const std::size_t outer = scope_;
        scope_ = scopes_.size();
        scopes_.emplace_back();
        // md4c pairs a link's text before the text around it: no outer run waits there.
        std::string outer_delimiters;
        outer_delimiters.swap(open_delimiters_);
        write(children);
        open_delimiters_.swap(outer_delimiters);
        scope_ = outer;
    }

    // The lists of inlines being written, outermost first, and where in each the cursor is
    // (link texts start a list of their own).
    struct Level {
        const Inlines* inlines;
        std::size_t index;
        bool delimited;  // children of emphasis, strong or strikethrough
    };
    std::vector<Level> levels_;
    bool strikethrough_in_paragraph_ = false;  // the paragraph holds strikethrough
    bool emphasis_in_paragraph_ = false;       // and emphasis or strong

    std::string& out_;
    const InlineContext& context_;
    Spelling spelling_;
    const std::string* assignment_;  // the character of each node, for `Spelling::assigned`
    std::string node_delimiters_;            // the character each emphasis node got
    std::vector<std::size_t> node_parents_;  // the node each one is in
    std::vector<std::size_t> open_nodes_;    // the nodes around the cursor
    std::vector<std::size_t> node_openings_;  // where each node's opening run is written
    std::size_t region_begin_;  // where the inlines start in `out_`: the start of a line
    std::size_t line_start_;
    std::vector<Scope> scopes_;
    std::size_t scope_ = 0;
    std::size_t last_run_end_ = std::string::npos;  // where the last delimiter run ends
    int groups_ = 0;  // in the stricter spellings, emphasis runs around the cursor
    std::string open_delimiters_;  // and the character of each emphasis around it
    // In the stricter spellings, the first node inside a run is being written (`blank_first_`)
    // and a blank that starts it is written as a reference.
    bool reference_leading_blank_ = false;
    bool blank_first_ = false;
    bool first_child_ = false;  // the node being written opens its parent's children
    bool wrote_bare_ = false;   // a text of delimiters was written bare
    std::vector<std::size_t> bare_at_line_start_;  // where such a text opens a line
    // Where the last text written ends: a character there came from text, as it was.
    std::size_t text_end_ = std::string::npos;
    // A `_` was just closed before a letter (or the like): the next text starts with a
    // character reference, which counts as punctuation. `first` is the node being written.
    bool punctuation_next_ = false;
    bool punctuation_first_ = false;
    int open_stars_ = 0;        // emphasis written with `*` around the cursor
    int open_single_stars_ = 0;  // of which single `*`
    int open_underscores_ = 0;   // emphasis written with `_` around the cursor
    int open_strikes_ = 0;       // strikethrough around the cursor
};

}  // namespace

bool append_markdown_inlines(std::string& out, const Inlines& inlines,
                             const InlineContext& context) {
    // The usual spelling nearly always pairs as written; a paragraph whose runs md4c would
    // pair otherwise is written again in the stricter spellings, the first that pairs as
    // written kept. If none does, the one that pairs as written furthest is improved one
    // emphasis node at a time: where the runs first pair otherwise, that node's character
    // (or, failing that, an enclosing one's) is switched while that moves the first difference
    // further on. Then the same search with the text written as it is, where a node with its
    // parent's character at the parent's edge shares the parent's run (trees md4c made from
    // long runs it split have no spelling with one run per node). Last, a depth-first search
    // over the nodes' characters that the model guides (`guided_search`). If that too finds
    // nothing, the usual spelling stays and the caller hears of it (false): some trees have no
    // spelling at all (strikethrough nested at the edge of strikethrough; emphasis md4c made
    // from a `*` in a link destination).
    const std::size_t begin = out.size();
    bool searching = false;  // past the five plain spellings: writes count against the budget
    std::size_t* const budget = context.search_budget;
    const auto attempt = [&](Spelling spelling, const std::string* assignment) {
        out.resize(begin);
        InlineWriter writer(out, context, spelling, assignment);
        writer.write(inlines);
        writer.finish_line();
        if (searching && budget != nullptr) *budget -= std::min(*budget, out.size() - begin);
        return writer;
    };
    const auto out_of_budget = [&] { return budget != nullptr && *budget == 0; };
    std::optional<Mismatch> best;
    std::string delimiters;
    std::vector<std::size_t> parents;
    for (const Spelling spelling :
         {Spelling::usual, Spelling::alternate_from_star, Spelling::alternate_from_underscore,
          Spelling::keep_from_star, Spelling::keep_from_underscore}) {
        const InlineWriter writer = attempt(spelling, nullptr);
        const std::optional<Mismatch> mismatch = writer.first_mismatch();
        if (!mismatch) return true;
        if (spelling != Spelling::usual && (!best || mismatch->at > best->at)) {
            best = mismatch;
            delimiters = writer.delimiters();
            parents = writer.parents();
        }
    }
    // Each write costs one pass over the paragraph: a few dozen per search at most, and none
    // for a paragraph of more than 64 KiB.
    constexpr int kMaxAttempts = 48;
    // The guided search: at most 128 writes from each of three first choices in each of four
    // spellings (1,536 in all), of a paragraph of at most 16 KiB, and at most 8 MiB written in
    // all (512 writes of a paragraph of 16 KiB; deep nesting is mostly in short paragraphs).
    constexpr int kMaxGuidedAttempts = 128;
    constexpr std::size_t kMaxGuidedSize = 16 * 1024;
    constexpr std::size_t kMaxGuidedBytes = 8 * 1024 * 1024;
    std::size_t guided_bytes = 0;
    constexpr std::size_t kMaxSearchedSize = 64 * 1024;
    if (!best || out.size() - begin > kMaxSearchedSize || out_of_budget()) {
        out.resize(begin);
        InlineWriter writer(out, context, Spelling::usual);
        writer.write(inlines);
        writer.finish_line();
        return false;
    }
    // Switches one node's character at a time, from `assignment` whose first difference is at
    // `from`; true once the runs pair as written (`out` then holds that spelling).
    const auto search = [&](Spelling spelling, std::string assignment, Mismatch from) {
        int attempts = 0;
        while (from.node < assignment.size() && attempts < kMaxAttempts && !out_of_budget()) {
            bool improved = false;
            for (std::size_t node = from.node;
                 node != kNoNode && attempts < kMaxAttempts && !out_of_budget();
                 node = parents[node]) {
                assignment[node] = assignment[node] == '*' ? '_' : '*';
                ++attempts;
                const InlineWriter writer = attempt(spelling, &assignment);
                const std::optional<Mismatch> mismatch = writer.first_mismatch();
                if (!mismatch && !writer.bare_delimiters_start_a_block()) return true;
                if (mismatch && mismatch->at > from.at) {
                    from = *mismatch;
                    improved = true;
                    break;
                }
                assignment[node] = assignment[node] == '*' ? '_' : '*';
            }
            if (!improved) break;
        }
        return false;
    };
    // The model-guided search (see the comment where it is used), from `first_choice`; true
    // once the runs pair as written (`out` then holds that spelling).
    const auto guided_search = [&](Spelling spelling, const std::string& first_choice) {
        std::string assignment = first_choice;
        std::vector<bool> second_choice(assignment.size(), false);
        for (int attempts = 0;
             attempts < kMaxGuidedAttempts && guided_bytes < kMaxGuidedBytes && !out_of_budget();
             ++attempts) {
            const InlineWriter writer = attempt(spelling, &assignment);
            guided_bytes += out.size() - begin;
            if (spelling >= Spelling::assigned_bare && !writer.wrote_bare()) return false;
            if (!writer.first_mismatch() && !writer.bare_delimiters_start_a_block()) return true;
            const std::size_t departure = writer.first_departure();
            // md4c decided that place from the runs before it, the run that holds it (its
            // extent too: a node opening right after it would join it with the same
            // character) and the text: from the nodes that open up to its end.
            const std::size_t reach =
                departure == std::string_view::npos ? departure : writer.end_of_run_at(departure);
            const std::vector<std::size_t>& openings = writer.node_openings();
            // The nodes whose characters decided everything up to the departure.
            std::size_t node = static_cast<std::size_t>(
                std::upper_bound(openings.begin(), openings.end(), reach) - openings.begin());
            while (node > 0 && second_choice[node - 1]) --node;
            if (node == 0) return false;
            --node;
            second_choice[node] = true;
            assignment[node] = assignment[node] == '*' ? '_' : '*';
            for (std::size_t later = node + 1; later < assignment.size(); ++later) {
                second_choice[later] = false;
                assignment[later] = first_choice[later];
            }
        }
        return false;
    };
    searching = true;
    if (search(Spelling::assigned, delimiters, *best)) return true;
    // Then with the text as it is and runs shared where a node opens or closes with its
    // parent: from one character everywhere (how such trees are usually written), from the
    // other, then from the stricter spelling's characters.
    for (const std::string& assignment :
         {std::string(delimiters.size(), '*'), std::string(delimiters.size(), '_'), delimiters}) {
        const InlineWriter writer = attempt(Spelling::assigned_as_is, &assignment);
        const std::optional<Mismatch> mismatch = writer.first_mismatch();
        if (!mismatch) return true;
        if (search(Spelling::assigned_as_is, assignment, *mismatch)) return true;
    }
    // Then with a text of delimiters beside a run written bare, joining it.
    for (const std::string& assignment :
         {std::string(delimiters.size(), '*'), std::string(delimiters.size(), '_'), delimiters}) {
        const InlineWriter writer = attempt(Spelling::assigned_bare, &assignment);
        if (!writer.wrote_bare()) break;
        const std::optional<Mismatch> mismatch = writer.first_mismatch();
        if (!mismatch) {
            if (!writer.bare_delimiters_start_a_block()) return true;
            continue;
        }
        if (search(Spelling::assigned_bare, assignment, *mismatch)) return true;
    }
    // Last, a search the model guides, for deep nesting (strong and emphasis 6-16 deep,
    // where the runs of one node pair as written only with the right characters on several
    // nodes around it). The nodes take their characters in the order they open, and md4c,
    // reading from the left, decides every span before the first place where its pairing
    // departs from the one written (`md4c_first_departure`) from the runs up to there. So when
    // a spelling departs at some place, every spelling that gives the nodes opening up to
    // there the same characters departs there too: the search takes the next choice for those
    // nodes (the last of them that has one left; the nodes after it back at their first
    // choice), a depth-first search over the nodes' characters that skips every spelling
    // that cannot pair as written. From the stricter spelling's characters, then from `*`
    // everywhere and from `_` everywhere (the search is exhaustive but bounded, and where it
    // starts decides how soon it finds one), in each of the four assigned spellings: with the
    // text as it is first (the spelling md4c read such trees from), with references, with
    // texts of delimiters bare, and with delimiters at the ends of texts bare.
    if (out.size() - begin <= kMaxGuidedSize) {
        for (const Spelling spelling :
             {Spelling::assigned_as_is, Spelling::assigned, Spelling::assigned_bare,
              Spelling::assigned_bare_ends}) {
            for (const std::string& first_choice :
                 {delimiters, std::string(delimiters.size(), '*'),
                  std::string(delimiters.size(), '_')}) {
                if (guided_search(spelling, first_choice)) return true;
            }
        }
    }
    out.resize(begin);
    InlineWriter writer(out, context, Spelling::usual);
    writer.write(inlines);
    writer.finish_line();
    return false;
}

}  // namespace folio
