#include "src/engine/engine_syntax_scan.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace folio {
namespace {

// A tag longer than this, or running into a blank line or the next `{{` or `{%`, is taken
// for a stray `{{<`: without a bound, a text of many unclosed tags would be read to its end
// from each of them. Real tags span lines, but not paragraphs, and hold no other tag.
constexpr std::size_t kMaxTagLength = 16 * 1024;
// Closing tags look for their opening tag this far down the stack of open ones, and code
// text unescapes calls nested this deep, so hostile nesting costs neither time nor stack.
constexpr std::size_t kMaxOpenSearch = 256;
constexpr int kMaxCodeDepth = 64;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-' || c == '.';
}

enum class TagKind { open, close, single };

// One tag as lexed, before opening and closing tags are paired.
struct Tag {
    std::size_t begin = 0;
    std::size_t end = 0;
    TagKind kind = TagKind::single;
    bool liquid = false;
    EngineCall call;
    // `{% raw %}` and `{% comment %}` come whole: their content is not lexed.
    std::size_t inner_begin = 0;
    std::size_t inner_end = 0;
};

class Lexer {
public:
    Lexer(std::string_view text, const EngineSyntaxOptions& options)
        : text_(text), options_(options) {}

    EngineSyntaxScan run() {
        std::vector<Tag> tags;
        std::size_t i = 0;
        while ((i = text_.find('{', i)) != std::string_view::npos) {
            if (i + 1 >= text_.size()) break;
            const char next = text_[i + 1];
            std::optional<Tag> tag;
            if (next == '{' && i + 2 < text_.size() && (text_[i + 2] == '<' || text_[i + 2] == '%')) {
                if (options_.hugo) tag = shortcode(i);
            } else if (next == '{') {
                if (options_.liquid) tag = liquid_output(i);
            } else if (next == '%') {
                if (options_.liquid) tag = liquid_tag(i);
            }
            if (tag) {
                i = tag->end;
                tags.push_back(std::move(*tag));
            } else {
                i += (next == '{' || next == '%') ? 2 : 1;
            }
        }
        pair(tags);
        return std::move(scan_);
    }

private:
    void problem(std::size_t offset, std::string code, std::string message) {
        scan_.problems.push_back({offset, std::move(code), std::move(message)});
    }

    // Reads params up to `close` (`>}}`, `%}}`, `%}` or `}}`); returns where the tag ends, or
    // nothing when it does not. `self_closing` tells a Hugo `/>}}`.
    std::optional<std::size_t> params(std::size_t i, std::string_view close, EngineCall& call,
                                      bool* self_closing, bool liquid) {
        const std::size_t limit = tag_limit(i);
        std::string key;
        bool pending_key = false;
        while (i < limit) {
            if (is_space(text_[i]) || (liquid && text_[i] == ',')) {
                ++i;
                continue;
            }
            if (self_closing != nullptr && text_[i] == '/' &&
                text_.substr(i + 1, close.size()) == close) {
                *self_closing = true;
                return i + 1 + close.size();
            }
            if (liquid && text_[i] == '-' && text_.substr(i + 1, close.size()) == close) {
                return i + 1 + close.size();
            }
            if (text_.substr(i, close.size()) == close) return i + close.size();
            std::string value;
            const char quote = text_[i];
            if (quote == '"' || quote == '`' || (liquid && quote == '\'')) {
                std::size_t j = i + 1;
                for (; j < limit && text_[j] != quote; ++j) {
                    if (quote == '"' && text_[j] == '\\' && j + 1 < limit) ++j;
                    value += text_[j];
                }
                if (j >= limit) return std::nullopt;
                i = j + 1;
            } else {
                std::size_t j = i;
                while (j < limit && !is_space(text_[j]) && text_[j] != '=' &&
                       !(liquid && text_[j] == ',') && !(liquid && liquid_colon(j)) &&
                       text_.substr(j, close.size()) != close &&
                       !(self_closing != nullptr && text_[j] == '/' &&
                         text_.substr(j + 1, close.size()) == close)) {
                    ++j;
                }
                value = std::string(text_.substr(i, j - i));
                i = j;
                if (value.empty()) {  // a lone `=` or `:`
                    ++i;
                    continue;
                }
                if (i < limit && (text_[i] == '=' || (liquid && liquid_colon(i))) && !pending_key) {
                    key = std::move(value);
                    pending_key = true;
                    ++i;
                    continue;
                }
            }
            call.params.emplace_back(pending_key ? std::move(key) : std::string(), std::move(value));
            key.clear();
            pending_key = false;
        }
        return std::nullopt;
    }

