#include "formats/migrate/page_keys.hpp"

#include <algorithm>
#include <span>
#include <string>

#include "formats/migrate/target_layout.hpp"

namespace folio {

namespace {

// The value at `key` of `map`, made (at the end, in order) when there is none.
Value& entry_of(Map& map, std::string_view key) {
    const auto found = std::find_if(map.begin(), map.end(),
                                    [&](const auto& entry) { return entry.first == key; });
    if (found != map.end()) return found->second;
    map.emplace_back(std::string(key), Value{std::string()});
    return map.back().second;
}

void add_keys(Article& page, std::span<const std::pair<std::string_view, std::string_view>> keys) {
    for (const auto& [key, value] : keys) {
        const std::size_t dot = key.find('.');
        Value text{expand_output_pattern(value, page)};
        if (dot == std::string_view::npos) {
            entry_of(page.meta.extra, key) = std::move(text);
            continue;
        }
        Value& outer = entry_of(page.meta.extra, key.substr(0, dot));
        if (!std::holds_alternative<Map>(outer.data)) outer = Value{Map{}};
        entry_of(std::get<Map>(outer.data), key.substr(dot + 1)) = std::move(text);
    }
}

}  // namespace

void add_page_keys(Article& page, const EngineProfile& target, bool site_layout) {
    add_keys(page, target.output.page_keys);
    if (site_layout) add_keys(page, target.output.site_page_keys);
}

}  // namespace folio
