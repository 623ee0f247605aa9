#include "fuzz/fuzz_support.hpp"

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "src/images/image_location.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/source/source_text.hpp"
#include "src/text/utf8.hpp"
#include "formats/registry.hpp"

namespace folio::fuzz {

std::optional<Article> read_input(const std::uint8_t* data, std::size_t size,
                                  Diagnostics& diagnostics) {
    const SourceText source(std::string(kArticlePath),
                            std::string_view(reinterpret_cast<const char*>(data), size));
    std::optional<Article> article = read_article(source, builtin_load_options().read, diagnostics);
    if (!article) return article;
    // Writers expect the slug the pipeline assigns across a run; a run of one article here.
    std::vector<Article> run;
    run.push_back(std::move(*article));
    assign_slugs(run, diagnostics);
    return std::move(run.front());
}

void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "FINDING: %.*s\n----\n%.*s\n----\n", static_cast<int>(what.size()),
                 what.data(), static_cast<int>(detail.size()), detail.data());
    std::abort();
}

void require_well_formed_xml(std::string_view xml, std::string_view what) {
    pugi::xml_document document;
    const pugi::xml_parse_result result =
        document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_declaration,
                             pugi::encoding_utf8);
    if (!result) {
        fail(std::string(what) + " is not well-formed XML: " + result.description() +
                 " at offset " + std::to_string(result.offset),
             xml);
    }
    // pugixml does not check characters; XML 1.0 allows no C0 control but tab, LF and CR,
    // and no U+FFFE/U+FFFF (a strict parser such as expat or epubcheck rejects them).
    for (std::size_t at = 0; at < xml.size();) {
        const std::size_t start = at;
        const char32_t c = next_code_point(xml, at);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            fail(std::string(what) + " holds a character XML 1.0 does not allow (U+" +
                     std::to_string(static_cast<unsigned>(c)) + " decimal) at offset " +
                     std::to_string(start),
                 xml);
        }
    }
    // Nor does it check character references: `&#1;` is as bad as the character itself.
    // Inside CDATA (feeds' HTML content) `&#0;` is only text, for the HTML reader to decode.
    for (std::size_t at = xml.find("&#"); at != std::string_view::npos;
         at = xml.find("&#", at + 2)) {
        const std::size_t cdata = xml.rfind("<![CDATA[", at);
        if (cdata != std::string_view::npos) {
            const std::size_t cdata_end = xml.find("]]>", cdata);
            if (cdata_end == std::string_view::npos || cdata_end > at) continue;
        }
        const bool hex = at + 2 < xml.size() && (xml[at + 2] == 'x' || xml[at + 2] == 'X');
        const std::size_t digits = at + (hex ? 3 : 2);
        const std::size_t end = xml.find(';', digits);
        if (end == std::string_view::npos) continue;
        const std::string number(xml.substr(digits, end - digits));
        const unsigned long c = std::strtoul(number.c_str(), nullptr, hex ? 16 : 10);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ||
            (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
            fail(std::string(what) + " holds a character reference XML 1.0 does not allow", xml);
        }
    }
}

void require_well_formed_fragment(std::string_view html, std::string_view what) {
    std::string wrapped = "<div>";
    wrapped += html;
    wrapped += "</div>";
    require_well_formed_xml(wrapped, what);
}

void require_valid_json(std::string_view json, std::string_view what) {
    if (!nlohmann::json::accept(json)) fail(std::string(what) + " is not valid JSON", json);
}

