#include "formats/migrate/source_engine_leftovers.hpp"

#include <algorithm>

#include "src/engine/engine_translation.hpp"
#include "src/engine/mdx_components.hpp"

namespace folio {

std::vector<std::string> drop_engine_only_keys(Article& page, const EngineProfile* source,
                                               const EngineProfile& target,
                                               std::set<std::string>& noted,
                                               Diagnostics& diagnostics) {
    std::vector<std::string> dropped;
    if (source == nullptr || source->name == target.name) return dropped;
    std::erase_if(page.meta.extra, [&](const auto& entry) {
        const auto& only = source->engine_only_keys;
        if (std::find(only.begin(), only.end(), entry.first) == only.end()) return false;
        dropped.push_back(entry.first);
        return true;
    });
    for (const std::string& key : dropped) {
        if (!noted.insert(key).second) continue;
        diagnostics.report(Diagnostic{
            Severity::note, "migrate.key.dropped",
            "front-matter key '" + key + "' means something to " + std::string(source->name) +
                " only and is left out for " + std::string(target.name) +
                " (every article that has it: see --report's keys_dropped)",
            page.source.path, 0, 0, {}});
    }
    return dropped;
}

void warn_mdx_left(const Article& page, const WrittenBody* body, const EngineProfile& target,
                   Diagnostics& diagnostics) {
    if (const Value* esm = find(page.meta.extra, "mdx_esm")) {
        const auto* statements = std::get_if<ValueList>(&esm->data);
        for (const Value& statement : statements ? *statements : ValueList{}) {
            const auto* text = std::get_if<std::string>(&statement.data);
            if (text == nullptr) continue;
            std::string shown = text->substr(0, text->find('\n'));
            diagnostics.report(Diagnostic{
                Severity::warning, "migrate.mdx.statement",
                "MDX statement `" + shown + "` is run by MDX only: kept in the front-matter "
                "key mdx_esm, which " + std::string(target.name) + " ignores",
                page.source.path, 0, 0, {}});
        }
    }
    if (body == nullptr) return;
    report_untranslated(find_mdx_components(body->text, body->offset, target.name), body->text,
                        body->offset, page.source.body_line, page.source.path, diagnostics);
}

}  // namespace folio