    // Where a tag whose params start at `i` must have ended.
    // An escape (`{{</* a >}}x{{< /a */>}}`) may hold tags and blank lines: `openers` false
    // bounds it by length alone.
    std::size_t tag_limit(std::size_t i, bool openers = true) {
        if (!openers) return std::min(text_.size(), i + kMaxTagLength);
        if (next_blank_line_ != std::string_view::npos && next_blank_line_ < i) {
            next_blank_line_ = text_.find("\n\n", i);
            const std::size_t crlf = text_.find("\n\r\n", i);
            if (crlf < next_blank_line_) next_blank_line_ = crlf;
        }
        std::size_t limit = std::min({text_.size(), i + kMaxTagLength, next_blank_line_});
        for (const std::string_view opener : {"{{", "{%"}) {
            const std::size_t next = text_.substr(0, limit).find(opener, i);
            if (next != std::string_view::npos) limit = next;
        }
        return limit;
    }

    // Liquid's `key: value` (filter arguments); a colon inside a word (`https://`) is not one.
    bool liquid_colon(std::size_t i) const {
        return text_[i] == ':' && (i + 1 >= text_.size() || is_space(text_[i + 1]));
    }

    std::size_t name(std::size_t i, std::string& out, std::string_view close) const {
        std::size_t j = i;
        while (j < text_.size() && (is_name_char(text_[j]) || text_[j] == '/')) {
            // A `/` right before the close is the self-closing mark, not part of the name.
            if (text_[j] == '/' && text_.substr(j + 1, close.size()) == close) break;
            ++j;
        }
        out = std::string(text_.substr(i, j - i));
        return j;
    }

    std::optional<Tag> shortcode(std::size_t begin) {
        const char delimiter = text_[begin + 2];
        const std::string close = std::string(1, delimiter == '<' ? '>' : '%') + "}}";
        Tag tag;
        tag.begin = begin;
        tag.call.syntax = delimiter == '%' ? EngineCall::Syntax::markdown_shortcode
                                           : EngineCall::Syntax::shortcode;
        std::size_t i = begin + 3;
        while (i < text_.size() && is_space(text_[i])) ++i;
        if (text_.substr(i, 2) == "/*") {
            // Hugo's escape: everything up to `*/ >}}` is shown as written, delimiters unescaped.
            const std::size_t limit = tag_limit(i, false);
            std::size_t j = i + 2;
            for (; j < limit; ++j) {
                if (text_.substr(j, 2) != "*/") continue;
                std::size_t k = j + 2;
                while (k < limit && is_space(text_[k])) ++k;
                if (text_.substr(k, close.size()) == close) break;
            }
            if (j >= limit) {
                problem(begin, "markdown.shortcode.unclosed",
                        "escaped shortcode `{{" + std::string(1, delimiter) + "/*` has no `*/" +
                            close + "`; it is kept as text");
                return std::nullopt;
            }
            std::size_t n = i + 2;
            while (n < j && is_space(text_[n])) ++n;
            name(n, tag.call.name, "*/");
            tag.call.escaped = true;
            std::size_t k = j + 2;
            while (is_space(text_[k])) ++k;
            tag.end = k + close.size();
            tag.call.source = std::string(text_.substr(begin, tag.end - begin));
            return tag;
        }
        if (i < text_.size() && text_[i] == '/') {
            tag.kind = TagKind::close;
            ++i;
            while (i < text_.size() && is_space(text_[i])) ++i;
        } else {
            tag.kind = TagKind::open;
        }
        i = name(i, tag.call.name, close);
        if (tag.call.name.empty()) return std::nullopt;  // `{{< >}}` or `{{<<`: not a shortcode
        bool self_closing = false;
        const std::optional<std::size_t> end = params(i, close, tag.call, &self_closing, false);
        if (!end) {
            problem(begin, "markdown.shortcode.unclosed",
                    "shortcode `" + tag.call.name + "` has no closing `" + close +
                        "`; it is kept as text");
            return std::nullopt;
        }
        if (self_closing) tag.kind = TagKind::single;
        tag.end = *end;
        tag.call.source = std::string(text_.substr(begin, tag.end - begin));
        return tag;
    }

    // `{{ site.x }}` or `{{ page.x | filter }}`; anything else between braces is not Liquid's
    // business here (Go templates, Vue samples).
    std::optional<Tag> liquid_output(std::size_t begin) {
        std::size_t i = begin + 2;
        if (i < text_.size() && text_[i] == '-') ++i;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        const std::string_view rest = text_.substr(i);
        if (!rest.starts_with("site.") && !rest.starts_with("page.")) return std::nullopt;
        Tag tag;
        tag.begin = begin;
        tag.liquid = true;
        tag.call.syntax = EngineCall::Syntax::liquid_output;
        i = name(i, tag.call.name, "}}");
        std::size_t j = i;
        while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t')) ++j;
        if (j < text_.size() && text_[j] == '|') i = j + 1;  // filters: kept as params
        const std::optional<std::size_t> end = params(i, "}}", tag.call, nullptr, true);
        if (!end) {
            problem(begin, "markdown.liquid.unclosed",
                    "Liquid output `{{ " + tag.call.name + "` has no closing `}}`; it is kept as text");
            return std::nullopt;
        }
        tag.end = *end;
        tag.call.source = std::string(text_.substr(begin, tag.end - begin));
        return tag;
    }

