#pragma once

#include <string>
#include <string_view>

namespace folio::html {

/// The shared renderer's body HTML (cells aligned with `CellAlignment::style`) made what the Nu
/// checker wants: the footnote section gets the heading a `<section>` should have
/// (`footnotes_heading`, shown only to screen readers, as GitHub does).
std::string html5_body(std::string html, std::string_view footnotes_heading);

}  // namespace folio::html
