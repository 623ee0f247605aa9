#include "src/meta/map_front_matter.hpp"

namespace folio {

namespace {

template <typename T>
bool holds(const Map& map, std::string_view key) {
    const Value* value = find(map, key);
    return value != nullptr && std::holds_alternative<T>(value->data);
}

bool has(const Map& map, std::string_view key) { return find(map, key) != nullptr; }

}  // namespace

FrontMatterStyle detect_style(const FrontMatter& front_matter, FrontMatterSyntax syntax) {
    switch (syntax) {
        case FrontMatterSyntax::none: return FrontMatterStyle::none;
        case FrontMatterSyntax::toml:
        case FrontMatterSyntax::json: return FrontMatterStyle::b;
        case FrontMatterSyntax::yaml: break;
    }
    const Map& map = front_matter.entries;
    const int style_a = int{has(map, "excerpt")} +
                        int{has(map, "featuredImage") || has(map, "featuredimage")} +
                        int{holds<std::string>(map, "category")};
    const int style_b = int{has(map, "summary")} + int{holds<Map>(map, "cover")} +
                        int{has(map, "tags")} + int{has(map, "draft")} + int{has(map, "lastmod")};
    // Hugo is the target format, so an undecided file is read the way Hugo would read it.
    return style_a > style_b ? FrontMatterStyle::a : FrontMatterStyle::b;
}

}  // namespace folio
