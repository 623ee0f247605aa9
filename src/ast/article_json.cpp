#include "ast/article_json.hpp"

#include <nlohmann/json.hpp>
#include <type_traits>

namespace folio {

namespace {

using Json = nlohmann::ordered_json;

// Values are dumped as {"type": ..., "value": ...} so that a date and a string that looks like
// one stay apart, as do 1 and 1.0.
Json typed(const Value& value);

Json plain(const Value& value) {
    return std::visit(
        [](const auto& v) -> Json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Null>) return nullptr;
            else if constexpr (std::is_same_v<T, Date>) return format_rfc3339(v);
            else if constexpr (std::is_same_v<T, ValueList>) {
                Json out = Json::array();
                for (const Value& item : v) out.push_back(typed(item));
                return out;
            } else if constexpr (std::is_same_v<T, Map>) {
                Json out = Json::object();
                for (const auto& [key, item] : v) out[key] = typed(item);
                return out;
            } else {
                return v;
            }
        },
        value.data);
}

Json typed(const Value& value) {
    Json out = Json::object();
    out["type"] = type_name(value);
    out["value"] = plain(value);
    return out;
}

Json map_json(const Map& map) {
    Json out = Json::object();
    for (const auto& [key, value] : map) out[key] = typed(value);
    return out;
}

Json date_json(const std::optional<Date>& date) {
    if (!date) return nullptr;
    Json out = Json::object();
    out["value"] = format_rfc3339(*date);
    out["precision"] = date->has_time ? "date-time" : "date";
    if (date->offset_minutes) out["offset_minutes"] = *date->offset_minutes;
    else out["offset_minutes"] = nullptr;
    return out;
}

class Dumper {
public:
    explicit Dumper(const JsonDumpOptions& options) : options_(options) {}

    Json article(const Article& a) const {
        Json out = Json::object();
        if (options_.source) {
            Json source = Json::object();
            source["path"] = a.source.path;
            source["syntax"] = syntax_name(a.source.syntax);
            source["style"] = style_name(a.source.style);
            source["body_line"] = a.source.body_line;
            source["title_origin"] = title_origin_name(a.source.title_origin);
            out["source"] = std::move(source);
        }
        out["slug"] = a.slug;
        out["meta"] = meta(a.meta);
        out["body"] = blocks(a.body);
        Json notes = Json::array();
        for (const Footnote& note : a.footnotes) {
            Json n = Json::object();
            n["label"] = note.label;
            position(n, note.at);
            n["children"] = blocks(note.children);
            notes.push_back(std::move(n));
        }
        out["footnotes"] = std::move(notes);
        return out;
    }

private:
    static const char* syntax_name(FrontMatterSyntax s) {
        switch (s) {
            case FrontMatterSyntax::none: return "none";
            case FrontMatterSyntax::yaml: return "yaml";
            case FrontMatterSyntax::toml: return "toml";
            case FrontMatterSyntax::json: return "json";
        }
        return "none";
    }
    static const char* style_name(FrontMatterStyle s) {
        switch (s) {
            case FrontMatterStyle::none: return "none";
            case FrontMatterStyle::a: return "a";
            case FrontMatterStyle::b: return "b";
        }
        return "none";
    }
    static const char* title_origin_name(TitleOrigin o) {
        switch (o) {
            case TitleOrigin::front_matter: return "front-matter";
            case TitleOrigin::heading: return "heading";
            case TitleOrigin::file_name: return "file-name";
        }
        return "front-matter";
    }
    static const char* alignment_name(Alignment a) {
        switch (a) {
            case Alignment::none: return "none";
            case Alignment::left: return "left";
            case Alignment::center: return "center";
            case Alignment::right: return "right";
        }
        return "none";
    }
    static const char* task_name(Task t) {
        switch (t) {
            case Task::none: return "none";
            case Task::unchecked: return "unchecked";
            case Task::checked: return "checked";
        }
        return "none";
    }

    Json meta(const Meta& m) const {
        Json out = Json::object();
        out["title"] = m.title;
        out["date"] = date_json(m.date);
        out["updated"] = date_json(m.updated);
        out["summary"] = m.summary;
        out["tags"] = m.tags;
        out["categories"] = m.categories;
        out["authors"] = m.authors;
        if (m.cover) {
            Json cover = Json::object();
            cover["source"] = m.cover->source;
            cover["alt"] = m.cover->alt;
            cover["caption"] = m.cover->caption;
            cover["extra"] = map_json(m.cover->extra);
            out["cover"] = std::move(cover);
        } else {
            out["cover"] = nullptr;
        }
        out["draft"] = m.draft;
        out["slug"] = m.slug;
        out["language"] = m.language;
        out["extra"] = map_json(m.extra);
        return out;
    }

    void position(Json& out, const SourcePos& at) const {
        if (!options_.positions) return;
        out["line"] = at.line;
        out["column"] = at.column;
    }

