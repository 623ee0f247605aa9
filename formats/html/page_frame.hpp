#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/date.hpp"
#include "formats/html/html_site.hpp"

namespace folio::html {

/// Everything about one page that its `<head>` and its links need.
struct PageFrame {
    std::string file;  ///< site-relative path of the page, `posts/x/index.html`
    /// What links to other site files start with: the `../` that lead back to the root (so the
    /// site works from `file://` and below any path), or the base URL for the 404 page.
    std::string root;
    std::string language;     ///< `<html lang>`
    std::string title;        ///< the page's own title; empty on the home page
    std::string description;  ///< `<meta name="description">` and `og:description`
    std::string og_type = "website";
    std::string og_image;  ///< absolute URL, or empty
    std::string author;    ///< `<meta name="author">`; empty: none
    /// An article's dates and tags, as Open Graph's `article:*` properties.
    std::optional<Date> published;
    std::optional<Date> modified;
    std::vector<std::string> tags;
    std::string json_ld;  ///< a whole `<script type="application/ld+json">`, or empty
    /// A shown draft's page: `<meta name="robots" content="noindex">`, so a previewed folder
    /// uploaded by mistake does not bring it to search engines.
    bool draft = false;
};

/// The `../` that lead from `file` back to the site root: empty for a file at the root.
std::string root_prefix(std::string_view file);

/// The URL path of a page file, as a server shows it: `posts/x/index.html` → `posts/x/`,
/// `index.html` → empty, `x.html` → `x.html`.
std::string url_path_of(std::string_view file);

/// A link from the page to the site file `site_file`, escaped for an attribute. Links name the
/// file (`../tags/x/index.html`, not `../tags/x/`): a folder opened from `file://` shows a
/// listing, not its index.
std::string href_to(const PageFrame& frame, std::string_view site_file);

/// `<time datetime="...">21 december 2025</time>`, the text in `language`.
std::string time_element(const Date& date, std::string_view language);

/// ` <span class="draft">Draft</span>`, in `language`: what follows a shown draft's title
/// on its page and wherever it is listed.
std::string draft_mark(std::string_view language);

/// ` dir="rtl"` or ` dir="ltr"` for an element in `language` inside one in `surrounding` when
/// their writing directions differ, else empty (the direction is inherited).
std::string direction_change(std::string_view language, std::string_view surrounding);

/// The whole document: doctype, `<head>` (charset, viewport, title, description, canonical
/// link with a base URL, Open Graph, Twitter card, JSON-LD, favicon, stylesheet, feed links),
/// the site header with its navigation (home, archive, categories, tags, search), `main_html` inside `<main>`, and the footer.
std::string page_document(const PageFrame& frame, const SitePlan& plan, const SiteOptions& options,
                          std::string_view main_html);

}  // namespace folio::html
