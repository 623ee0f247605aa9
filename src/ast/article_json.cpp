#include "src/ast/article_json.hpp"

#include <type_traits>

#include "src/text/json_writer.hpp"

namespace folio {

namespace {

// Values are dumped as {"type": ..., "value": ...} so that a date and a string that looks like
// one stay apart, as do 1 and 1.0.
void typed(JsonWriter& json, const Value& value);

void plain(JsonWriter& json, const Value& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Null>) {
                json.null();
            } else if constexpr (std::is_same_v<T, Date>) {
                json.value(format_rfc3339(v));
            } else if constexpr (std::is_same_v<T, ValueList>) {
                json.begin_array();
                for (const Value& item : v) typed(json, item);
                json.end_array();
            } else if constexpr (std::is_same_v<T, Map>) {
                json.begin_object();
                for (const auto& [key, item] : v) {
                    json.key(key);
                    typed(json, item);
                }
                json.end_object();
            } else {
                json.value(v);
            }
        },
        value.data);
}

void typed(JsonWriter& json, const Value& value) {
    json.begin_object();
    json.field("type", type_name(value));
    json.key("value");
    plain(json, value);
    json.end_object();
}

void map_json(JsonWriter& json, const Map& map) {
    json.begin_object();
    for (const auto& [key, value] : map) {
        json.key(key);
        typed(json, value);
    }
    json.end_object();
}

void date_json(JsonWriter& json, const std::optional<Date>& date) {
    if (!date) return json.null();
    json.begin_object();
    json.field("value", format_rfc3339(*date));
    json.field("precision", date->has_time ? "date-time" : "date");
    json.key("offset_minutes");
    if (date->offset_minutes) json.value(*date->offset_minutes);
    else json.null();
    json.end_object();
}

void strings(JsonWriter& json, const std::vector<std::string>& list) {
    json.begin_array();
    for (const std::string& item : list) json.value(item);
    json.end_array();
}

class Dumper {
public:
    Dumper(JsonWriter& json, const JsonDumpOptions& options) : json_(json), options_(options) {}

