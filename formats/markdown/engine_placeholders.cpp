#include "formats/markdown/engine_placeholders.hpp"

#include <optional>
#include <string_view>
#include <utility>
#include <variant>

#include "src/ast/walk.hpp"

namespace folio {
namespace {

// U+E000 and U+E001, private-use characters: md4c reads them as letters of a word, so a
// placeholder never opens or closes any Markdown construct.
constexpr std::string_view kOpen = "\xEE\x80\x80";
constexpr std::string_view kClose = "\xEE\x80\x81";

// `kOpen`, the call's index in decimal, `x` up to the length, `kClose`.
std::optional<std::string> placeholder(std::size_t index, std::size_t length) {
    std::string digits = std::to_string(index);
    const std::size_t bare = kOpen.size() + digits.size() + kClose.size();
    if (bare > length) return std::nullopt;
    std::string out(kOpen);
    out += digits;
    out.append(length - bare, 'x');
    out += kClose;
    return out;
}

// The index of the placeholder at `at` of `text` and its length, when one starts there.
std::optional<std::pair<std::size_t, std::size_t>> read_placeholder(std::string_view text,
                                                                    std::size_t at,
                                                                    std::size_t count) {
    if (text.substr(at, kOpen.size()) != kOpen) return std::nullopt;
    std::size_t i = at + kOpen.size();
    std::size_t index = 0;
    const std::size_t digits_begin = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits_begin < 9) {
        index = index * 10 + static_cast<std::size_t>(text[i] - '0');
        ++i;
    }
    if (i == digits_begin || index >= count) return std::nullopt;
    while (i < text.size() && text[i] == 'x') ++i;
    if (text.substr(i, kClose.size()) != kClose) return std::nullopt;
    return std::pair{index, i + kClose.size() - at};
}

// `text` (at `begin` of the scanned text) without the first `width` container characters
// (blanks and `>`) of each line after the first, and where its pieces are in the file.
std::pair<std::string, OffsetMap> without_container_prefix(std::string_view text, std::size_t begin,
                                                           std::size_t width, const OffsetMap& map) {
    std::string out;
    OffsetMap pieces(map.to_file(begin));
    for (std::size_t i = 0; i < text.size();) {
        if (i > 0) {
            for (std::size_t k = 0; k < width && i < text.size() &&
                                    (text[i] == ' ' || text[i] == '\t' || text[i] == '>');
                 ++k)
                ++i;
        }
        pieces.add(out.size(), map.to_file(begin + i));
        const std::size_t newline = text.find('\n', i);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        out.append(text, i, end - i);
        i = end;
    }
    return {std::move(out), std::move(pieces)};
}

}  // namespace

EnginePlaceholders::EnginePlaceholders(std::string& text, const OffsetMap& map,
                                       const SourceText& source, Diagnostics& diagnostics,
                                       const EngineSyntaxOptions& options) {
    EngineSyntaxScan scan = scan_engine_syntax(text, options);
    for (const EngineSyntaxProblem& problem : scan.problems) {
        diagnostics.report(source.diagnostic(Severity::warning, problem.code, problem.message,
                                             map.to_file(problem.offset)));
    }
    for (EngineSpan& span : scan.spans) {
        const std::optional<std::string> mark = placeholder(spans_.size(), span.end - span.begin);
        if (!mark) continue;
        if (!is_known_engine_call(span.call)) {
            const bool liquid = span.call.syntax == EngineCall::Syntax::liquid_tag ||
                                span.call.syntax == EngineCall::Syntax::liquid_output;
            diagnostics.report(source.diagnostic(
                Severity::warning, liquid ? "markdown.liquid.unknown" : "markdown.shortcode.unknown",
                std::string(liquid ? "Liquid `" : "shortcode `") + span.call.name +
                    "` is not one folio knows; " +
                    (span.call.inner.empty() ? "it is left out of the output"
                                             : "what it wraps is shown as text"),
                map.to_file(span.begin)));
        }
        // A call in a list item or a quote: its other lines carry the container's prefix.
        const std::size_t newline = span.begin == 0 ? std::string::npos : text.rfind('\n', span.begin - 1);
        const std::size_t line_start = newline == std::string::npos ? 0 : newline + 1;
        const std::size_t width = span.begin - line_start;
        auto [inner, inner_map] = without_container_prefix(
            std::string_view(text).substr(span.inner_begin, span.inner_end - span.inner_begin),
            span.inner_begin, width, map);
        if (width > 0 && span.call.source.find('\n') != std::string::npos) {
            span.call.source = without_container_prefix(span.call.source, span.begin, width, map).first;
            span.call.inner = std::move(inner);
        }
        text.replace(span.begin, mark->size(), *mark);
        inner_maps_.push_back(std::move(inner_map));
        file_begins_.push_back(map.to_file(span.begin));
        spans_.push_back(std::move(span));
    }
}

