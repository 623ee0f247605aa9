#include "formats/html/search_index.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "src/syndication/summary_text.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/json_writer.hpp"
#include "src/text/language_tag.hpp"
#include "src/text/search_fold.hpp"
#include "src/text/utf8.hpp"
#include "src/text/word_characters.hpp"
#include "src/web/script_json.hpp"

namespace folio::html {

namespace {

// Longer ASCII "words" are URLs, hashes and base64, which nobody types into a search field.
constexpr std::size_t kLongestAsciiWord = 32;
// Shorter words are mostly "a", "of", "de": they fill the bound and find everything.
constexpr std::size_t kShortestWord = 3;
// Where a word of an article is, the index's field numbers: a word counts in its best field.
constexpr std::size_t kBodyField = 0;
constexpr std::size_t kSummaryField = 1;
constexpr std::size_t kTermsField = 2;
constexpr std::size_t kTitleField = 3;

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
        // The start of any other word is no word, and would be found as one.
        const std::size_t room = bound_ - std::min(bound_, words_.size() + separator);
        std::size_t first = 0;
        if (ascii || room < kShortestWord || !is_unspaced_letter(next_code_point(word, first)))
            return;
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

void append_decimal(std::string& out, std::size_t value) {
    char digits[20];
    std::size_t size = 0;
    do {
        digits[size++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (size > 0) out += digits[--size];
}

// A file name for any key, whatever its script: the hex of its UTF-8, as search.js spells it.
std::string hex_bytes(std::string_view text) {
    constexpr std::string_view kDigits = "0123456789abcdef";
    std::string out;
    for (const char c : text) {
        out += kDigits[static_cast<unsigned char>(c) >> 4];
        out += kDigits[static_cast<unsigned char>(c) & 0xF];
    }
    return out;
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

std::vector<OutputFile> write_search_index(const SitePlan& plan,
                                           const std::vector<SearchText>& texts,
                                           std::string_view site_language,
                                           std::size_t chunk_size) {
    std::vector<OutputFile> files;
    // Each word's postings: article number times 4 plus the field, articles ascending.
    std::unordered_map<std::string, std::vector<std::size_t>> postings;
    std::vector<std::pair<std::string, std::size_t>> found;  // one article's (word, field)
    // The index is a file any visitor of an uploaded site can read whole: a shown draft's
    // words and title stay out of it.
    std::vector<std::size_t> indexed;
    indexed.reserve(plan.newest_first.size());
    for (const std::size_t index : plan.newest_first) {
        if (!plan.entries[index].draft) indexed.push_back(index);
    }
    const std::size_t articles = indexed.size();
    const std::size_t chunks = (articles + chunk_size - 1) / chunk_size;
    for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
        const std::string number = std::to_string(chunk + 1);
        std::string out = "// folio's search index, read by search.js: articles " +
                          std::to_string(chunk * chunk_size + 1) +
                          "- (newest first): page, title, date, terms, summary\n"
                          "(window.folioSearchArticles = window.folioSearchArticles || {})[" +
                          number + "] = [\n";
        const std::size_t begin = chunk * chunk_size;
        const std::size_t end = std::min(articles, begin + chunk_size);
        for (std::size_t at = begin; at < end; ++at) {
            const std::size_t index = indexed[at];
            const SiteEntry& entry = plan.entries[index];
            const SearchText* text = index < texts.size() ? &texts[index] : nullptr;
            const std::string& summary = text != nullptr ? text->summary : entry.summary;
            found.clear();
            const auto add_words = [&found](std::string_view field_text, std::size_t field) {
                for_each_search_word(fold_for_search(field_text), [&](std::string_view word) {
                    // The title and terms are short and chosen: each of their words counts.
                    if (field < kTermsField &&
                        (word.size() < kShortestWord ||
                         (word.size() > kLongestAsciiWord && is_ascii(word))))
                        return;
                    found.emplace_back(word, field);
                });
            };
            add_words(entry.title, kTitleField);
            if (text != nullptr) add_words(text->words, kBodyField);
            add_words(summary, kSummaryField);

            out += at == begin ? "[" : ",\n[";
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
                    add_words(name, kTermsField);
                }
            }
            out += "],";
            append_script_string(out, summary);
            // As the archive marks its entries: a screen reader then reads the title in its own
            // language, and a Persian title among Dutch ones runs right to left.
            if (!entry.language.empty() && entry.language != site_language) {
                out += ',';
                append_script_string(out, entry.language);
                if (is_right_to_left(entry.language) != is_right_to_left(site_language))
                    out += is_right_to_left(entry.language) ? ",\"rtl\"" : ",\"ltr\"";
            }
            out += ']';

            // Each word once, in the best field it is in.
            std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : a.second > b.second;
            });
            for (std::size_t k = 0; k < found.size(); ++k) {
                if (k > 0 && found[k].first == found[k - 1].first) continue;
                postings[found[k].first].push_back(at * 4 + found[k].second);
            }
        }
        out += "\n];\n";
        files.push_back({"search/search-articles-" + number + ".js", std::move(out)});
    }

    // Sorted, the words of one key come together: a key is the start of its words.
    std::vector<const std::pair<const std::string, std::vector<std::size_t>>*> words;
    words.reserve(postings.size());
    for (const auto& word : postings) words.push_back(&word);
    std::sort(words.begin(), words.end(),
              [](const auto* a, const auto* b) { return a->first < b->first; });
    std::string keys;
    for (std::size_t at = 0; at < words.size();) {
        const std::string_view key = search_word_key(words[at]->first);
        if (!keys.empty()) keys += ',';
        append_script_string(keys, key);
        std::string out = "// folio's search index, read by search.js: words and their articles "
                          "(4 times the number after the previous one's, plus the field)\n"
                          "(window.folioSearchWords = window.folioSearchWords || {})[";
        append_script_string(out, key);
        out += "] = [\n";
        for (bool first = true; at < words.size() && search_word_key(words[at]->first) == key;
             ++at, first = false) {
            out += first ? "[" : ",\n[";
            append_script_string(out, words[at]->first);
            out += ",[";
            std::size_t previous = 0;
            for (const std::size_t posting : words[at]->second) {
                if (posting != words[at]->second.front()) out += ',';
                const std::size_t article = posting / 4;
                append_decimal(out, (article - previous) * 4 + posting % 4);
                previous = article;
            }
            out += "]]";
        }
        out += "\n];\n";
        files.push_back({"search/search-words-" + hex_bytes(key) + ".js", std::move(out)});
    }
    files.push_back({std::string(kSearchIndexFile),
                     "// folio's search index, read by search.js: the articles, how many a "
                     "search-articles-N.js holds, the keys of the search-words-*.js\n"
                     "window.folioSearchIndex = {\"articles\":" +
                         std::to_string(articles) + ",\"chunk\":" + std::to_string(chunk_size) +
                         ",\"keys\":[" + keys + "]};\n"});
    return files;
}

bool is_search_index_file(std::string_view path) {
    return path.starts_with("search/search-") && path.ends_with(".js");
}

}  // namespace folio::html
