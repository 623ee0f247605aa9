#pragma once

// The tags of raw HTML an author wrote into Markdown, read without a full HTML5 parser: enough
// to find the images it shows, to rewrite their URLs, and to turn the attributes HTML5 and
// XHTML refuse (`align`, `width="100%"`, `frameborder`) into what they meant. Shared by the
// writers that keep raw HTML (the site, the book, Hugo bundles).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/ast/article.hpp"

namespace folio {

/// One attribute of a start tag: `value` with the common character references decoded.
struct HtmlAttribute {
    std::string name;  ///< lower case
    std::string value;
    bool operator==(const HtmlAttribute&) const = default;
};

/// One tag of raw HTML, as written between `begin` (its `<`) and `end` (past its `>`).
struct HtmlTag {
    std::string name;  ///< lower case, without `/`
    bool closing = false;       ///< `</p>`
    bool self_closing = false;  ///< `<br/>`
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<HtmlAttribute> attributes;
    /// The value of attribute `name`, or null when the tag has none.
    const std::string* attribute(std::string_view name) const;
};

/// Every start and end tag of `html` in order. Comments, `<!DOCTYPE>`, `<![CDATA[`, `<?...>`
/// and the text inside `<script>`, `<style>` and `<textarea>` hold no tags; a `<` that starts
/// no tag is text. An unterminated tag at the end is left out. Never fails.
std::vector<HtmlTag> scan_html_tags(std::string_view html);

/// Void elements (`img`, `br`, `source`...): they never have an end tag.
bool is_void_element(std::string_view name);

/// An image URL raw HTML shows: an `<img src>`, each candidate of an `srcset` (`<img>` or a
/// `<picture>`'s `<source>`), a `<video poster>`, an `<input type=image src>`.
struct HtmlImageSource {
    std::string url;        ///< as written, references decoded
    std::size_t tag_begin;  ///< the tag's `<`, for the place in the file
    /// Where in the HTML the URL is written, when it is written as it is (no character
    /// reference in it), so that a copy of the source can be edited there; npos otherwise.
    std::size_t written = std::string_view::npos;
};

/// The image URLs of `html`, in order, each as often as it is written.
std::vector<HtmlImageSource> html_image_sources(std::string_view html);

/// The URLs of `html` that name a page or a file rather than an image (`<a href>`, `<audio
/// src>`, `<video src>`, `<source src>`, `<track src>`, `<embed src>`), as `html_image_sources`
/// gives images: in order, each with where it is written.
std::vector<HtmlImageSource> html_link_targets(std::string_view html);

/// The place in the file of byte `offset` of raw HTML that starts at `start`: for a warning
/// about one tag of a block.
SourcePos place_in_html(SourcePos start, std::string_view html, std::size_t offset);

/// The candidates of an `srcset` value (`a.png 1x, b.png 2x`): each URL and its descriptor.
std::vector<std::pair<std::string, std::string>> srcset_candidates(std::string_view srcset);

/// What `rewrite_raw_html` changes.
struct RawHtmlRewrite {
    /// The URL to write for an image URL (each `src`, `srcset` candidate, `poster`); empty
    /// function or unchanged result: kept as written.
    std::function<std::string(std::string_view url)> image_url;
    /// The URL to write for an `srcset` candidate, when it is not `image_url`'s: an empty
    /// result leaves the candidate out (an `srcset` lists only images that exist), and so does
    /// a URL an earlier candidate of the same `srcset` became. When every candidate is left
    /// out the attribute is kept as written. Unset: `image_url`.
    std::function<std::string(std::string_view url)> srcset_url;
    /// The same for each URL `html_link_targets` finds (`<a href>`, `<audio src>`, ...).
    std::function<std::string(std::string_view url)> link_url;
    /// Apply `html5_attributes` to every start tag.
    bool html5_attributes = false;
};

/// `html` with the tags `how` changes written again (attributes double-quoted and escaped),
/// every other byte as it was. Returns `html` unchanged when nothing needed changing.
std::string rewrite_raw_html(std::string_view html, const RawHtmlRewrite& how);

}  // namespace folio
