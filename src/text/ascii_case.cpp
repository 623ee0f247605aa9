#include "src/text/ascii_case.hpp"

namespace folio {

void assign_ascii_lower(std::string& out, std::string_view text) {
    out.assign(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
}

std::string ascii_lower(std::string_view text) {
    std::string out;
    assign_ascii_lower(out, text);
    return out;
}

bool equals_ascii_lower(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
    }
    return true;
}

}  // namespace folio
