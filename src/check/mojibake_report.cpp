#include "src/check/mojibake_report.hpp"

#include <string>
#include <vector>

#include "src/text/mojibake.hpp"

namespace folio {

void report_mojibake(const SourceText& source, std::string_view code, MojibakeReports which,
                     Diagnostics& diagnostics) {
    const std::vector<Mojibake> runs = find_mojibake(source.text());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Mojibake& m = runs[i];
        std::string message = "suspected mojibake '" + m.found + "' (UTF-8 read as " +
                              std::string(m.codec) + "): probably '" + m.repaired + "'";
        if (which == MojibakeReports::once_per_article) {
            const std::size_t more = runs.size() - 1;
            if (more > 0) {
                message += " (and " + std::to_string(more) + " more in this article)";
            }
            message += "; --fix-mojibake repairs " + std::string(more > 0 ? "them" : "it");
        } else {
            message += "; --fix-mojibake repairs it";
        }
        diagnostics.report(source.diagnostic(Severity::warning, std::string(code),
                                             std::move(message), m.offset));
        if (which == MojibakeReports::once_per_article) return;
    }
}

}  // namespace folio
