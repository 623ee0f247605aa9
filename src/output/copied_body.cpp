#include "src/output/copied_body.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "src/render/title_heading.hpp"

namespace folio {

namespace {

// Appends `text`, giving each LF the end its line had in the file. `line` is the file's line
// `text` starts on, and moves past it; `next` walks `ends` along.
class LineEndRestorer {
public:
    LineEndRestorer(const WrittenBody& body, std::string& out)
        : ends_(body.other_line_ends), next_(ends_.begin()), line_(body.first_line), out_(out) {}

    void copy(std::string_view text) {
        if (ends_.empty()) {
            out_.append(text);
            return;
        }
        for (std::size_t nl; (nl = text.find('\n')) != std::string_view::npos;) {
            out_.append(text.substr(0, nl));
            while (next_ != ends_.end() && next_->line < line_) ++next_;
            if (next_ != ends_.end() && next_->line == line_) {
                out_.append(next_->lone_cr ? "\r" : "\r\n");
            } else {
                out_ += '\n';
            }
            ++line_;
            text.remove_prefix(nl + 1);
        }
        out_.append(text);
    }

    void skip(std::string_view text) {
        line_ += static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
    }

private:
    const std::vector<LineEnd>& ends_;
    std::vector<LineEnd>::const_iterator next_;
    std::uint32_t line_;
    std::string& out_;
};

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

// A setext underline: up to three spaces, a run of `=` or of `-`, trailing blanks.
bool is_setext_underline(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    if (i == line.size() || (line[i] != '=' && line[i] != '-')) return false;
    const char c = line[i];
    while (i < line.size() && line[i] == c) ++i;
    return is_blank(line.substr(i));
}

// The span of `text` from the start of the line holding `at` to the start of the first line
// after the heading and the blank lines that follow it; npos when the heading's end is not found.
std::optional<std::pair<std::size_t, std::size_t>> heading_lines(std::string_view text,
                                                                 std::size_t at, bool setext) {
    const std::size_t line_start = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // npos + 1 == 0
    std::size_t pos = line_start;
    // An ATX heading is its one line; a setext one runs to its underline.
    for (bool found = false; !found;) {
        if (pos >= text.size()) return std::nullopt;
        std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        found = !setext || is_setext_underline(text.substr(pos, end - pos));
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        if (!is_blank(text.substr(pos, end - pos))) break;
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    return std::pair{line_start, pos};
}

// How `url` is written as a destination: as it is, or in `<...>` where a bare destination
// cannot hold it (spaces, parentheses, angle brackets).
std::string destination_text(std::string_view url, bool in_angle_brackets) {
    const bool needs_brackets =
        !in_angle_brackets && url.find_first_of(" \t()<>") != std::string_view::npos;
    if (!in_angle_brackets && !needs_brackets) return std::string(url);
    std::string out = needs_brackets ? "<" : "";
    for (char c : url) {
        if (c == '<' || c == '>') out += '\\';
        out += c;
    }
    if (needs_brackets) out += '>';
    return out;
}

}  // namespace

std::string apply_span_edits(const WrittenBody& body, std::vector<SpanEdit> edits) {
    std::sort(edits.begin(), edits.end(),
              [](const SpanEdit& a, const SpanEdit& b) { return a.begin < b.begin; });
    const std::string_view text = body.text;
    std::string out;
    out.reserve(text.size() + 64);
    LineEndRestorer restorer(body, out);
    std::size_t pos = 0;  // in `text`
    for (const SpanEdit& edit : edits) {
        if (edit.begin < body.offset || edit.end < edit.begin ||
            edit.end - body.offset > text.size() || edit.begin - body.offset < pos)
            throw std::logic_error("apply_span_edits: edits overlap or fall outside the body");
        const std::size_t begin = edit.begin - body.offset;
        const std::size_t end = edit.end - body.offset;
        restorer.copy(text.substr(pos, begin - pos));
        restorer.skip(text.substr(begin, end - begin));
        out += edit.replacement;
        pos = end;
    }
    restorer.copy(text.substr(pos));
    return out;
}

std::optional<std::vector<SpanEdit>> copied_body_edits(const Article& article,
                                                       const WrittenBody& body,
                                                       std::span<const MovedDestination> moved,
                                                       bool without_title_heading,
                                                       std::string& why) {
    const std::string_view text = body.text;
    std::vector<SpanEdit> edits;
    std::size_t removed_begin = 0;  // the title heading's lines, when removed
    std::size_t removed_end = 0;
    if (without_title_heading && starts_with_title_heading(article)) {
        const Block& first = article.body.front();
        const auto* heading = std::get_if<Heading>(&first.node);
        const std::size_t at = first.at.offset;
        std::optional<std::pair<std::size_t, std::size_t>> lines;
        if (at != kNoOffset && at >= body.offset && at - body.offset < text.size())
            lines = heading_lines(text, at - body.offset, heading->setext);
        if (!lines) {
            why = "the title heading was not found as written";
            return std::nullopt;
        }
        removed_begin = body.offset + lines->first;
        removed_end = body.offset + lines->second;
        edits.push_back({removed_begin, removed_end, ""});
    }
    for (const MovedDestination& m : moved) {
        const std::size_t at = m.destination.offset;
        // A destination inside the removed heading goes with it.
        if (at >= removed_begin && at < removed_end) continue;
        // Escapes or entities in the destination leave it without an offset; a changed file
        // would leave something else there: either way the URL is not what is written.
        if (at == kNoOffset || at < body.offset || at - body.offset > text.size() ||
            text.substr(at - body.offset, m.from.size()) != m.from) {
            why = "the destination '" + m.from + "' is not written as it is";
            return std::nullopt;
        }
        // Several images may use one reference definition: one edit.
        const auto same = std::find_if(edits.begin(), edits.end(),
                                       [&](const SpanEdit& e) { return e.begin == at; });
        const std::size_t i = at - body.offset;
        const bool in_angle_brackets = i > 0 && text[i - 1] == '<';
        std::string replacement = destination_text(m.to, in_angle_brackets);
        if (same != edits.end()) {
            if (same->replacement != replacement) {
                why = "one destination '" + m.from + "' moves to two places";
                return std::nullopt;
            }
            continue;
        }
        edits.push_back({at, at + m.from.size(), std::move(replacement)});
    }
    return edits;
}

namespace {

// Whether `text` holds `word` (lower case ASCII) in any case.
bool contains_any_case(std::string_view text, std::string_view word) {
    const auto it = std::search(text.begin(), text.end(), word.begin(), word.end(),
                                [](char a, char b) { return (a | 0x20) == b; });
    return it != text.end();
}

}  // namespace

bool copy_may_need_edits(std::string_view body, bool images_move, bool without_title_heading) {
    if (images_move && body.find("![") != std::string_view::npos) return true;
    // Raw HTML shows images through `src`, `srcset` and `poster` attributes, in any case.
    if (images_move && body.find('<') != std::string_view::npos &&
        (contains_any_case(body, "src") || contains_any_case(body, "poster")))
        return true;
    if (!without_title_heading) return false;
    // The first block is an H1 only if its first line opens an ATX H1 or a `=` underline comes
    // before the first blank line (a setext H1). A definition (`[a]: x`, `[^1]: x`) first is no
    // block: what follows it could be the first one, so that case counts as "may".
    std::size_t pos = 0;
    bool first = true;
    while (pos < body.size()) {
        const std::size_t nl = body.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? body.size() : nl;
        const std::string_view line = body.substr(pos, end - pos);
        pos = end + 1;
        if (is_blank(line)) {
            if (first) continue;
            return false;
        }
        const std::size_t indent = line.find_first_not_of(' ');
        if (first) {
            first = false;
            if (indent > 3) return false;  // indented code
            const std::string_view rest = line.substr(indent);
            if (rest.starts_with('[')) return true;
            if (rest.starts_with('#')) return rest.size() == 1 || rest[1] == ' ' || rest[1] == '\t';
            continue;
        }
        if (is_setext_underline(line) && line.find('=') != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace folio
