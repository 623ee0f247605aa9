#include "src/text/language_tag.hpp"

#include <algorithm>
#include <cctype>

namespace folio {

std::string language_tag(std::string_view text) {
    std::string tag(text);
    std::replace(tag.begin(), tag.end(), '_', '-');
    std::size_t run = 0;  // characters in the current subtag
    bool first = true;
    for (const char c : tag) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '-') {
            if (run == 0) return {};
            run = 0;
            first = false;
        } else if (std::isalpha(byte) || (!first && std::isdigit(byte))) {
            if (++run > 8) return {};
        } else {
            return {};
        }
    }
    return run == 0 ? std::string() : tag;
}

}  // namespace folio
