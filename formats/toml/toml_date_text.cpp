#include "formats/toml/toml_date_text.hpp"

namespace folio {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters a TOML date-time literal is made of, apart from the one separating space.
bool is_date_char(char c) {
    return is_digit(c) || c == '-' || c == ':' || c == '.' || c == '+' || c == 'T' || c == 't' ||
           c == 'Z' || c == 'z';
}

}  // namespace

std::string_view toml_date_text_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size() || !is_digit(text[offset])) return {};
    std::size_t end = offset;
    while (end < text.size() && is_date_char(text[end])) ++end;
    // TOML allows a space instead of `T` between date and time (`1979-05-27 07:32:00`); a
    // space after a date that is not followed by a time ends the literal.
    const bool date_only_so_far = end - offset == 10 && text[offset + 4] == '-';
    if (date_only_so_far && end + 1 < text.size() && text[end] == ' ' && is_digit(text[end + 1]) &&
        end + 3 < text.size() && text[end + 3] == ':') {
        ++end;
        while (end < text.size() && is_date_char(text[end])) ++end;
    }
    return text.substr(offset, end - offset);
}

}  // namespace folio
