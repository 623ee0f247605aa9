#pragma once

// Jekyll's Liquid in a body that Eleventy runs through its own Liquid (LiquidJS): the standard
// tags mean the same there, Jekyll's own do not, and an unknown tag stops Eleventy's build
// (`tag "post_url" not found`). So Jekyll's are translated into what Eleventy builds, and
// the others are kept as text inside `{% raw %}` with a warning at their place.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "src/engine/engine_translation.hpp"

namespace folio {

/// The edits that make a Jekyll body build in Eleventy (`text` starts at byte `offset` of its
/// file): `{% post_url name %}` and `{% link path %}` become the article's new URL, given by
/// `new_url` (empty: the tag is kept as text and warned about); `{{ site.baseurl }}` becomes
/// `base_path` (`/blog`, or nothing); `{% highlight lang %}` ... `{% endhighlight %}` a
/// fenced code block (options such as `linenos` dropped with a warning); tags LiquidJS does
/// not have (jekyll-gist, includes of Jekyll's `_includes`) kept as text in `{% raw %}`, each
/// listed in `untranslated`. LiquidJS's own tags (`if`, `for`, `raw`, `comment`, ...) stay.
EngineTranslation translate_liquid_for_eleventy(
    std::string_view text, std::size_t offset, std::string_view base_path,
    const std::function<std::string(std::string_view reference)>& new_url);

}  // namespace folio
