#include "formats/migrate/copied_bodies.hpp"

#include "formats/migrate/article_links.hpp"
#include "formats/migrate/migrate_job.hpp"
#include "formats/migrate/target_layout.hpp"
#include "src/output/copied_body.hpp"
#include "src/pipeline/mdx_esm.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/source/written_body.hpp"

namespace folio {

namespace {

// Where the copied body starts: after the front matter, and for an MDX file the target
// keeps as MDX, before its import/export statements, which stay where MDX runs them
// (read, they are in `extra` as `mdx_esm`; `migrate` takes them out of the front matter).
std::size_t copied_body_begin(std::string_view text, const Article& article,
                              const EngineProfile& target) {
    const std::size_t begin = article.source.body_offset;
    const Value* esm = find(article.meta.extra, "mdx_esm");
    if (esm == nullptr || !keeps_mdx(article, target)) return begin;
    const auto* statements = std::get_if<ValueList>(&esm->data);
    const auto* first = statements == nullptr || statements->empty()
                            ? nullptr
                            : std::get_if<std::string>(&statements->front().data);
    if (first == nullptr) return begin;
    std::size_t at = text.rfind(*first, begin);
    if (at == std::string_view::npos) return begin;
    // The blank lines before the first statement: the body's first bytes, as always.
    while (at >= 2 && text[at - 1] == '\n' && text[at - 2] == '\n') --at;
    return at;
}

bool body_needed(const Article& article, std::string_view body, const Registry& formats,
                 const MigrateJob& job, const EngineProfile& target) {
    if (body_format_for_path(formats, article.source.path).name != "markdown") return true;
    const EngineOutput& layout = target.output;
    if (copy_may_need_edits(body, !layout.images_folder.empty(),
                            layout.without_title_heading &&
                                article.source.title_origin == TitleOrigin::front_matter))
        return true;
    return (job.rewrite_links || job.copy_files) && may_link_locally(body);
}

}  // namespace

LoadOptions reading_for_copied_bodies(const LoadOptions& load, const MigrateJob& job,
                                      const EngineProfile& target) {
    LoadOptions reading = load;
    if (job.reformat) return reading;
    reading.read.body = false;
    const Registry& formats = *load.read.formats;
    reading.hook = [&formats, &job, &target, outer = load.hook](const SourceText& text,
                                                                ArticleSlot& slot) {
        Article& article = *slot.article;
        slot.written_body = written_body(text, copied_body_begin(text.text(), article, target));
        // The front matter as written, for a target that writes its syntax to copy.
        slot.written_body->front_matter =
            written_front_matter(text, slot.written_body->offset, article.source.syntax);
        if (body_needed(article, slot.written_body->text, formats, job, target))
            read_article_body(text, article, formats, slot.diagnostics, slot.engine_syntax);
        if (outer) outer(text, slot);
    };
    return reading;
}

bool keeps_mdx(const Article& article, const EngineProfile& target) {
    return is_mdx_path(article.source.path) &&
           expand_output_pattern(target.output.article_path, article).ends_with(".mdx");
}

}  // namespace folio
