#include "src/web/script_json.hpp"

namespace folio {

void append_script_safe_json(std::string& out, std::string_view json) {
    out.reserve(out.size() + json.size());
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < json.size(); ++i) {
        std::string_view escape;
        std::size_t length = 1;
        const char c = json[i];
        if (c == '<') {
            escape = "\\u003c";
        } else if (c == '>') {
            escape = "\\u003e";
        } else if (c == '&') {
            escape = "\\u0026";
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            escape = json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            length = 3;
        } else {
            continue;
        }
        out.append(json, run_start, i - run_start);
        out += escape;
        i += length - 1;
        run_start = i + 1;
    }
    out.append(json, run_start, json.size() - run_start);
}

}  // namespace folio
