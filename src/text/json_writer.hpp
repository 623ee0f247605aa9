#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// Writes pretty-printed JSON (two-space indent) straight into a string, for dumps large
/// enough that building a document tree first would cost more than the data itself. The caller
/// pairs every begin with its end; keys go before values inside objects. Invalid UTF-8 in
/// strings is written as U+FFFD, so the output is always valid JSON.
class JsonWriter {
public:
    /// Appends to `out`, which the caller owns and must outlive the writer. `depth` is the
    /// indentation level the first value starts at (to continue an enclosing document).
    explicit JsonWriter(std::string& out, int depth = 0) : out_(out), depth_(depth) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The key of the next value in the current object.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(bool flag);
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(unsigned number) { value(static_cast<std::int64_t>(number)); }
    /// Shortest text that reads back as the same double; `inf`, `-inf` and `nan`, which JSON
    /// cannot hold as numbers, are written as those strings.
    void value(double number);
    void null();

    /// `"key": value` in one call.
    template <typename T>
    void field(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

private:
    void before_value();
    void newline();

    std::string& out_;
    int depth_;
    // Per open container: has it written an element yet? Decides between `[]` and a newline.
    std::vector<bool> has_elements_;
    bool after_key_ = false;
};

/// `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace folio
