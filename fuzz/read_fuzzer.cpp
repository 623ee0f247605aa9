// bytes → read_article → `folio inspect` JSON: never crashes, and the dump is valid JSON in
// valid UTF-8 whatever the input bytes were.

#include "src/ast/article_json.hpp"
#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::Diagnostics diagnostics;
    std::optional<folio::Article> article = folio::fuzz::read_input(data, size, diagnostics);
    if (!article) return 0;
    const std::string json = folio::dump_json({*article});
    folio::fuzz::require_utf8(json, "inspect JSON");
    folio::fuzz::require_valid_json(json, "inspect JSON");
    return 0;
}
