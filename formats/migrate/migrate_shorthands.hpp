#pragma once

// `folio hugo` and `folio markdown` are migrations with a layout of their own: these give the
// `MigrateJob` each one runs, so the command line and a C++ caller run the same job.

#include <string>

#include "formats/migrate/migrate_job.hpp"
#include "src/meta/front_matter_for_style.hpp"

namespace folio {

/// `folio hugo`: Hugo pages written into a content folder (`job.output`), under `section`
/// (empty: the folder itself), as page bundles with the images and files they use copied in,
/// or, without `bundles`, as `<slug>.md` with every reference left as written. Each article's
/// old URL (`old_permalink`) becomes an alias. Every file is replaced and nothing recorded, as
/// `folio hugo` always did. Inputs, output and the other settings are the caller's to fill.
MigrateJob hugo_content_job(const std::string& section = "posts", bool bundles = true);

/// `folio markdown`: `<slug>.md` per article in one folder, front matter in `style`, body and
/// references as written, every file replaced and nothing recorded.
MigrateJob markdown_files_job(FrontMatterTarget style);

}  // namespace folio
