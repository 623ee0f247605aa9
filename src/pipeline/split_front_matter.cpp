#include "src/pipeline/split_front_matter.hpp"

#include <string_view>

namespace folio {

namespace {

// The line starting at `pos` without its newline, and where the next line starts.
std::string_view line_at(std::string_view text, std::size_t pos, std::size_t& next) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) {
        next = text.size();
        end = text.size();
    } else {
        next = end + 1;
    }
    return text.substr(pos, end - pos);
}

std::string_view trim_right(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool is_blank(std::string_view s) { return trim_right(s).empty(); }

Result<FrontMatterSplit> split_fenced(const SourceText& source, std::size_t open_line,
                                      std::size_t content_begin, FrontMatterSyntax syntax,
                                      std::string_view fence, std::string_view alt_fence) {
    std::string_view text = source.text();
    std::size_t pos = content_begin;
    while (pos < text.size()) {
        std::size_t next = 0;
        const std::string_view line = trim_right(line_at(text, pos, next));
        if (line == fence || (!alt_fence.empty() && line == alt_fence)) {
            return FrontMatterSplit{syntax, content_begin, pos, next};
        }
        pos = next;
    }
    return source.diagnostic(Severity::error, "front-matter.unterminated",
                             "front matter opened by '" + std::string(fence) +
                                 "' is never closed (expected a line '" + std::string(fence) +
                                 "')",
                             open_line);
}

// JSON front matter ends where the object that opens the file closes; braces inside strings
// do not count.
Result<FrontMatterSplit> split_json(const SourceText& source, std::size_t open) {
    std::string_view text = source.text();
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{') ++depth;
        else if (c == '}' && --depth == 0) {
            std::size_t next = 0;
            const std::string_view rest = line_at(text, i + 1, next);
            if (!is_blank(rest)) {
                return source.diagnostic(Severity::error, "front-matter.json.trailing",
                                         "unexpected text after the JSON front matter's closing '}'",
                                         i + 1);
            }
            return FrontMatterSplit{FrontMatterSyntax::json, open, i + 1, next};
        }
    }
    return source.diagnostic(Severity::error, "front-matter.unterminated",
                             "JSON front matter opened by '{' is never closed", open);
}

}  // namespace

Result<FrontMatterSplit> split_front_matter(const SourceText& source) {
    std::string_view text = source.text();
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t next = 0;
        const std::string_view line = line_at(text, pos, next);
        if (!is_blank(line)) {
            const std::string_view fence = trim_right(line);
            if (fence == "---") {
                return split_fenced(source, pos, next, FrontMatterSyntax::yaml, "---", "...");
            }
            if (fence == "+++") {
                return split_fenced(source, pos, next, FrontMatterSyntax::toml, "+++", "");
            }
            if (line.front() == '{') return split_json(source, pos);
            break;
        }
        pos = next;
    }
    return FrontMatterSplit{FrontMatterSyntax::none, 0, 0, 0};
}

}  // namespace folio
