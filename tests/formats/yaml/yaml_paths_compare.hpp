#pragma once

// Test helper: decodes one YAML front matter by both paths (the fast path and yaml-cpp) and
// says how they differ, so a differential test can run over thousands of documents and print
// only what matters.

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <variant>

#include "formats/yaml/yaml_fast_path.hpp"

namespace folio::yaml_test {

// Every field of a value, with its type, doubles by bit pattern (so NaN equals NaN) and
// strings with their bytes escaped: two values describe alike exactly when they are the same.
inline std::string describe(const Value& value) {
    struct Describer {
        std::string operator()(const Null&) const { return "null"; }
        std::string operator()(const std::string& s) const {
            std::string out = "str\"";
            for (const char c : s) {
                const auto u = static_cast<unsigned char>(c);
                if (u < 0x20 || u == '"' || u == '\\' || u >= 0x7F) {
                    static const char* const kHex = "0123456789abcdef";
                    out += "\\x";
                    out += kHex[u >> 4];
                    out += kHex[u & 15];
                } else {
                    out += c;
                }
            }
            return out + "\"";
        }
        std::string operator()(bool b) const { return b ? "bool(true)" : "bool(false)"; }
        std::string operator()(std::int64_t i) const { return "int(" + std::to_string(i) + ")"; }
        std::string operator()(double d) const {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            return "float(" + std::to_string(d) + " bits " + std::to_string(bits) + ")";
        }
        std::string operator()(const Date& d) const {
            return "date(" + std::to_string(d.year) + "-" + std::to_string(d.month) + "-" +
                   std::to_string(d.day) + " t" + std::to_string(d.has_time) + " " +
                   std::to_string(d.hour) + ":" + std::to_string(d.minute) + ":" +
                   std::to_string(d.second) + "." + std::to_string(d.nanosecond) + "/" +
                   std::to_string(d.fraction_digits) + " off " +
                   (d.offset_minutes ? std::to_string(*d.offset_minutes) : "none") + " z" +
                   std::to_string(d.offset_is_z) + ")";
        }
        std::string operator()(const ValueList& list) const {
            std::string out = "[";
            for (const Value& item : list) out += describe(item) + ", ";
            return out + "]";
        }
        std::string operator()(const Map& map) const {
            std::string out = "{";
            for (const auto& [key, item] : map) out += "\"" + key + "\": " + describe(item) + ", ";
            return out + "}";
        }
    };
    return std::visit(Describer{}, value.data);
}

// The whole front matter, positions included (`SourcePos ==` ignores them on purpose).
inline std::string describe(const FrontMatter& front_matter) {
    std::string out;
    for (std::size_t i = 0; i < front_matter.entries.size(); ++i) {
        const auto& [key, value] = front_matter.entries[i];
        out += key + " @";
        if (i < front_matter.positions.size()) {
            out += std::to_string(front_matter.positions[i].line) + ":" +
                   std::to_string(front_matter.positions[i].column);
        } else {
            out += "?";
        }
        out += " = " + describe(value) + "\n";
    }
    if (front_matter.positions.size() != front_matter.entries.size()) {
        out += "positions differ in count\n";
    }
    return out;
}

/// What decoding one document both ways showed.
struct PathComparison {
    bool fast = false;       ///< the fast path accepted the document
    bool yaml_cpp_ok = false;
    std::string mismatch;    ///< empty when the paths agree (or the fast path declined)
};

/// Decodes `front_matter`, placed after a `---` line of a Markdown file, both ways.
inline PathComparison compare_paths(const std::string& front_matter) {
    const SourceText source("t.md", "---\n" + front_matter + "---\nBody.\n");
    const std::size_t begin = 4;
    const std::size_t end = begin + front_matter.size();
    PathComparison out;
    const std::optional<FrontMatter> fast = decode_simple_yaml_front_matter(source, begin, end);
    const Result<FrontMatter> slow = decode_yaml_front_matter_with_yaml_cpp(source, begin, end);
    out.fast = fast.has_value();
    out.yaml_cpp_ok = slow.ok();
    if (!fast) return out;
    if (!slow) {
        out.mismatch =
            "fast path accepted what yaml-cpp refuses: " + format_diagnostic(slow.error());
        return out;
    }
    const std::string fast_text = describe(*fast);
    const std::string slow_text = describe(*slow);
    if (fast_text != slow_text) {
        out.mismatch = "fast path:\n" + fast_text + "yaml-cpp:\n" + slow_text;
    }
    return out;
}

}  // namespace folio::yaml_test
