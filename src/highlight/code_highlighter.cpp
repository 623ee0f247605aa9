#include "src/highlight/code_highlighter.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <string>

#include "src/highlight/highlight_module_abi.hpp"
#include "src/modules/module_loader.hpp"
#include "src/render/html_escape.hpp"

namespace folio {
namespace {

constexpr const char* module_file = "folio-highlight.so";

constexpr std::array<const char*, folio_token_kind_count> class_names = {
    "",           "hl-keyword", "hl-function", "hl-variable", "hl-operator",     "hl-builtin",
    "hl-preproc", "hl-attr",    "hl-string",   "hl-escape",   "hl-type",         "hl-number",
    "hl-constant", "hl-comment", "hl-alert",   "hl-error",
};

// The language names the module is asked about: what info strings hold, bounded, so that a
// hostile info string costs nothing.
bool plausible_language(std::string_view language) {
    if (language.empty() || language.size() > 40) return false;
    for (const char ch : language) {
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                        ch == '+' || ch == '#' || ch == '-' || ch == '_' || ch == '.';
        if (!ok) return false;
    }
    return true;
}

// Bounds on what is highlighted, since the library's time is not linear in everything: a
// 900 KB line of escaped quotes in JavaScript took 118 s (the same block unhighlighted, 0.05 s).
// Longer blocks and lines are rare in articles (minified code, data) and are written as they are.
constexpr std::size_t kMaxCodeBytes = 256 * 1024;
constexpr std::size_t kMaxLineBytes = 4 * 1024;

bool within_bounds(std::string_view code) {
    if (code.size() > kMaxCodeBytes) return false;
    std::size_t start = 0;
    while (start < code.size()) {
        std::size_t end = code.find('\n', start);
        if (end == std::string_view::npos) end = code.size();
        if (end - start > kMaxLineBytes) return false;
        start = end + 1;
    }
    return true;
}

/// The module, loaded once per process on the first block that names a language. It stays
/// loaded until exit: Qt does not support being unloaded, and the one function is all folio
/// keeps of it. Process-wide because every writer thread shares it (the module locks inside).
struct LoadedModule {
    FolioHighlightFunction highlight = nullptr;
    std::string problem;

    LoadedModule() {
        // FOLIO_HIGHLIGHT_MODULE names the module for tests and unusual installs.
        const LoadedSymbol loaded =
            load_module_symbol(module_file, "FOLIO_HIGHLIGHT_MODULE", folio_highlight_symbol);
        highlight = reinterpret_cast<FolioHighlightFunction>(loaded.symbol);
        if (highlight != nullptr) return;
        problem = !loaded.found
                      ? std::string("code is not highlighted: ") + module_file +
                            " was not found beside folio or in " + installed_module_folder()
                      : "code is not highlighted: " + loaded.error +
                            " (Debian package libkf5syntaxhighlighting5)";
    }
};

// Set once the module has been looked for, so that asking why it is missing loads nothing.
std::atomic<const LoadedModule*> looked_for{nullptr};

const LoadedModule& loaded_module() {
    static const LoadedModule module;
    looked_for.store(&module, std::memory_order_release);
    return module;
}

struct SinkState {
    std::string_view code;
    std::size_t at = 0;
    std::string html;
};

void append_run(void* user, std::size_t size, int kind) {
    auto& state = *static_cast<SinkState*>(user);
    size = std::min(size, state.code.size() - state.at);
    const std::string_view text = state.code.substr(state.at, size);
    state.at += size;
    if (kind <= folio_token_plain || kind >= folio_token_kind_count) {
        append_escaped_html(state.html, text);
        return;
    }
    state.html += "<span class=\"";
    state.html += class_names[static_cast<std::size_t>(kind)];
    state.html += "\">";
    append_escaped_html(state.html, text);
    state.html += "</span>";
}

}  // namespace

std::optional<std::string> highlight_code(std::string_view language, std::string_view code) {
    if (!plausible_language(language) || !within_bounds(code)) return std::nullopt;
    const LoadedModule& module = loaded_module();
    if (module.highlight == nullptr) return std::nullopt;
    SinkState state{code, 0, {}};
    state.html.reserve(code.size() + code.size() / 2);
    if (module.highlight(language.data(), language.size(), code.data(), code.size(), append_run, &state) == 0) {
        return std::nullopt;
    }
    // The runs must cover the code exactly; anything else is a broken module, not an article's
    // fault: the block is then written as it is.
    if (state.at != code.size()) return std::nullopt;
    return std::move(state.html);
}

std::string highlighter_unavailable() {
    const LoadedModule* module = looked_for.load(std::memory_order_acquire);
    return module == nullptr ? std::string{} : module->problem;
}

std::optional<Diagnostic> highlighter_unavailable_note() {
    std::string why = highlighter_unavailable();
    if (why.empty()) return std::nullopt;
    return Diagnostic{Severity::note, "highlight.unavailable", std::move(why), "", 0, 0, {}};
}

}  // namespace folio
