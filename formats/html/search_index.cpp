#include "formats/html/search_index.hpp"

#include <algorithm>
#include <unordered_set>
#include <variant>

#include "src/syndication/summary_text.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/json_writer.hpp"
#include "src/text/language_tag.hpp"
#include "src/text/utf8.hpp"
#include "src/text/word_characters.hpp"
#include "src/web/script_json.hpp"

namespace folio::html {

namespace {

// Longer ASCII "words" are URLs, hashes and base64, which nobody types into a search field.
constexpr std::size_t kLongestAsciiWord = 32;
// Shorter words are mostly "a", "of", "de": they fill the bound and find everything.
constexpr std::size_t kShortestWord = 3;

bool is_ascii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

// The longest start of `text` that is whole characters and at most `bytes` long.
std::string_view whole_characters(std::string_view text, std::size_t bytes) {
    std::size_t end = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        next_code_point(text, at);
        if (at > bytes) break;
        end = at;
    }
    return text.substr(0, end);
}

// Distinct words, in order, until the bound is reached.
class WordList {
public:
    explicit WordList(std::size_t bound) : bound_(bound) {}

    bool full() const { return full_; }

    void add_text(std::string_view text) {
        std::size_t at = 0;
        std::size_t start = 0;
        while (at < text.size() && !full_) {
            const std::size_t here = at;
            // ASCII without decoding: most words of most blogs.
            const auto byte = static_cast<unsigned char>(text[at]);
            const bool word_character =
                byte < 0x80 ? ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') ||
                                  (byte >= '0' && byte <= '9')
                            : is_word_character(next_code_point(text, at));
            if (byte < 0x80) ++at;
            if (!word_character) {
                add_word(text.substr(start, here - start));
                start = at;
            }
        }
        if (!full_) add_word(text.substr(start));
    }

    std::string take() { return std::move(words_); }

private:
    void add_word(std::string_view word) {
        if (word.size() < kShortestWord) return;
        const bool ascii = is_ascii(word);
        if (ascii && word.size() > kLongestAsciiWord) return;
        // Case is folded by the page's script; here only so that `The` and `the` are one word.
        assign_ascii_lower(lowered_, word);
        if (!seen_.insert(lowered_).second) return;
        const std::size_t separator = words_.empty() ? 0 : 1;
        if (words_.size() + separator + word.size() <= bound_) {
            if (separator != 0) words_ += ' ';
            words_ += word;
            return;
        }
        full_ = true;
        // A run of Chinese or Japanese is a whole sentence: its start still finds the article.
        const std::size_t room = bound_ - std::min(bound_, words_.size() + separator);
        if (ascii || room < kShortestWord) return;
        const std::string_view start = whole_characters(word, room);
        if (start.empty()) return;
        if (separator != 0) words_ += ' ';
        words_ += start;
    }

    std::size_t bound_;
    bool full_ = false;
    std::string words_;
    std::unordered_set<std::string> seen_;  // a set of words, in no order: hashed
    std::string lowered_;
};

// The text a reader sees of inlines: raw HTML's tags and TeX are not words anyone searches.
struct InlineText {
    std::string& out;

    void operator()(const Text& node) const { out += node.text; }
    void operator()(const SoftBreak&) const { out += ' '; }
    void operator()(const HardBreak&) const { out += ' '; }
    void operator()(const Code& node) const { out += node.text; }
    void operator()(const Emphasis& node) const { all(node.children); }
    void operator()(const Strong& node) const { all(node.children); }
    void operator()(const Strikethrough& node) const { all(node.children); }
    void operator()(const Link& node) const { all(node.children); }
    void operator()(const Image& node) const { all(node.alt); }
    void operator()(const RawHtml&) const {}
    void operator()(const FootnoteReference&) const {}
    void operator()(const Math&) const {}
    void operator()(const EngineInline& node) const { all(node.rendered); }

    void all(const Inlines& inlines) const {
        for (const Inline& node : inlines) std::visit(*this, node.node);
    }
};

// Each block's text goes to the list as the block ends, so a long article stops being read once
// the list is full.
struct BlockText {
    WordList& words;

    void inlines(const Inlines& children) const {
        std::string text;
        InlineText{text}.all(children);
        words.add_text(text);
    }
    void blocks(const Blocks& children) const {
        for (const Block& block : children) {
            if (words.full()) return;
            std::visit(*this, block.node);
        }
    }

