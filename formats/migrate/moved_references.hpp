#pragma once

// The images and local files one migrated article uses, copied where the target keeps them,
// and its links pointed at the copies and at the other articles' new URLs.

#include <cstddef>
#include <string>
#include <vector>

#include "formats/migrate/article_links.hpp"
#include "formats/migrate/migrate_report.hpp"
#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/images/image_location.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/copied_body.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"

namespace folio {

/// What the images and links of one article became.
struct MovedFiles {
    std::vector<OutputFile> images_copied;
    std::size_t images = 0;  ///< references to them rewritten
    LinkChanges links;
};

/// Where the references of a migration's articles go, and where they are read from.
struct ReferenceMoves {
    const EngineOutput& layout;   ///< the target's layout (images and files folders, URLs)
    const ImageLocator& locate;   ///< where local references are found
    const ResourceReader& resources;
    const ArticleIndex& articles;  ///< the other articles' new URLs (empty: links stay)
    bool rewrite_links = true;     ///< links to articles rewritten (`MigrateJob::rewrite_links`)
    bool copy_files = true;        ///< local files copied (`MigrateJob::copy_files`)
};

/// Copies the images and files `page` uses where the target keeps them (`dir` is its new
/// folder) and points its links at the other articles' new URLs; every rewrite goes to
/// `moved`, for the copied body. Missing files are warnings in `diagnostics`.
MovedFiles move_references(Article& page, const std::string& dir, const ReferenceMoves& how,
                           std::vector<MovedDestination>& moved, Diagnostics& diagnostics);

/// The report's lists: the copies (images, then linked files) into `result.files_copied` and
/// the files looked for in vain (the links', then the images' as their warnings in
/// `diagnostics` name them) into `result.files_missing`. Returns how many files were copied.
std::size_t list_copies(const MovedFiles& files, const Diagnostics& diagnostics,
                        ArticleMigration& result);

}  // namespace folio
