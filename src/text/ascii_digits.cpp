#include "src/text/ascii_digits.hpp"

namespace folio {

bool all_ascii_digits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

}  // namespace folio
