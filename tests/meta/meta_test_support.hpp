#pragma once

// Builders for hand-made front matter, the shape the YAML/TOML/JSON decoders produce.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/plugin/front_matter.hpp"

namespace folio::testing {

inline Value text(std::string s) { return Value{std::move(s)}; }
inline Value integer(std::int64_t i) { return Value{i}; }
inline Value boolean(bool b) { return Value{b}; }
inline Value null() { return Value{Null{}}; }
inline Value date_value(const Date& d) { return Value{d}; }
inline Value list(std::initializer_list<Value> items) { return Value{ValueList(items)}; }
inline Value map(std::initializer_list<std::pair<std::string, Value>> items) {
    return Value{Map(items)};
}

/// A date-only Date, as a YAML `2025-12-21` decodes.
inline Date ymd(int year, int month, int day) {
    Date d;
    d.year = year;
    d.month = month;
    d.day = day;
    return d;
}

/// One key of a front matter and the 1-based position of its value.
struct Entry {
    std::string key;
    Value value;
    SourcePos at{};
};

/// Front matter whose entries are `entries` in order, with their positions.
inline FrontMatter front_matter(std::initializer_list<Entry> entries) {
    FrontMatter out;
    for (const Entry& entry : entries) {
        out.entries.emplace_back(entry.key, entry.value);
        out.positions.push_back(entry.at);
    }
    return out;
}

/// Every diagnostic printed GNU-style, concatenated, for whole-message assertions.
inline std::string printed(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d);
    return out;
}

}  // namespace folio::testing

#include "src/meta/map_front_matter.hpp"
#include "src/source/source_text.hpp"

namespace folio::testing {

/// The result of mapping, with the diagnostics it reported.
struct Mapped {
    Meta meta;
    Diagnostics diagnostics;
};

/// Maps `fm` in `style`; `file` is the whole file the positions point into.
inline Mapped map_in(const FrontMatter& fm, FrontMatterStyle style, std::string_view file = "") {
    const SourceText source("posts/a.md", file);
    Mapped out;
    out.meta = map_front_matter(fm, style, source, out.diagnostics);
    return out;
}

}  // namespace folio::testing
