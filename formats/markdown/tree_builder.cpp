#include "formats/markdown/tree_builder.hpp"

#include <md4c.h>

#include <algorithm>
#include <cassert>
#include <climits>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "formats/markdown/entities.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "src/source/position_cursor.hpp"
#include "src/math/tex_to_mathml.hpp"

namespace folio {

namespace {

constexpr std::size_t kNone = std::string::npos;
constexpr std::string_view kReplacement = "\uFFFD";  // what CommonMark puts for NUL
constexpr std::size_t kMaxDepth = static_cast<std::size_t>(kMaxNestingDepth);
// Readings of misread blocks one inside another (`read_again`). Each reading at the top level
// reads the rest of the text, so those stop at the first bound, which caps the cost at that
// many readings of the text; past it only the block is read again, down to the second bound,
// which caps the stack.
constexpr int kMaxRestRereads = 16;
constexpr int kMaxRereads = 64;

// One open node on the builder's stack. `implicit_paragraph` stands for the paragraph md4c
// leaves out inside tight list items, so the AST always has a `Paragraph` around inlines.
enum class Kind : std::uint8_t {
    document,
    quote,
    list,
    item,
    paragraph,
    implicit_paragraph,
    heading,
    code_block,
    html_block,
    thematic_break,
    table,
    table_row,
    table_cell,
    emphasis,
    strong,
    strikethrough,
    link,
    image,
    code_span,
    math,
    display_math
};

bool holds_blocks(Kind kind) {
    return kind == Kind::document || kind == Kind::quote || kind == Kind::item;
}

bool is_block(Kind kind) { return kind <= Kind::table; }

// The fields are a union in spirit: each kind uses a few of them. One flat struct keeps frames
// in one vector without a variant visit on every callback. Frames are reused (see FrameStack):
// closing a frame moves its containers into the node, which leaves them empty, so `reset` is
// cheap.
struct Frame {
    explicit Frame(Kind k) : kind(k) {}

    void reset(Kind k) {
        kind = k;
        positioned = false;
        at = {};
        first_text = kNone;
        math_from = kNone;
        math_to = kNone;
        math_gap = false;
        math_pieces.clear();
        url_offset = kNone;
        destination = {};
        // Every close moves the node's children out, which leaves these empty (clearing them
        // here anyway cost 2% of the whole read). A list's items and a table's parts are only
        // filled while the frame is that kind, whose close moves them all out too.
        assert(blocks.empty() && inlines.empty() && list.items.empty() && row.empty() &&
               table.alignments.empty() && table.header.empty() && table.rows.empty());
        run.clear();
        escaped.clear();
        text.clear();
        title.clear();
        list.ordered = false;
        list.start = 1;
        list.marker = '-';
        list.tight = true;
        task = Task::none;
        level = 0;
        fenced = false;
        fence = '`';
        columns = 0;
        in_head = false;
    }

    Kind kind;
    bool positioned = false;
    SourcePos at;
    std::size_t first_text = kNone;  // offset of the first text inside, for heading style
    std::size_t url_offset = kNone;  // link/image: where the URL is, if it is in the text
    SourcePos destination;           // link/image: `url_offset` in the file
    std::size_t math_from = kNone;   // math: where its first text starts in the text
    std::size_t math_to = kNone;     // math: where its last text ends
    bool math_gap = false;           // math: a line end md4c turned into a space comes last
    // math: where each piece of its TeX starts, in the TeX and in the text, for warnings
    std::vector<std::pair<std::size_t, std::size_t>> math_pieces;
    Blocks blocks;
    Inlines inlines;
    std::string run;  // text not yet in `inlines`: adjacent pieces merge here
    std::vector<std::uint32_t>
        escaped;        // offsets in `run` of `[` that cannot open a footnote reference
    std::string text;   // code, HTML, link or image URL
    std::string title;  // link/image title, code block info string
    List list;
    Task task = Task::none;
    int level = 0;
    bool fenced = false;
    char fence = '`';
    Table table;
    unsigned columns = 0;
    bool in_head = false;
    std::vector<Inlines> row;
};

// The open nodes. A closed frame is kept for the next node opened at its depth rather than
// destroyed: building and destroying a Frame for every node, and growing its vectors from
// nothing each time, was a large share of the reader's allocations.
class FrameStack {
public:
    std::size_t size() const { return depth_; }
    bool empty() const { return depth_ == 0; }
    Frame& operator[](std::size_t i) { return frames_[i]; }
    Frame& front() { return frames_.front(); }
    Frame& back() { return frames_[depth_ - 1]; }
    void reserve(std::size_t n) { frames_.reserve(n); }
    Frame& push(Kind kind) {
        if (depth_ == frames_.size()) {
            frames_.emplace_back(kind);
        } else {
            frames_[depth_].reset(kind);
        }
        return frames_[depth_++];
    }
    void pop() { --depth_; }

private:
    std::vector<Frame> frames_;
    std::size_t depth_ = 0;
};

// What an md4c enter did, so its leave undoes exactly that; `span` for a span's enter.
enum class Entered : std::uint8_t { frame, suppressed, nothing };
struct Entry {
    Entered what;
    bool span;
};

class TreeBuilder {
public:
    explicit TreeBuilder(const MarkdownText& input) : in_(input), cursor_(input.source) {
        // Room for ordinary documents; only deep nesting makes it grow.
        stack_.reserve(16);
        entered_.reserve(16);
    }

