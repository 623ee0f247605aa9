#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::epub {

/// Raw HTML (tag soup, as Markdown allows) made into a well-formed XHTML fragment for an EPUB
/// chapter: parsed with gumbo as a browser would (unclosed `<br>` and `<p>`, named entities such
/// as `&nbsp;`, misnested tags), then written as XML. Comments are left out (they are not
/// content, and `--` inside one is not XML). Scripts, styles, forms, embedded frames and event
/// attributes (`onclick`) are dropped, and unknown or obsolete elements (`<center>`) are
/// replaced by their content; each such loss is added to `dropped` as a short description
/// (`<script> element`, `onclick attribute`) so the caller can warn. Never fails.
///
/// With `rewrites`, images are shown only from the book: an `<img>` whose URL the book does
/// not hold becomes a link to it when it is online, else its alt text; `srcset` candidates and
/// `<picture>` sources the book does not hold are left out. Embedded players (`<iframe>`,
/// `<video>`, `<audio>`, `<embed>`, `<object>`), which an e-book cannot play, become a link to
/// what they show (a YouTube or Vimeo page rather than its player), named by their `title`.
/// Attributes HTML5 refuses are said in CSS (`html5_attributes`).
struct XhtmlRewrites {
    /// The book's href for an image URL, or empty when the book does not hold it.
    std::function<std::optional<std::string>(std::string_view url)> image;
    /// What an `<a href>` becomes (a chapter for a link to another article). Empty: as written.
    std::function<std::string(std::string_view url)> link;
};
std::string html_to_xhtml(std::string_view html, std::vector<std::string>& dropped,
                          const XhtmlRewrites& rewrites = {});

/// The page an embedded player shows, for a link in its place: YouTube's and Vimeo's player
/// URLs (`https://www.youtube.com/embed/ID`, `//player.vimeo.com/video/ID`) become the video's
/// page; others are kept, with `https:` added to a `//host/...` URL.
std::string embedded_page_url(std::string_view player_url);

}  // namespace folio::epub
