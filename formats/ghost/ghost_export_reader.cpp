#include "formats/ghost/ghost_export.hpp"

#include "src/source/position_cursor.hpp"
#include "formats/ghost/ghost_post.hpp"
#include "formats/ghost/ghost_tables.hpp"
#include "formats/ghost/json_tree.hpp"

namespace folio {

namespace {

// Lexical and mobiledoc nest inside strings and are parsed on their own; the export itself is
// a handful of levels deep.
constexpr std::size_t kMaxDepth = 64;

void read_one_export(const JsonValue& export_object, const SourceText& file,
                     PositionCursor& positions, Diagnostics& diagnostics,
                     const std::function<void(ExportedPost&&)>& deliver) {
    const JsonValue* data = export_object.get("data");
    if (!data || !data->is_object()) {
        if (export_object.complete) {
            diagnostics.report(positions.diagnostic(Severity::error, "import.ghost.structure",
                                                    "not a Ghost export: no \"data\" object",
                                                    export_object.offset));
        }
        return;
    }
    const GhostTables tables(*data);
    // The tables are after the posts in the file: their own walk, so the posts' stays in order.
    PositionCursor table_positions(file);
    for (const std::string& table : tables.damaged()) {
        diagnostics.report(table_positions.diagnostic(
            Severity::warning, "import.ghost.damaged-table",
            "the table \"" + table +
                "\" is cut short by the damage: posts may lack the tags, "
                "authors or settings its lost rows held",
            data->get(table)->offset));
    }
    if (!data->complete) {
        // Ghost writes its tables in alphabetical order, so a cut copy loses the later ones.
        std::string missing;
        for (const std::string_view table :
             {"posts_authors", "posts_meta", "posts_tags", "settings", "tags", "users"}) {
            if (data->get(table)) continue;
            missing += missing.empty() ? "" : ", ";
            missing += table;
        }
        if (!missing.empty()) {
            diagnostics.report(positions.diagnostic(
                Severity::warning, "import.ghost.damaged-table",
                "the damage cut off the tables " + missing +
                    ": the posts read have no tags, authors or post meta from them",
                data->offset));
        }
    }
    const JsonValue* posts = data->get("posts");
    if (!posts || !posts->is_array()) return;
    for (const JsonValue& row : posts->items) {
        if (!row.is_object()) continue;
        if (!row.complete) {
            const std::string title(row.str("title"));
            diagnostics.report(positions.diagnostic(
                Severity::error, "import.ghost.post-lost",
                (title.empty() ? std::string("a post") : "the post '" + title + "'") +
                    " is cut short by the damage and left out",
                row.offset));
            continue;
        }
        deliver(ghost_post(row, tables, positions, diagnostics));
    }
}

}  // namespace

void read_ghost_export(const SourceText& file, Diagnostics& diagnostics,
                       const std::function<void(ExportedPost&&)>& deliver) {
    const JsonParse parsed = parse_json_tree(file.text(), kMaxDepth);
    // Two walks through the file: the damage found (in order), then the posts (in order).
    PositionCursor damage(file);
    for (const JsonError& error : parsed.errors) {
        diagnostics.report(damage.diagnostic(Severity::error, "import.ghost.json",
                                             "damaged JSON: " + error.message, error.offset));
    }
    PositionCursor positions(file);
    const JsonValue& root = parsed.root;
    // Ghost before 3 wrapped the export in `{"db": [export]}`; one export in practice.
    if (const JsonValue* db = root.get("db"); db && db->is_array()) {
        for (const JsonValue& export_object : db->items) {
            read_one_export(export_object, file, positions, diagnostics, deliver);
        }
        return;
    }
    if (root.is_object()) read_one_export(root, file, positions, diagnostics, deliver);
}

}  // namespace folio
