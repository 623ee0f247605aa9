#include "formats/html/search_index.hpp"
#include "formats/html/search_page.hpp"

#include <gtest/gtest.h>

#include <map>

#include "src/text/utf8.hpp"
#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::contains;
using testing::entry;
using testing::text;

Article article_of(std::vector<Block> body) {
    Article article;
    article.body = std::move(body);
    return article;
}

Block paragraph(std::string words) { return Block{Paragraph{text(std::move(words))}, {}}; }

// The index's files by path.
std::map<std::string, std::string> index_files(const SitePlan& plan, const std::vector<SearchText>& texts,
                                               std::size_t chunk_size = kSearchChunkSize) {
    std::map<std::string, std::string> files;
    for (OutputFile& file : write_search_index(plan, texts, "en", chunk_size))
        files.emplace(std::move(file.path), std::move(file.bytes));
    return files;
}

TEST(SearchIndex, ListsItsKeysAndEachArticlesMetadataNewestFirst) {
    const SitePlan plan = plan_site({entry("old", "2024-03-02T10:00:00+01:00", {"go"}, {"Code"}),
                                     entry("undated", ""), entry("new", "2025-12-21")});
    std::vector<SearchText> texts(3);
    texts[0] = {"Old summary.", "alpha beta"};
    const auto files = index_files(plan, texts);
    EXPECT_EQ(files.at("search/search-index.js"),
              "// folio's search index, read by search.js: the articles, how many a "
              "search-articles-N.js holds, the keys of the search-words-*.js\n"
              "window.folioSearchIndex = {\"articles\":3,\"chunk\":50,"
              "\"keys\":[\"al\",\"be\",\"co\",\"go\",\"ne\",\"of\",\"ol\",\"su\",\"ti\",\"un\"]};\n");
    EXPECT_EQ(files.at("search/search-articles-1.js"),
              "// folio's search index, read by search.js: articles 1- (newest first): page, "
              "title, date, terms, summary\n"
              "(window.folioSearchArticles = window.folioSearchArticles || {})[1] = [\n"
              "[\"posts/new/index.html\",\"Title of new\",\"2025-12-21\",[],\"\"],\n"
              "[\"posts/old/index.html\",\"Title of old\",\"2024-03-02\",[\"go\",\"Code\"],"
              "\"Old summary.\"],\n"
              "[\"posts/undated/index.html\",\"Title of undated\",\"\",[],\"\"]\n];\n");
    // `of` is in every title (3 points), `old` in article 1's title and `summary` in its
    // summary (1).
    EXPECT_EQ(files.at("search/search-words-6f66.js"),
              "// folio's search index, read by search.js: words and their articles (4 times the "
              "number after the previous one's, plus the field)\n"
              "(window.folioSearchWords = window.folioSearchWords || {})[\"of\"] = [\n"
              "[\"of\",[3,7,7]]\n];\n");
    EXPECT_TRUE(contains(files.at("search/search-words-6f6c.js"), "[\"old\",[7]]"));
    EXPECT_TRUE(contains(files.at("search/search-words-7375.js"), "[\"summary\",[5]]"));
    EXPECT_EQ(files.size(), 12U);
}

TEST(SearchIndex, FilesEachWordByItsKeyWithTheBestFieldItIsIn) {
    SiteEntry first = entry("a", "2025-01-02", {"Cafés"});
    first.title = "Café";
    SiteEntry second = entry("b", "2025-01-01");
    second.title = "Caramel";
    const SitePlan plan = plan_site({first, second});
    std::vector<SearchText> texts(2);
    // `cafe` in the title and the body: the title counts. `is` and `ok` are too short for the
    // body, `CAFÉ` is the same word as `Café`.
    texts[0] = {"", "CAFÉ is ok caramel"};
    texts[1] = {"東京の天気", ""};
    const auto files = index_files(plan, texts);
    EXPECT_TRUE(contains(files.at("search/search-words-6361.js"),
                         "[\"cafe\",[3]],\n[\"cafes\",[2]],\n[\"caramel\",[0,7]]"))
        << files.at("search/search-words-6361.js");
    EXPECT_EQ(files.count("search/search-words-6973.js"), 0U);
    EXPECT_EQ(files.count("search/search-words-6f6b.js"), 0U);
    // Japanese by its pairs, the file named by the first character's UTF-8 (天: E5 A4 A9).
    EXPECT_TRUE(contains(files.at("search/search-words-e5a4a9.js"), "[\"天気\",[5]]"))
        << files.at("search/search-words-e5a4a9.js");
    EXPECT_TRUE(contains(files.at("search/search-index.js"), "\"天\""));
}

