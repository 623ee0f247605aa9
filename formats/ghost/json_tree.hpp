#pragma once

// A JSON document as a tree that remembers where each value starts, for Ghost's export: the
// repository's other JSON (nlohmann) reports no positions, and a damaged export must still give
// up every post that can be read. Ghost writes its tables as arrays of rows that each open with
// `{"id":`, so after damage inside a row the parser picks up at the next row of that array.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// One JSON value. Objects keep their keys in order in `keys`, parallel to `items`.
struct JsonValue {
    enum class Kind : std::uint8_t { null, boolean, number, string, array, object };
    Kind kind = Kind::null;
    bool flag = false;       ///< a boolean's value
    bool complete = true;    ///< false when damage cut this value (or a value in it) short
    std::size_t offset = 0;  ///< byte offset of the value's first character in the parsed text
    std::size_t end = 0;     ///< byte offset just past its last character (complete values)
    std::string text;        ///< a string, unescaped; a number as written
    std::vector<std::string> keys;
    std::vector<JsonValue> items;

    /// The member `key` of an object, or nullptr (also for anything that is not an object).
    const JsonValue* get(std::string_view key) const;
    /// The string member `key`, empty when absent, null or not a string.
    std::string_view str(std::string_view key) const;
    /// The string or number member `key` as written (ids are numbers in Ghost 0.x exports),
    /// empty otherwise.
    std::string_view scalar(std::string_view key) const;
    bool is_string() const { return kind == Kind::string; }
    bool is_array() const { return kind == Kind::array; }
    bool is_object() const { return kind == Kind::object; }
    /// A number's value (0 when not a number), true for `true`, 1/0 for strings "1"/"0".
    std::int64_t integer() const;
};

/// Damage found while parsing: where and what.
struct JsonError {
    std::size_t offset = 0;
    std::string message;
};

struct JsonParse {
    JsonValue root;
    std::vector<JsonError> errors;  ///< in the order met; empty for a valid document
};

/// Parses `text`, recursing only `max_depth` containers deep (deeper is an error, so hostile
/// input cannot overflow the stack). Never throws for bad input: what was read
/// before the damage stays in the tree, the values it cut short marked incomplete.
JsonParse parse_json_tree(std::string_view text, std::size_t max_depth = 200);

}  // namespace folio
