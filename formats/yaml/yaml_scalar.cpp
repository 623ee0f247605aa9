#include "formats/yaml/yaml_scalar.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace folio {

namespace {

bool all_of(std::string_view text, bool (*accept)(char)) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (!accept(c)) return false;
    }
    return true;
}

bool is_decimal(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> spellings) {
    for (const auto spelling : spellings) {
        if (text == spelling) return true;
    }
    return false;
}

// Core schema: only `0x` and `0o` integers are unsigned; a sign is allowed on decimals only,
// so `-0x10` is text. Hex and octal out of int64 range stay text too: there is no float to
// round them to that a reader would recognise.
std::optional<Value> integer_value(std::string_view text) {
    int base = 10;
    std::string_view digits = text;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o')) {
        base = text[1] == 'x' ? 16 : 8;
        digits = text.substr(2);
        if (!all_of(digits, base == 16 ? is_hex : is_octal)) return std::nullopt;
    } else {
        const std::string_view unsigned_part =
            (!text.empty() && (text[0] == '-' || text[0] == '+')) ? text.substr(1) : text;
        if (!all_of(unsigned_part, is_decimal)) return std::nullopt;
        // from_chars takes a leading '-' but not '+'.
        if (text[0] == '+') digits = unsigned_part;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (error == std::errc() && end == digits.data() + digits.size()) return Value{value};
    if (base != 10) return std::nullopt;
    // A decimal integer beyond int64 is still a number: keep it as the nearest float.
    double approximate = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), approximate);
    return Value{approximate};
}

// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?` and the spelled-out
// infinities and NaNs.
std::optional<Value> float_value(std::string_view text) {
    if (is_one_of(text, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})) {
        return Value{std::numeric_limits<double>::infinity()};
    }
    if (is_one_of(text, {"-.inf", "-.Inf", "-.INF"})) {
        return Value{-std::numeric_limits<double>::infinity()};
    }
    if (is_one_of(text, {".nan", ".NaN", ".NAN"})) return Value{std::numeric_limits<double>::quiet_NaN()};

    std::size_t pos = 0;
    const auto digits_from = [&](std::size_t from) {
        std::size_t at = from;
        while (at < text.size() && is_decimal(text[at])) ++at;
        return at - from;
    };
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
    const std::size_t integer_digits = digits_from(pos);
    pos += integer_digits;
    std::size_t fraction_digits = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        fraction_digits = digits_from(pos);
        pos += fraction_digits;
    }
    if (integer_digits == 0 && fraction_digits == 0) return std::nullopt;
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
        const std::size_t exponent_digits = digits_from(pos);
        if (exponent_digits == 0) return std::nullopt;
        pos += exponent_digits;
    }
    if (pos != text.size()) return std::nullopt;
    // from_chars rejects a leading '+' and reads "1." fine; it is locale-independent.
    double value = 0;
    const std::string_view number = text.substr(text[0] == '+' ? 1 : 0);
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error == std::errc::result_out_of_range) {
        // Too large reads as infinity, too small (a negative exponent) as zero, as YAML
        // libraries store them; the shape was already checked above.
        const std::size_t e = text.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && text[e + 1] == '-';
        const double magnitude = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return Value{text[0] == '-' ? -magnitude : magnitude};
    }
    if (error != std::errc() || end != number.data() + number.size()) return std::nullopt;
    return Value{value};
}

}  // namespace

Value type_plain_yaml_scalar(std::string_view text) {
    if (text.empty() || is_one_of(text, {"~", "null", "Null", "NULL"})) return Value{Null{}};
    // YAML 1.2: only these six are booleans. `yes`, `no`, `on`, `off` (YAML 1.1 booleans) stay
    // text, so a Norwegian country code `no` or a title `On` is not silently turned into false.
    if (is_one_of(text, {"true", "True", "TRUE"})) return Value{true};
    if (is_one_of(text, {"false", "False", "FALSE"})) return Value{false};
    if (auto integer = integer_value(text)) return *std::move(integer);
    if (auto number = float_value(text)) return *std::move(number);
    // YAML 1.1 timestamps (Hugo reads unquoted dates as dates); impossible ones such as
    // 2026-02-30 stay dates so the field mapper can say what is wrong with them.
    if (auto date = parse_date(text)) return Value{*date};
    return Value{std::string(text)};
}

}  // namespace folio