TEST(SearchIndex, PutsChunkSizeArticlesInEachMetadataFile) {
    const SitePlan plan =
        plan_site({entry("a", "2025-01-01"), entry("b", "2025-01-02"), entry("c", "2025-01-03"),
                   entry("d", "2025-01-04"), entry("e", "2025-01-05")});
    const auto files = index_files(plan, {}, 2);
    const auto holds = [&files](int chunk, const std::string& slug) {
        return contains(files.at("search/search-articles-" + std::to_string(chunk) + ".js"),
                        "posts/" + slug + "/index.html");
    };
    EXPECT_TRUE(holds(1, "e") && holds(1, "d") && !holds(1, "c"));
    EXPECT_TRUE(holds(2, "c") && holds(2, "b") && !holds(2, "a"));
    EXPECT_TRUE(holds(3, "a") && !holds(3, "b"));
    EXPECT_TRUE(contains(files.at("search/search-articles-3.js"), "|| {})[3] = [\n"));
    EXPECT_EQ(files.count("search/search-articles-4.js"), 0U);
    EXPECT_TRUE(contains(files.at("search/search-index.js"), "{\"articles\":5,\"chunk\":2,"));
    // A site without articles has its list of keys, empty, and nothing else.
    const auto empty = index_files(plan_site({}), {});
    ASSERT_EQ(empty.size(), 1U);
    EXPECT_TRUE(contains(empty.at("search/search-index.js"), "\"keys\":[]"));
}

TEST(SearchIndex, KnowsItsFilesFromThePagesScript) {
    EXPECT_TRUE(is_search_index_file("search/search-index.js"));
    EXPECT_TRUE(is_search_index_file("search/search-index-2.js"));
    EXPECT_TRUE(is_search_index_file("search/search-words-6361.js"));
    EXPECT_TRUE(is_search_index_file("search/search-articles-3.js"));
    EXPECT_FALSE(is_search_index_file("search/search.js"));
    EXPECT_FALSE(is_search_index_file("search/index.html"));
}

// A theme's example posts tag and categorise with the same word (tags [shortcodes], categories
// [shortcodes, index]): the word is listed once.
TEST(SearchIndex, ListsACategoryNamedAsATagOnce) {
    const SitePlan plan =
        plan_site({entry("x", "2024-03-02", {"preview", "shortcodes"}, {"shortcodes", "index"})});
    const auto files = index_files(plan, {});
    EXPECT_TRUE(contains(files.at("search/search-articles-1.js"),
                         "[\"preview\",\"shortcodes\",\"index\"]"))
        << files.at("search/search-articles-1.js");
}

TEST(SearchIndex, EscapesWhatWouldEndAScriptOrAStringAndKeepsOtherCharactersWhole) {
    SiteEntry hostile = entry("x", "2025-01-01");
    hostile.title = "</script><!-- \"quoted\" back\\slash \xE2\x80\xA8line \xF0\x9F\x98\x80 \xF0\xA0\x80\x80";
    hostile.tags = {"</SCRIPT>"};
    const SitePlan plan = plan_site({hostile});
    std::string index;
    for (const auto& [path, bytes] : index_files(plan, {})) index += bytes;
    EXPECT_FALSE(contains(index, "</script")) << index;
    EXPECT_FALSE(contains(index, "</SCRIPT")) << index;
    EXPECT_FALSE(contains(index, "<!--")) << index;
    EXPECT_FALSE(contains(index, "\xE2\x80\xA8")) << index;
    EXPECT_TRUE(contains(index,
                         "\"\\u003c/script\\u003e\\u003c!-- \\\"quoted\\\" back\\\\slash "
                         "\\u2028line \xF0\x9F\x98\x80 \xF0\xA0\x80\x80\""))
        << index;
    EXPECT_TRUE(contains(index, "[\"\\u003c/SCRIPT\\u003e\"]")) << index;
    EXPECT_EQ(find_invalid_utf8(index), std::string::npos);
}

TEST(SearchIndex, GivesAnArticleInAnotherLanguageItsTagAndItsDirectionWhenThatDiffers) {
    SiteEntry dutch = entry("nl", "2025-01-03");
    dutch.language = "nl";
    SiteEntry persian = entry("fa", "2025-01-02");
    persian.language = "fa";
    const SitePlan plan = plan_site({dutch, persian, entry("en", "2025-01-01")});
    const std::string index = index_files(plan, {}).at("search/search-articles-1.js");
    EXPECT_TRUE(contains(index, "[],\"\",\"nl\"],\n")) << index;
    EXPECT_TRUE(contains(index, "[],\"\",\"fa\",\"rtl\"],\n")) << index;
    EXPECT_TRUE(contains(index, "\"Title of en\",\"2025-01-01\",[],\"\"]\n")) << index;
}

