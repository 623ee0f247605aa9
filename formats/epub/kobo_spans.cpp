#include "formats/epub/kobo_spans.hpp"

#include <pugixml.hpp>

#include <cstring>
#include <vector>

#include "formats/epub/xml_output.hpp"

namespace folio::epub {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool all_space(std::string_view text) {
    for (const char c : text) {
        if (!is_space(c)) return false;
    }
    return true;
}

/// The sentence ends of scripts other than Latin, as UTF-8: CJK's full stop (and its halfwidth
/// form), the fullwidth `！？．：`, Arabic's question mark and Urdu's full stop, Devanagari's
/// danda and double danda, Armenian's full stop and Ethiopic's.
constexpr std::string_view kOtherSentenceEnds[] = {
    "\u3002", "\uff61", "\uff01", "\uff1f", "\uff0e", "\uff1a",
    "\u061f", "\u06d4", "\u0964", "\u0965", "\u0589", "\u1362"};

/// The length of the sentence end at `text[i]`, or 0 when none starts there.
std::size_t sentence_end_at(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?' || c == ':') return 1;
    // Only a multi-byte sequence's lead byte can start one of the others.
    if (static_cast<unsigned char>(c) < 0xc0) return 0;
    for (const std::string_view end : kOtherSentenceEnds) {
        if (text.substr(i).starts_with(end)) return end.size();
    }
    return 0;
}

/// Where each sentence of `text` ends: after `.`, `!`, `?` or `:` (kepubify's rule, which
/// matches Kobo's) or another script's sentence end, a closing quote, bracket or an ellipsis if
/// one follows, and the white space after it. The last piece runs to the end.
std::vector<std::string_view> sentences(std::string_view text) {
    static constexpr std::string_view closers[] = {"'",       "\"",      "\u201d", "\u2019",
                                                   "\u201c", "\u2026", "\u300d", "\u300f",
                                                   "\uff09"};
    std::vector<std::string_view> out;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = sentence_end_at(text, i);
        if (end == 0) {
            ++i;
            continue;
        }
        i += end;
        for (const std::string_view closer : closers) {
            if (text.substr(i).starts_with(closer)) {
                i += closer.size();
                break;
            }
        }
        while (i < text.size() && is_space(text[i])) ++i;
        out.push_back(text.substr(start, i - start));
        start = i;
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

bool named(const pugi::xml_node& node, const char* name) {
    return std::strcmp(node.name(), name) == 0;
}

/// Elements whose text is kept as it is.
bool keeps_text(const pugi::xml_node& node) {
    for (const char* name : {"pre", "script", "style", "audio", "video", "math", "svg"}) {
        if (named(node, name)) return true;
    }
    // Nothing may be nested in a note reference, or some readers stop showing the pop-up.
    return named(node, "a") &&
           std::strstr(node.attribute("epub:type").value(), "noteref") != nullptr;
}

/// Blocks whose text is a paragraph of its own. kepubify counts only `p`, `ol`, `ul` and
/// `table`, so the text of a raw HTML `<div class="note">` or an `<aside>` went on with the
/// paragraph before it and a chapter's heading was paragraph 0; a container (`div` around `p`s)
/// costs nothing, since the number goes up once, at the next text.
bool starts_paragraph(const pugi::xml_node& node) {
    for (const char* name : {"p", "ol", "ul", "table", "div", "aside", "blockquote", "figure",
                             "dl", "h1", "h2", "h3", "h4", "h5", "h6"}) {
        if (named(node, name)) return true;
    }
    return false;
}

/// Walks the body in document order, numbering as kepubify does: a paragraph number goes up
/// before the first span after a block of `starts_paragraph` starts, and at each image.
class SpanWriter {
public:
    void walk(pugi::xml_node parent) {
        for (pugi::xml_node child = parent.first_child(); child;) {
            const pugi::xml_node next = child.next_sibling();
            if (child.type() == pugi::node_pcdata) {
                text(child);
            } else if (child.type() == pugi::node_element) {
                if (named(child, "img")) {
                    ++paragraph_;
                    segment_ = 0;
                    next_paragraph_ = false;
                    pugi::xml_node span = parent.insert_child_before("span", child);
                    mark(span);
                    span.append_move(child);
                } else if (!keeps_text(child)) {
                    if (starts_paragraph(child)) next_paragraph_ = true;
                    walk(child);
                }
            }
            child = next;
        }
    }

private:
    void mark(pugi::xml_node span) {
        ++segment_;
        span.append_attribute("class") = "koboSpan";
        const std::string id =
            "kobo." + std::to_string(paragraph_) + "." + std::to_string(segment_);
        span.append_attribute("id") = id.c_str();
    }

    void text(pugi::xml_node node) {
        pugi::xml_node parent = node.parent();
        const std::string whole = node.value();
        for (const std::string_view sentence : sentences(whole)) {
            // White space between blocks stays bare; inside a paragraph it is text.
            if (all_space(sentence) && !named(parent, "p")) {
                parent.insert_child_before(pugi::node_pcdata, node)
                    .set_value(std::string(sentence).c_str());
                continue;
            }
            if (next_paragraph_) {
                ++paragraph_;
                segment_ = 0;
                next_paragraph_ = false;
            }
            pugi::xml_node span = parent.insert_child_before("span", node);
            mark(span);
            span.append_child(pugi::node_pcdata).set_value(std::string(sentence).c_str());
        }
        parent.remove_child(node);
    }

    int paragraph_ = 0;
    int segment_ = 0;
    bool next_paragraph_ = false;
};

}  // namespace

Result<std::string> with_kobo_spans(std::string_view xhtml) {
    pugi::xml_document document;
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    const pugi::xml_parse_result parsed =
        document.load_buffer(xhtml.data(), xhtml.size(), options, pugi::encoding_utf8);
    pugi::xml_node body = document.child("html").child("body");
    if (!parsed || !body) {
        const std::string why =
            parsed ? std::string("it has no <html><body>")
                   : std::string("the XML parser stopped at byte ") +
                         std::to_string(parsed.offset) + ": " + parsed.description();
        return Diagnostic{Severity::warning,
                          "epub.kobo.unreadable",
                          "the chapter is written without Kobo's spans, which could not be added (" +
                              why + "); Kobo's reader reads it with its older engine",
                          "",
                          0,
                          0,
                          {}};
    }
    SpanWriter spans;
    spans.walk(body);
    // div#book-columns > div#book-inner around everything the body holds.
    pugi::xml_node columns = body.prepend_child("div");
    columns.append_attribute("id") = "book-columns";
    pugi::xml_node inner = columns.append_child("div");
    inner.append_attribute("id") = "book-inner";
    while (pugi::xml_node child = columns.next_sibling()) inner.append_move(child);
    return xml_bytes(document, false);
}

std::string kobo_file_name(std::string_view name) {
    if (name == "-" || name.ends_with(".kepub.epub")) return std::string(name);
    if (name.ends_with(".epub"))
        return std::string(name.substr(0, name.size() - 5)) + ".kepub.epub";
    return std::string(name) + ".kepub.epub";
}

}  // namespace folio::epub
