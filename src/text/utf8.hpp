#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

/// Decodes one UTF-8 character at `text[pos]`, advancing `pos`; returns U+FFFD and advances
/// one byte on an invalid sequence.
char32_t next_code_point(std::string_view text, std::size_t& pos);
/// Appends `code_point` as UTF-8.
void append_utf8(std::string& out, char32_t code_point);
/// Offset of the first byte at or after `pos` that is not ASCII, or the text's size. Eight
/// bytes at a time: most articles are mostly ASCII, and this runs over every byte of them.
std::size_t skip_ascii(std::string_view text, std::size_t pos = 0);
/// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view text);
/// Invalid sequences replaced by U+FFFD.
std::string to_valid_utf8(std::string_view text);

}  // namespace folio