TEST(SearchText, KeepsDistinctWordsInOrderAndLeavesOutShortOnes) {
    const SearchText found = search_text(article_of({paragraph("The cat sat on the mat. Cat!"),
                                                     paragraph("Café, café; naïve.")}));
    EXPECT_EQ(found.words, "The cat sat mat Café naïve");
    EXPECT_EQ(found.summary, "The cat sat on the mat. Cat!");
}

TEST(SearchText, LeavesOutCodeBlocksRawHtmlAndMath) {
    Article article = article_of({paragraph("before"),
                                  Block{CodeBlock{"js", "const hidden = 1;\n"}, {}},
                                  Block{HtmlBlock{"<div class=\"wrapper\">"}, {}}});
    article.body.push_back(Block{
        Paragraph{{Inline{Text{"inline "}}, Inline{RawHtml{"<span class=\"marker\">", {}}},
                   Inline{Math{"\\frac{numerator}{2}", false, {}}}, Inline{Text{" after"}}}},
        {}});
    const SearchText found = search_text(article);
    EXPECT_EQ(found.words, "before inline after");
}

TEST(SearchText, ReadsListsQuotesTablesAndHeadings) {
    Article article = article_of({Block{Heading{2, text("Heading"), false}, {}}});
    ListItem item;
    item.children.push_back(paragraph("listed"));
    List list;
    list.items.push_back(item);
    article.body.push_back(Block{list, {}});
    article.body.push_back(Block{BlockQuote{{paragraph("quoted")}}, {}});
    Table table;
    table.alignments = {Alignment::none};
    table.header = {text("header")};
    table.rows = {{text("cell")}};
    article.body.push_back(Block{table, {}});
    EXPECT_EQ(search_text(article).words, "Heading listed quoted header cell");
}

TEST(SearchText, StopsAtTheBoundPerArticle) {
    std::string many;
    for (int i = 0; i < 2000; ++i) many += "word" + std::to_string(i) + ' ';
    const SearchText found = search_text(article_of({paragraph(many), paragraph("lastword")}));
    EXPECT_LE(found.words.size(), kSearchWordBytes);
    EXPECT_GT(found.words.size(), kSearchWordBytes - 10);
    EXPECT_TRUE(found.words.starts_with("word0 word1 word2 "));
    EXPECT_FALSE(contains(found.words, "lastword"));
    // The summary (the first paragraph here) is cut at a word, with an ellipsis.
    EXPECT_LE(found.summary.size(), kSearchSummaryBytes);
    ASSERT_TRUE(found.summary.ends_with("…"));
    const std::string kept = found.summary.substr(0, found.summary.size() - 3);
    EXPECT_TRUE(many.starts_with(kept + ' ')) << found.summary;
}

TEST(SearchText, CutsTextWithoutSpacesAtAWholeCharacterOutsideTheBmpToo) {
    // U+20000, four bytes each, written without spaces as Chinese is.
    std::string run;
    for (int i = 0; i < 100; ++i) run += "\xF0\xA0\x80\x80";
    const SearchText found = search_text(article_of({paragraph("中文 " + run)}), 20);
    // "中文" is six bytes; then a space and as many whole four-byte characters as fit in 20.
    EXPECT_EQ(found.words, "中文 \xF0\xA0\x80\x80\xF0\xA0\x80\x80\xF0\xA0\x80\x80");
    EXPECT_EQ(find_invalid_utf8(found.words), std::string::npos);
    const SearchText summary = search_text(article_of({paragraph(run + run + run)}));
    EXPECT_EQ(find_invalid_utf8(summary.summary), std::string::npos);
    EXPECT_LE(summary.summary.size(), kSearchSummaryBytes);
    EXPECT_TRUE(summary.summary.ends_with("…"));
}

// The index matches a word by its start: `caf` would be a word of its own that `cafe` does not
// find.
TEST(SearchText, LeavesOutAWordWithAccentsThatDoesNotFitWhole) {
    EXPECT_EQ(search_text(article_of({paragraph("abcdefgh café")}), 12).words, "abcdefgh");
}

TEST(SearchText, SplitsJapaneseAtItsPunctuation) {
    const SearchText found = search_text(article_of({paragraph("東京の天気は晴れ。明日も晴れ、暑い。")}));
    EXPECT_EQ(found.words, "東京の天気は晴れ 明日も晴れ 暑い");
}

}  // namespace
}  // namespace folio::html
