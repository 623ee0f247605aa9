#include "formats/registry.hpp"

#include <array>

#include "formats/json/json_front_matter.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "formats/toml/toml_front_matter.hpp"
#include "formats/yaml/yaml_front_matter.hpp"

namespace folio {

namespace {

// The one list of built-in readers. Static constant data: no registration at start-up.
constexpr std::array kFrontMatterFormats{
    FrontMatterFormat{"yaml", FrontMatterSyntax::yaml, &decode_yaml_front_matter},
    FrontMatterFormat{"toml", FrontMatterSyntax::toml, &decode_toml_front_matter},
    FrontMatterFormat{"json", FrontMatterSyntax::json, &decode_json_front_matter},
};

constexpr std::array<std::string_view, 3> kMarkdownExtensions{"md", "markdown", "mdown"};

const std::array kBodyFormats{
    BodyFormat{"markdown", kMarkdownExtensions, &read_markdown_body},
};

}  // namespace

const Registry& builtin_formats() {
    static const Registry registry{kFrontMatterFormats, kBodyFormats};
    return registry;
}

const FrontMatterFormat* find_front_matter_format(FrontMatterSyntax syntax) {
    for (const auto& format : kFrontMatterFormats) {
        if (format.syntax == syntax) return &format;
    }
    return nullptr;
}

const BodyFormat* find_body_format_by_extension(std::string_view extension) {
    for (const auto& format : kBodyFormats) {
        for (const auto ext : format.extensions) {
            if (ext == extension) return &format;
        }
    }
    return nullptr;
}

std::string known_body_formats() {
    std::string out;
    for (const auto& format : kBodyFormats) {
        if (!out.empty()) out += ", ";
        out += format.name;
    }
    return out;
}

}  // namespace folio
