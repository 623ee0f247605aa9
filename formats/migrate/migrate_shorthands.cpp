#include "formats/migrate/migrate_shorthands.hpp"

namespace folio {

MigrateJob hugo_content_job(const std::string& section, bool bundles) {
    MigrateJob job;
    const std::string folder = section.empty() ? "" : section + '/';
    job.to = "hugo";
    job.section = section;
    job.article_path = folder + (bundles ? "{slug}/index.md" : "{slug}.md");
    // Hugo's `:filename` is a bundle's folder, the slug folio names it by.
    job.permalink = '/' + folder + ":filename/";
    job.copy_files = bundles;
    job.old_url_aliases = true;
    job.redirects.clear();  // the aliases are its redirects, as they always were
    job.keep_edits = false;
    job.image_code_prefix = "hugo.image.";
    return job;
}

MigrateJob markdown_files_job(FrontMatterTarget style) {
    MigrateJob job;
    job.to = "hugo";  // only for the layout's defaults: the keys are the style's
    job.style = style;
    job.article_path = "{slug}.md";
    job.copy_files = false;
    job.rewrite_links = false;
    job.redirects.clear();
    job.keep_edits = false;
    return job;
}

}  // namespace folio
