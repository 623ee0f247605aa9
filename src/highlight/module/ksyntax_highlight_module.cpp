// folio-highlight.so: the highlighting module, KDE's KSyntaxHighlighting behind the plain C
// function of src/highlight/highlight_module_abi.hpp. It is a module of its own, loaded on the
// first code block that names a language, so that runs without code never map Qt and its
// libraries (about 20 ms of start-up) and a system without them still converts everything.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "src/highlight/highlight_module_abi.hpp"

namespace {

namespace ksh = KSyntaxHighlighting;

// The library's default styles folded into the stylesheet's classes. Colour is not the only
// distinction the stylesheet may make, so near relatives (control flow and keywords, the
// number bases) share one class.
int token_kind(ksh::Theme::TextStyle style) {
    using S = ksh::Theme::TextStyle;
    switch (style) {
    case S::Normal: return folio_token_plain;
    case S::Keyword:
    case S::ControlFlow: return folio_token_keyword;
    case S::Function: return folio_token_function;
    case S::Variable: return folio_token_variable;
    // Operators get no class: the stylesheet sets them apart by nothing, and a span around
    // every `=` and `;` made highlighted code a third larger.
    case S::Operator: return folio_token_plain;
    case S::BuiltIn:
    case S::Extension: return folio_token_builtin;
    case S::Preprocessor:
    case S::Import: return folio_token_preprocessor;
    case S::Attribute:
    case S::Annotation: return folio_token_attribute;
    case S::Char:
    case S::String:
    case S::VerbatimString:
    case S::SpecialString: return folio_token_string;
    case S::SpecialChar: return folio_token_escape;
    case S::DataType: return folio_token_type;
    case S::DecVal:
    case S::BaseN:
    case S::Float: return folio_token_number;
    case S::Constant: return folio_token_constant;
    case S::Comment:
    case S::Documentation:
    case S::CommentVar:
    case S::RegionMarker: return folio_token_comment;
    case S::Information:
    case S::Warning:
    case S::Alert: return folio_token_alert;
    case S::Error: return folio_token_error;
    case S::Others: return folio_token_plain;
    }
    return folio_token_plain;
}

/// Records the kind of every UTF-16 unit of the line it is given.
class LineKinds final : public ksh::AbstractHighlighter {
public:
    std::vector<unsigned char> kinds;

    ksh::State highlight(QStringView line, const ksh::State& state) {
        kinds.assign(static_cast<std::size_t>(line.size()), folio_token_plain);
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format& format) override {
        const auto kind = static_cast<unsigned char>(token_kind(format.textStyle()));
        for (int i = offset; i < offset + length && i < static_cast<int>(kinds.size()); ++i) {
            if (i >= 0) kinds[static_cast<std::size_t>(i)] = kind;
        }
    }
};

// Names that mean "no language": left unhighlighted without asking the library.
bool is_plain_text(const std::string& name) {
    return name == "text" || name == "txt" || name == "plain" || name == "plaintext" ||
           name == "none" || name == "nohighlight" || name == "output";
}

// The short names blogs write that are neither a definition's name nor a file extension.
const char* alias_of(const std::string& name) {
    static const std::unordered_map<std::string, const char*> aliases = {
        {"shell", "bash"},       {"console", "bash"},     {"shell-session", "bash"},
        {"zsh", "zsh"},          {"golang", "go"},        {"c++", "c++"},
        {"cplusplus", "c++"},    {"js", "javascript"},    {"jsx", "javascript react (jsx)"},
        {"ts", "typescript"},    {"tsx", "typescript react (tsx)"},
        {"yml", "yaml"},         {"py", "python"},        {"python3", "python"},
        {"rb", "ruby"},          {"rs", "rust"},          {"sh", "bash"},
        {"objc", "objective-c"}, {"objective-c", "objective-c"},
        {"dockerfile", "dockerfile"}, {"docker", "dockerfile"},
        {"html", "html"},        {"xml", "xml"},          {"md", "markdown"},
        {"cs", "c#"},            {"csharp", "c#"},        {"kt", "kotlin"},
        {"ps1", "powershell"},   {"pwsh", "powershell"},  {"tex", "latex"},
        {"patch", "diff"},       {"make", "makefile"},    {"elisp", "emacs lisp"},
    };
    const auto found = aliases.find(name);
    return found == aliases.end() ? nullptr : found->second;
}

/// One Repository for the process, behind a lock: a Repository and its lazily loaded
/// definitions are not thread-safe, and one per worker thread costs its 2–3 ms of loading
/// per thread for no gain on books whose code is a small part of the text.
class Highlighter {
public:
    Highlighter() {
        for (const ksh::Definition& definition : repository_.definitions()) {
            by_name_.try_emplace(definition.name().toLower().toStdString(), definition);
        }
    }

