#include "formats/yaml/yaml_nesting_guard.hpp"

#include <vector>

namespace folio {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// One pass over the text, line by line. Only what changes nesting is tracked: open flow
// brackets, open block nodes (as the columns they start at), quoted text that may span lines,
// and block scalars (`|`, `>`), whose more-indented lines are text, not structure.
class NestingScan {
public:
    NestingScan(std::string_view text, std::size_t max_depth) : text_(text), max_(max_depth) {}

    std::optional<std::size_t> run() {
        std::size_t line_start = 0;
        while (line_start < text_.size()) {
            std::size_t line_end = text_.find('\n', line_start);
            if (line_end == std::string_view::npos) line_end = text_.size();
            if (const auto deep = scan_line(line_start, line_end)) return deep;
            line_start = line_end + 1;
        }
        return std::nullopt;
    }

private:
    std::optional<std::size_t> scan_line(std::size_t start, std::size_t end) {
        std::size_t pos = start;
        while (pos < end && text_[pos] == ' ') ++pos;
        const std::size_t indent = pos - start;
        if (block_scalar_indent_) {
            if (pos == end || indent > *block_scalar_indent_) return std::nullopt;
            block_scalar_indent_.reset();
        }
        if (quote_ != 0) {
            pos = skip_quoted(pos, end);
            at_scalar_start_ = false;
        } else if (flow_depth_ == 0) {
            if (pos == end || text_[pos] == '#') return std::nullopt;
            line_indent_ = indent;
            if (const auto deep = open_block_node(pos - start, pos)) return deep;
            at_scalar_start_ = true;
            // `- - - x` and `? - x` open one block node per indicator on a single line.
            while (pos + 1 <= end && is_block_indicator(pos, end)) {
                ++pos;
                while (pos < end && is_blank(text_[pos])) ++pos;
                if (pos == end) break;
                if (const auto deep = open_block_node(pos - start, pos)) return deep;
            }
        }
        return scan_tokens(pos, end);
    }

    bool is_block_indicator(std::size_t pos, std::size_t end) const {
        const char c = text_[pos];
        if (c != '-' && c != '?' && c != ':') return false;
        return pos + 1 == end || is_blank(text_[pos + 1]);
    }

    std::optional<std::size_t> open_block_node(std::size_t column, std::size_t offset) {
        while (!block_columns_.empty() && block_columns_.back() >= column) block_columns_.pop_back();
        block_columns_.push_back(column);
        return check(offset);
    }

    std::optional<std::size_t> check(std::size_t offset) const {
        if (block_columns_.size() + flow_depth_ > max_) return offset;
        return std::nullopt;
    }

    std::optional<std::size_t> scan_tokens(std::size_t pos, std::size_t end) {
        bool after_blank = true;
        while (pos < end) {
            const char c = text_[pos];
            if (is_blank(c)) {
                after_blank = true;
                ++pos;
                continue;
            }
            if (c == '#' && after_blank) return std::nullopt;  // a comment runs to the line end
            after_blank = false;
            if ((c == '\'' || c == '"') && at_scalar_start_) {
                quote_ = c;
                pos = skip_quoted(pos + 1, end);
                at_scalar_start_ = false;
                closed_quote_ = quote_ == 0;
                continue;
            }
            const bool closed_quote = closed_quote_;
            closed_quote_ = false;
            if (c == '[' || c == '{') {
                // In block context a bracket inside a plain scalar (`a[1]`) is just text.
                if (flow_depth_ > 0 || at_scalar_start_) {
                    ++flow_depth_;
                    if (const auto deep = check(pos)) return deep;
                    at_scalar_start_ = true;
                } else {
                    at_scalar_start_ = false;
                }
            } else if (c == ']' || c == '}') {
                if (flow_depth_ > 0) --flow_depth_;
                at_scalar_start_ = false;
            } else if (c == ',' && flow_depth_ > 0) {
                at_scalar_start_ = true;
            } else if (c == ':' && is_value_indicator(pos, end, closed_quote)) {
                at_scalar_start_ = true;
            } else if (c == '-' && at_scalar_start_ && (pos + 1 == end || is_blank(text_[pos + 1]))) {
                at_scalar_start_ = true;
            } else if ((c == '!' || c == '&') && at_scalar_start_) {
                // A tag or anchor: the scalar it applies to starts after it.
                while (pos < end && !is_blank(text_[pos]) &&
                       !(flow_depth_ > 0 && is_flow_indicator(text_[pos]))) {
                    ++pos;
                }
                continue;
            } else if ((c == '|' || c == '>') && at_scalar_start_ && flow_depth_ == 0) {
                block_scalar_indent_ = line_indent_;
                return std::nullopt;
            } else {
                at_scalar_start_ = false;
            }
            ++pos;
        }
        return std::nullopt;
    }

    bool is_value_indicator(std::size_t pos, std::size_t end, bool after_quote) const {
        if (pos + 1 == end || is_blank(text_[pos + 1])) return true;
        return flow_depth_ > 0 && (after_quote || is_flow_indicator(text_[pos + 1]));
    }

    // Skips quoted text from `pos` up to and including its closing quote; `quote_` stays set
    // when the line ends first, as both quoted styles may continue on the next line.
    std::size_t skip_quoted(std::size_t pos, std::size_t end) {
        while (pos < end) {
            const char c = text_[pos];
            if (quote_ == '"' && c == '\\') {
                pos += 2;
                continue;
            }
            if (c == quote_) {
                if (quote_ == '\'' && pos + 1 < end && text_[pos + 1] == '\'') {
                    pos += 2;
                    continue;
                }
                quote_ = 0;
                return pos + 1;
            }
            ++pos;
        }
        return end;
    }

    std::string_view text_;
    std::size_t max_;
    std::size_t flow_depth_ = 0;
    std::vector<std::size_t> block_columns_;
    std::size_t line_indent_ = 0;
    std::optional<std::size_t> block_scalar_indent_;
    char quote_ = 0;
    bool at_scalar_start_ = true;
    bool closed_quote_ = false;
};

}  // namespace

std::optional<std::size_t> find_deep_yaml_nesting(std::string_view text, std::size_t max_depth) {
    return NestingScan(text, max_depth).run();
}

}  // namespace folio
