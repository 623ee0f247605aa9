#pragma once

#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// Fills in what Hugo's `{{< param "key" >}}` and Liquid's `{{ page.key }}` render: the
/// article's own front-matter value (title, summary, slug, language, authors, tags,
/// categories, or a string, number or boolean of `meta.extra`), which a body reader cannot see.
/// A key the article does not have renders nothing, as in Hugo without a site-wide param.
void render_front_matter_calls(Article& article);

/// Whether `text` can hold an engine call at all: every shortcode and Liquid call starts with
/// `{{` or `{%`. Most articles have neither, and then render_front_matter_calls has nothing
/// to fill and need not walk the body.
bool may_hold_engine_calls(std::string_view text);

}  // namespace folio
