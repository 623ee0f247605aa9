#include "formats/yaml/yaml_front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "formats/yaml/yaml_fast_path.hpp"
#include "formats/yaml/yaml_nesting_guard.hpp"
#include "formats/yaml/yaml_scalar.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxDepth = 64;
// yaml-cpp shares the node an alias points at, so ten aliases of ten aliases of ... convert
// exponentially: cap the values converted, not the nodes parsed.
constexpr std::size_t kMaxValues = 100'000;

constexpr const char* kSyntax = "front-matter.yaml.syntax";

// yaml-cpp's messages, reworded where they would puzzle someone who just wrote a blog post.
std::string tidy_message(const std::string& message) {
    static const std::pair<std::string_view, std::string_view> kRewrites[] = {
        {"illegal map value", "unexpected ':' (quote text that contains \": \")"},
        {"illegal tab when looking for indentation", "tab used for indentation (indent with spaces)"},
        {"illegal EOF in scalar", "quoted text is not closed before the end of the front matter"},
        {"end of sequence flow not found", "'[' is not closed by ']'"},
        {"end of map flow not found", "'{' is not closed by '}'"},
        {"the referenced anchor is not defined", "alias refers to an anchor that is not defined"},
        {"unknown token", "unexpected character"},
        {"illegal block entry", "unexpected list item '-'"},
        {"illegal flow end", "unexpected closing bracket"},
    };
    for (const auto& [from, to] : kRewrites) {
        if (message == from) return "invalid YAML: " + std::string(to);
    }
    return "invalid YAML: " + message;
}

// Turns a yaml-cpp node tree into `Value`s, counting what it converts. yaml-cpp marks are
// 0-based inside the snippet; `pos` is the byte offset, so `begin_ + pos` is the file offset.
class Converter {
public:
    Converter(const SourceText& source, std::size_t begin, std::size_t end)
        : source_(source), begin_(begin), end_(end) {}

    Result<FrontMatter> top_level(const YAML::Node& root) {
        FrontMatter out;
        if (!root.IsDefined() || root.IsNull()) return out;  // `---\n---`: no keys at all
        if (!root.IsMap()) {
            return error("front-matter.not-a-map",
                         std::string("front matter must be a map of keys to values, not a ") +
                             (root.IsSequence() ? "list" : "single value"),
                         root.Mark());
        }
        auto map = convert_map(root, 1, &out.positions);
        if (!map) return map.error();
        out.entries = std::move(std::get<Map>(map->data));
        out.warnings = std::move(warnings_);
        return out;
    }

    Diagnostic error(std::string code, std::string message, const YAML::Mark& mark) const {
        return source_.diagnostic(Severity::error, std::move(code), std::move(message), offset(mark));
    }

private:
    std::vector<Diagnostic> warnings_;  ///< repeated keys, read past
    std::size_t offset(const YAML::Mark& mark) const {
        if (mark.is_null() || mark.pos < 0) return begin_;
        return begin_ + static_cast<std::size_t>(mark.pos);
    }

    Result<Value> convert(const YAML::Node& node, std::size_t depth) {
        if (++converted_ > kMaxValues) {
            return error("front-matter.too-large",
                         "front matter expands to more than " + std::to_string(kMaxValues) +
                             " values (too many aliases?)",
                         node.Mark());
        }
        if (depth > kMaxDepth) {
            return error("front-matter.too-large",
                         "front matter nests deeper than " + std::to_string(kMaxDepth) + " levels",
                         node.Mark());
        }
        switch (node.Type()) {
            case YAML::NodeType::Null:
            case YAML::NodeType::Undefined: return Value{Null{}};
            case YAML::NodeType::Scalar: {
                if (auto unclosed = unclosed_quote(node)) return *std::move(unclosed);
                return scalar(node);
            }
            case YAML::NodeType::Sequence: return convert_list(node, depth);
            case YAML::NodeType::Map: return convert_map(node, depth, nullptr);
        }
        return Value{Null{}};
    }

    // yaml-cpp ends a quoted scalar that is never closed at the end of its input without a
    // word (`title: "Hello` then `date: ...` became one title, the date lost); YAML 1.1 parsers
    // (PyYAML, Hugo's, Jekyll's) refuse it. Its closing quote is looked for from where yaml-cpp
    // says it starts, so each quoted scalar's text is scanned once more.
    std::optional<Diagnostic> unclosed_quote(const YAML::Node& node) const {
        if (node.Tag() != "!" || node.Mark().is_null() || node.Mark().pos < 0) return std::nullopt;
        const std::size_t at = offset(node.Mark());
        const std::string_view text = source_.text();
        if (at >= end_ || (text[at] != '"' && text[at] != '\'')) return std::nullopt;
        const char quote = text[at];
        for (std::size_t i = at + 1; i < end_; ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i;  // an escape: the next character is never the closing quote
            } else if (text[i] == quote) {
                // `''` inside single quotes is one quote, not the end.
                if (quote == '\'' && i + 1 < end_ && text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return std::nullopt;
            }
        }
        return error(kSyntax,
                     "invalid YAML: quoted text is not closed before the end of the front matter "
                     "(the lines after it would become part of it)",
                     node.Mark());
    }

    // Quoted and block scalars carry the non-specific tag "!" and explicit `!!str` forces
    // text; only plain scalars ("?") and other explicit tags are typed by their content.
    static Value scalar(const YAML::Node& node) {
        const std::string& tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str") return Value{text_of(node)};
        return type_plain_yaml_scalar(text_of(node));
    }

