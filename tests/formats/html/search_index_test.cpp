#include "formats/html/search_index.hpp"
#include "formats/html/search_page.hpp"

#include <gtest/gtest.h>

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

TEST(SearchIndex, ListsEntriesNewestFirstOneALineWithTermsSummaryAndWords) {
    const SitePlan plan = plan_site({entry("old", "2024-03-02T10:00:00+01:00", {"go"}, {"Code"}),
                                     entry("undated", ""), entry("new", "2025-12-21")});
    std::vector<SearchText> texts(3);
    texts[0] = {"Old summary.", "alpha beta"};
    const std::vector<OutputFile> shards = write_search_index(plan, texts, "en");
    ASSERT_EQ(shards.size(), 1U);
    EXPECT_EQ(shards.front().path, "search/search-index.js");
    EXPECT_EQ(shards.front().bytes,
              "// folio's search index, read by search.js: page, title, date, terms, summary, "
              "words\nwindow.folioSearchIndex = (window.folioSearchIndex || []).concat([\n"
              "[\"posts/new/index.html\",\"Title of new\",\"2025-12-21\",[],\"\",\"\"],\n"
              "[\"posts/old/index.html\",\"Title of old\",\"2024-03-02\",[\"go\",\"Code\"],"
              "\"Old summary.\",\"alpha beta\"],\n"
              "[\"posts/undated/index.html\",\"Title of undated\",\"\",[],\"\",\"\"]\n]);\n");
}

// A theme's example posts tag and categorise with the same word (tags [shortcodes], categories
// [shortcodes, index]): the word is listed once.
TEST(SearchIndex, ListsACategoryNamedAsATagOnce) {
    const SitePlan plan =
        plan_site({entry("x", "2024-03-02", {"preview", "shortcodes"}, {"shortcodes", "index"})});
    const std::vector<OutputFile> shards = write_search_index(plan, {}, "en");
    ASSERT_EQ(shards.size(), 1U);
    EXPECT_TRUE(contains(shards.front().bytes, "[\"preview\",\"shortcodes\",\"index\"]"))
        << shards.front().bytes;
}

TEST(SearchIndex, ShardsNewestFirstSoTheNewestArticlesAreSearchedFirst) {
    const SitePlan plan =
        plan_site({entry("a", "2025-01-01"), entry("b", "2025-01-02"), entry("c", "2025-01-03"),
                   entry("d", "2025-01-04"), entry("e", "2025-01-05")});
    EXPECT_EQ(search_shard_count(plan, 2), 3U);
    EXPECT_EQ(search_shard_count(plan_site({}), 2), 1U);
    const std::vector<OutputFile> shards = write_search_index(plan, {}, "en", 2);
    ASSERT_EQ(shards.size(), 3U);
    EXPECT_EQ(shards[0].path, "search/search-index.js");
    EXPECT_EQ(shards[1].path, "search/search-index-2.js");
    EXPECT_EQ(shards[2].path, "search/search-index-3.js");
    const auto holds = [](const OutputFile& shard, const std::string& slug) {
        return contains(shard.bytes, "posts/" + slug + "/index.html");
    };
    EXPECT_TRUE(holds(shards[0], "e") && holds(shards[0], "d") && !holds(shards[0], "c"));
    EXPECT_TRUE(holds(shards[1], "c") && holds(shards[1], "b") && !holds(shards[1], "a"));
    EXPECT_TRUE(holds(shards[2], "a") && !holds(shards[2], "b"));
    // The page's script is told how many to load.
    SiteOptions options;
    options.language = "en";
    EXPECT_TRUE(contains(write_search_page(plan_site({}), options).bytes, "data-shards=\"1\""));
}

TEST(SearchIndex, EscapesWhatWouldEndAScriptOrAStringAndKeepsOtherCharactersWhole) {
    SiteEntry hostile = entry("x", "2025-01-01");
    hostile.title = "</script><!-- \"quoted\" back\\slash \xE2\x80\xA8line \xF0\x9F\x98\x80 \xF0\xA0\x80\x80";
    hostile.tags = {"</SCRIPT>"};
    const SitePlan plan = plan_site({hostile});
    const std::string index = write_search_index(plan, {}, "en").front().bytes;
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
    const std::string index = write_search_index(plan, {}, "en").front().bytes;
    EXPECT_TRUE(contains(index, "[],\"\",\"\",\"nl\"],\n")) << index;
    EXPECT_TRUE(contains(index, "[],\"\",\"\",\"fa\",\"rtl\"],\n")) << index;
    EXPECT_TRUE(contains(index, "\"Title of en\",\"2025-01-01\",[],\"\",\"\"]\n")) << index;
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

TEST(SearchText, SplitsJapaneseAtItsPunctuation) {
    const SearchText found = search_text(article_of({paragraph("東京の天気は晴れ。明日も晴れ、暑い。")}));
    EXPECT_EQ(found.words, "東京の天気は晴れ 明日も晴れ 暑い");
}

}  // namespace
}  // namespace folio::html