    int highlight(std::string_view language, std::string_view code, FolioTokenSink sink, void* user) {
        const std::lock_guard lock(mutex_);
        const ksh::Definition definition = find(language);
        if (!definition.isValid()) return 0;
        const QByteArray bytes = QByteArray::fromRawData(code.data(), static_cast<qsizetype>(code.size()));
        const QString text = QString::fromUtf8(bytes);
        // Invalid UTF-8 would come back with U+FFFD in it: such code is written as it is.
        if (text.toUtf8() != bytes) return 0;

        highlighter_.setDefinition(definition);
        ksh::State state;
        std::size_t byte = 0;
        qsizetype unit = 0;
        while (unit <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), unit);
            if (end < 0) end = text.size();
            state = highlighter_.highlight(QStringView(text).mid(unit, end - unit), state);
            byte = emit_line(code, byte, highlighter_.kinds, sink, user);
            if (end == text.size()) break;
            sink(user, 1, folio_token_plain);  // the line's '\n'
            ++byte;
            unit = end + 1;
        }
        return 1;
    }

private:
    ksh::Definition find(std::string_view language) {
        std::string name;
        for (const char ch : language) {
            name += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        }
        if (const auto cached = cache_.find(name); cached != cache_.end()) return cached->second;
        ksh::Definition definition;
        if (!is_plain_text(name)) {
            const char* alias = alias_of(name);
            const auto named = by_name_.find(alias != nullptr ? std::string(alias) : name);
            if (named != by_name_.end()) {
                definition = named->second;
            } else {
                // `rs`, `kt`, `hpp`: the extension of a file in that language.
                definition = repository_.definitionForFileName(
                    QStringLiteral("code.") + QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
            }
        }
        // Bounded: one entry per distinct language name, and names are short (the caller's
        // limit), so a hostile article cannot grow this without bound in a realistic run.
        if (cache_.size() < 4096) cache_.emplace(name, definition);
        return definition;
    }

    // Emits one line's runs, the UTF-16 kinds carried over to its UTF-8 bytes (valid UTF-8:
    // checked by the caller). Returns the byte after the line.
    static std::size_t emit_line(std::string_view code, std::size_t byte,
                                 const std::vector<unsigned char>& kinds, FolioTokenSink sink, void* user) {
        std::size_t run_start = byte;
        int run_kind = -1;
        std::size_t unit = 0;
        while (unit < kinds.size()) {
            const auto lead = static_cast<unsigned char>(code[byte]);
            const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            const int kind = kinds[unit];
            if (kind != run_kind) {
                if (byte > run_start) sink(user, byte - run_start, run_kind);
                run_start = byte;
                run_kind = kind;
            }
            byte += length;
            unit += length == 4 ? 2 : 1;
        }
        if (byte > run_start) sink(user, byte - run_start, run_kind);
        return byte;
    }

    std::mutex mutex_;
    ksh::Repository repository_;
    LineKinds highlighter_;
    std::unordered_map<std::string, ksh::Definition> by_name_;
    std::unordered_map<std::string, ksh::Definition> cache_;
};

// Qt's warnings (no XDG_RUNTIME_DIR, a definition it cannot parse) are not the user's concern
// and must not reach folio's diagnostics on stderr.
void quiet_qt(QtMsgType, const QMessageLogContext&, const QString&) {}

}  // namespace

extern "C" __attribute__((visibility("default"))) int folio_highlight_v1(
    const char* language, std::size_t language_size, const char* code, std::size_t code_size,
    FolioTokenSink sink, void* user) {
    try {
        static const bool quiet = (qInstallMessageHandler(quiet_qt), true);
        static Highlighter highlighter;
        (void)quiet;
        return highlighter.highlight({language, language_size}, {code, code_size}, sink, user);
    } catch (...) {
        // Out of memory inside Qt: the block is written unhighlighted rather than the run lost.
        return 0;
    }
}

// The signature the loader expects, checked here where both are in sight.
static_assert(std::is_same_v<decltype(&folio_highlight_v1), FolioHighlightFunction>);
