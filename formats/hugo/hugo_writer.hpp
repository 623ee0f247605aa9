#pragma once

#include <functional>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/images/bundle_images.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/plugin/registry.hpp"

namespace folio {

/// How one Hugo page is laid out. (`folio hugo` itself is a migration, `hugo_content_job`.)
struct HugoOptions {
    std::string section = "posts";  ///< folder under the content root; empty: the root itself
    bool bundles = true;  ///< `<section>/<slug>/index.md` rather than `<section>/<slug>.md`
    /// The article's URL on the old blog (the caller expands a pattern with
    /// `expand_permalink`): it becomes an alias so old links redirect. Empty: no alias.
    std::function<std::string(const Article&)> old_url;
    /// Where image references point; empty: no image is copied.
    ImageLocator locate_image;
    /// The engine the article was written for (null: unknown): the engine syntax in a copied
    /// body that Hugo does not process is translated (`ArticleFileOptions::target_engine`).
    const EngineProfile* source_engine = nullptr;
    /// How a `ref` names another article, given a Liquid reference as written (`post_url`'s
    /// name, `link`'s path); empty: the call is left and warned about.
    std::function<std::string(std::string_view reference)> article_reference;
};

/// One Hugo page for `article`: `index.md` with `+++` TOML front matter and a Markdown body
/// without an H1 repeating the title: copied from `written` (the body as its file holds it)
/// with only moved image destinations and that heading edited, or, without it, written from
/// the AST; by the TOML and Markdown writers of `formats` (`write_article_file`, which throws
/// if it lacks them), plus, in a bundle, a copy of
/// every local image it uses (featured and inline) under a URL-safe name, with the references
/// pointing at the copies. Image bytes come through `resources`; a missing image is a warning
/// and its reference stays as written. Paths are relative to the content root. Pure apart
/// from `resources`. Takes the article by value because image references are rewritten in it:
/// a caller done with the article moves it in instead of paying for a copy.
std::vector<OutputFile> write_hugo_page(Article page, const HugoOptions& options,
                                        const ResourceReader& resources, const Registry& formats,
                                        Diagnostics& diagnostics,
                                        const WrittenBody* written = nullptr);

}  // namespace folio
