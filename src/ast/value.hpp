#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "ast/date.hpp"

namespace folio {

struct Value;

/// A front-matter list, in source order. (Not `List`: that is the Markdown list block.)
using ValueList = std::vector<Value>;
/// A front-matter map: keys in source order (never sorted), each with its typed value.
using Map = std::vector<std::pair<std::string, Value>>;

/// YAML's `~` / empty value. TOML cannot hold it; writers say so when they drop one.
struct Null {
    bool operator==(const Null&) const = default;
};

/// One typed front-matter value. The alternatives are the types every front-matter syntax
/// shares; a YAML quoted scalar is always a string, a plain one is typed by its text.
struct Value {
    std::variant<Null, std::string, bool, std::int64_t, double, Date, ValueList, Map> data;

    bool operator==(const Value&) const = default;
};

/// The value stored under `key`, or nullptr. Linear: maps are small and ordered.
const Value* find(const Map& map, std::string_view key);

/// The name of a value's type as `inspect` prints it: null, string, bool, integer, float,
/// date, list, map.
std::string_view type_name(const Value& value);

}  // namespace folio
