#include "src/ast/value.hpp"

#include <type_traits>

namespace folio {

const Value* find(const Map& map, std::string_view key) {
    for (const auto& [name, value] : map) {
        if (name == key) return &value;
    }
    return nullptr;
}

std::string_view type_name(const Value& value) {
    return std::visit(
        [](const auto& v) -> std::string_view {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Null>) return "null";
            else if constexpr (std::is_same_v<T, std::string>) return "string";
            else if constexpr (std::is_same_v<T, bool>) return "bool";
            else if constexpr (std::is_same_v<T, std::int64_t>) return "integer";
            else if constexpr (std::is_same_v<T, double>) return "float";
            else if constexpr (std::is_same_v<T, Date>) return "date";
            else if constexpr (std::is_same_v<T, ValueList>) return "list";
            else {
                static_assert(std::is_same_v<T, Map>);
                return "map";
            }
        },
        value.data);
}

}  // namespace folio
