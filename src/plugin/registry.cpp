#include "src/plugin/registry.hpp"

#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace folio {

namespace {

template <typename Formats>
std::string names_of(const Formats& formats) {
    std::string out;
    for (const auto& format : formats) {
        if (!out.empty()) out += ", ";
        out += format.name;
    }
    return out;
}

}  // namespace

const FrontMatterFormat* find_front_matter_format(const Registry& formats,
                                                  FrontMatterSyntax syntax) {
    for (const auto& format : formats.front_matter) {
        if (format.syntax == syntax) return &format;
    }
    return nullptr;
}

const BodyFormat* find_body_format_by_extension(const Registry& formats,
                                                std::string_view extension) {
    for (const auto& format : formats.bodies) {
        for (const auto ext : format.extensions) {
            if (ext == extension) return &format;
        }
    }
    return nullptr;
}

const BodyFormat* find_body_format(const Registry& formats, std::string_view name) {
    for (const auto& format : formats.bodies) {
        if (format.name == name) return &format;
    }
    return nullptr;
}

const BodyFormat& body_format_for_path(const Registry& formats, std::string_view path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (const BodyFormat* format = find_body_format_by_extension(formats, ext)) return *format;
    // A registry without a body reader is a programming error, not an input problem.
    if (formats.bodies.empty()) throw std::logic_error("the registry has no body format");
    return formats.bodies.front();
}

const ExportFormat* find_export_format(const Registry& formats, std::string_view extension,
                                       std::string_view head) {
    for (const auto& format : formats.exports) {
        for (std::string_view claimed : format.extensions) {
            if (claimed == extension && format.recognises(head)) return &format;
        }
    }
    return nullptr;
}

const WriterFormat* find_writer(const Registry& formats, std::string_view name) {
    for (const auto& format : formats.writers) {
        if (format.name == name) return &format;
    }
    return nullptr;
}

std::string known_body_formats(const Registry& formats) { return names_of(formats.bodies); }

std::string known_writers(const Registry& formats) { return names_of(formats.writers); }

}  // namespace folio
