#include "formats/ghost/ghost_cards.hpp"

#include <md4c-html.h>
#include <md4c.h>

#include <algorithm>
#include <optional>

#include "src/render/html_escape.hpp"

namespace folio {

namespace {

void attribute(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    append_escaped_html(out, value);
    out += '"';
}

// Ghost writes width and height as numbers; a card edited by hand may hold strings.
std::string number_text(const JsonValue* value) {
    if (!value) return {};
    if (value->kind == JsonValue::Kind::number || value->kind == JsonValue::Kind::string) {
        return value->text;
    }
    return {};
}

// Width and height only together, as Ghost writes them.
void size(const JsonValue& card, std::string& out) {
    const std::string width = number_text(card.get("width"));
    const std::string height = number_text(card.get("height"));
    if (width.empty() || height.empty()) return;
    attribute(out, "width", width);
    attribute(out, "height", height);
}

// Captions are HTML in Ghost (`Photo by <a href=...>`), written as they are.
void caption(std::string& out, std::string_view html) {
    if (html.empty()) return;
    out += "<figcaption>";
    out += html;
    out += "</figcaption>";
}

void image(const JsonValue& card, std::string& out) {
    if (card.str("src").empty()) return;  // as Ghost: an image card never given an image
    const std::string_view text = card.str("caption");
    out += "<figure class=\"kg-card kg-image-card";
    const std::string_view width = card.str("cardWidth");
    if (width == "wide" || width == "full") {
        out += " kg-width-";
        out += width;
    }
    if (!text.empty()) out += " kg-card-hascaption";
    out += "\">";
    const std::string_view href = card.str("href");
    if (!href.empty()) {
        out += "<a";
        attribute(out, "href", href);
        out += '>';
    }
    out += "<img";
    attribute(out, "src", card.str("src"));
    out += " class=\"kg-image\"";
    attribute(out, "alt", card.str("alt"));
    out += " loading=\"lazy\"";
    if (!card.str("title").empty()) attribute(out, "title", card.str("title"));
    size(card, out);
    out += '>';
    if (!href.empty()) out += "</a>";
    caption(out, text);
    out += "</figure>";
}

void gallery(const JsonValue& card, std::string& out) {
    const std::string_view text = card.str("caption");
    out += "<figure class=\"kg-card kg-gallery-card kg-width-wide";
    if (!text.empty()) out += " kg-card-hascaption";
    out += "\"><div class=\"kg-gallery-container\">";
    std::vector<const JsonValue*> images;
    if (const JsonValue* list = card.get("images"); list && list->is_array()) {
        for (const JsonValue& image : list->items) {
            if (image.is_object() && !image.str("src").empty()) images.push_back(&image);
        }
    }
    // Ghost lays images out in the rows the editor gave them (`row`), in order within each.
    // An image without a row is in the first, as Ghost's editor puts it.
    const auto row_of = [](const JsonValue* image) {
        const JsonValue* row = image->get("row");
        return row ? row->integer() : std::int64_t{0};
    };
    std::stable_sort(images.begin(), images.end(),
                     [&](const JsonValue* a, const JsonValue* b) { return row_of(a) < row_of(b); });
    std::optional<std::int64_t> row;
    for (const JsonValue* image : images) {
        const std::int64_t this_row = row_of(image);
        if (this_row != row) {
            if (row) out += "</div>";
            out += "<div class=\"kg-gallery-row\">";
            row = this_row;
        }
        out += "<div class=\"kg-gallery-image\"><img";
        attribute(out, "src", image->str("src"));
        size(*image, out);
        out += " loading=\"lazy\"";
        attribute(out, "alt", image->str("alt"));
        // Ghost shows no caption per gallery image; a title keeps it.
        if (!image->str("caption").empty()) attribute(out, "title", image->str("caption"));
        out += "></div>";
    }
    if (row) out += "</div>";
    out += "</div>";
    caption(out, text);
    out += "</figure>";
}

void code(const JsonValue& card, std::string& out) {
    const std::string_view text = card.str("caption");
    if (!text.empty()) out += "<figure class=\"kg-card kg-code-card\">";
    out += "<pre><code";
    if (!card.str("language").empty()) {
        attribute(out, "class", "language-" + std::string(card.str("language")));
    }
    out += '>';
    append_escaped_html(out, card.str("code"));
    out += "</code></pre>";
    if (!text.empty()) {
        caption(out, text);
        out += "</figure>";
    }
}

void div_text(std::string& out, std::string_view css, std::string_view text) {
    if (text.empty()) return;
    out += "<div class=\"";
    out += css;
    out += "\">";
    append_escaped_html(out, text);
    out += "</div>";
}

void bookmark(const JsonValue& card, std::string& out) {
    static const JsonValue none;
    const JsonValue* found = card.get("metadata");
    const JsonValue& meta = found && found->is_object() ? *found : none;
    const std::string_view text = card.str("caption");
    out += "<figure class=\"kg-card kg-bookmark-card";
    if (!text.empty()) out += " kg-card-hascaption";
    out += "\"><a class=\"kg-bookmark-container\"";
    attribute(out, "href", card.str("url"));
    out += "><div class=\"kg-bookmark-content\">";
    div_text(out, "kg-bookmark-title", meta.str("title"));
    div_text(out, "kg-bookmark-description", meta.str("description"));
    out += "<div class=\"kg-bookmark-metadata\">";
    if (!meta.str("icon").empty()) {
        out += "<img class=\"kg-bookmark-icon\"";
        attribute(out, "src", meta.str("icon"));
        out += " alt=\"\">";
    }
    // Ghost's own renderer puts the publisher in the "author" span and the author in the
    // "publisher" one; themes style them so.
    for (const auto& [key, css] : {std::pair{"publisher", "kg-bookmark-author"},
                                   std::pair{"author", "kg-bookmark-publisher"}}) {
        if (meta.str(key).empty()) continue;
        out += "<span class=\"";
        out += css;
        out += "\">";
        append_escaped_html(out, meta.str(key));
        out += "</span>";
    }
    out += "</div></div>";
    if (!meta.str("thumbnail").empty()) {
        out += "<div class=\"kg-bookmark-thumbnail\"><img";
        attribute(out, "src", meta.str("thumbnail"));
        out += " alt=\"\"></div>";
    }
    out += "</a>";
    caption(out, text);
    out += "</figure>";
}

void embed(const JsonValue& card, std::string& out) {
    const std::string_view text = card.str("caption");
    out += "<figure class=\"kg-card kg-embed-card";
    if (!text.empty()) out += " kg-card-hascaption";
    out += "\">";
    if (!card.str("html").empty()) {
        out += card.str("html");
    } else {
        out += "<a";
        attribute(out, "href", card.str("url"));
        out += '>';
        append_escaped_html(out, card.str("url"));
        out += "</a>";
    }
    caption(out, text);
    out += "</figure>";
}

void callout(const JsonValue& card, std::string& out) {
    std::string_view colour = card.str("backgroundColor");
    if (colour.empty()) colour = "grey";
    out += "<div class=\"kg-card kg-callout-card kg-callout-card-";
    append_escaped_html(out, colour);
    out += "\">";
    if (!card.str("calloutEmoji").empty()) {
        div_text(out, "kg-callout-emoji", card.str("calloutEmoji"));
    }
    out += "<div class=\"kg-callout-text\">";
    out += card.str("calloutText");  // HTML in Ghost
    out += "</div></div>";
}

// The expand button and its SVG icon are left out: page chrome, not content.
void toggle(const JsonValue& card, std::string& out) {
    out +=
        "<div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\">"
        "<div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\">";
    out += card.str("heading");  // HTML in Ghost
    out += "</h4></div><div class=\"kg-toggle-content\">";
    out += card.str("content");
    out += "</div></div>";
}

void button(const JsonValue& card, std::string& out) {
    std::string_view align = card.str("alignment");
    if (align.empty()) align = "left";
    out += "<div class=\"kg-card kg-button-card kg-align-";
    append_escaped_html(out, align);
    out += "\"><a";
    attribute(out, "href", card.str("buttonUrl"));
    out += " class=\"kg-btn kg-btn-accent\">";
    append_escaped_html(out, card.str("buttonText"));
    out += "</a></div>";
}

void video(const JsonValue& card, std::string& out) {
    out += "<figure class=\"kg-card kg-video-card\"><div class=\"kg-video-container\"><video";
    attribute(out, "src", card.str("src"));
    std::string_view poster = card.str("customThumbnailSrc");
    if (poster.empty()) poster = card.str("thumbnailSrc");
    if (!poster.empty()) attribute(out, "poster", poster);
    size(card, out);
    out += " playsinline preload=\"metadata\" controls></video></div>";
    caption(out, card.str("caption"));
    out += "</figure>";
}

void audio(const JsonValue& card, std::string& out) {
    out += "<div class=\"kg-card kg-audio-card\"><audio";
    attribute(out, "src", card.str("src"));
    out += " preload=\"metadata\" controls></audio>";
    div_text(out, "kg-audio-title", card.str("title"));
    out += "</div>";
}

void file(const JsonValue& card, std::string& out) {
    std::string_view title = card.str("fileTitle");
    if (title.empty()) title = card.str("fileName");
    out += "<div class=\"kg-card kg-file-card\"><a class=\"kg-file-card-container\"";
    attribute(out, "href", card.str("src"));
    out += " download>";
    div_text(out, "kg-file-card-title", title);
    div_text(out, "kg-file-card-caption", card.str("fileCaption"));
    out += "</a></div>";
}

void collect(const MD_CHAR* text, MD_SIZE size, void* out) {
    static_cast<std::string*>(out)->append(text, size);
}

// Ghost renders its markdown card with markdown-it; md4c's GitHub dialect reads the same
// CommonMark with tables and strikethrough, as folio's own Markdown reader does.
void markdown(const JsonValue& card, std::string& out) {
    const std::string_view source = card.str("markdown");
    md_html(source.data(), static_cast<MD_SIZE>(source.size()), &collect, &out, MD_DIALECT_GITHUB,
            0);
}

}  // namespace

void append_kept_as_comment(std::string_view what, std::string_view raw, GhostBody& out) {
    out.problems.push_back(std::string(what) + " is kept as JSON in an HTML comment");
    out.html += "<!--ghost ";
    // `--` can only be inside a JSON string here, where `\u002d` means the same.
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '-' && i + 1 < raw.size() && raw[i + 1] == '-') {
            out.html += "-\\u002d";
            ++i;
        } else {
            out.html += raw[i];
        }
    }
    out.html += "-->";
}

