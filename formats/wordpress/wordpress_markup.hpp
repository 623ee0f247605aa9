#pragma once

// What WordPress does to a post's stored content before it is shown, done once on import so that
// the rest of folio sees plain HTML: Gutenberg's block comments, the shortcodes of WordPress
// core (and the two code shortcodes of WordPress.com and SyntaxHighlighter), and wpautop.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace folio {

/// A media item of the export (`wp:post_type` attachment), for featured images and galleries.
struct WordPressAttachment {
    std::string url;      ///< `wp:attachment_url`
    std::string title;
    std::string caption;  ///< its excerpt
    std::string alt;      ///< `_wp_attachment_image_alt`
    std::string parent;   ///< `wp:post_parent`: the post it was uploaded to
};

/// Attachments by post ID, in the export's order of IDs.
using WordPressAttachments = std::unordered_map<std::string, WordPressAttachment>;

/// The shortcodes resolved on import; any other `[name ...]` is kept as text with a warning.
bool is_known_shortcode(std::string_view name);

/// The post's content as HTML: code shortcodes become `<pre><code class="language-x">`,
/// `[caption]` a `<figure>` with its `<figcaption>`, `[gallery]` a figure of the attachments
/// it names (or of the post's own, `post_id` being the post's ID), `[embed]`, `[audio]` and
/// `[video]` a link, `<audio>` or `<video>`; then block comments are removed (their HTML kept,
/// `wp:embed`'s URL made a link, `wp:more`'s `<!--more-->` kept as the summary break) when the post has
/// any, else wpautop makes its paragraphs. `unknown` is called with the offset in `content` of
/// each shortcode left as text and its name.
std::string resolve_wordpress_markup(
    std::string_view content, std::string_view post_id, const WordPressAttachments& attachments,
    const std::function<void(std::size_t offset, std::string_view name)>& unknown);

/// `[ids]` → the gallery shortcode's IDs (`"1, 2,3"`) split, for tests and the reader.
std::vector<std::string> split_ids(std::string_view ids);

}  // namespace folio
