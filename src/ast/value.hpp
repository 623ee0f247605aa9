#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "src/ast/date.hpp"

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
    using Data = std::variant<Null, std::string, bool, std::int64_t, double, Date, ValueList, Map>;
    Data data;

    // Declared constructors (so `Value` is not an aggregate): clang 14 with libstdc++ 12
    // cannot otherwise decide whether `std::pair<std::string, Value>` is default-constructible
    // while `Value` is still incomplete, and rejects every comparison of a `Map` (tidy, clangd
    // and the clang fuzz build use clang). `Value{x}` reads as before.
    Value() = default;
    template <typename T>
        requires(!std::is_same_v<std::remove_cvref_t<T>, Value> &&
                 std::is_constructible_v<Data, T &&>)
    explicit Value(T&& value) : data(std::forward<T>(value)) {}

    bool operator==(const Value&) const = default;
};

/// The value stored under `key`, or nullptr. Linear: maps are small and ordered.
const Value* find(const Map& map, std::string_view key);

/// The name of a value's type as `inspect` prints it: null, string, bool, integer, float,
/// date, list, map.
std::string_view type_name(const Value& value);

}  // namespace folio
