// bytes → the Ghost export reader, and the same bytes as a lexical and a mobiledoc body. The
// reader never throws and never fails: every post it delivers has a body of valid UTF-8 and a
// position inside the file, and every diagnostic points inside it too.

#include <algorithm>
#include <string>

#include "formats/ghost/ghost_export.hpp"
#include "formats/ghost/lexical_html.hpp"
#include "formats/ghost/mobiledoc_html.hpp"
#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const folio::SourceText file("export.json", bytes);
    const auto lines = static_cast<std::uint32_t>(
        std::count(file.text().begin(), file.text().end(), '\n') + 1);
    folio::Diagnostics diagnostics;
    folio::read_ghost_export(file, diagnostics, [&](folio::ExportedPost&& post) {
        folio::fuzz::require_utf8(post.html, "Ghost post body");
        folio::fuzz::require_utf8(post.meta.title, "Ghost post title");
        if (post.at.line == 0 || post.at.line > lines) {
            folio::fuzz::fail("Ghost post position", "outside the file");
        }
    });
    for (const folio::Diagnostic& d : diagnostics.items()) {
        if (d.line == 0 || d.line > lines) folio::fuzz::fail("Ghost diagnostic", d.message);
    }
    // Lexical and mobiledoc arrive as JSON strings, so as valid UTF-8.
    for (const bool lexical : {true, false}) {
        folio::GhostBody body;
        if (lexical) folio::render_lexical(file.text(), body);
        else folio::render_mobiledoc(file.text(), body);
        folio::fuzz::require_utf8(body.html, "Ghost body rendered from JSON");
    }
    return 0;
}