namespace {

// An image or link a call renders (`{{< figure src="a.png" >}}`) has its URL written inside the
// call: where, in the file, so that a migration that moves the image can edit the call as
// written. The first `src=` or `link=`-style value equal to the URL, else its first appearance.
// A call whose lines lost a container's prefix may put it elsewhere: the editor checks the
// file's bytes there before it edits.
void locate_in_call(Inline& node, const EngineCall& call, std::size_t file_begin) {
    const auto locate = [&](const std::string& url, SourcePos& destination) {
        if (url.empty() || destination.offset != kNoOffset) return;
        const std::size_t at = call.source.find(url);
        if (at != std::string::npos) destination.offset = file_begin + at;
    };
    if (auto* image = std::get_if<Image>(&node.node)) locate(image->url, image->destination);
    if (auto* link = std::get_if<Link>(&node.node)) locate(link->url, link->destination);
}

}  // namespace

class EnginePlaceholders::Substitution {
public:
    Substitution(const EnginePlaceholders& calls, const ReadInnerMarkdown& read_inner)
        : calls_(calls), read_inner_(read_inner) {}

    void blocks(Blocks& blocks) {
        for (Block& block : blocks) {
            if (const std::optional<std::size_t> index = alone(block)) {
                // A call alone in its paragraph renders as the blocks the engine makes of it.
                const EngineCall& call = calls_.spans_[*index].call;
                Blocks rendered = render_engine_blocks(call, calls_.inner_maps_[*index], read_inner_);
                for_each_inline(rendered, [&](Inline& node) {
                    locate_in_call(node, call, calls_.file_begins_[*index]);
                });
                block.node = EngineBlock{call, std::move(rendered)};
                continue;
            }
            std::visit([&](auto& node) { this->block(node); }, block.node);
        }
    }

private:
    void block(Paragraph& node) { inlines(node.children); }
    void block(Heading& node) { inlines(node.children); }
    void block(BlockQuote& node) { blocks(node.children); }
    void block(List& node) {
        for (ListItem& item : node.items) blocks(item.children);
    }
    void block(CodeBlock& node) {
        text(node.text, Context::code);
        text(node.info, Context::code);
    }
    void block(HtmlBlock& node) { text(node.html, Context::url); }
    void block(ThematicBreak&) {}
    void block(DefinitionList& node) {
        for (DefinitionItem& item : node.items) {
            for (Inlines& term : item.terms) inlines(term);
            for (Blocks& definition : item.definitions) blocks(definition);
        }
    }
    void block(Table& node) {
        for (Inlines& cell : node.header) inlines(cell);
        for (auto& row : node.rows) {
            for (Inlines& cell : row) inlines(cell);
        }
    }
    void block(EngineBlock&) {}

    enum class Context { code, url };

    // The call whose placeholder is all a paragraph holds.
    std::optional<std::size_t> alone(const Block& block) const {
        const auto* paragraph = std::get_if<Paragraph>(&block.node);
        if (paragraph == nullptr || paragraph->children.size() != 1) return std::nullopt;
        const auto* plain = std::get_if<Text>(&paragraph->children.front().node);
        if (plain == nullptr) return std::nullopt;
        const auto found = read_placeholder(plain->text, 0, calls_.spans_.size());
        if (!found || found->second != plain->text.size()) return std::nullopt;
        return found->first;
    }

