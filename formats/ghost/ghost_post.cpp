#include "formats/ghost/ghost_post.hpp"

#include "formats/ghost/lexical_html.hpp"
#include "formats/ghost/mobiledoc_html.hpp"

#include <cctype>

namespace folio {

namespace {

constexpr std::string_view kGhostUrl = "__GHOST_URL__";

// Ghost stores instants in UTC: `2024-03-05T09:30:00.000Z` since Ghost 1, a space and no zone
// in older exports, milliseconds since 1970 in Ghost 0.x.
std::optional<Date> instant(const JsonValue* value) {
    if (!value) return std::nullopt;
    if (value->kind == JsonValue::Kind::number) {
        return date_from_unix_seconds(value->integer() / 1000, 0);
    }
    if (!value->is_string()) return std::nullopt;
    std::optional<Date> date = parse_date(value->text);
    if (date && date->has_time && !date->offset_minutes) {
        date->offset_minutes = 0;
        date->offset_is_z = true;
    }
    return date;
}

void keep(Map& extra, std::string_view key, std::string_view value) {
    if (!value.empty()) extra.emplace_back(std::string(key), Value{without_ghost_url(value)});
}

// Ghost's permalink setting (`/:year/:month/:slug/`), for posts; pages are always `/slug/`.
std::string old_url(const JsonValue& row, const Meta& meta, std::string_view pattern,
                    const std::vector<GhostTag>& tags, const std::vector<GhostAuthor>& authors) {
    if (pattern.empty()) pattern = "/:slug/";
    const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    std::string url;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] != ':') {
            url += pattern[i++];
            continue;
        }
        std::size_t end = i + 1;
        while (end < pattern.size() &&
               (std::isalnum(static_cast<unsigned char>(pattern[end])) || pattern[end] == '_')) {
            ++end;
        }
        const std::string_view name = pattern.substr(i + 1, end - i - 1);
        if (name == "slug")
            url += meta.slug;
        else if (name == "id")
            url += row.scalar("id");
        else if (name == "year" && meta.date)
            url += std::to_string(meta.date->year);
        else if (name == "month" && meta.date)
            url += two(meta.date->month);
        else if (name == "day" && meta.date)
            url += two(meta.date->day);
        else if (name == "author" && !authors.empty())
            url += authors.front().slug;
        else if (name == "primary_tag") {
            std::string_view primary = "all";  // Ghost's word when a post has no public tag
            for (const GhostTag& tag : tags) {
                if (!tag.internal) {
                    primary = tag.slug;
                    break;
                }
            }
            url += primary;
        } else {
            url += pattern.substr(i, end - i);  // not a placeholder Ghost knows: as written
        }
        i = end;
    }
    return url;
}

void body(const JsonValue& row, ExportedPost& post, PositionCursor& positions,
          Diagnostics& diagnostics) {
    GhostBody rendered;
    const JsonValue* field = nullptr;
    if (const JsonValue* html = row.get("html"); html && html->is_string() && !html->text.empty()) {
        field = html;
        rendered.html = html->text;
    } else if (const JsonValue* lexical = row.get("lexical");
               lexical && lexical->is_string() && !lexical->text.empty()) {
        field = lexical;
        render_lexical(lexical->text, rendered);
    } else if (const JsonValue* mobiledoc = row.get("mobiledoc");
               mobiledoc && mobiledoc->is_string() && !mobiledoc->text.empty()) {
        field = mobiledoc;
        render_mobiledoc(mobiledoc->text, rendered);
    } else if (const JsonValue* markdown = row.get("markdown");
               markdown && markdown->is_string() && !markdown->text.empty()) {
        field = markdown;  // Ghost 0.x kept Markdown only
        append_ghost_card("markdown", row, {}, rendered);
    }
    if (!field) return;
    post.html = without_ghost_url(rendered.html);
    post.body_line = positions.at(field->offset).line;
    for (const std::string& problem : rendered.problems) {
        diagnostics.report(positions.diagnostic(Severity::warning, "import.ghost.body",
                                                "'" + post.meta.title + "': " + problem,
                                                field->offset));
    }
}

}  // namespace

std::string without_ghost_url(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t at = 0;;) {
        const std::size_t found = text.find(kGhostUrl, at);
        result.append(text.substr(at, found - at));
        if (found == std::string_view::npos) return result;
        at = found + kGhostUrl.size();
    }
}

