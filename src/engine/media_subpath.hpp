#pragma once

// Chirpy's `media_subpath` front-matter key (`img_path` before Chirpy 7): a prefix of every
// relative image path of the post, its cover (`image.path`) included. The theme applies it
// when it renders; no other engine knows the key, so a migration applies it to the paths.

#include "src/ast/article.hpp"

namespace folio {

/// Applies `article`'s `media_subpath` (else `img_path`) to each relative image URL of its
/// body, footnotes and cover (`a.png` under `/posts/2018/` → `/posts/2018/a.png`); a URL with
/// a scheme, a site-absolute one or a fragment is left alone. A body image's written form is
/// kept in `written_url`, so that a copied body edits the text as written. The key leaves
/// `extra`: its meaning is in the paths now, and a second prefix would break them. Returns
/// whether the article had such a key. Never fails.
bool apply_media_subpath(Article& article);

}  // namespace folio