    void text(std::string& value, Context context) {
        if (value.find(kOpen) == std::string::npos) return;
        value = replaced(value, [context](const EngineCall& call) {
            return context == Context::code ? engine_syntax_in_code(call.source)
                                            : engine_url_text(call);
        });
    }

    // `value` with each placeholder put back as the call was written.
    std::string written(const std::string& value) const {
        return replaced(value, [](const EngineCall& call) { return call.source; });
    }

    // `value` with each placeholder replaced by what `show` makes of its call.
    template <typename Show>
    std::string replaced(const std::string& value, Show&& show) const {
        std::string out;
        std::size_t at = 0;
        for (std::size_t i = value.find(kOpen); i != std::string::npos; i = value.find(kOpen, i)) {
            const auto found = read_placeholder(value, i, calls_.spans_.size());
            if (!found) {
                i += kOpen.size();
                continue;
            }
            out.append(value, at, i - at);
            out += show(calls_.spans_[found->first].call);
            i += found->second;
            at = i;
        }
        out.append(value, at);
        return out;
    }

    void inlines(Inlines& run) {
        Inlines out;
        out.reserve(run.size());
        for (Inline& node : run) {
            if (auto* plain = std::get_if<Text>(&node.node);
                plain != nullptr && plain->text.find(kOpen) != std::string::npos) {
                split(plain->text, out);
                continue;
            }
            std::visit([&](auto& n) { this->inline_node(n); }, node.node);
            out.push_back(std::move(node));
        }
        run = std::move(out);
    }

    // Text with placeholders becomes text and engine nodes.
    void split(const std::string& value, Inlines& out) {
        std::size_t at = 0;
        for (std::size_t i = value.find(kOpen); i != std::string::npos; i = value.find(kOpen, i)) {
            const auto found = read_placeholder(value, i, calls_.spans_.size());
            if (!found) {
                i += kOpen.size();
                continue;
            }
            if (i > at) out.push_back(Inline{Text{value.substr(at, i - at)}});
            const EngineCall& call = calls_.spans_[found->first].call;
            Inlines rendered = render_engine_inlines(call);
            for_each_inline_in(rendered, [&](Inline& node) {
                locate_in_call(node, call, calls_.file_begins_[found->first]);
            });
            out.push_back(Inline{EngineInline{call, std::move(rendered)}});
            i += found->second;
            at = i;
        }
        if (at < value.size()) out.push_back(Inline{Text{value.substr(at)}});
    }

    void inline_node(Text&) {}
    void inline_node(SoftBreak&) {}
    void inline_node(HardBreak&) {}
    void inline_node(Code& node) { text(node.text, Context::code); }
    void inline_node(Emphasis& node) { inlines(node.children); }
    void inline_node(Strong& node) { inlines(node.children); }
    void inline_node(Strikethrough& node) { inlines(node.children); }
    void inline_node(Link& node) {
        if (node.url.find(kOpen) != std::string::npos) node.written_url = written(node.url);
        text(node.url, Context::url);
        text(node.title, Context::url);
        inlines(node.children);
    }
    void inline_node(Image& node) {
        if (node.url.find(kOpen) != std::string::npos) node.written_url = written(node.url);
        text(node.url, Context::url);
        text(node.title, Context::url);
        inlines(node.alt);
    }
    void inline_node(RawHtml& node) { text(node.html, Context::url); }
    void inline_node(FootnoteReference&) {}
    void inline_node(Math&) {}
    void inline_node(EngineInline&) {}

    const EnginePlaceholders& calls_;
    const ReadInnerMarkdown& read_inner_;
};

void EnginePlaceholders::substitute(Blocks& blocks, const ReadInnerMarkdown& read_inner) const {
    if (spans_.empty()) return;
    Substitution(*this, read_inner).blocks(blocks);
}

}  // namespace folio