    void article(const Article& a) {
        json_.begin_object();
        if (options_.source) {
            json_.key("source");
            json_.begin_object();
            json_.field("path", a.source.path);
            json_.field("syntax", syntax_name(a.source.syntax));
            json_.field("style", style_name(a.source.style));
            json_.field("body_line", a.source.body_line);
            json_.field("title_origin", title_origin_name(a.source.title_origin));
            json_.end_object();
        }
        json_.field("slug", a.slug);
        json_.key("meta");
        meta(a.meta);
        json_.key("body");
        blocks(a.body);
        json_.key("footnotes");
        json_.begin_array();
        for (const Footnote& note : a.footnotes) {
            json_.begin_object();
            json_.field("label", note.label);
            position(note.at);
            json_.key("children");
            blocks(note.children);
            json_.end_object();
        }
        json_.end_array();
        json_.end_object();
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

    void meta(const Meta& m) {
        json_.begin_object();
        json_.field("title", m.title);
        json_.key("date");
        date_json(json_, m.date);
        json_.key("updated");
        date_json(json_, m.updated);
        json_.key("expires");
        date_json(json_, m.expires);
        json_.field("summary", m.summary);
        json_.key("tags");
        strings(json_, m.tags);
        json_.key("categories");
        strings(json_, m.categories);
        json_.key("authors");
        strings(json_, m.authors);
        json_.key("cover");
        if (m.cover) {
            json_.begin_object();
            json_.field("source", m.cover->source);
            json_.field("alt", m.cover->alt);
            json_.field("caption", m.cover->caption);
            json_.key("extra");
            map_json(json_, m.cover->extra);
            json_.end_object();
        } else {
            json_.null();
        }
        json_.field("draft", m.draft);
        json_.field("slug", m.slug);
        json_.field("language", m.language);
        // Written only when set, so dumps of articles without them read as before.
        if (!m.description.empty()) json_.field("description", m.description);
        if (!m.url.empty()) json_.field("url", m.url);
        if (!m.guid.empty()) json_.field("guid", m.guid);
        if (m.page) json_.field("page", true);
        json_.key("extra");
        map_json(json_, m.extra);
        json_.end_object();
    }

    void position(const SourcePos& at) {
        if (!options_.positions) return;
        json_.field("line", at.line);
        json_.field("column", at.column);
    }

    void blocks(const Blocks& list) {
        json_.begin_array();
        for (const Block& b : list) {
            json_.begin_object();
            std::visit([&](const auto& node) { fill(node); }, b.node);
            position(b.at);
            json_.end_object();
        }
        json_.end_array();
    }

    void inlines(const Inlines& list) {
        json_.begin_array();
        for (const Inline& i : list) {
            json_.begin_object();
            std::visit([&](const auto& node) { fill(node); }, i.node);
            json_.end_object();
        }
        json_.end_array();
    }

    void children(const Inlines& list) {
        json_.key("children");
        inlines(list);
    }

    void fill(const Paragraph& n) {
        json_.field("type", "paragraph");
        children(n.children);
    }
    void fill(const Heading& n) {
        json_.field("type", "heading");
        json_.field("level", n.level);
        json_.field("setext", n.setext);
        // Only when written, so bodies without them read as before.
        if (!n.attributes.id.empty()) json_.field("id", n.attributes.id);
        if (!n.attributes.classes.empty()) {
            json_.key("classes");
            json_.begin_array();
            for (const std::string& name : n.attributes.classes) json_.value(name);
            json_.end_array();
        }
        if (!n.attributes.other.empty()) {
            json_.key("attributes");
            json_.begin_object();
            for (const auto& [key, value] : n.attributes.other) json_.field(key, value);
            json_.end_object();
        }
        children(n.children);
    }
    void fill(const BlockQuote& n) {
        json_.field("type", "block_quote");
        if (!n.alert.empty()) json_.field("alert", n.alert);
        json_.key("children");
        blocks(n.children);
    }
    void fill(const DefinitionList& n) {
        json_.field("type", "definition_list");
        json_.field("tight", n.tight);
        json_.key("items");
        json_.begin_array();
        for (const DefinitionItem& item : n.items) {
            json_.begin_object();
            json_.key("terms");
            json_.begin_array();
            for (const Inlines& term : item.terms) inlines(term);
            json_.end_array();
            json_.key("definitions");
            json_.begin_array();
            for (const Blocks& definition : item.definitions) blocks(definition);
            json_.end_array();
            json_.end_object();
        }
        json_.end_array();
    }
    void fill(const List& n) {
        json_.field("type", "list");
        json_.field("ordered", n.ordered);
        if (n.ordered) json_.field("start", n.start);
        json_.field("marker", std::string_view(&n.marker, 1));
        json_.field("tight", n.tight);
        json_.key("items");
        json_.begin_array();
        for (const ListItem& item : n.items) {
            json_.begin_object();
            json_.field("task", task_name(item.task));
            json_.key("children");
            blocks(item.children);
            json_.end_object();
        }
        json_.end_array();
    }
    void fill(const CodeBlock& n) {
        json_.field("type", "code_block");
        json_.field("fenced", n.fenced);
        if (n.fenced) json_.field("fence", std::string_view(&n.fence, 1));
        json_.field("info", n.info);
        json_.field("text", n.text);
    }
    void fill(const HtmlBlock& n) {
        json_.field("type", "html_block");
        json_.field("html", n.html);
    }
    void fill(const ThematicBreak&) { json_.field("type", "thematic_break"); }
    void fill(const Table& n) {
        json_.field("type", "table");
        json_.key("alignments");
        json_.begin_array();
        for (Alignment a : n.alignments) json_.value(alignment_name(a));
        json_.end_array();
        json_.key("header");
        json_.begin_array();
        for (const Inlines& cell : n.header) inlines(cell);
        json_.end_array();
        json_.key("rows");
        json_.begin_array();
        for (const auto& row : n.rows) {
            json_.begin_array();
            for (const Inlines& cell : row) inlines(cell);
            json_.end_array();
        }
        json_.end_array();
    }

    void fill(const Text& n) {
        json_.field("type", "text");
        json_.field("text", n.text);
    }
    void fill(const SoftBreak&) { json_.field("type", "soft_break"); }
    void fill(const HardBreak&) { json_.field("type", "hard_break"); }
    void fill(const Code& n) {
        json_.field("type", "code");
        json_.field("text", n.text);
    }
    void fill(const Emphasis& n) {
        json_.field("type", "emphasis");
        children(n.children);
    }
    void fill(const Strong& n) {
        json_.field("type", "strong");
        children(n.children);
    }
    void fill(const Strikethrough& n) {
        json_.field("type", "strikethrough");
        children(n.children);
    }
    void fill(const Link& n) {
        json_.field("type", "link");
        json_.field("url", n.url);
        json_.field("title", n.title);
        json_.field("autolink", n.autolink);
        if (!n.written_url.empty()) json_.field("written_url", n.written_url);
        position(n.at);
        children(n.children);
    }
    void fill(const Image& n) {
        json_.field("type", "image");
        json_.field("url", n.url);
        json_.field("title", n.title);
        if (!n.written_url.empty()) json_.field("written_url", n.written_url);
        position(n.at);
        json_.key("alt");
        inlines(n.alt);
    }
    void fill(const RawHtml& n) {
        json_.field("type", "raw_html");
        json_.field("html", n.html);
    }
    void fill(const Math& n) {
        json_.field("type", "math");
        json_.field("tex", n.tex);
        json_.field("display", n.display);
        position(n.at);
    }
    void fill(const FootnoteReference& n) {
        json_.field("type", "footnote_reference");
        json_.field("label", n.label);
    }
    void fill(const EngineBlock& n) {
        json_.field("type", "engine_block");
        call(n.call);
        json_.key("rendered");
        blocks(n.rendered);
    }
    void fill(const EngineInline& n) {
        json_.field("type", "engine_inline");
        call(n.call);
        json_.key("rendered");
        inlines(n.rendered);
    }
    void call(const EngineCall& c) {
        static constexpr const char* kSyntaxNames[] = {"shortcode", "markdown_shortcode",
                                                       "liquid_tag", "liquid_output"};
        json_.field("syntax", kSyntaxNames[static_cast<int>(c.syntax)]);
        json_.field("source", c.source);
        json_.field("name", c.name);
        json_.key("params");
        json_.begin_array();
        for (const auto& [key, value] : c.params) {
            json_.begin_array();
            json_.value(key);
            json_.value(value);
            json_.end_array();
        }
        json_.end_array();
        json_.field("inner", c.inner);
        json_.field("escaped", c.escaped);
    }

    JsonWriter& json_;
    const JsonDumpOptions& options_;
};

}  // namespace

std::string ArticleJsonStream::begin() const { return "{\n  \"folio_ast\": 1,\n  \"articles\": ["; }

std::string ArticleJsonStream::article(const Article& a) {
    std::string out = first_ ? "\n    " : ",\n    ";
    first_ = false;
    JsonWriter json(out, 2);
    Dumper(json, options_).article(a);
    return out;
}

std::string ArticleJsonStream::end() const { return first_ ? "]\n}\n" : "\n  ]\n}\n"; }

std::string dump_json(const std::vector<Article>& articles, const JsonDumpOptions& options) {
    ArticleJsonStream stream(options);
    std::string out = stream.begin();
    for (const Article& a : articles) out += stream.article(a);
    out += stream.end();
    return out;
}

}  // namespace folio
