#pragma once

// Front-matter values of every type, for the writer tests of each syntax.

#include <cstdint>
#include <string>
#include <string_view>

#include "src/ast/date.hpp"
#include "src/ast/value.hpp"

namespace folio::testing {

inline Value string_value(std::string s) {
    return Value{std::move(s)};
}
inline Value date_value(std::string_view s) {
    return Value{*parse_date(s)};
}

// Every type front matter holds, in an order that puts a map before plain keys.
inline Map every_front_matter_type() {
    return Map{{"title", string_value("Hallo: wereld")},
               {"quoted_bool", string_value("true")},
               {"quoted_number", string_value("12")},
               {"quoted_date", string_value("2025-12-21")},
               {"empty", string_value("")},
               {"params", Value{Map{{"ShowToc", Value{true}}, {"weight", Value{std::int64_t{3}}}}}},
               {"flag", Value{false}},
               {"count", Value{std::int64_t{-7}}},
               {"ratio", Value{1.0}},
               {"small", Value{2.5e-8}},
               {"day", date_value("2025-12-21")},
               {"local", date_value("2025-12-21T10:00:00")},
               {"millis", date_value("2026-02-27T20:25:44.255Z")},
               {"offset", date_value("2026-01-20T18:05:00+00:00")},
               {"list", Value{ValueList{string_value("a"), Value{std::int64_t{1}},
                                        date_value("2025-01-02")}}},
               {"cover", Value{Map{{"image", string_value("x.png")}, {"hidden", Value{true}}}}}};
}

}  // namespace folio::testing
