#include "formats/migrate/migrate_manifest.hpp"

#include <cstdint>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "src/output/output_file.hpp"
#include "src/text/json_writer.hpp"

namespace folio {

std::string content_hash(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return std::string("fnv1a64:") + hex;
}

MigrateManifest parse_migrate_manifest(std::string_view text, const std::string& path,
                                       Diagnostics& diagnostics) {
    MigrateManifest manifest;
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    const auto unusable = [&](std::string why) {
        diagnostics.report(Diagnostic{Severity::warning,
                                      "migrate.manifest",
                                      "the record of the last migration is unusable (" + why +
                                          "): every file already there is kept as the user's",
                                      path,
                                      0,
                                      0,
                                      {}});
        return MigrateManifest{};
    };
    if (json.is_discarded() || !json.is_object()) return unusable("not a JSON object");
    const auto files = json.find("files");
    if (files == json.end() || !files->is_object()) return unusable("no \"files\" object");
    for (const auto& [name, hash] : files->items()) {
        if (!hash.is_string()) return unusable("the hash of '" + name + "' is not a string");
        // Every file a migration writes is a plain path inside its root: a line that is not
        // (absolute, `..`) was not written by one, and is dropped rather than carried on.
        if (!path_inside(".", name)) {
            diagnostics.report(Diagnostic{Severity::warning,
                                          "migrate.manifest.outside",
                                          "the record of the last migration names '" + name +
                                              "', which is not inside the site: it is ignored",
                                          path,
                                          0,
                                          0,
                                          {}});
            continue;
        }
        manifest.files.emplace(name, hash.get<std::string>());
    }
    return manifest;
}

std::string migrate_manifest_json(const MigrateManifest& manifest) {
    std::string out;
    JsonWriter json(out);
    json.begin_object();
    json.field("folio_migrate", 1);
    json.key("files");
    json.begin_object();
    for (const auto& [path, hash] : manifest.files) json.field(path, hash);
    json.end_object();
    json.end_object();
    out += '\n';
    return out;
}

WriteDecision decide_write(const std::optional<std::string>& on_disk, std::string_view bytes,
                           const std::string* recorded, bool overwrite_edits) {
    if (!on_disk) return WriteDecision::write;
    if (*on_disk == bytes) return WriteDecision::up_to_date;
    if (overwrite_edits) return WriteDecision::write;
    if (recorded == nullptr) return WriteDecision::keep_other;
    return content_hash(*on_disk) == *recorded ? WriteDecision::write : WriteDecision::keep_edited;
}

std::string_view decision_name(WriteDecision decision) {
    switch (decision) {
        case WriteDecision::write:
            return "write";
        case WriteDecision::up_to_date:
            return "unchanged";
        case WriteDecision::keep_edited:
            return "kept: edited since the last migration";
        case WriteDecision::keep_other:
            return "kept: not written by a migration";
    }
    return "write";
}

}  // namespace folio
