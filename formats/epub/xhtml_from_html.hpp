#pragma once

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
std::string html_to_xhtml(std::string_view html, std::vector<std::string>& dropped);

}  // namespace folio::epub
