#include "formats/ghost/lexical_html.hpp"

#include <array>
#include <string>

#include "src/render/html_escape.hpp"

namespace folio {

namespace {

// Lexical's text format bits and the elements Ghost renders them with, outermost first.
constexpr std::array<std::pair<std::int64_t, std::string_view>, 8> kFormats{{
    {1, "strong"},
    {2, "em"},
    {4, "s"},
    {8, "u"},
    {16, "code"},
    {32, "sub"},
    {64, "sup"},
    {128, "mark"},
}};

class LexicalRenderer {
public:
    LexicalRenderer(std::string_view source, GhostBody& out) : source_(source), out_(out) {}

    void node(const JsonValue& node) {
        if (!node.is_object()) return;
        const std::string_view type = node.str("type");
        std::string& html = out_.html;
        if (type == "root") {
            children(node);
        } else if (type == "text" || type == "extended-text") {
            text(node);
        } else if (type == "linebreak") {
            html += "<br>";
        } else if (type == "tab") {
            html += '\t';
        } else if (type == "paragraph") {
            if (!has_children(node)) return;  // Ghost leaves empty paragraphs out
            wrap("p", node);
        } else if (type == "heading" || type == "extended-heading") {
            std::string_view tag = node.str("tag");
            if (tag.size() != 2 || tag[0] != 'h' || tag[1] < '1' || tag[1] > '6') tag = "h2";
            wrap(tag, node);
        } else if (type == "quote" || type == "extended-quote") {
            // Ghost's web rendering: the quote's text without a paragraph (e-mail adds one).
            wrap("blockquote", node);
        } else if (type == "aside") {
            html += "<blockquote class=\"kg-blockquote-alt\">";
            children(node);
            html += "</blockquote>";
        } else if (type == "list") {
            list(node);
        } else if (type == "listitem") {
            wrap("li", node);
        } else if (type == "link" || type == "autolink") {
            link(node);
        } else if (node.complete) {
            append_ghost_card(type, node, raw(node), out_);
        }
        // An incomplete node of unknown type is what the damage reported already cut off.
    }

    void children(const JsonValue& node) {
        const JsonValue* list = node.get("children");
        if (!list || !list->is_array()) return;
        for (const JsonValue& child : list->items) this->node(child);
    }

private:
    static bool has_children(const JsonValue& node) {
        const JsonValue* list = node.get("children");
        return list && list->is_array() && !list->items.empty();
    }

    void wrap(std::string_view tag, const JsonValue& node) {
        out_.html += '<';
        out_.html += tag;
        out_.html += '>';
        children(node);
        out_.html += "</";
        out_.html += tag;
        out_.html += '>';
    }

    void text(const JsonValue& node) {
        const std::int64_t format = node.get("format") ? node.get("format")->integer() : 0;
        for (const auto& [bit, tag] : kFormats) {
            if (format & bit) (out_.html += '<', out_.html += tag, out_.html += '>');
        }
        append_escaped_html(out_.html, node.str("text"));
        for (auto it = kFormats.rbegin(); it != kFormats.rend(); ++it) {
            if (format & it->first) (out_.html += "</", out_.html += it->second, out_.html += '>');
        }
    }

    void list(const JsonValue& node) {
        const bool ordered = node.str("listType") == "number" || node.str("tag") == "ol";
        out_.html += ordered ? "<ol" : "<ul";
        if (ordered && node.get("start") && node.get("start")->integer() > 1) {
            out_.html += " start=\"" + std::to_string(node.get("start")->integer()) + "\"";
        }
        out_.html += '>';
        children(node);
        out_.html += ordered ? "</ol>" : "</ul>";
    }

    void link(const JsonValue& node) {
        out_.html += "<a";
        for (const std::string_view name : {"href", "rel", "target", "title"}) {
            const std::string_view value = node.str(name == "href" ? "url" : name);
            if (value.empty()) continue;
            out_.html += ' ';
            out_.html += name;
            out_.html += "=\"";
            append_escaped_html(out_.html, value);
            out_.html += '"';
        }
        out_.html += '>';
        children(node);
        out_.html += "</a>";
    }

    std::string_view raw(const JsonValue& node) const {
        if (!node.complete || node.end <= node.offset) return {};
        return source_.substr(node.offset, node.end - node.offset);
    }

    std::string_view source_;
    GhostBody& out_;
};

}  // namespace

void render_lexical(std::string_view lexical, GhostBody& out) {
    const JsonParse parsed = parse_json_tree(lexical);
    for (const JsonError& error : parsed.errors) {
        out.problems.push_back("the lexical JSON is damaged at its byte " +
                               std::to_string(error.offset) + ": " + error.message);
    }
    const JsonValue* root = parsed.root.get("root");
    if (!root) {
        if (parsed.errors.empty()) out.problems.push_back("the lexical JSON has no \"root\"");
        return;
    }
    // The root's children, whatever its type says: in a cut document `type` comes after them.
    LexicalRenderer(lexical, out).children(*root);
}

}  // namespace folio
