#pragma once

// The images of a blog that is leaving WordPress or Ghost: its posts name them at the old
// site (`https://old.example.com/wp-content/uploads/2020/05/x.jpg`, Ghost's
// `/content/images/2020/05/x.jpg`), and they are found in a local copy of that site's media
// folder (`--media DIR`) or downloaded once (`--fetch-images`), so that every job that copies
// images (the migration, the book, the site) copies them like local ones.

#include <memory>
#include <string>
#include <string_view>

#include "src/images/image_location.hpp"
#include "src/output/url_fetcher.hpp"

namespace folio {

/// Where an imported blog's images are found. Empty: nowhere (references stay as written).
struct ImportMedia {
    /// A copy of the old site's media folder (`wp-content/uploads`, Ghost's `content/images`):
    /// `2020/05/x.jpg` is looked for as `dir/2020/05/x.jpg`, then below `dir/wp-content/uploads/`
    /// and `dir/content/images/`. Empty: none.
    std::string dir;
    /// Downloads the images not found in `dir`; null: none are downloaded.
    std::shared_ptr<UrlFetcher> fetcher;
    /// The old site's address, which makes site-relative media URLs (`/content/images/...`)
    /// absolute for a download. Empty: they are not downloaded.
    std::string old_base_url;

    bool empty() const { return dir.empty() && !fetcher; }
};

/// The path of an image below the old site's media folder: `2020/05/x.jpg` for a URL whose
/// path holds `/wp-content/uploads/2020/05/x.jpg` or `/content/images/2020/05/x.jpg` (any
/// host, site-relative too, a CDN's `i0.wp.com/host/wp-content/...` included), or that is on a
/// WordPress.com blog's media host (`name.files.wordpress.com/2020/05/x.jpg`, also through
/// `i0.wp.com/name.files.wordpress.com/...`), percent-escapes
/// decoded, query and fragment dropped; empty for any other URL or one that climbs out (`..`).
std::string uploaded_media_path(std::string_view url);

/// The original an engine resized `media_path` from: `2020/05/photo.jpg` for WordPress's
/// `2020/05/photo-300x200.jpg` (also its `-scaled` and `-rotated` copies) and for Ghost's
/// `size/w600/2020/05/photo.jpg`; empty when `media_path` names no resized copy.
std::string original_of_resized(std::string_view media_path);

/// `locate` with the old site's media in front: a reference `uploaded_media_path` recognises
/// is looked up in `media.dir`, then downloaded, then, when it is a resized copy that neither
/// holds, its original is (a `stand_in`). A download is used only when its bytes are an image.
/// One found nowhere is `local` at the place it was looked for, so the job copying it warns
/// that it is missing and names it in its report. Every other reference goes to `locate`.
/// Thread-safe as `media.fetcher` is.
ImageLocator locate_imported_media(ImageLocator locate, ImportMedia media);

}  // namespace folio
