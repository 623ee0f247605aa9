#include "src/diagnostics/once_per_run.hpp"

namespace folio {

Diagnostics once_per_run(Diagnostics diagnostics, std::string_view code, bool& noted) {
    Diagnostics kept;
    for (const Diagnostic& d : diagnostics.items()) {
        if (d.code == code) {
            if (noted) continue;
            noted = true;
        }
        kept.report(d);
    }
    return kept;
}

}  // namespace folio