ExportedPost ghost_post(const JsonValue& row, const GhostTables& tables,
                        PositionCursor& positions, Diagnostics& diagnostics) {
    ExportedPost post;
    Meta& meta = post.meta;
    post.at = positions.at(row.offset);
    const std::string_view id = row.scalar("id");
    const std::string_view status = row.str("status");
    // Ghost 2+ says `type`; Ghost 1 had a `page` flag.
    post.page = row.str("type") == "page" || (row.get("page") && row.get("page")->integer() == 1);
    meta.title = row.str("title");
    meta.slug = row.str("slug");
    meta.guid = row.str("uuid");
    meta.date = instant(row.get("published_at"));
    meta.updated = instant(row.get("updated_at"));
    meta.summary = row.str("custom_excerpt");
    meta.language = row.str("locale");
    if (meta.language.empty()) meta.language = tables.setting("locale");
    if (meta.language.empty()) meta.language = tables.setting("lang");
    if (meta.language.empty()) meta.language = row.str("language");  // Ghost 0.x: `en_US`
    for (char& c : meta.language) c = c == '_' ? '-' : c;
    // Only published posts are on the site: drafts, scheduled posts and newsletters sent by
    // e-mail only (`sent`) are not.
    meta.draft = status != "published";

    const std::vector<GhostTag> tags = tables.tags(id);
    ValueList internal;
    for (const GhostTag& tag : tags) {
        if (tag.internal)
            internal.emplace_back(std::string(tag.name));
        else
            meta.tags.emplace_back(tag.name);
    }
    const std::vector<GhostAuthor> authors = tables.authors(row);
    for (const GhostAuthor& author : authors) meta.authors.emplace_back(author.name);

    static const JsonValue no_meta;
    const JsonValue* found = tables.post_meta(id);
    const JsonValue& post_meta = found ? *found : no_meta;
    // Ghost 0.x called it `image`.
    const std::string_view image =
        row.get("feature_image") ? row.str("feature_image") : row.str("image");
    if (!image.empty()) {
        Cover cover;
        cover.source = without_ghost_url(image);
        // Ghost 4 moved these to posts_meta; Ghost 3 had them on the post.
        cover.alt = post_meta.str("feature_image_alt");
        if (cover.alt.empty()) cover.alt = row.str("feature_image_alt");
        cover.caption = without_ghost_url(post_meta.str("feature_image_caption"));
        if (cover.caption.empty())
            cover.caption = without_ghost_url(row.str("feature_image_caption"));
        meta.cover = std::move(cover);
    }
    meta.description = post_meta.str("meta_description");
    if (meta.description.empty()) meta.description = row.str("meta_description");

    Map& extra = meta.extra;
    keep(extra, "ghost_id", id);
    keep(extra, "status", status);
    keep(extra, "visibility", row.str("visibility"));
    if (const JsonValue* featured = row.get("featured"); featured && featured->integer() == 1) {
        extra.emplace_back("featured", Value{true});
    }
    if (std::optional<Date> created = instant(row.get("created_at"))) {
        extra.emplace_back("created_at", Value{*created});
    }
    keep(extra, "canonical_url", row.str("canonical_url"));
    keep(extra, "custom_template", row.str("custom_template"));
    keep(extra, "codeinjection_head", row.str("codeinjection_head"));
    keep(extra, "codeinjection_foot", row.str("codeinjection_foot"));
    for (const std::string_view key :
         {"meta_title", "og_image", "og_title", "og_description", "twitter_image", "twitter_title",
          "twitter_description", "email_subject"}) {
        keep(extra, key, post_meta.get(key) ? post_meta.str(key) : row.str(key));
    }
    if (const JsonValue* email_only = post_meta.get("email_only");
        email_only && email_only->integer() == 1) {
        extra.emplace_back("email_only", Value{true});
    }
    if (!internal.empty()) extra.emplace_back("internal_tags", Value{std::move(internal)});

    if (status == "published") {
        meta.url = post.page ? "/" + meta.slug + "/"
                             : old_url(row, meta, tables.setting("permalinks"), tags, authors);
    }
    body(row, post, positions, diagnostics);
    return post;
}

}  // namespace folio
