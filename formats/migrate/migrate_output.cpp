#include "formats/migrate/migrate_output.hpp"

#include <fstream>
#include <iterator>

#include "formats/migrate/migrate_job.hpp"

namespace folio {

std::optional<std::string> read_whole_file(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

MigrateOutput::MigrateOutput(const MigrateJob& job, MigrateReport& report)
    : job_(job), report_(report), root_(job.output) {}

void MigrateOutput::load_record(Diagnostics& diagnostics) {
    if (!job_.keep_edits) return;
    const std::filesystem::path path =
        std::filesystem::path(job_.output) / std::string(kMigrateManifestName);
    if (const std::optional<std::string> text = read_whole_file(path))
        manifest_ = parse_migrate_manifest(*text, path.string(), diagnostics);
    written_ = manifest_;
}

PlannedFile MigrateOutput::put(OutputFile file, Diagnostics& diagnostics, bool only_new) {
    const std::optional<std::filesystem::path> target = path_inside(root_.path(), file.path);
    if (!target) {
        diagnostics.report(Diagnostic{Severity::error,
                                      "output.outside-root",
                                      "'" + file.path + "' would be written outside " +
                                          job_.output,
                                      "",
                                      0,
                                      0,
                                      {}});
        return {file.path, "refused: outside the output folder"};
    }
    if (!job_.keep_edits && !only_new) {
        // `folio hugo` and `folio markdown` replace every file and keep no record: reading
        // what is there and hashing what is written would only cost time (a tenth of a
        // 10,000-post run's CPU).
        ++report_.files_written;
        if (!job_.dry_run) {
            std::vector<OutputFile> one;
            one.push_back(std::move(file));
            write_files(root_, one, diagnostics, Sync::at_end);
            return {one.front().path, std::string(decision_name(WriteDecision::write))};
        }
        return {file.path, std::string(decision_name(WriteDecision::write))};
    }
    const auto recorded = manifest_.files.find(file.path);
    const std::optional<std::string> on_disk = read_whole_file(*target);
    WriteDecision decision = decide_write(
        on_disk, file.bytes, recorded == manifest_.files.end() ? nullptr : &recorded->second,
        (job_.overwrite_edits || !job_.keep_edits) && !only_new);
    if (only_new && on_disk && decision == WriteDecision::write)
        decision = WriteDecision::keep_other;
    if (decision == WriteDecision::keep_edited || decision == WriteDecision::keep_other) {
        ++report_.files_kept;
        diagnostics.report(
            Diagnostic{Severity::warning,
                       "migrate.kept-edit",
                       "'" + file.path + "' is left as it is: " +
                           (decision == WriteDecision::keep_edited
                                ? std::string("it was edited since the last migration")
                                : std::string("it is there and no migration wrote it")) +
                           " (--overwrite-edits replaces it)",
                       target->string(),
                       0,
                       0,
                       {}});
        return {file.path, std::string(decision_name(decision))};
    }
    if (decision == WriteDecision::write) ++report_.files_written;
    written_.files[file.path] = content_hash(file.bytes);
    if (!job_.dry_run && decision == WriteDecision::write) {
        std::vector<OutputFile> one;
        one.push_back(std::move(file));
        write_files(root_, one, diagnostics, Sync::at_end);
        return {one.front().path, std::string(decision_name(decision))};
    }
    return {file.path, std::string(decision_name(decision))};
}

void MigrateOutput::save_record(Diagnostics& diagnostics) {
    if (job_.dry_run || !job_.keep_edits || report_.article_count == 0) return;
    const std::filesystem::path path =
        std::filesystem::path(job_.output) / std::string(kMigrateManifestName);
    if (std::optional<Diagnostic> problem =
            write_file_atomically(path, migrate_manifest_json(written_)))
        diagnostics.report(std::move(*problem));
}

}  // namespace folio