namespace {

bool inside_site(std::string_view path) {
    // resolve_local_image gives a lexically normal path below the article's folder or the
    // static folder. A NUL would cut the name short at open().
    if (path.substr(0, 11) != "site/posts/" && path.substr(0, 12) != "site/static/") return false;
    if (path.find('\0') != std::string_view::npos) return false;
    for (std::size_t at = 0; at <= path.size();) {
        const std::size_t end = std::min(path.find('/', at), path.size());
        if (path.substr(at, end - at) == "..") return false;
        at = end + 1;
    }
    return true;
}

// The smallest valid PNG (1x1, grey): enough for the media type sniffing writers do.
constexpr unsigned char kPng[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
    0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3a,
    0x7e, 0x9b, 0x55, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x60,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0x48, 0xaf, 0xa4, 0x71, 0x00, 0x00, 0x00, 0x00, 0x49,
    0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

class SiteResources final : public ResourceReader {
public:
    std::optional<std::string> read(const std::string& path) const override {
        if (!inside_site(path)) fail("a writer read a resource outside site/", path);
        // Some names are missing, so the "image not found" paths run too.
        if (path.find("missing") != std::string::npos) return std::nullopt;
        return std::string(reinterpret_cast<const char*>(kPng), sizeof kPng);
    }
};

}  // namespace

std::unique_ptr<ResourceReader> site_resources() { return std::make_unique<SiteResources>(); }

std::string locate_site_image(std::string_view reference, std::string_view article_path) {
    std::string path = resolve_local_image(reference, article_path, kStaticDir);
    if (!path.empty() && !inside_site(path))
        fail("resolve_local_image left site/ for '" + std::string(reference) + "'", path);
    return path;
}

void require_utf8(std::string_view text, std::string_view what) {
    if (find_invalid_utf8(text) != std::string_view::npos)
        fail(std::string(what) + " is not valid UTF-8", text);
}

}  // namespace folio::fuzz

namespace folio::fuzz {

std::vector<SourcePos> misnested_places(const Diagnostics& diagnostics) {
    std::vector<SourcePos> places;
    for (const Diagnostic& d : diagnostics.items())
        if (d.code == "markdown.emphasis.nesting") places.push_back({d.line, d.column});
    return places;
}

namespace {

// `inlines` with every emphasis, strong and strikethrough node replaced by its children, the
// delimiter characters taken out of the texts and adjacent texts joined: what must survive
// a pairing that differs.
void append_without_spans(const Inlines& inlines, Inlines& out) {
    for (const Inline& node : inlines) {
        if (const auto* text = std::get_if<Text>(&node.node)) {
            std::string kept;
            for (char c : text->text)
                if (c != '*' && c != '_' && c != '~') kept += c;
            if (kept.empty()) continue;
            if (!out.empty())
                if (auto* last = std::get_if<Text>(&out.back().node)) {
                    last->text += kept;
                    continue;
                }
            out.push_back(Inline{Text{std::move(kept)}});
        } else if (const auto* em = std::get_if<Emphasis>(&node.node)) {
            append_without_spans(em->children, out);
        } else if (const auto* strong = std::get_if<Strong>(&node.node)) {
            append_without_spans(strong->children, out);
        } else if (const auto* del = std::get_if<Strikethrough>(&node.node)) {
            append_without_spans(del->children, out);
        } else if (const auto* link = std::get_if<Link>(&node.node)) {
            Link copy = *link;
            copy.children.clear();
            append_without_spans(link->children, copy.children);
            out.push_back(Inline{std::move(copy)});
        } else if (const auto* image = std::get_if<Image>(&node.node)) {
            Image copy = *image;
            copy.alt.clear();
            append_without_spans(image->alt, copy.alt);
            out.push_back(Inline{std::move(copy)});
        } else {
            out.push_back(node);
        }
    }
}

bool same_without_spans(const Inlines& a, const Inlines& b) {
    Inlines plain_a;
    Inlines plain_b;
    append_without_spans(a, plain_a);
    append_without_spans(b, plain_b);
    return plain_a == plain_b;
}

bool is_misnested(SourcePos at, const std::vector<SourcePos>& misnested) {
    return std::any_of(misnested.begin(), misnested.end(), [&](SourcePos place) {
        return place.line == at.line && place.column == at.column;
    });
}

bool same_block(const Block& a, const Block& b, const std::vector<SourcePos>& misnested) {
    if (a.node.index() != b.node.index()) return false;
    if (const auto* quote = std::get_if<BlockQuote>(&a.node))
        return same_blocks(quote->children, std::get<BlockQuote>(b.node).children, misnested);
    if (const auto* list = std::get_if<List>(&a.node)) {
        const List& other = std::get<List>(b.node);
        if (list->ordered != other.ordered || list->start != other.start ||
            list->marker != other.marker || list->tight != other.tight ||
            list->items.size() != other.items.size())
            return false;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            if (list->items[i].task != other.items[i].task ||
                !same_blocks(list->items[i].children, other.items[i].children, misnested))
                return false;
        }
        return true;
    }
    if (!is_misnested(a.at, misnested)) return a == b;
    if (const auto* paragraph = std::get_if<Paragraph>(&a.node))
        return same_without_spans(paragraph->children, std::get<Paragraph>(b.node).children);
    if (const auto* heading = std::get_if<Heading>(&a.node)) {
        const Heading& other = std::get<Heading>(b.node);
        return heading->level == other.level && heading->setext == other.setext &&
               same_without_spans(heading->children, other.children);
    }
    if (const auto* table = std::get_if<Table>(&a.node)) {
        const Table& other = std::get<Table>(b.node);
        const auto same_row = [](const std::vector<Inlines>& x, const std::vector<Inlines>& y) {
            return std::equal(x.begin(), x.end(), y.begin(), y.end(), same_without_spans);
        };
        return table->alignments == other.alignments && same_row(table->header, other.header) &&
               std::equal(table->rows.begin(), table->rows.end(), other.rows.begin(),
                          other.rows.end(), same_row);
    }
    return a == b;
}

}  // namespace