    void operator()(const Paragraph& node) const { inlines(node.children); }
    void operator()(const Heading& node) const { inlines(node.children); }
    void operator()(const BlockQuote& node) const { blocks(node.children); }
    void operator()(const List& node) const {
        for (const ListItem& item : node.items) blocks(item.children);
    }
    // Code is not prose: its identifiers would fill the bound before the text after it.
    void operator()(const CodeBlock&) const {}
    void operator()(const HtmlBlock&) const {}
    void operator()(const ThematicBreak&) const {}
    void operator()(const Table& node) const {
        for (const Inlines& cell : node.header) inlines(cell);
        for (const auto& row : node.rows) {
            for (const Inlines& cell : row) inlines(cell);
        }
    }
    void operator()(const EngineBlock& node) const { blocks(node.rendered); }
    void operator()(const DefinitionList& node) const {
        for (const DefinitionItem& item : node.items) {
            for (const Inlines& term : item.terms) inlines(term);
            for (const Blocks& definition : item.definitions) blocks(definition);
        }
    }
};

// `text` cut to at most `bytes` at a space (at a character when it has none: Chinese), with an
// ellipsis when cut.
std::string cut_at_word(std::string text, std::size_t bytes) {
    constexpr std::string_view kEllipsis = "…";
    if (text.size() <= bytes) return text;
    std::string_view kept = whole_characters(text, bytes - kEllipsis.size());
    if (const std::size_t space = kept.rfind(' ');
        space != std::string_view::npos && space > kept.size() / 2)
        kept = kept.substr(0, space);
    std::string out(kept);
    out += kEllipsis;
    return out;
}

// A JSON string that is also safe inside an HTML `<script>` (src/web/script_json.hpp).
void append_script_string(std::string& out, std::string_view text) {
    std::string json;
    append_json_string(json, text);
    append_script_safe_json(out, json);
}

}  // namespace

SearchText search_text(const Article& article, std::size_t word_bytes) {
    SearchText text;
    text.summary = cut_at_word(summary_text(article), kSearchSummaryBytes);
    WordList words(word_bytes);
    BlockText{words}.blocks(article.body);
    text.words = words.take();
    return text;
}

std::size_t search_shard_count(const SitePlan& plan, std::size_t shard_size) {
    return std::max<std::size_t>(1, (plan.newest_first.size() + shard_size - 1) / shard_size);
}

std::vector<OutputFile> write_search_index(const SitePlan& plan,
                                           const std::vector<SearchText>& texts,
                                           std::string_view site_language,
                                           std::size_t shard_size) {
    const std::size_t shards = search_shard_count(plan, shard_size);
    std::vector<OutputFile> files;
    for (std::size_t shard = 0; shard < shards; ++shard) {
        std::string out =
            "// folio's search index, read by search.js: page, title, date, terms, summary, "
            "words\nwindow.folioSearchIndex = (window.folioSearchIndex || []).concat([\n";
        const std::size_t begin = shard * shard_size;
        const std::size_t end = std::min(plan.newest_first.size(), begin + shard_size);
        out.reserve((end - begin) * (kSearchWordBytes + kSearchSummaryBytes + 160));
        bool first = true;
        for (std::size_t at = begin; at < end; ++at) {
            const std::size_t index = plan.newest_first[at];
            const SiteEntry& entry = plan.entries[index];
            // The index is a file any visitor of an uploaded site can read whole: a shown
            // draft's words stay out of it.
            if (entry.draft) continue;
            out += first ? "[" : ",\n[";
            first = false;
            append_script_string(out, entry.page_file);
            out += ',';
            append_script_string(out, entry.title);
            out += ',';
            // The day as written: the script shows it in the page's language.
            append_script_string(out,
                                 entry.date ? format_rfc3339(*entry.date).substr(0, 10) : "");
            out += ",[";
            bool first_term = true;
            for (const auto* names : {&entry.tags, &entry.categories}) {
                for (const std::string& name : *names) {
                    // A category named as one of the tags (common in Hugo themes' examples)
                    // would only weigh the same word twice.
                    if (names == &entry.categories &&
                        std::find(entry.tags.begin(), entry.tags.end(), name) != entry.tags.end())
                        continue;
                    if (!first_term) out += ',';
                    first_term = false;
                    append_script_string(out, name);
                }
            }
            out += "],";
            const SearchText* text = index < texts.size() ? &texts[index] : nullptr;
            append_script_string(out, text != nullptr ? text->summary : entry.summary);
            out += ',';
            append_script_string(out, text != nullptr ? text->words : "");
            // As the archive marks its entries: a screen reader then reads the title in its own
            // language, and a Persian title among Dutch ones runs right to left.
            if (!entry.language.empty() && entry.language != site_language) {
                out += ',';
                append_script_string(out, entry.language);
                if (is_right_to_left(entry.language) != is_right_to_left(site_language))
                    out += is_right_to_left(entry.language) ? ",\"rtl\"" : ",\"ltr\"";
            }
            out += ']';
        }
        out += "\n]);\n";
        std::string path(kSearchIndexFile);
        if (shard > 0) path.insert(path.size() - 3, "-" + std::to_string(shard + 1));
        files.push_back({std::move(path), std::move(out)});
    }
    return files;
}

}  // namespace folio::html
