#include "formats/migrate/migrate_report.hpp"

#include "src/text/json_writer.hpp"

namespace folio {

namespace {

void string_list(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
    json.key(key);
    json.begin_array();
    for (const std::string& item : items) json.value(item);
    json.end_array();
}

void article(JsonWriter& json, const ArticleMigration& a) {
    json.begin_object();
    json.field("source", a.source);
    json.field("old_url", a.old_url);
    json.field("new_path", a.new_path);
    json.field("new_url", a.new_url);
    string_list(json, "files_copied", a.files_copied);
    string_list(json, "files_missing", a.files_missing);
    json.key("body_edits");
    json.begin_object();
    std::size_t count = 0;
    for (const auto& [kind, n] : a.edits) count += n;
    json.field("count", static_cast<std::int64_t>(count));
    json.key("kinds");
    json.begin_object();
    for (const auto& [kind, n] : a.edits) json.field(kind, static_cast<std::int64_t>(n));
    json.end_object();
    json.field("body_written_from_ast", a.body_written);
    json.end_object();
    string_list(json, "kept_under_folio_names", a.kept_under_folio_names);
    string_list(json, "keys_dropped", a.keys_dropped);
    string_list(json, "warnings", a.warnings);
    json.key("files");
    json.begin_array();
    for (const PlannedFile& file : a.files) {
        json.begin_object();
        json.field("path", file.path);
        json.field("action", file.action);
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
}

}  // namespace

std::string migrate_report_json(const MigrateReport& report) {
    std::string out;
    JsonWriter json(out);
    json.begin_object();
    json.field("to", report.to);
    json.field("dry_run", report.dry_run);
    json.key("summary");
    json.begin_object();
    json.field("articles", static_cast<std::int64_t>(report.article_count));
    json.field("files_copied", static_cast<std::int64_t>(report.files_copied));
    json.field("files_written", static_cast<std::int64_t>(report.files_written));
    json.field("files_kept", static_cast<std::int64_t>(report.files_kept));
    json.field("warnings", static_cast<std::int64_t>(report.warnings));
    json.field("errors", static_cast<std::int64_t>(report.errors));
    json.field("redirects", static_cast<std::int64_t>(report.redirects));
    json.end_object();
    json.key("articles");
    json.begin_array();
    for (const ArticleMigration& a : report.articles) article(json, a);
    json.end_array();
    json.key("site_files");
    json.begin_array();
    for (const PlannedFile& file : report.site_files) {
        json.begin_object();
        json.field("path", file.path);
        json.field("action", file.action);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out += '\n';
    return out;
}

std::string migrate_summary(const MigrateReport& report) {
    std::string out = counted(report.article_count, "article", "articles") + " to " + report.to +
                      ", " + counted(report.files_copied, "file", "files") + " copied, ";
    out += report.dry_run ? counted(report.files_written, "file", "files") + " to write"
                          : counted(report.files_written, "file", "files") + " written";
    if (report.files_kept > 0)
        out += ", " + counted(report.files_kept, "edited file", "edited files") + " kept";
    if (report.redirects > 0)
        out += ", " + counted(report.redirects, "old URL", "old URLs") + " redirected";
    else if (report.article_count > 0)
        out += report.old_urls == 0 ? ", no old URL known (no redirects written)"
                                    : ", every URL kept (no redirects written)";
    out += ", " + counted(report.warnings, "warning", "warnings");
    if (report.errors > 0) out += ", " + counted(report.errors, "error", "errors");
    if (report.dry_run) out += " (dry run: nothing written)";
    return out;
}

}  // namespace folio