bool same_blocks(std::span<const Block> written, std::span<const Block> back,
                 const std::vector<SourcePos>& misnested) {
    return std::equal(written.begin(), written.end(), back.begin(), back.end(),
                      [&](const Block& a, const Block& b) { return same_block(a, b, misnested); });
}

bool same_footnotes(const std::vector<Footnote>& written, const std::vector<Footnote>& back,
                    const std::vector<SourcePos>& misnested) {
    return std::equal(written.begin(), written.end(), back.begin(), back.end(),
                      [&](const Footnote& a, const Footnote& b) {
                          return a.label == b.label &&
                                 same_blocks(a.children, b.children, misnested);
                      });
}

void require_reads_back(std::string_view path, std::string_view text, const Article& written,
                        std::span<const Block> blocks, const std::vector<Footnote>& footnotes,
                        bool all_meta, bool input_had_errors, std::string_view what,
                        const std::vector<SourcePos>& misnested) {
    const SourceText source(std::string(path), text);
    Diagnostics diagnostics;
    const std::optional<Article> back = read_article(source, builtin_load_options().read, diagnostics);
    // An input that had errors (an impossible date kept as text) may keep them on the way back;
    // one that had none must not gain any.
    if (!back || (diagnostics.has_errors() && !input_had_errors)) {
        std::string detail(text);
        for (const Diagnostic& d : diagnostics.items()) detail += "\n" + d.message;
        fail(std::string(what) + " does not read back without errors", detail);
    }
    const Meta& a = written.meta;
    const Meta& b = back->meta;
    const auto differs = [&](const char* field) {
        fail(std::string(what) + ": " + field + " changed on the way back", text);
    };
    if (a.title != b.title) differs("title");
    if (!same_blocks(blocks, back->body, misnested)) differs("body");
    if (!same_footnotes(footnotes, back->footnotes, misnested)) differs("footnotes");
    if (!all_meta) return;
    if (a.date != b.date) differs("date");
    if (a.updated != b.updated) differs("updated");
    if (a.summary != b.summary) differs("summary");
    if (a.tags != b.tags) differs("tags");
    if (a.categories != b.categories) differs("categories");
    if (a.draft != b.draft) differs("draft");
}

}  // namespace folio::fuzz
