#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace folio {

enum class Severity { note, warning, error };

/// One message about one place in one file. `code` is stable (`front-matter.yaml.syntax`) so
/// scripts and tests can match on it; line and column are 1-based in the whole file, 0 if none.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;
    std::string message;
    std::string path;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string source_line;  ///< the text of `line`, shown with a caret under `column`

    bool operator==(const Diagnostic&) const = default;
};

/// A note about the run as a whole, of no file: printed `folio: note: message [code]`.
inline Diagnostic run_note(std::string code, std::string message) {
    return Diagnostic{Severity::note, std::move(code), std::move(message), "", 0, 0, {}};
}

/// GNU style, as compilers print: `posts/a.md:7:12: error: message [code]`, then the source
/// line and a caret when known. Ends with a newline. Control characters and bytes that are not
/// UTF-8 in the path, message and source line are shown escaped (`\x1b`, `\n`), and a source
/// line longer than 120 characters is quoted as a window around the caret, cut with `…`.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// `text` with control characters (C0, DEL, C1) shown as `\n`, `\t`, `\x1b`, `\u009b`, and bytes
/// that are not UTF-8 as `\xff`, so that it cannot move the cursor or start a line of its own.
std::string escaped_for_terminal(std::string_view text);

/// A sink for non-fatal diagnostics. One per article while articles are read in parallel;
/// the pipeline appends them in input order so output stays deterministic.
class Diagnostics {
public:
    void report(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
    void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }
    const std::vector<Diagnostic>& items() const { return items_; }
    bool has_errors() const;
    std::size_t count(Severity severity) const;

private:
    std::vector<Diagnostic> items_;
};

/// Either a value or the fatal diagnostic that prevented it.
template <typename T>
class Result {
public:
    Result(T value) : data_(std::move(value)) {}
    Result(Diagnostic error) : data_(std::move(error)) {}

    bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(data_); }
    const T& value() const { return std::get<0>(data_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Diagnostic& error() const { return std::get<1>(data_); }

private:
    std::variant<T, Diagnostic> data_;
};

}  // namespace folio