    Blocks run() {
        if (in_.text.size() > std::numeric_limits<MD_SIZE>::max()) {
            in_.diagnostics.report(in_.source.diagnostic(
                Severity::error, "markdown.too-large",
                "the Markdown body is larger than md4c's 4 GiB limit", in_.map.to_file(0)));
            return {};
        }
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS;
        parser.enter_block = &TreeBuilder::on_enter_block;
        parser.leave_block = &TreeBuilder::on_leave_block;
        parser.enter_span = &TreeBuilder::on_enter_span;
        parser.leave_span = &TreeBuilder::on_leave_span;
        parser.text = &TreeBuilder::on_text;
        const int rc =
            md_parse(in_.text.data(), static_cast<MD_SIZE>(in_.text.size()), &parser, this);
        if (rc != 0) report_failure(rc);
        report_math_problems();
        if (stack_.empty()) return {};
        // After an abort the stack still holds open nodes: close them so nothing built is lost.
        while (stack_.size() > 1) close_top();
        if (nesting_pending_) report_nesting(fallback_offset());
        return std::move(stack_.front().blocks);
    }

private:
    // md4c callbacks: no exception may cross into C.

    template <typename F>
    static int guarded(void* self, F&& body) noexcept {
        auto& builder = *static_cast<TreeBuilder*>(self);
        if (builder.ignore_rest_) return 0;
        try {
            body(builder);
            return 0;
        } catch (...) {
            builder.failure_ = std::current_exception();
        }
        return 1;
    }

    static int on_enter_block(MD_BLOCKTYPE type, void* detail, void* self) {
        return guarded(self, [&](TreeBuilder& b) { b.enter_block(type, detail); });
    }
    static int on_leave_block(MD_BLOCKTYPE, void*, void* self) {
        return guarded(self, [&](TreeBuilder& b) { b.leave(true); });
    }
    static int on_enter_span(MD_SPANTYPE type, void* detail, void* self) {
        return guarded(self, [&](TreeBuilder& b) { b.enter_span(type, detail); });
    }
    static int on_leave_span(MD_SPANTYPE, void*, void* self) {
        return guarded(self, [&](TreeBuilder& b) { b.leave(false); });
    }
    static int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
        return guarded(self, [&](TreeBuilder& b) { b.add_text(type, text, size); });
    }

    void report_failure(int rc) {
        std::string message = "md4c stopped with code " + std::to_string(rc);
        if (failure_) {
            try {
                std::rethrow_exception(failure_);
            } catch (const std::exception& e) {
                message = std::string("reading Markdown failed: ") + e.what();
            } catch (...) {
                message = "reading Markdown failed with an unknown exception";
            }
        }
        message += "; the body is kept up to that point";
        in_.diagnostics.report(in_.source.diagnostic(
            Severity::error, "markdown.internal", std::move(message), in_.map.to_file(last_text_)));
    }

    // blocks

