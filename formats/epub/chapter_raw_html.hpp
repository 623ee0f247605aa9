#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/epub/xhtml_from_html.hpp"

namespace folio::epub {

/// The raw HTML of one chapter made XHTML piece by piece, as the renderer meets it, so that
/// only the raw HTML meets the HTML5 parser and not the whole chapter (which cost a chapter
/// with raw HTML 7× one without). A block that holds all of its elements is converted alone;
/// an inline void tag (`<img>`, `<br>`) too; an inline start tag of a phrasing element
/// (`<span class="x">`) and its end tag are converted one by one, and so are a block that opens
/// a container for the Markdown after it (`<div class="note">`, `<details><summary>…`) and the
/// block of end tags that closes it: the body must then be checked. What cannot be read this
/// way (a stray end tag, an inline `<div>`, a `<table>` left open) is kept as written and
/// `needs_repair()` says the whole body must go through `html_to_xhtml` after all. One object
/// per chapter.
class ChapterRawHtml {
public:
    ChapterRawHtml(const XhtmlRewrites& rewrites, std::vector<std::string>& dropped)
        : rewrites_(rewrites), dropped_(dropped) {}

    /// The XHTML for one piece of raw HTML (the renderer's `raw_html` hook).
    std::string convert(std::string_view html, bool is_block);

    /// Some piece could not be converted alone: the body needs the whole repair.
    bool needs_repair() const { return repair_ || !open_.empty(); }
    /// Inline start and end tags were converted separately: the body is well-formed only if
    /// they pair up around the renderer's own elements, which a parse must confirm.
    bool needs_check() const { return check_; }

private:
    std::string convert_inline(std::string_view html);
    std::string convert_opening_block(std::string_view html, const std::vector<std::string>& open);
    std::string convert_closing_block(std::string_view html);

    const XhtmlRewrites& rewrites_;
    std::vector<std::string>& dropped_;
    std::vector<std::string> open_;  ///< inline elements opened and not yet closed
    bool repair_ = false;
    bool check_ = false;
};

/// True when the start and end tags of `xhtml` (the renderer's output with converted pieces of
/// raw HTML in it, whose text never holds a bare `<`) pair up and nest: what `needs_check()`
/// asks, without a parse.
bool tags_nest(std::string_view xhtml);

/// True when every element `html` opens is closed in it (or may end by itself, as `<p>` and
/// `<li>` may) and every end tag closes an element it opened: the HTML reads the same alone as
/// in its page.
bool holds_its_elements(std::string_view html);

}  // namespace folio::epub
