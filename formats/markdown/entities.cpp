#include "formats/markdown/entities.hpp"

#include <algorithm>

#include "formats/markdown/html_entities.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

int digit_value(char c, int base) {
    if (c >= '0' && c <= '9') return c - '0';
    if (base == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (base == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// `digits` is what follows `&#` or `&#x`. md4c already limits the length (7 decimal or 6 hex
// digits), but the value is saturated anyway so a longer run cannot overflow.
char32_t numeric_value(std::string_view digits, int base) {
    if (digits.empty()) return kReplacement;
    char32_t value = 0;
    for (const char c : digits) {
        const int d = digit_value(c, base);
        if (d < 0) return kReplacement;
        value = std::min<char32_t>(value * static_cast<char32_t>(base) + static_cast<char32_t>(d),
                                   0x110000);
    }
    return value;
}

// CommonMark: a numeric reference to U+0000 also becomes U+FFFD (append_utf8 handles the rest).
void append_numeric(std::string& out, char32_t code_point) {
    append_utf8(out, code_point == 0 ? kReplacement : code_point);
}

}  // namespace

void append_entity(std::string_view reference, std::string& out) {
    if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';') {
        out += reference;
        return;
    }
    const std::string_view body = reference.substr(1, reference.size() - 2);
    if (body.front() == '#') {
        if (body.size() > 1 && (body[1] == 'x' || body[1] == 'X')) {
            append_numeric(out, numeric_value(body.substr(2), 16));
        } else {
            append_numeric(out, numeric_value(body.substr(1), 10));
        }
        return;
    }
    const auto table = html_entities();
    const auto it =
        std::lower_bound(table.begin(), table.end(), body,
                         [](const HtmlEntity& e, std::string_view name) { return e.name < name; });
    if (it != table.end() && it->name == body) {
        out += it->utf8;
    } else {
        out += reference;
    }
}

}  // namespace folio