    void enter_block(MD_BLOCKTYPE type, void* detail) {
        in_span_enter_ = false;
        // No block starts inside a span, but md4c 0.4.8 can leave one open: after `- *[](*)`
        // the item's nested list arrives while the emphasis is open. Close such spans first, as
        // a block's leave does, or the list would go into the emphasis's frame and be lost.
        while (!entered_.empty() && entered_.back().span) undo_last_enter();
        close_implicit_paragraph();
        switch (type) {
        case MD_BLOCK_DOC:
            // A block every few lines is typical: room for them up front saves moving every
            // block built so far each time the vector doubles.
            open(Kind::document).blocks.reserve(std::min<std::size_t>(in_.text.size() / 160 + 4, 4096));
            return;
        case MD_BLOCK_QUOTE:
            if (block_depth_ >= kMaxDepth) return suppress();
            ++block_depth_;
            open(Kind::quote);
            return;
        case MD_BLOCK_UL: {
            // A list only makes sense with room for its items: both count as a level.
            if (block_depth_ + 2 > kMaxDepth) return suppress();
            ++block_depth_;
            const auto* d = static_cast<const MD_BLOCK_UL_DETAIL*>(detail);
            Frame& f = open(Kind::list);
            f.list.ordered = false;
            f.list.marker = d->mark;
            f.list.tight = d->is_tight != 0;
            return;
        }
        case MD_BLOCK_OL: {
            if (block_depth_ + 2 > kMaxDepth) return suppress();
            ++block_depth_;
            const auto* d = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
            Frame& f = open(Kind::list);
            f.list.ordered = true;
            f.list.start = static_cast<int>(std::min<unsigned>(d->start, INT_MAX));
            f.list.marker = d->mark_delimiter;
            f.list.tight = d->is_tight != 0;
            return;
        }
        case MD_BLOCK_LI: {
            if (stack_.back().kind != Kind::list) return suppress();
            ++block_depth_;
            const auto* d = static_cast<const MD_BLOCK_LI_DETAIL*>(detail);
            Frame& f = open(Kind::item);
            if (d->is_task)
                f.task =
                    (d->task_mark == 'x' || d->task_mark == 'X') ? Task::checked : Task::unchecked;
            return;
        }
        case MD_BLOCK_HR: open(Kind::thematic_break); return;
        case MD_BLOCK_H:
            open(Kind::heading).level =
                static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
            return;
        case MD_BLOCK_CODE: {
            const auto* d = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail);
            Frame& f = open(Kind::code_block);
            f.fenced = d->fence_char != 0;
            if (f.fenced) f.fence = d->fence_char;
            f.title = attribute(d->info);
            // The info string sits on the fence line, a better start than the first code line.
            if (d->info.size > 0) {
                const std::size_t at = offset_of(d->info.text);
                if (at != kNone) resolve_pending(at, false);
            }
            return;
        }
        case MD_BLOCK_HTML: open(Kind::html_block); return;
        case MD_BLOCK_P: open(Kind::paragraph); return;
        case MD_BLOCK_TABLE:
            open(Kind::table).columns =
                static_cast<const MD_BLOCK_TABLE_DETAIL*>(detail)->col_count;
            return;
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            stack_.back().in_head = type == MD_BLOCK_THEAD;
            enter(Entered::nothing);
            return;
        case MD_BLOCK_TR: open(Kind::table_row); return;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            Frame& table = stack_[stack_.size() - 2];
            if (type == MD_BLOCK_TH && table.in_head &&
                table.table.alignments.size() < table.columns) {
                table.table.alignments.push_back(
                    alignment(static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align));
            }
            open(Kind::table_cell);
            return;
        }
        }
        enter(Entered::nothing);
    }

    static Alignment alignment(MD_ALIGN align) {
        switch (align) {
        case MD_ALIGN_DEFAULT: return Alignment::none;
        case MD_ALIGN_LEFT: return Alignment::left;
        case MD_ALIGN_CENTER: return Alignment::center;
        case MD_ALIGN_RIGHT: return Alignment::right;
        }
        return Alignment::none;
    }

    void enter(Entered what) { entered_.push_back({what, in_span_enter_}); }

    // md4c 0.4.8 does not always pair span callbacks: `[](*)*` leaves an emphasis it never
    // entered (fuzz finding; in a table cell that closed the row and the table, and the next
    // cell's parent was read from outside the stack). So a span's leave undoes only a span's
    // enter, and a block's leave first closes whatever spans are still open inside it.
    void leave(bool block) {
        if (block) {
            while (!entered_.empty() && entered_.back().span) undo_last_enter();
            close_implicit_paragraph();
        } else if (entered_.empty() || !entered_.back().span) {
            return;
        }
        if (!entered_.empty()) undo_last_enter();
    }

    void undo_last_enter() {
        const Entry entry = entered_.back();
        entered_.pop_back();
        // The document frame stays: it is the result.
        if (entry.what == Entered::frame && stack_.size() > 1) close_top();
    }

    // spans

    void enter_span(MD_SPANTYPE type, void* detail) {
        in_span_enter_ = true;
        inline_container();
        switch (type) {
        case MD_SPAN_EM: return open_span(Kind::emphasis);
        case MD_SPAN_STRONG: return open_span(Kind::strong);
        case MD_SPAN_DEL: return open_span(Kind::strikethrough);
        case MD_SPAN_A: {
            const auto* d = static_cast<const MD_SPAN_A_DETAIL*>(detail);
            return open_target(Kind::link, d->href, d->title);
        }
        case MD_SPAN_IMG: {
            const auto* d = static_cast<const MD_SPAN_IMG_DETAIL*>(detail);
            return open_target(Kind::image, d->src, d->title);
        }
        case MD_SPAN_CODE:
            open(Kind::code_span);
            return;  // a leaf: never deeper than its parent
        case MD_SPAN_LATEXMATH:
            open(Kind::math);
            return;  // a leaf, as a code span
        case MD_SPAN_LATEXMATH_DISPLAY:
            open(Kind::display_math);
            return;
        // Not enabled by MD_DIALECT_GITHUB; should they come, their text joins the parent.
        case MD_SPAN_WIKILINK:
        case MD_SPAN_U: break;
        }
        enter(Entered::nothing);
    }

    void open_span(Kind kind) {
        if (inline_depth_ >= kMaxDepth) return suppress();
        ++inline_depth_;
        open(kind);
    }

    void open_target(Kind kind, const MD_ATTRIBUTE& url, const MD_ATTRIBUTE& title) {
        if (inline_depth_ >= kMaxDepth) return suppress();
        ++inline_depth_;
        if (kind == Kind::link) ++link_depth_;
        Frame& f = open(kind);
        f.text = attribute(url);
        f.title = attribute(title);
        if (url.size > 0) f.url_offset = offset_of(url.text);
        // md4c points into the text only where the URL is written as it is (no escape, no
        // entity): exactly the destinations a copying writer can edit in place. Only the
        // offset: a line and column would cost a jump to the reference definition and back.
        if (f.url_offset != kNone) f.destination.offset = in_.map.to_file(f.url_offset);
    }

    // text

    void add_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
        // md4c 0.4.8 reports a NUL in code as MD_TEXT_NULLCHAR and then again as the first
        // byte of the next piece; the replacement character has already been written.
        if (after_nullchar_ && size > 0 && text[0] == '\0') {
            ++text;
            --size;
        }
        after_nullchar_ = type == MD_TEXT_NULLCHAR;
        const std::size_t offset = offset_of(text);
        const std::string_view piece(text, size);
        const Kind top = stack_.back().kind;
        if (top == Kind::math || top == Kind::display_math) {
            Frame& f = stack_.back();
            note_text(offset, size);
            if (offset != kNone) {
                if (f.math_from == kNone) f.math_from = offset;
                f.math_to = offset + size;
                f.math_pieces.emplace_back(f.text.size(), offset);
            }
            f.math_gap = offset == kNone;
            append_verbatim(f.text, piece);
            return;
        }
        const bool verbatim =
            top == Kind::code_block || top == Kind::code_span || top == Kind::html_block;
        switch (type) {
        case MD_TEXT_CODE:
        case MD_TEXT_HTML:
            if (verbatim) {
                note_text(offset, size);
                append_verbatim(stack_.back().text, piece);
                return;
            }
            if (type == MD_TEXT_HTML) {
                Frame& f = inline_container();
                note_text(offset, size);
                // md4c splits a tag that spans lines into pieces: they make one RawHtml.
                if (f.run.empty() && !f.inlines.empty()) {
                    if (auto* html = std::get_if<RawHtml>(&f.inlines.back().node)) {
                        append_verbatim(html->html, piece);
                        return;
                    }
                }
                std::string html;
                append_verbatim(html, piece);
                append_inline(f, RawHtml{std::move(html),
                                         offset == kNone ? SourcePos{} : position(offset)});
                return;
            }
            break;
        case MD_TEXT_NULLCHAR:
            if (verbatim) {
                stack_.back().text += kReplacement;
            } else {
                inline_container().run += kReplacement;
            }
            return;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: {
            Frame& f = inline_container();
            note_text(offset, size);
            if (type == MD_TEXT_BR) {
                append_inline(f, HardBreak{});
            } else {
                append_inline(f, SoftBreak{});
            }
            return;
        }
        case MD_TEXT_ENTITY: {
            Frame& f = inline_container();
            note_text(offset, size);
            const std::size_t before = f.run.size();
            append_entity(piece, f.run);
            // `&#91;^1]` is a written-out bracket, like `\[`: not a reference.
            if (!in_.labels.empty()) {
                for (std::size_t i = before; i < f.run.size(); ++i) {
                    if (f.run[i] == '[') f.escaped.push_back(static_cast<std::uint32_t>(i));
                }
            }
            return;
        }
        case MD_TEXT_NORMAL:
        case MD_TEXT_LATEXMATH: break;
        }
        Frame& f = inline_container();
        note_text(offset, size);
        // md4c 0.4.8 passes a U+0000 through as it is in some text (an autolink's, one right
        // after `scheme://`); CommonMark wants U+FFFD there too.
        for (std::size_t start = 0;;) {
            const std::size_t nul = piece.find('\0', start);
            const std::string_view part =
                piece.substr(start, nul == std::string_view::npos ? nul : nul - start);
            if (!in_.labels.empty() && offset != kNone)
                mark_escaped_brackets(f, offset + start, part);
            f.run += part;
            if (nul == std::string_view::npos) break;
            f.run += kReplacement;
            start = nul + 1;
        }
    }

    // md4c reports NUL as MD_TEXT_NULLCHAR in prose but passes it through in code spans and
    // HTML; CommonMark wants U+FFFD everywhere.
    static void append_verbatim(std::string& out, std::string_view piece) {
        for (std::size_t nul = piece.find('\0'); nul != std::string_view::npos;
             nul = piece.find('\0')) {
            out += piece.substr(0, nul);
            out += kReplacement;
            piece.remove_prefix(nul + 1);
        }
        out += piece;
    }

    // md4c drops the backslash of `\[` and starts the next piece at `[`; an odd run of
    // backslashes before it in the source means it was escaped.
    void mark_escaped_brackets(Frame& f, std::size_t offset, std::string_view piece) {
        for (std::size_t i = piece.find('['); i != std::string_view::npos;
             i = piece.find('[', i + 1)) {
            std::size_t backslashes = 0;
            while (offset + i > backslashes && in_.text[offset + i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 1)
                f.escaped.push_back(static_cast<std::uint32_t>(f.run.size() + i));
        }
    }

    // positions

    std::size_t offset_of(const MD_CHAR* p) const {
        const MD_CHAR* begin = in_.text.data();
        if (p == nullptr || p < begin || p >= begin + in_.text.size()) return kNone;
        return static_cast<std::size_t>(p - begin);
    }

    SourcePos position(std::size_t offset) { return cursor_.at(in_.map.to_file(offset)); }

    void note_text(std::size_t offset, std::size_t size) {
        if (offset == kNone) return;
        if (nesting_pending_) report_nesting(offset);
        resolve_pending(offset, true);
        last_text_ = offset;
        if (size > 0) {
            scan_from_ = offset + size - 1;
            scan_next_line_ = true;
        }
    }

    // Every frame from `pending_from_` up has no position yet: they all start at `offset`.
    void resolve_pending(std::size_t offset, bool is_text) {
        if (pending_from_ >= stack_.size()) return;
        const SourcePos pos = position(offset);
        for (std::size_t i = pending_from_; i < stack_.size(); ++i) {
            stack_[i].positioned = true;
            stack_[i].at = pos;
            if (is_text) stack_[i].first_text = offset;
        }
        pending_from_ = stack_.size();
    }

    // Coarse: for a block without any text (a thematic break, an empty item) md4c says nothing
    // about where it is, so take the first non-blank line after the last thing placed.
    std::size_t fallback_offset() const {
        const std::string_view text = in_.text;
        std::size_t pos = scan_from_;
        if (scan_next_line_) {
            pos = text.find('\n', pos);
            if (pos == std::string_view::npos) return text.size();
            ++pos;
        }
        while (pos < text.size()) {
            std::size_t p = pos;
            while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
            if (p < text.size() && text[p] != '\n') return p;
            pos = p + 1;
        }
        return text.size();
    }

    void place_without_text(Frame& f) {
        if (is_block(f.kind)) {
            const std::size_t offset = fallback_offset();
            resolve_pending(offset, false);
            scan_from_ = offset;
            scan_next_line_ = true;
        } else if (f.kind == Kind::link || f.kind == Kind::image) {
            if (f.url_offset != kNone) {
                f.at = position(f.url_offset);
            } else if (stack_.size() > 1 && stack_[stack_.size() - 2].positioned) {
                f.at = stack_[stack_.size() - 2].at;
            }
        }
    }

    void suppress() {
        enter(Entered::suppressed);
        if (!in_.nesting.reported) nesting_pending_ = true;
    }

    void report_nesting(std::size_t offset) {
        nesting_pending_ = false;
        if (in_.nesting.reported) return;
        in_.nesting.reported = true;
        const std::string depth = std::to_string(kMaxNestingDepth);
        in_.diagnostics.report(
            in_.source.diagnostic_at(Severity::warning, "markdown.nesting",
                                     "blocks or inlines nest deeper than " + depth +
                                         " levels; deeper levels are flattened into level " +
                                         depth + " (their text is kept)",
                                     position(offset)));
    }

    // the stack

    Frame& open(Kind kind) {
        enter(Entered::frame);
        // Emphasis and the like carry no position: unless something below waits for one,
        // they are not made to wait, which saves a lookup per span.
        const bool wants_position = is_block(kind) || kind == Kind::link || kind == Kind::image;
        if (!wants_position && pending_from_ == stack_.size()) ++pending_from_;
        Frame& f = stack_.push(kind);
        f.positioned = !wants_position;
        return f;
    }

    Frame& inline_container() {
        if (holds_blocks(stack_.back().kind)) stack_.push(Kind::implicit_paragraph);
        return stack_.back();
    }

    void close_implicit_paragraph() {
        if (!stack_.empty() && stack_.back().kind == Kind::implicit_paragraph) close_top();
    }

    // Growing 1, 2, 4, 8 costs an allocation and a move of every node each time; paragraphs
    // usually hold several inlines (text and soft breaks alternate), spans one or two.
    // A block's first reservation stays within mimalloc's small sizes (1 KiB), whose
    // allocations are several times cheaper than the next class: eight inlines fitted when an
    // Inline was 112 bytes; at 168, six do.
    static constexpr std::size_t kBlockInlines = std::max<std::size_t>(2, 1024 / sizeof(Inline));

    static void reserve_inlines(Frame& f) {
        if (f.inlines.capacity() == 0)
            f.inlines.reserve(is_block(f.kind) || f.kind == Kind::table_cell ? kBlockInlines : 2);
    }

    void flush_run(Frame& f) {
        if (f.run.empty()) return;
        reserve_inlines(f);
        append_text_with_references(std::move(f.run), f.escaped, in_.labels, f.inlines);
        f.run.clear();
        f.escaped.clear();
    }

    template <typename Node>
    void append_inline(Frame& f, Node&& node) {
        flush_run(f);
        reserve_inlines(f);
        f.inlines.emplace_back(std::forward<Node>(node));
    }

    template <typename Node>
    static void append_block(Frame& parent, Node node, SourcePos at) {
        parent.blocks.emplace_back(std::move(node), at);
    }

    // Whether the heading starting with text at `first_text` was underlined: an ATX heading
    // has `#` before its first text on the same line, past any spaces and inline openers
    // (math's `$` among them).
    // Only a setext heading spans lines: that settles it where the first text has no place in
    // the source (md4c reports a NUL, `\0`, from outside it).
    bool is_setext(std::size_t first_text, const Inlines& inlines) const {
        if (spans_lines(inlines)) return true;
        if (first_text == kNone) return false;
        for (std::size_t i = first_text; i > 0; --i) {
            const char c = in_.text[i - 1];
            if (c == '#') return false;
            if (std::strchr(" \t*_~[!<`\\$", c) == nullptr) break;
        }
        return true;
    }

    static bool starts_with_tag(std::string_view html) {
        const std::size_t first = html.find_first_not_of(" \t");
        return first != std::string_view::npos && html[first] == '<';
    }

    // md4c 0.4.8 reads the line after a fence left open in a list item (`- ```` then
    // `` `<s> `` at the margin) as an HTML block, though it has no `<` to start one; CommonMark,
    // and md4c when the line stands alone, read a paragraph there. The block's text is read
    // again on its own, each line placed where it is in the source. At the top level the rest
    // of the text is read with it: what that line begins may run past a blank line (a fence or
    // an unterminated `<pre` takes in everything after it), which md4c's reading of the rest,
    // started after the blank line, cannot know. The rest does not see the link reference
    // definitions above the block then: md4c has no way to be given them.
    void read_again(Frame& parent, Frame& f) {
        if (parent.kind == Kind::document && f.first_text != kNone &&
            in_.rereads < kMaxRestRereads) {
            const std::size_t line_start =
                f.first_text == 0 ? 0 : in_.text.rfind('\n', f.first_text - 1) + 1;
            const std::string_view rest = in_.text.substr(line_start);
            OffsetMap map(in_.map.to_file(line_start));
            for (std::size_t line = rest.find('\n');
                 line != std::string_view::npos && line + 1 < rest.size();
                 line = rest.find('\n', line + 1))
                map.add(line + 1, in_.map.to_file(line_start + line + 1));
            append_read_again(parent, rest, map);
            // md4c's own reading of what follows is replaced: its callbacks are ignored.
            ignore_rest_ = true;
            f.text.clear();
            return;
        }
        const std::string_view text = f.text;
        std::size_t found = f.first_text == kNone ? 0 : f.first_text;
        OffsetMap map(in_.map.to_file(found));
        for (std::size_t line = text.find('\n'); line != std::string_view::npos &&
                                                  line + 1 < text.size();
             line = text.find('\n', line + 1)) {
            const std::string_view next = text.substr(line + 1, text.find('\n', line + 1) - line - 1);
            const std::size_t at = in_.text.find(next, found);
            if (at == std::string_view::npos) continue;
            map.add(line + 1, in_.map.to_file(at));
            found = at + next.size();
        }
        append_read_again(parent, text, map);
        f.text.clear();
    }

    void append_read_again(Frame& parent, std::string_view text, const OffsetMap& map) {
        for (Block& block : parse_markdown_blocks({in_.source, text, map, in_.labels, in_.nesting,
                                                   in_.diagnostics, in_.rereads + 1}))
            parent.blocks.push_back(std::move(block));
    }

    // Whether `inlines` hold a line break: a break, or an empty code span, which md4c reads
    // only from a code span holding nothing but a line ending (`` `\n` ``).
    static bool spans_lines(const Inlines& inlines) {
        return std::any_of(inlines.begin(), inlines.end(), [](const Inline& node) {
            return std::visit(
                [](const auto& n) {
                    using T = std::decay_t<decltype(n)>;
                    if constexpr (std::is_same_v<T, SoftBreak> || std::is_same_v<T, HardBreak>)
                        return true;
                    else if constexpr (std::is_same_v<T, Code>)
                        return n.text.empty();
                    else if constexpr (std::is_same_v<T, Image>)
                        return spans_lines(n.alt);
                    else if constexpr (requires { n.children; })
                        return spans_lines(n.children);
                    else
                        return false;
                },
                node.node);
        });
    }

    static bool is_autolink(const std::string& url, const Inlines& children) {
        if (children.size() != 1) return false;
        const auto* text = std::get_if<Text>(&children.front().node);
        if (text == nullptr) return false;
        const std::string_view u = url;
        const std::string_view t = text->text;
        return u == t || (u.size() == t.size() + 7 && u.starts_with("mailto:") && u.ends_with(t)) ||
               (u.size() == t.size() + 7 && u.starts_with("http://") && u.ends_with(t));
    }

    // Appends `inlines` to `parent` as if they had been read there: texts join the parent's
    // run (a `[` in them was text already: no footnote reference is made of it).
    void unwrap_into(Frame& parent, Inlines& inlines) {
        for (Inline& node : inlines) {
            auto* text = std::get_if<Text>(&node.node);
            if (text == nullptr) {
                append_inline(parent, std::move(node));
                continue;
            }
            if (!in_.labels.empty()) {
                for (std::size_t i = text->text.find('['); i != std::string::npos;
                     i = text->text.find('[', i + 1))
                    parent.escaped.push_back(static_cast<std::uint32_t>(parent.run.size() + i));
            }
            parent.run += text->text;
        }
        inlines.clear();
    }

    // Moves the top frame's node into its parent and pops it. The frame is used in place, not
    // moved out first: a Frame is large and this runs once per node.
    void close_top() {
        if (!stack_.back().positioned) place_without_text(stack_.back());
        Frame& f = stack_.back();
        Frame& parent = stack_[stack_.size() - 2];
        switch (f.kind) {
        case Kind::document: break;  // never closed: it is the result
        case Kind::quote:
            --block_depth_;
            append_block(parent, BlockQuote{std::move(f.blocks)}, f.at);
            break;
        case Kind::list:
            --block_depth_;
            append_block(parent, std::move(f.list), f.at);
            break;
        case Kind::item:
            --block_depth_;
            parent.list.items.push_back(ListItem{std::move(f.blocks), f.task});
            break;
        case Kind::paragraph:
        case Kind::implicit_paragraph:
            flush_run(f);
            // `$$...$$` among text is inline math, as kramdown (Jekyll) reads it and Chirpy
            // documents it; alone in its paragraph it is display math.
            if (f.inlines.size() > 1) {
                for (Inline& node : f.inlines) {
                    if (auto* math = std::get_if<Math>(&node.node)) math->display = false;
                }
            }
            append_block(parent, Paragraph{std::move(f.inlines)}, f.at);
            break;
        case Kind::heading:
            flush_run(f);
            {
                const bool setext = is_setext(f.first_text, f.inlines);
                append_block(parent, Heading{f.level, std::move(f.inlines), setext}, f.at);
            }
            break;
        case Kind::code_block:
            append_block(parent,
                         CodeBlock{std::move(f.title), std::move(f.text), f.fenced, f.fence}, f.at);
            break;
        case Kind::html_block:
            if (in_.rereads < kMaxRereads && !starts_with_tag(f.text)) {
                read_again(parent, f);
                break;
            }
            append_block(parent, HtmlBlock{std::move(f.text)}, f.at);
            break;
        case Kind::thematic_break: append_block(parent, ThematicBreak{}, f.at); break;
        case Kind::table:
            f.table.alignments.resize(f.columns, Alignment::none);
            if (f.table.header.empty()) f.table.header.resize(f.columns);
            append_block(parent, std::move(f.table), f.at);
            break;
        case Kind::table_row:
            f.row.resize(parent.columns);
            if (parent.in_head && parent.table.header.empty()) {
                parent.table.header = std::move(f.row);
            } else {
                parent.table.rows.push_back(std::move(f.row));
            }
            break;
        case Kind::table_cell:
            flush_run(f);
            parent.row.push_back(std::move(f.inlines));
            break;
        case Kind::emphasis:
            --inline_depth_;
            flush_run(f);
            append_inline(parent, Emphasis{std::move(f.inlines)});
            break;
        case Kind::strong:
            --inline_depth_;
            flush_run(f);
            append_inline(parent, Strong{std::move(f.inlines)});
            break;
        case Kind::strikethrough:
            --inline_depth_;
            flush_run(f);
            append_inline(parent, Strikethrough{std::move(f.inlines)});
            break;
        case Kind::link: {
            --inline_depth_;
            --link_depth_;
            flush_run(f);
            // md4c 0.4.8 finds autolinks inside a link's text (`[www.a.b]()`, `[a@b.c]()`);
            // CommonMark links hold no links and HTML cannot nest them: the text stays.
            if (link_depth_ > 0) {
                unwrap_into(parent, f.inlines);
                break;
            }
            const bool autolink = is_autolink(f.text, f.inlines);
            append_inline(parent, Link{std::move(f.text), std::move(f.title), std::move(f.inlines),
                                       autolink, f.at, f.destination, {}});
            break;
        }
        case Kind::image:
            --inline_depth_;
            flush_run(f);
            append_inline(parent,
                          Image{std::move(f.text), std::move(f.title), std::move(f.inlines), f.at,
                                f.destination, {}});
            break;
        case Kind::code_span: append_inline(parent, Code{std::move(f.text)}); break;
        case Kind::math:
        case Kind::display_math: close_math(parent, f); break;
        }
        stack_.pop();
        if (pending_from_ > stack_.size()) pending_from_ = stack_.size();
    }

    // md4c 0.4.8 pairs any two `$` (or `$$`) in a paragraph; prose has dollars too ("costs $5
    // and $10"). Pandoc's rules tell them apart: inline math opens before a non-blank and
    // closes after one, and not before a digit. Display math (`$$`) only needs some TeX. What
    // fails them is the text as written, dollars included.
    void close_math(Frame& parent, Frame& f) {
        const bool display = f.kind == Kind::display_math;
        const std::string_view fence = display ? "$$" : "$";
        const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
        const bool empty = f.text.find_first_not_of(" \t\n") == std::string::npos;
        bool math = !empty;
        if (math && !display) {
            const std::size_t after = f.math_to == kNone ? kNone : f.math_to + fence.size();
            math = !blank(f.text.front()) && !blank(f.text.back()) && !f.math_gap &&
                   !(after != kNone && after < in_.text.size() && in_.text[after] >= '0' &&
                     in_.text[after] <= '9');
        }
        if (!math) {
            parent.run += fence;
            parent.run += f.text;
            parent.run += fence;
            return;
        }
        const SourcePos at = f.math_from == kNone ? SourcePos{} : position(f.math_from);
        report_math_problems(f);
        // Display math stands alone in a paragraph (see the paragraph's close).
        const bool in_paragraph =
            parent.kind == Kind::paragraph || parent.kind == Kind::implicit_paragraph;
        append_inline(parent, Math{std::move(f.text), display && in_paragraph, at});
    }

    // The TeX the converter cannot read is said now, where the file is known; the writers
    // show it as TeX.
    void report_math_problems(const Frame& f) {
        if (f.math_pieces.empty()) return;
        for (const MathProblem& problem : tex_to_mathml(f.text, false).problems) {
            auto piece = f.math_pieces.begin();
            while (piece + 1 != f.math_pieces.end() && (piece + 1)->first <= problem.offset) ++piece;
            const std::size_t offset = piece->second + (problem.offset - piece->first);
            // A blog's own macro (`\RR`) is used again and again: said once, where first used.
            const auto same = std::find_if(math_problems_.begin(), math_problems_.end(),
                                           [&](const auto& p) { return p.message == problem.message; });
            if (same != math_problems_.end()) {
                ++same->more;
            } else {
                math_problems_.push_back({problem.message, in_.map.to_file(offset), 0});
            }
        }
    }

    void report_math_problems() {
        for (const FoldedMathProblem& problem : math_problems_) {
            std::string message = problem.message;
            if (problem.more > 0)
                message += " (" + std::to_string(problem.more) + " more in this article)";
            in_.diagnostics.report(in_.source.diagnostic(Severity::warning, "markdown.math",
                                                         std::move(message), problem.offset));
        }
    }

    static std::string attribute(const MD_ATTRIBUTE& attr) {
        std::string out;
        if (attr.size == 0 || attr.text == nullptr) return out;
        out.reserve(attr.size);
        for (std::size_t i = 0; attr.substr_offsets[i] < attr.size; ++i) {
            const std::string_view piece(attr.text + attr.substr_offsets[i],
                                         attr.substr_offsets[i + 1] - attr.substr_offsets[i]);
            switch (attr.substr_types[i]) {
            case MD_TEXT_ENTITY: append_entity(piece, out); break;
            case MD_TEXT_NULLCHAR: out += kReplacement; break;
            case MD_TEXT_NORMAL:
            case MD_TEXT_BR:
            case MD_TEXT_SOFTBR:
            case MD_TEXT_CODE:
            case MD_TEXT_HTML:
            case MD_TEXT_LATEXMATH: out += piece; break;
            }
        }
        return out;
    }

    const MarkdownText& in_;
    PositionCursor cursor_;
    FrameStack stack_;
    std::vector<Entry> entered_;  // one per md4c enter still open
    bool in_span_enter_ = false;   // the enter being handled is a span's
    std::size_t pending_from_ = 0;  // frames from here up have no position yet
    std::size_t block_depth_ = 0;   // open quotes, lists and items
    std::size_t inline_depth_ = 0;  // open emphasis, strong, strikethrough, links and images
    std::size_t scan_from_ = 0;     // where the fallback for text-less blocks starts looking
    bool scan_next_line_ = false;   // ... from the line after `scan_from_`
    std::size_t last_text_ = 0;
    bool nesting_pending_ = false;  // a level was flattened, the warning waits for a position
    int link_depth_ = 0;            // links open: one inside another is unwrapped
    bool after_nullchar_ = false;   // the previous text callback was MD_TEXT_NULLCHAR
    bool ignore_rest_ = false;      // the rest of the text was read again (`read_again`)
    std::exception_ptr failure_;
    // TeX the converter cannot read, one entry per message, reported after the reading.
    struct FoldedMathProblem {
        std::string message;
        std::size_t offset = 0;  // in the file, where first met
        int more = 0;            // how many times after that
    };
    std::vector<FoldedMathProblem> math_problems_;
};

}  // namespace

Blocks parse_markdown_blocks(const MarkdownText& input) { return TreeBuilder(input).run(); }

}  // namespace folio