    // The end of `{% endNAME %}` at or after `from`, and where it begins, if there is one.
    std::optional<std::pair<std::size_t, std::size_t>> find_end_tag(std::size_t from,
                                                                     std::string_view end_name) {
        for (std::size_t i = text_.find("{%", from); i != std::string_view::npos;
             i = text_.find("{%", i + 2)) {
            std::size_t j = i + 2;
            if (j < text_.size() && text_[j] == '-') ++j;
            while (j < text_.size() && is_space(text_[j])) ++j;
            if (text_.substr(j, end_name.size()) != end_name) continue;
            j += end_name.size();
            while (j < text_.size() && is_space(text_[j])) ++j;
            if (j < text_.size() && text_[j] == '-') ++j;
            if (text_.substr(j, 2) == "%}") return std::pair{i, j + 2};
        }
        return std::nullopt;
    }

    std::optional<Tag> liquid_tag(std::size_t begin) {
        Tag tag;
        tag.begin = begin;
        tag.liquid = true;
        tag.call.syntax = EngineCall::Syntax::liquid_tag;
        std::size_t i = begin + 2;
        if (i < text_.size() && text_[i] == '-') ++i;
        while (i < text_.size() && is_space(text_[i])) ++i;
        i = name(i, tag.call.name, "%}");
        if (tag.call.name.empty()) return std::nullopt;  // `{%` in prose, `{%}`
        const std::optional<std::size_t> end = params(i, "%}", tag.call, nullptr, true);
        if (!end) {
            problem(begin, "markdown.liquid.unclosed",
                    "Liquid tag `" + tag.call.name + "` has no closing `%}`; it is kept as text");
            return std::nullopt;
        }
        tag.end = *end;
        const std::string& tag_name = tag.call.name;
        if (tag_name == "raw" || tag_name == "comment") {
            // Their content is not Liquid: find the end tag now and skip over everything.
            const auto closing = find_end_tag(tag.end, "end" + tag_name);
            if (!closing) {
                problem(begin, "markdown.liquid.unclosed",
                        "Liquid `{% " + tag_name + " %}` has no `{% end" + tag_name +
                            " %}`; it is kept as text");
                return std::nullopt;
            }
            tag.inner_begin = tag.end;
            tag.inner_end = closing->first;
            tag.end = closing->second;
            tag.call.inner = std::string(text_.substr(tag.inner_begin, tag.inner_end - tag.inner_begin));
        } else if (tag_name.starts_with("end") && tag_name.size() > 3) {
            tag.kind = TagKind::close;
            tag.call.name = tag_name.substr(3);
        } else {
            tag.kind = TagKind::open;
        }
        tag.call.source = std::string(text_.substr(begin, tag.end - begin));
        return tag;
    }

