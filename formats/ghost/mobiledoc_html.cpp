#include "formats/ghost/mobiledoc_html.hpp"

#include <string>

#include "src/render/html_escape.hpp"

namespace folio {

namespace {

const JsonValue kNone;

const JsonValue& at(const JsonValue& array, std::size_t index) {
    return array.is_array() && index < array.items.size() ? array.items[index] : kNone;
}

const JsonValue& member(const JsonValue& object, std::string_view key) {
    const JsonValue* value = object.get(key);
    return value ? *value : kNone;
}

bool allowed_markup(std::string_view tag) {
    for (const std::string_view known :
         {"a", "b", "strong", "i", "em", "s", "u", "code", "sub", "sup", "mark"}) {
        if (tag == known) return true;
    }
    return false;
}

bool allowed_section(std::string_view tag) {
    for (const std::string_view known : {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}) {
        if (tag == known) return true;
    }
    return false;
}

// Markup attributes are names Ghost's editor wrote (`href`, `rel`); anything else could break
// out of the tag.
bool attribute_name(std::string_view name) {
    if (name.empty()) return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-')) {
            return false;
        }
    }
    return true;
}

class MobiledocRenderer {
public:
    MobiledocRenderer(const JsonValue& document, std::string_view source, GhostBody& out)
        : markups_(member(document, "markups")),
          atoms_(member(document, "atoms")),
          cards_(member(document, "cards")),
          source_(source),
          out_(out) {}

    void section(const JsonValue& section) {
        const std::int64_t type = at(section, 0).integer();
        std::string& html = out_.html;
        if (type == 1) {
            std::string tag(at(section, 1).text);
            for (char& c : tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            if (tag == "aside" || tag == "pull-quote") {
                html += "<blockquote class=\"kg-blockquote-alt\">";
                markers(at(section, 2));
                html += "</blockquote>";
                return;
            }
            if (!allowed_section(tag)) tag = "p";
            if (tag == "p" && at(section, 2).items.empty()) return;  // as Ghost: no empty <p>
            html += '<' + tag + '>';
            markers(at(section, 2));
            html += "</" + tag + '>';
        } else if (type == 2) {
            html += "<img";
            html += " src=\"" + escape_html(at(section, 1).text) + "\">";
        } else if (type == 3) {
            const bool ordered = at(section, 1).text == "ol";
            html += ordered ? "<ol>" : "<ul>";
            for (const JsonValue& item : at(section, 2).items) {
                html += "<li>";
                markers(item);
                html += "</li>";
            }
            html += ordered ? "</ol>" : "</ul>";
        } else if (type == 10) {
            const JsonValue& card = at(cards_, static_cast<std::size_t>(at(section, 1).integer()));
            append_ghost_card(at(card, 0).text, at(card, 1), raw(card), out_);
        } else {
            append_kept_as_comment("a mobiledoc section of type " + std::to_string(type),
                                   raw(section), out_);
        }
    }

private:
    // A marker is [kind, markups it opens, how many open ones it closes, text or atom index].
    void markers(const JsonValue& list) {
        std::vector<std::string> open;
        for (const JsonValue& marker : list.items) {
            for (const JsonValue& index : at(marker, 1).items) {
                const JsonValue& markup = at(markups_, static_cast<std::size_t>(index.integer()));
                std::string tag(at(markup, 0).text);
                if (!allowed_markup(tag)) tag = "span";
                out_.html += '<' + tag;
                const JsonValue& attributes = at(markup, 1);
                for (std::size_t i = 0; i + 1 < attributes.items.size(); i += 2) {
                    if (!attribute_name(attributes.items[i].text)) continue;
                    out_.html += ' ' + attributes.items[i].text + "=\"" +
                                 escape_html(attributes.items[i + 1].text) + '"';
                }
                out_.html += '>';
                open.push_back(std::move(tag));
            }
            if (at(marker, 0).integer() == 1) {
                atom(at(atoms_, static_cast<std::size_t>(at(marker, 3).integer())));
            } else {
                append_escaped_html(out_.html, at(marker, 3).text);
            }
            for (std::int64_t closed = at(marker, 2).integer(); closed > 0 && !open.empty();
                 --closed) {
                out_.html += "</" + open.back() + '>';
                open.pop_back();
            }
        }
        while (!open.empty()) {  // a marker list that forgot to close what it opened
            out_.html += "</" + open.back() + '>';
            open.pop_back();
        }
    }

    void atom(const JsonValue& atom) {
        if (at(atom, 0).text == "soft-return") {
            out_.html += "<br>";
            return;
        }
        // Other atoms (Ghost has only soft-return) show their text.
        append_escaped_html(out_.html, at(atom, 1).text);
    }

    std::string_view raw(const JsonValue& value) const {
        if (!value.complete || value.end <= value.offset) return {};
        return source_.substr(value.offset, value.end - value.offset);
    }

    const JsonValue& markups_;
    const JsonValue& atoms_;
    const JsonValue& cards_;
    std::string_view source_;
    GhostBody& out_;
};

}  // namespace

void render_mobiledoc(std::string_view mobiledoc, GhostBody& out) {
    const JsonParse parsed = parse_json_tree(mobiledoc);
    for (const JsonError& error : parsed.errors) {
        out.problems.push_back("the mobiledoc JSON is damaged at its byte " +
                               std::to_string(error.offset) + ": " + error.message);
    }
    MobiledocRenderer renderer(parsed.root, mobiledoc, out);
    for (const JsonValue& section : member(parsed.root, "sections").items) {
        renderer.section(section);
    }
}

}  // namespace folio