    // yaml-cpp 0.7 decodes the escapes `\N` (U+0085) and `\_` (U+00A0) to one Latin-1 byte
    // each instead of UTF-8 (fuzz finding: a key `"e\_erpt"` reached a Hugo page as invalid
    // UTF-8). The text it reads is valid UTF-8 (read_article sees to that), so a lone 0x85 or
    // 0xA0 in its result can only be such an escape: it becomes the character it names.
    static std::string text_of(const YAML::Node& node) {
        const std::string& text = node.Scalar();
        if (find_invalid_utf8(text) == std::string::npos) return text;
        std::string out;
        out.reserve(text.size() + 4);
        for (std::size_t pos = 0; pos < text.size();) {
            const std::size_t bad = find_invalid_utf8(std::string_view(text).substr(pos));
            if (bad == std::string::npos) {
                out.append(text, pos, std::string::npos);
                break;
            }
            out.append(text, pos, bad);
            const auto byte = static_cast<unsigned char>(text[pos + bad]);
            if (byte == 0x85 || byte == 0xA0) {
                append_utf8(out, byte);
            } else {
                out += static_cast<char>(byte);  // not an escape of yaml-cpp's: left as it is
            }
            pos += bad + 1;
        }
        return out;
    }

    Result<Value> convert_list(const YAML::Node& node, std::size_t depth) {
        ValueList list;
        list.reserve(node.size());
        for (const auto& item : node) {
            auto value = convert(item, depth + 1);
            if (!value) return value.error();
            list.push_back(std::move(*value));
        }
        return Value{std::move(list)};
    }

    Result<Value> convert_map(const YAML::Node& node, std::size_t depth,
                              std::vector<SourcePos>* positions) {
        Map map;
        std::unordered_set<std::string> seen;
        for (const auto& pair : node) {
            const YAML::Node& key = pair.first;
            if (!key.IsScalar()) {
                return error(kSyntax,
                             std::string("invalid YAML: a key must be plain text, not a ") +
                                 (key.IsMap() ? "map" : key.IsSequence() ? "list" : "null"),
                             key.Mark());
            }
            if (auto unclosed = unclosed_quote(key)) return *std::move(unclosed);
            std::string name = text_of(key);
            auto value = convert(pair.second, depth + 1);
            if (!value) return value.error();
            if (!seen.insert(name).second) {
                // Hugo builds such a page with the last value (Go's YAML decoder keeps it), so
                // the article is read the same way and the repeat is only pointed out.
                warnings_.push_back(source_.diagnostic(
                    Severity::warning, "front-matter.duplicate-key",
                    "duplicate key '" + name + "': the last value is used, as Hugo does",
                    offset(key.Mark())));
                const auto first = std::find_if(map.begin(), map.end(),
                                                [&](const auto& entry) { return entry.first == name; });
                first->second = std::move(*value);
                if (positions)
                    (*positions)[static_cast<std::size_t>(first - map.begin())] =
                        value_position(key, pair.second);
                continue;
            }
            if (positions) positions->push_back(value_position(key, pair.second));
            map.emplace_back(std::move(name), std::move(*value));
        }
        return Value{std::move(map)};
    }

    // An empty value (`key:`) is marked where the next token starts, often the next line:
    // point at its key instead.
    SourcePos value_position(const YAML::Node& key, const YAML::Node& value) const {
        const YAML::Mark& mark = value.Mark();
        if (value.IsNull() && (mark.is_null() || mark.line != key.Mark().line)) {
            return source_.position(offset(key.Mark()));
        }
        return source_.position(offset(mark));
    }

    const SourceText& source_;
    std::size_t begin_;
    std::size_t end_;
    std::size_t converted_ = 0;
};

}  // namespace

Result<FrontMatter> decode_yaml_front_matter_with_yaml_cpp(const SourceText& source,
                                                           std::size_t begin, std::size_t end) {
    const std::string_view snippet = std::string_view(source.text()).substr(begin, end - begin);
    if (const auto deep = find_deep_yaml_nesting(snippet, kMaxDepth)) {
        return source.diagnostic(Severity::error, "front-matter.too-large",
                                 "front matter nests deeper than " + std::to_string(kMaxDepth) +
                                     " levels",
                                 begin + *deep);
    }
    Converter converter(source, begin, end);
    try {
        const YAML::Node root = YAML::Load(std::string(snippet));
        return converter.top_level(root);
    } catch (const YAML::Exception& e) {
        return converter.error(kSyntax, tidy_message(e.msg), e.mark);
    } catch (const std::bad_alloc&) {
        throw;  // out of memory is not a syntax error: let the program fail as it should
    } catch (const std::exception& e) {
        return source.diagnostic(Severity::error, kSyntax,
                                 std::string("invalid YAML: ") + e.what(), begin);
    }
}

// yaml-cpp scans with regular expressions character by character, which made it the largest
// cost of reading an article; the fast path decodes the usual shapes of front matter and says
// "not handled" for everything else, so yaml-cpp still owns every error and every rare feature.
Result<FrontMatter> decode_yaml_front_matter(const SourceText& source, std::size_t begin,
                                             std::size_t end) {
    if (auto simple = decode_simple_yaml_front_matter(source, begin, end)) {
        return *std::move(simple);
    }
    return decode_yaml_front_matter_with_yaml_cpp(source, begin, end);
}

}  // namespace folio
