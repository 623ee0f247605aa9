#pragma once

// What an output that does not trust the author's raw HTML keeps of it: one allow-list of
// elements and attributes, shared by the book (always), the feeds (always) and the site with
// `--sanitize`. Anything not on it goes; what is on it is still checked for the places a script
// or a dangerous URL hides (`on*` never is on it, URLs and `style` are read by url_safety.hpp).

#include <optional>
#include <string>
#include <string_view>

namespace folio {

/// What becomes of an element.
enum class ElementPolicy {
    keep,        ///< on the allow-list (HTML, SVG or MathML content)
    unwrap,      ///< not on it, but its content is text a reader should see
    drop_whole,  ///< active content (`script`, `style`, `iframe`, SVG's `foreignObject`,
                 ///< `animate`/`set` that can rewrite a link): gone with everything inside
};

/// The policy for element `name` (any case; SVG's `foreignObject` and `foreignobject` alike).
ElementPolicy element_policy(std::string_view name);

/// Whether attribute `name` (any case; `xlink:href` with its prefix) may stay on an element
/// the allow-list keeps: HTML's content attributes, the presentational ones HTML5 turned into
/// CSS (folio rewrites them), `aria-*` and `data-*`, SVG and MathML presentation. Never `on*`.
bool allowed_attribute(std::string_view name);

/// Whether attribute `name` holds a URL a reader's program would follow or load (`href`,
/// `src`, `xlink:href`, `poster`, `cite`, `action`, `background`...). `srcset` holds several:
/// see `safe_srcset`.
bool is_url_attribute(std::string_view name);

/// `srcset` without its dangerous candidates (the others as written, joined by `, `); empty
/// when none is left, `srcset` itself when none was dangerous.
std::string safe_srcset(std::string_view srcset);

/// `safe_srcset`, also saying whether a candidate was `removed`.
std::string srcset_without_dangerous(std::string_view srcset, bool& removed);

/// The value to write for attribute `name`: `value` itself, `srcset` without its dangerous
/// candidates, or nothing when the value must go (a dangerous URL in a URL attribute, a `style`
/// that loads or runs code, a `srcset` of dangerous URLs only). When something was removed,
/// `why` says what (`javascript: URL`).
std::optional<std::string> safe_attribute_value(std::string_view name, std::string_view value,
                                                std::string& why);

}  // namespace folio
