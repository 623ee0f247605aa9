#include "formats/wordpress/wordpress_export.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "formats/wordpress/wordpress_markup.hpp"
#include "formats/wordpress/wxr_dates.hpp"
#include "formats/wordpress/wxr_items.hpp"
#include "src/import/old_query_url.hpp"
#include "src/import/post_comments.hpp"
#include "src/source/position_cursor.hpp"
#include "src/text/mojibake.hpp"
#include "src/text/slug.hpp"

namespace folio {

namespace {

/// What an item holds before its markup is resolved (that needs every attachment).
struct PendingPost {
    ExportedPost post;
    std::string id;
    std::string content;
    std::size_t content_offset = kNoOffset;  ///< of the content's text in the file, if exact
    std::string thumbnail_id;
};

struct Channel {
    std::string language;
    /// The blog's home as it is now (the channel's `link`): a guid keeps the address the blog
    /// had when the post was written, which a moved site no longer answers.
    std::string home_url;
    std::unordered_map<std::string, std::string> authors;  ///< login → display name
};

std::string text_of(const pugi::xml_node& node) { return node.text().get(); }

std::string trimmed(std::string s) {
    const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && space(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(i);
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// `%e6%97%a5` → `日`: WordPress stores non-ASCII slugs percent-encoded.
std::string percent_decoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// The approved comments of an item, in the export's order, each a map: `id`, `parent` (its
// thread: the id of the comment it answers, none at the top), `author`, `author_url`, `date`
// (the exact instant, as for posts), `type` (`comment`, `pingback`, `trackback`) and `content`.
// Spam, trash and comments awaiting moderation are left out, and so are the commenters' e-mail
// and IP addresses, which were never public.
Value approved_comments(const pugi::xml_node& item) {
    ValueList out;
    for (const pugi::xml_node comment : item.children("wp:comment")) {
        if (trimmed(text_of(comment.child("wp:comment_approved"))) != "1") continue;
        Map fields;
        const auto add = [&fields](std::string key, std::string value) {
            if (!value.empty()) fields.emplace_back(std::move(key), Value(std::move(value)));
        };
        add("id", trimmed(text_of(comment.child("wp:comment_id"))));
        const std::string parent = trimmed(text_of(comment.child("wp:comment_parent")));
        if (parent != "0") add("parent", parent);
        add("author", trimmed(text_of(comment.child("wp:comment_author"))));
        add("author_url", trimmed(text_of(comment.child("wp:comment_author_url"))));
        if (const std::optional<Date> date =
                wordpress_date(text_of(comment.child("wp:comment_date")),
                               text_of(comment.child("wp:comment_date_gmt"))))
            add("date", format_rfc3339(*date));
        std::string type = trimmed(text_of(comment.child("wp:comment_type")));
        add("type", type.empty() ? "comment" : type);
        add("content", text_of(comment.child("wp:comment_content")));
        out.emplace_back(std::move(fields));
    }
    return Value(std::move(out));
}

// A chunk of the file parsed as XML on its own. Prefixes (`wp:`, `content:`) are plain parts of
// names to pugixml, so no namespace declaration is needed.
pugi::xml_parse_result parse_chunk(pugi::xml_document& doc, std::string_view chunk) {
    return doc.load_buffer(chunk.data(), chunk.size(),
                           pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
}

Channel read_channel(const SourceText& file, const WxrLayout& layout, Diagnostics& diagnostics) {
    Channel channel;
    if (layout.channel_begin == std::string_view::npos) return channel;
    std::string header(file.text().substr(layout.channel_begin, layout.header_end - layout.channel_begin));
    header += "</channel>";
    pugi::xml_document doc;
    if (const pugi::xml_parse_result parsed = parse_chunk(doc, header); !parsed) {
        diagnostics.report(file.diagnostic(
            Severity::warning, "wordpress.xml",
            std::string("the export's channel header is damaged (") + parsed.description() +
                "): its language and authors' names are not read",
            // The offset may fall in the `</channel>` added above: clamp it to the file's part.
            layout.channel_begin + std::min<std::size_t>(static_cast<std::size_t>(parsed.offset),
                                                         layout.header_end - layout.channel_begin)));
        return channel;
    }
    const pugi::xml_node root = doc.child("channel");
    channel.language = trimmed(text_of(root.child("language")));
    channel.home_url = trimmed(text_of(root.child("link")));
    if (channel.home_url.empty())
        channel.home_url = trimmed(text_of(root.child("wp:base_blog_url")));
    for (const pugi::xml_node author : root.children("wp:author")) {
        std::string name = trimmed(text_of(author.child("wp:author_display_name")));
        if (name.empty()) name = trimmed(text_of(author.child("wp:author_login")));
        channel.authors[trimmed(text_of(author.child("wp:author_login")))] = name;
    }
    return channel;
}

void add_extra(Meta& meta, std::string key, Value value) { meta.extra.emplace_back(std::move(key), std::move(value)); }

// SEO plugins' descriptions, Yoast's then Rank Math's.
bool is_seo_description(std::string_view key) {
    return key == "_yoast_wpseo_metadesc" || key == "rank_math_description" ||
           key == "_aioseo_description" || key == "_genesis_description";
}

// The content as the reader keeps it: double-encoded runs (UTF-8 read as Windows-1252 and saved
// again) repaired. The number of runs repaired.
std::size_t repair_double_encoding(std::string& text) {
    const std::size_t runs = find_mojibake(text).size();
    if (runs != 0) text = repair_mojibake(text);
    return runs;
}

class Reader {
public:
    Reader(const SourceText& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

    /// Reads the item at `at`: an attachment into the media list, a post or page into the
    /// pending list.
    void read_item(const WxrLayout::Item& at, const Channel& channel);
    /// Resolves the markup of every pending post and hands it on, freeing its stored content.
    void deliver_all(const std::function<void(ExportedPost&&)>& deliver);
    /// Hands on every attachment, once the posts are: a featured image in another part of a
    /// split export is found there.
    void deliver_attachments(const std::function<void(ExportedPost&&)>& deliver) const;

private:
    void read_post(const pugi::xml_node& item, const WxrLayout::Item& at, std::string_view chunk,
                   std::string_view type, const Channel& channel);

    const SourceText& file_;
    // Items are read front to back: positions walk on from the last one rather than through
    // the file's line index, which is 8 bytes a line (8 MB of a 31 MB export's peak).
    PositionCursor positions_{file_};
    Diagnostics& diagnostics_;
    // Shared with `html_again_`, which the posts keep: every attachment is read before any post,
    // and none is added after, so a gallery made again finds what it found the first time.
    std::shared_ptr<WordPressAttachments> attachments_ = std::make_shared<WordPressAttachments>();
    std::shared_ptr<const HtmlAgain> html_again_ = std::make_shared<const HtmlAgain>(
        [attachments = std::shared_ptr<const WordPressAttachments>(attachments_)](
            std::string_view body, std::string_view id) {
            std::string content(body);
            repair_double_encoding(content);
            return resolve_wordpress_markup(content, id, *attachments,
                                            [](std::size_t, std::string_view) {});
        });
    std::vector<PendingPost> posts_;
};

void Reader::read_item(const WxrLayout::Item& at, const Channel& channel) {
    const std::string_view text = file_.text();
    if (at.end == std::string_view::npos) {
        diagnostics_.report(positions_.diagnostic(
            Severity::error, "wordpress.truncated",
            "this item never ends (no </item>): the export is truncated or damaged here; the "
            "items before it are read",
            at.begin));
        return;
    }
    const std::string_view chunk = text.substr(at.begin, at.end - at.begin);
    pugi::xml_document doc;
    if (const pugi::xml_parse_result parsed = parse_chunk(doc, chunk); !parsed) {
        diagnostics_.report(positions_.diagnostic(
            Severity::error, "wordpress.xml",
            std::string("damaged XML in this item: ") + parsed.description() +
                "; the item is left out, the others are read",
            at.begin + std::min<std::size_t>(static_cast<std::size_t>(parsed.offset), chunk.size())));
        return;
    }
    const pugi::xml_node item = doc.child("item");
    const std::string type = trimmed(text_of(item.child("wp:post_type")));
    const std::string id = trimmed(text_of(item.child("wp:post_id")));
    if (type == "attachment") {
        WordPressAttachment media;
        media.url = trimmed(text_of(item.child("wp:attachment_url")));
        if (media.url.empty()) media.url = trimmed(text_of(item.child("guid")));
        media.title = text_of(item.child("title"));
        media.caption = trimmed(text_of(item.child("excerpt:encoded")));
        media.parent = trimmed(text_of(item.child("wp:post_parent")));
        for (const pugi::xml_node meta : item.children("wp:postmeta"))
            if (text_of(meta.child("wp:meta_key")) == "_wp_attachment_image_alt")
                media.alt = text_of(meta.child("wp:meta_value"));
        (*attachments_)[id] = std::move(media);
        return;
    }
    // Menus, reusable blocks, templates, custom post types: not articles.
    if (type != "post" && type != "page") return;
    // The bin and WordPress's own unsaved placeholders: what the author threw away or never
    // wrote, not a draft.
    const std::string status = trimmed(text_of(item.child("wp:status")));
    if (status == "trash" || status == "auto-draft") {
        diagnostics_.report(positions_.diagnostic(
            Severity::note, "wordpress.trash",
            "'" + trimmed(text_of(item.child("title"))) + "' is " +
                (status == "trash" ? "in the bin" : "an unsaved placeholder") + ": left out",
            at.begin));
        return;
    }
    read_post(item, at, chunk, type, channel);
}

void Reader::read_post(const pugi::xml_node& item, const WxrLayout::Item& at, std::string_view chunk,
                       std::string_view type, const Channel& channel) {
    PendingPost pending;
    ExportedPost& post = pending.post;
    Meta& meta = post.meta;
    post.page = type == "page";
    post.at = positions_.at(at.begin);
    pending.id = trimmed(text_of(item.child("wp:post_id")));
    post.id = pending.id;
    meta.title = trimmed(text_of(item.child("title")));
    meta.language = channel.language;
    meta.guid = trimmed(text_of(item.child("guid")));
    meta.url = trimmed(text_of(item.child("link")));
    post.old_query_url = wordpress_query_url(channel.home_url, meta.guid, pending.id);
    const std::string status = trimmed(text_of(item.child("wp:status")));
    meta.draft = status != "publish";
    meta.date = wordpress_date(text_of(item.child("wp:post_date")), text_of(item.child("wp:post_date_gmt")));
    meta.updated = wordpress_date(text_of(item.child("wp:post_modified")),
                                  text_of(item.child("wp:post_modified_gmt")));
    // WordPress percent-encodes a name in another script (`%e6%97%a5...`); decoded, it is the
    // post's old URL segment as its readers saw it, so it is kept in its script. Bytes that are
    // not UTF-8 (a name saved by a plugin in another code page) separate, and the name's old
    // URL then redirects to the new one.
    meta.slug = unicode_slug(percent_decoded(trimmed(text_of(item.child("wp:post_name")))));
    if (meta.slug.empty()) meta.slug = unicode_slug(meta.title);
    if (meta.slug.empty()) meta.slug = (post.page ? "page-" : "post-") + pending.id;
    const std::string login = trimmed(text_of(item.child("dc:creator")));
    if (!login.empty()) {
        const auto found = channel.authors.find(login);
        meta.authors.push_back(found != channel.authors.end() ? found->second : login);
    }
    for (const pugi::xml_node term : item.children("category")) {
        const std::string domain = term.attribute("domain").value();
        std::string name = trimmed(text_of(term));
        if (domain == "category") {
            // WordPress files posts with no category under its default one; that is no choice.
            if (std::find(meta.categories.begin(), meta.categories.end(), name) == meta.categories.end())
                meta.categories.push_back(std::move(name));
        } else if (domain == "post_tag") {
            if (std::find(meta.tags.begin(), meta.tags.end(), name) == meta.tags.end())
                meta.tags.push_back(std::move(name));
        } else if (domain == "post_format") {
            add_extra(meta, "format", Value(std::string(term.attribute("nicename").value())));
        }
    }
    meta.summary = trimmed(text_of(item.child("excerpt:encoded")));
    add_extra(meta, "wordpress_id", Value(pending.id));
    add_extra(meta, "status", Value(status));
    if (trimmed(text_of(item.child("wp:is_sticky"))) == "1") add_extra(meta, "sticky", Value(true));
    Map post_meta;
    for (const pugi::xml_node entry : item.children("wp:postmeta")) {
        std::string key = trimmed(text_of(entry.child("wp:meta_key")));
        std::string value = text_of(entry.child("wp:meta_value"));
        if (key == "_thumbnail_id") pending.thumbnail_id = trimmed(value);
        else if (is_seo_description(key)) meta.description = trimmed(value);
        // `_edit_lock`, `_wp_old_slug`, plugins' caches: WordPress's own bookkeeping.
        else if (!key.empty() && key.front() != '_') post_meta.emplace_back(std::move(key), Value(std::move(value)));
    }
    if (!post_meta.empty()) add_extra(meta, "post_meta", Value(std::move(post_meta)));
    if (Value comments = approved_comments(item); !std::get<ValueList>(comments.data).empty())
        add_extra(meta, std::string(kImportedCommentsKey), std::move(comments));
    const pugi::xml_node content = item.child("content:encoded");
    pending.content = text_of(content);
    // The body's place in the file: exact when it is one CDATA section, as WordPress writes it.
    const pugi::xml_node cdata = content.first_child();
    if (cdata.type() == pugi::node_cdata && cdata.next_sibling().empty()) {
        const std::size_t in_chunk = chunk.find("<![CDATA[", static_cast<std::size_t>(content.offset_debug()));
        if (in_chunk != std::string_view::npos) {
            pending.content_offset = at.begin + in_chunk + 9;
            post.body_line = positions_.at(pending.content_offset).line;
            post.body_offset = pending.content_offset;
            post.body_size = pending.content.size();
            post.html_again = html_again_;
        }
    }
    // Double-encoded exports (UTF-8 read as Windows-1252 and saved again): repaired, with a
    // warning, since the damage is certain when a whole run decodes to valid UTF-8.
    std::size_t repaired = 0;
    for (std::string* text : {&meta.title, &pending.content, &meta.summary})
        repaired += repair_double_encoding(*text);
    if (repaired != 0) {
        diagnostics_.report(file_.diagnostic_at(
            Severity::warning, "wordpress.mojibake",
            std::to_string(repaired) + " run(s) of double-encoded text (UTF-8 read as another code "
            "page) repaired in this post",
            post.at));
    }
    posts_.push_back(std::move(pending));
}

void Reader::deliver_all(const std::function<void(ExportedPost&&)>& deliver) {
    for (PendingPost& pending : posts_) {
        ExportedPost& post = pending.post;
        if (!pending.thumbnail_id.empty()) {
            const auto found = attachments_->find(pending.thumbnail_id);
            if (found != attachments_->end()) {
                Cover cover;
                cover.source = found->second.url;
                cover.alt = found->second.alt;
                cover.caption = found->second.caption;
                post.meta.cover = std::move(cover);
            } else {
                post.cover_attachment = pending.thumbnail_id;
            }
        }
        post.html = resolve_wordpress_markup(
            pending.content, pending.id, *attachments_,
            [&](std::size_t offset, std::string_view name) {
                std::string message = "shortcode [" + std::string(name) +
                                      "] is not one WordPress core defines: kept as text in '" +
                                      post.meta.title + "'";
                if (pending.content_offset != kNoOffset) {
                    diagnostics_.report(positions_.diagnostic(Severity::warning, "wordpress.shortcode",
                                                         std::move(message),
                                                         pending.content_offset + offset));
                } else {
                    diagnostics_.report(file_.diagnostic_at(Severity::warning, "wordpress.shortcode",
                                                            std::move(message), post.at));
                }
            });
        pending.content.clear();
        pending.content.shrink_to_fit();
        deliver(std::move(post));
    }
    posts_.clear();
}

void Reader::deliver_attachments(const std::function<void(ExportedPost&&)>& deliver) const {
    for (const auto& [id, media] : *attachments_) {
        ExportedPost attachment;
        attachment.attachment = true;
        attachment.id = id;
        Cover cover;
        cover.source = media.url;
        cover.alt = media.alt;
        cover.caption = media.caption;
        attachment.meta.cover = std::move(cover);
        deliver(std::move(attachment));
    }
}

// Whether an item is an attachment, told from its text without parsing it: its `wp:post_type`.
bool is_attachment(std::string_view text, const WxrLayout::Item& item) {
    if (item.end == std::string_view::npos) return false;
    const std::string_view chunk = text.substr(item.begin, item.end - item.begin);
    std::size_t at = chunk.find("<wp:post_type>");
    if (at == std::string_view::npos) return false;
    at += 14;
    if (chunk.compare(at, 9, "<![CDATA[") == 0) at += 9;
    return chunk.compare(at, 10, "attachment") == 0;
}

}  // namespace

bool recognises_wordpress_export(std::string_view head) {
    return head.find("<rss") != std::string_view::npos &&
           (head.find("wordpress.org/export/") != std::string_view::npos ||
            head.find("<wp:wxr_version>") != std::string_view::npos);
}

void read_wordpress_export(const SourceText& file, Diagnostics& diagnostics,
                           const std::function<void(ExportedPost&&)>& deliver) {
    const WxrLayout layout = scan_wxr(file.text());
    if (layout.channel_begin == std::string_view::npos) {
        diagnostics.report(file.diagnostic(Severity::error, "wordpress.xml",
                                           "no <channel> in this file: not a WordPress export", 0));
        return;
    }
    const Channel channel = read_channel(file, layout, diagnostics);
    Reader reader(file, diagnostics);
    // Attachments first (a featured image or a gallery names ones that may come later in the
    // file), then each post handed on as soon as it is read, so that the raw content of only
    // one post is held beside the export and the HTML handed on: peak memory stays near twice
    // the file rather than three times.
    for (const WxrLayout::Item& item : layout.items)
        if (is_attachment(file.text(), item)) reader.read_item(item, channel);
    for (const WxrLayout::Item& item : layout.items) {
        if (is_attachment(file.text(), item)) continue;
        reader.read_item(item, channel);
        reader.deliver_all(deliver);
    }
    reader.deliver_attachments(deliver);
}

}  // namespace folio