    // Pairs closing tags with the nearest open tag of the same name and engine; opening tags
    // never closed stand alone. Keeps only the outermost spans.
    void pair(std::vector<Tag>& tags) {
        std::vector<EngineSpan> spans;
        std::vector<std::size_t> open;  // indexes into `tags`
        auto standalone = [&](const Tag& tag) {
            EngineSpan span;
            span.begin = tag.begin;
            span.end = tag.end;
            span.inner_begin = tag.inner_end > tag.inner_begin ? tag.inner_begin : tag.end;
            span.inner_end = tag.inner_end > tag.inner_begin ? tag.inner_end : tag.end;
            span.call = tag.call;
            spans.push_back(std::move(span));
        };
        for (std::size_t t = 0; t < tags.size(); ++t) {
            Tag& tag = tags[t];
            if (tag.kind == TagKind::single) {
                standalone(tag);
            } else if (tag.kind == TagKind::open) {
                open.push_back(t);
            } else {
                std::optional<std::size_t> match;
                for (std::size_t k = open.size(); k-- > 0 && open.size() - k <= kMaxOpenSearch;) {
                    const Tag& candidate = tags[open[k]];
                    if (candidate.call.name == tag.call.name && candidate.liquid == tag.liquid &&
                        candidate.call.syntax == tag.call.syntax) {
                        match = k;
                        break;
                    }
                }
                if (!match) {
                    problem(tag.begin,
                            tag.liquid ? "markdown.liquid.unopened" : "markdown.shortcode.unopened",
                            "closing `" + tag.call.source + "` has no opening tag; it is kept as text");
                    continue;
                }
                for (std::size_t k = *match + 1; k < open.size(); ++k) standalone(tags[open[k]]);
                Tag& opening = tags[open[*match]];
                open.resize(*match);
                EngineSpan span;
                span.begin = opening.begin;
                span.end = tag.end;
                span.inner_begin = opening.end;
                span.inner_end = tag.begin;
                span.call = std::move(opening.call);
                span.call.source = std::string(text_.substr(span.begin, span.end - span.begin));
                span.call.inner =
                    std::string(text_.substr(span.inner_begin, span.inner_end - span.inner_begin));
                spans.push_back(std::move(span));
            }
        }
        for (const std::size_t t : open) standalone(tags[t]);
        std::sort(spans.begin(), spans.end(), [](const EngineSpan& a, const EngineSpan& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        std::size_t covered = 0;
        for (EngineSpan& span : spans) {
            if (span.begin < covered) continue;
            covered = span.end;
            scan_.spans.push_back(std::move(span));
        }
        // Problems inside a paired call belong to whoever reads its inner text again.
        std::erase_if(scan_.problems, [&](const EngineSyntaxProblem& p) {
            const auto it = std::upper_bound(
                scan_.spans.begin(), scan_.spans.end(), p.offset,
                [](std::size_t offset, const EngineSpan& s) { return offset < s.begin; });
            return it != scan_.spans.begin() && std::prev(it)->end > p.offset &&
                   std::prev(it)->begin < p.offset;
        });
        std::sort(scan_.problems.begin(), scan_.problems.end(),
                  [](const EngineSyntaxProblem& a, const EngineSyntaxProblem& b) {
                      return a.offset < b.offset;
                  });
    }

    std::string_view text_;
    const EngineSyntaxOptions& options_;
    EngineSyntaxScan scan_;
    std::size_t next_blank_line_ = 0;  // the first blank line at or after the last tag looked at
};

std::string unescaped_shortcode(std::string_view source) {
    std::string out(source);
    const std::size_t open = out.find("/*");
    if (open != std::string::npos) out.erase(open, 2);
    const std::size_t close = out.rfind("*/");
    if (close != std::string::npos) out.erase(close, 2);
    return out;
}

void append_code_text(std::string& out, std::string_view text, const EngineSyntaxOptions& options,
                      int depth) {
    if (depth > kMaxCodeDepth) {
        out += text;
        return;
    }
    const EngineSyntaxScan scan = scan_engine_syntax(text, options);
    std::size_t at = 0;
    for (const EngineSpan& span : scan.spans) {
        out += text.substr(at, span.begin - at);
        at = span.end;
        const EngineCall& call = span.call;
        if (call.escaped) {
            out += unescaped_shortcode(call.source);
        } else if (call.syntax == EngineCall::Syntax::liquid_tag && call.name == "raw") {
            out += call.inner;
        } else if (call.syntax == EngineCall::Syntax::liquid_tag && call.name == "comment") {
            // Jekyll drops comments wherever they are.
        } else {
            out += text.substr(span.begin, span.inner_begin - span.begin);
            append_code_text(out, text.substr(span.inner_begin, span.inner_end - span.inner_begin),
                             options, depth + 1);
            out += text.substr(span.inner_end, span.end - span.inner_end);
        }
    }
    out += text.substr(at);
}

}  // namespace

EngineSyntaxScan scan_engine_syntax(std::string_view text, const EngineSyntaxOptions& options) {
    return Lexer(text, options).run();
}

std::string engine_syntax_in_code(std::string_view text, const EngineSyntaxOptions& options) {
    std::string out;
    out.reserve(text.size());
    append_code_text(out, text, options, 0);
    return out;
}

std::string escape_shortcodes_in_code(std::string_view text) {
    if (text.find("{{") == std::string_view::npos) return std::string(text);
    const EngineSyntaxScan scan = scan_engine_syntax(text, EngineSyntaxOptions{true, false});
    std::string out;
    std::size_t at = 0;
    for (const EngineSpan& span : scan.spans) {
        out += text.substr(at, span.begin - at);
        at = span.end;
        const std::string_view source = text.substr(span.begin, span.end - span.begin);
        if (span.call.escaped) {
            out += source;  // Hugo has no way to show an escape itself
            continue;
        }
        // `{{<` and `>}}` (or `%`) are three bytes at each end of every unescaped call.
        out += source.substr(0, 3);
        out += "/*";
        out += source.substr(3, source.size() - 6);
        out += "*/";
        out += source.substr(source.size() - 3);
    }
    out += text.substr(at);
    return out;
}

}  // namespace folio