void append_ghost_card(std::string_view name, const JsonValue& payload, std::string_view raw,
                       GhostBody& out) {
    std::string& html = out.html;
    if (name == "image") {
        image(payload, html);
    } else if (name == "gallery") {
        gallery(payload, html);
    } else if (name == "code" || name == "codeblock") {
        code(payload, html);
    } else if (name == "bookmark") {
        bookmark(payload, html);
    } else if (name == "embed") {
        embed(payload, html);
    } else if (name == "callout") {
        callout(payload, html);
    } else if (name == "toggle") {
        toggle(payload, html);
    } else if (name == "button") {
        button(payload, html);
    } else if (name == "video") {
        video(payload, html);
    } else if (name == "audio") {
        audio(payload, html);
    } else if (name == "file") {
        file(payload, html);
    } else if (name == "hr" || name == "horizontalrule") {
        html += "<hr>";
    } else if (name == "markdown" || name == "card-markdown") {
        markdown(payload, html);
    } else if (name == "html") {
        html += payload.str("html");
    } else if (name == "paywall") {
        // Where the free preview of a members-only post ends, as Ghost marks it.
        html += "<!--members-only-->";
    } else {
        append_kept_as_comment("Ghost card '" + std::string(name) + "'", raw, out);
    }
}

}  // namespace folio