    Json blocks(const Blocks& list) const {
        Json out = Json::array();
        for (const Block& b : list) out.push_back(block(b));
        return out;
    }

    Json inlines(const Inlines& list) const {
        Json out = Json::array();
        for (const Inline& i : list) out.push_back(inline_node(i));
        return out;
    }

    Json block(const Block& b) const {
        Json out = Json::object();
        std::visit([&](const auto& node) { fill(out, node); }, b.node);
        position(out, b.at);
        return out;
    }

    void fill(Json& out, const Paragraph& n) const {
        out["type"] = "paragraph";
        out["children"] = inlines(n.children);
    }
    void fill(Json& out, const Heading& n) const {
        out["type"] = "heading";
        out["level"] = n.level;
        out["setext"] = n.setext;
        out["children"] = inlines(n.children);
    }
    void fill(Json& out, const BlockQuote& n) const {
        out["type"] = "block_quote";
        out["children"] = blocks(n.children);
    }
    void fill(Json& out, const List& n) const {
        out["type"] = "list";
        out["ordered"] = n.ordered;
        if (n.ordered) out["start"] = n.start;
        out["marker"] = std::string(1, n.marker);
        out["tight"] = n.tight;
        Json items = Json::array();
        for (const ListItem& item : n.items) {
            Json i = Json::object();
            i["task"] = task_name(item.task);
            i["children"] = blocks(item.children);
            items.push_back(std::move(i));
        }
        out["items"] = std::move(items);
    }
    void fill(Json& out, const CodeBlock& n) const {
        out["type"] = "code_block";
        out["fenced"] = n.fenced;
        if (n.fenced) out["fence"] = std::string(1, n.fence);
        out["info"] = n.info;
        out["text"] = n.text;
    }
    void fill(Json& out, const HtmlBlock& n) const {
        out["type"] = "html_block";
        out["html"] = n.html;
    }
    void fill(Json& out, const ThematicBreak&) const { out["type"] = "thematic_break"; }
    void fill(Json& out, const Table& n) const {
        out["type"] = "table";
        Json alignments = Json::array();
        for (Alignment a : n.alignments) alignments.push_back(alignment_name(a));
        out["alignments"] = std::move(alignments);
        Json header = Json::array();
        for (const Inlines& cell : n.header) header.push_back(inlines(cell));
        out["header"] = std::move(header);
        Json rows = Json::array();
        for (const auto& row : n.rows) {
            Json r = Json::array();
            for (const Inlines& cell : row) r.push_back(inlines(cell));
            rows.push_back(std::move(r));
        }
        out["rows"] = std::move(rows);
    }

    Json inline_node(const Inline& i) const {
        Json out = Json::object();
        std::visit([&](const auto& node) { fill(out, node); }, i.node);
        return out;
    }

    void fill(Json& out, const Text& n) const {
        out["type"] = "text";
        out["text"] = n.text;
    }
    void fill(Json& out, const SoftBreak&) const { out["type"] = "soft_break"; }
    void fill(Json& out, const HardBreak&) const { out["type"] = "hard_break"; }
    void fill(Json& out, const Code& n) const {
        out["type"] = "code";
        out["text"] = n.text;
    }
    void fill(Json& out, const Emphasis& n) const {
        out["type"] = "emphasis";
        out["children"] = inlines(n.children);
    }
    void fill(Json& out, const Strong& n) const {
        out["type"] = "strong";
        out["children"] = inlines(n.children);
    }
    void fill(Json& out, const Strikethrough& n) const {
        out["type"] = "strikethrough";
        out["children"] = inlines(n.children);
    }
    void fill(Json& out, const Link& n) const {
        out["type"] = "link";
        out["url"] = n.url;
        out["title"] = n.title;
        out["autolink"] = n.autolink;
        position(out, n.at);
        out["children"] = inlines(n.children);
    }
    void fill(Json& out, const Image& n) const {
        out["type"] = "image";
        out["url"] = n.url;
        out["title"] = n.title;
        position(out, n.at);
        out["alt"] = inlines(n.alt);
    }
    void fill(Json& out, const RawHtml& n) const {
        out["type"] = "raw_html";
        out["html"] = n.html;
    }
    void fill(Json& out, const FootnoteReference& n) const {
        out["type"] = "footnote_reference";
        out["label"] = n.label;
    }

    const JsonDumpOptions& options_;
};

}  // namespace

std::string dump_json(const std::vector<Article>& articles, const JsonDumpOptions& options) {
    const Dumper dumper(options);
    Json out = Json::object();
    out["folio_ast"] = 1;
    Json list = Json::array();
    for (const Article& a : articles) list.push_back(dumper.article(a));
    out["articles"] = std::move(list);
    // Invalid UTF-8 (which a damaged file can hold) is replaced, not a reason to throw.
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace folio
