#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "formats/ghost/ghost_export.hpp"
#include "tests/formats/ghost/ghost_fixture.hpp"

namespace folio {
namespace {

using test::ghost_fixture;
using test::read_ghost;

Date utc(const char* text) {
    return *parse_date(text);
}

Value text(const char* value) {
    return Value{std::string(value)};
}

std::vector<std::string> formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics.items()) lines.push_back(format_diagnostic(d));
    return lines;
}

class Ghost5Export : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        read_ = new test::GhostRead(read_ghost("ghost5.json", ghost_fixture("ghost5.json")));
    }
    static void TearDownTestSuite() {
        delete read_;
        read_ = nullptr;
    }
    static const ExportedPost& post(std::size_t i) { return read_->posts.at(i); }
    static test::GhostRead* read_;
};
test::GhostRead* Ghost5Export::read_ = nullptr;

TEST_F(Ghost5Export, DeliversEveryPostAndPageInTheExportsOrder) {
    ASSERT_EQ(read_->posts.size(), 7u);
    std::vector<std::string> titles;
    for (const ExportedPost& p : read_->posts) titles.push_back(p.meta.title);
    EXPECT_EQ(titles,
              (std::vector<std::string>{"Willkommen in Zürich", "你好，世界", "Über uns", "Entwurf",
                                        "Bald", "Newsletter Nr. 1", "Für Mitglieder"}));
    EXPECT_EQ(
        formatted(read_->diagnostics),
        (std::vector<std::string>{
            "ghost5.json:44:18: warning: '你好，世界': Ghost card 'signup' is kept as JSON in "
            "an HTML comment [import.ghost.body]\n"
            "          \"lexical\": \"{\\\"root\\\":{\\\"children\\\":[{\\\"children\\\":"
            "[{\\\"detail\\\":0,\\\"format\\\":0,\\\"mode\\\":\\\"normal\\\",\\\"style\\\":"
            "\\\"\\\",…\n"
            "                     ^\n"}));
}

TEST_F(Ghost5Export, MapsEveryFieldOfAPublishedPost) {
    const ExportedPost& p = post(0);
    Meta expected;
    expected.title = "Willkommen in Zürich";
    expected.date = utc("2024-03-05T09:30:00.000Z");
    expected.updated = utc("2024-03-06T09:15:00.000Z");
    expected.summary = "Ein Wochenende am See.";
    expected.tags = {"Reisen", "Schweiz"};        // by sort_order; #hero left out
    expected.authors = {"Jonas Müller", "王芳"};  // by sort_order, never the e-mail
    expected.cover = Cover{"/content/images/2024/03/zurich.jpg",
                           "Altstadt am Abend",
                           "Foto von <a href=\"/author/jonas/\">Jonas</a>",
                           {}};
    expected.slug = "willkommen-in-zurich";
    expected.language = "de";
    expected.description = "Zürich an einem Wochenende.";
    expected.url = "/willkommen-in-zurich/";
    expected.guid = "0e0bfb8e-5d51-4f4b-9a8c-1b2f3c4d5e61";
    expected.extra = {
        {"ghost_id", text("p1")},
        {"status", text("published")},
        {"visibility", text("public")},
        {"featured", Value{true}},
        {"created_at", Value{utc("2024-03-01T08:00:00.000Z")}},
        {"canonical_url", text("https://old.example.com/zurich/")},
        {"codeinjection_head", text("<style>.x{}</style>")},
        {"meta_title", text("Zürich | Blog")},
        {"og_title", text("Zürich!")},
        {"twitter_title", text("Zürich (Twitter)")},
        {"internal_tags", Value{ValueList{text("#hero")}}},
    };
    EXPECT_EQ(p.meta, expected);
    EXPECT_FALSE(p.page);
    EXPECT_EQ(p.at.line, 10u);
    EXPECT_EQ(p.at.column, 6u);
    EXPECT_EQ(p.body_line, 16u);
}

TEST_F(Ghost5Export, RendersLexicalAsGhostDoes) {
    EXPECT_EQ(post(0).html,
              "<p>Ein <strong>kurzer</strong> Gruß aus <em>Zürich</em> — mit <a href=\"/karte/\">"
              "Karte</a>.<br><code>x &lt; y &amp; z</code></p>"
              "<h2>Anreise</h2>"
              "<ul><li>Zug</li><li>Flugzeug<ol start=\"3\"><li>über Kloten</li></ol></li></ul>"
              "<blockquote>Ordnung muss sein.</blockquote>"
              "<pre><code class=\"language-python\">print(&quot;Grüezi&quot;)\nif a &lt; b:\n"
              "    pass\n</code></pre>"
              "<figure class=\"kg-card kg-image-card kg-width-wide kg-card-hascaption\">"
              "<img src=\"/content/images/2024/03/see.jpg\" class=\"kg-image\" alt=\"Der "
              "Zürichsee\" loading=\"lazy\" width=\"1200\" height=\"800\"><figcaption>Foto: <a "
              "href=\"https://example.org/\">Anna</a></figcaption></figure>"
              "<hr>"
              "<div class=\"kg-card kg-callout-card kg-callout-card-blue\"><div "
              "class=\"kg-callout-emoji\">💡</div><div class=\"kg-callout-text\"><p>Vergessen "
              "Sie den <b>Schirm</b> nicht.</p></div></div>"
              "<div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\"><div "
              "class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\"><span>Preise?"
              "</span></h4></div><div class=\"kg-toggle-content\"><p>Teuer.</p></div></div>"
              "<div class=\"kg-card kg-button-card kg-align-center\"><a href=\"/#/portal/signup\" "
              "class=\"kg-btn kg-btn-accent\">Abonnieren</a></div>");
}

TEST_F(Ghost5Export, RendersGalleryBookmarkEmbedMarkdownAndHtmlCards) {
    const ExportedPost& p = post(1);
    EXPECT_EQ(p.meta.tags, std::vector<std::string>{"中文"});
    EXPECT_EQ(p.meta.authors, std::vector<std::string>{"王芳"});
    EXPECT_EQ(p.meta.summary, "");  // no custom_excerpt: plaintext is not made a summary
    EXPECT_FALSE(p.meta.cover);
    EXPECT_EQ(
        p.html,
        "<p>你好，世界！这是第一篇文章。</p>"
        "<figure class=\"kg-card kg-gallery-card kg-width-wide kg-card-hascaption\"><div "
        "class=\"kg-gallery-container\"><div class=\"kg-gallery-row\">"
        "<div class=\"kg-gallery-image\"><img src=\"/content/images/2024/04/a.jpg\" "
        "width=\"800\" height=\"600\" loading=\"lazy\" alt=\"长城\" title=\"第一张\"></div>"
        "<div class=\"kg-gallery-image\"><img src=\"/content/images/2024/04/b.jpg\" "
        "width=\"800\" height=\"600\" loading=\"lazy\" alt=\"\"></div></div>"
        "<div class=\"kg-gallery-row\"><div class=\"kg-gallery-image\"><img "
        "src=\"/content/images/2024/04/c.jpg\" width=\"600\" height=\"800\" loading=\"lazy\" "
        "alt=\"故宫\"></div></div></div><figcaption>北京之旅</figcaption></figure>"
        "<figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" "
        "href=\"https://example.com/article\"><div class=\"kg-bookmark-content\"><div "
        "class=\"kg-bookmark-title\">示例文章</div><div class=\"kg-bookmark-description\">"
        "A description &amp; more</div><div class=\"kg-bookmark-metadata\"><img "
        "class=\"kg-bookmark-icon\" src=\"https://example.com/favicon.ico\" alt=\"\"><span "
        "class=\"kg-bookmark-author\">Example</span><span class=\"kg-bookmark-publisher\">"
        "李雷</span></div></div><div class=\"kg-bookmark-thumbnail\"><img "
        "src=\"https://example.com/thumb.jpg\" alt=\"\"></div></a></figure>"
        "<figure class=\"kg-card kg-embed-card kg-card-hascaption\"><iframe "
        "src=\"https://www.youtube.com/embed/abc\"></iframe><figcaption>视频</figcaption>"
        "</figure>"
        "<h2>小标题</h2>\n<ul>\n<li>一</li>\n<li><em>二</em></li>\n</ul>\n<table>\n<thead>\n"
        "<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n"
        "</tr>\n</tbody>\n</table>\n"
        "<div class=\"note\">原始 <b>HTML</b></div>"
        "<!--ghost {\"type\":\"signup\",\"version\":1,\"header\":\"订阅 -\\u002d 现在\","
        "\"buttonText\":\"Go\"}-->");
}

TEST_F(Ghost5Export, ReadsPagesFromTheirHtmlWhichWinsOverLexical) {
    const ExportedPost& p = post(2);
    EXPECT_TRUE(p.page);
    EXPECT_EQ(p.meta.slug, "about");
    EXPECT_EQ(p.meta.url, "/about/");
    EXPECT_EQ(p.meta.date, utc("2024-01-01T00:00:00.000Z"));
    EXPECT_EQ(p.html,
              "<p>Wir sind <a href=\"/\">hier</a>.</p><img src=\"/content/images/team.png\">");
}

TEST_F(Ghost5Export, KeepsDraftsScheduledAndNewsletterOnlyPostsAsDraftsWithTheirStatus) {
    const ExportedPost& draft = post(3);
    EXPECT_TRUE(draft.meta.draft);
    EXPECT_FALSE(draft.meta.date);  // never published
    EXPECT_EQ(draft.meta.updated, utc("2024-05-02T00:00:00.000Z"));
    EXPECT_EQ(draft.meta.url, "");  // it had no address
    EXPECT_EQ(*find(draft.meta.extra, "status"), text("draft"));
    EXPECT_EQ(draft.html, "<p>Noch nicht fertig.</p>");

    const ExportedPost& scheduled = post(4);
    EXPECT_TRUE(scheduled.meta.draft);
    EXPECT_EQ(scheduled.meta.date, utc("2030-01-01T06:00:00.000Z"));
    EXPECT_EQ(*find(scheduled.meta.extra, "status"), text("scheduled"));

    const ExportedPost& sent = post(5);
    EXPECT_TRUE(sent.meta.draft);
    EXPECT_EQ(sent.meta.url, "");
    EXPECT_EQ(sent.meta.extra, (Map{{"ghost_id", text("p6")},
                                    {"status", text("sent")},
                                    {"visibility", text("members")},
                                    {"created_at", Value{utc("2024-02-01T00:00:00.000Z")}},
                                    {"email_subject", text("Die erste Ausgabe")},
                                    {"email_only", Value{true}}}));
}

TEST_F(Ghost5Export, PublishesMembersOnlyPostsWithTheirVisibilityAndPaywallMark) {
    const ExportedPost& p = post(6);
    EXPECT_FALSE(p.meta.draft);
    EXPECT_EQ(*find(p.meta.extra, "visibility"), text("paid"));
    EXPECT_EQ(p.html, "<p>Frei.</p><!--members-only--><p>Bezahlt.</p>");
}

TEST(Ghost4Export, ReadsAnUnwrappedExportWithMobiledocBodies) {
    const test::GhostRead read = read_ghost("ghost4.json", ghost_fixture("ghost4.json"));
    EXPECT_TRUE(read.diagnostics.items().empty());
    ASSERT_EQ(read.posts.size(), 2u);
    const ExportedPost& p = read.posts[0];
    Meta expected;
    expected.title = "Alter Beitrag";
    expected.date = utc("2021-03-04T10:20:30.000Z");
    expected.updated = utc("2021-03-04T11:00:00.000Z");
    expected.tags = {"Archiv"};
    expected.authors = {"Greta Beispiel"};
    expected.cover = Cover{"/content/images/2021/03/titel.jpg", "Titelbild", "", {}};
    expected.slug = "alter-beitrag";
    expected.url = "/2021/03/alter-beitrag/";  // the permalink setting
    expected.guid = "11111111-2222-4333-8444-555555555555";
    expected.extra = {{"ghost_id", text("5f1a")},
                      {"status", text("published")},
                      {"visibility", text("public")},
                      {"created_at", Value{utc("2021-03-01T10:00:00.000Z")}},
                      {"codeinjection_foot", text("<script>x()</script>")},
                      {"internal_tags", Value{ValueList{text("#import")}}}};
    EXPECT_EQ(p.meta, expected);
    EXPECT_EQ(p.html,
              "<p>Hallo <strong>Welt</strong>, siehe <a href=\"/older/\" rel=\"noopener\"><em>hier"
              "</em></a><br>neue Zeile</p><h2>Teil 2</h2>"
              "<figure class=\"kg-card kg-image-card kg-card-hascaption\"><img "
              "src=\"/content/images/2021/03/bild.png\" class=\"kg-image\" alt=\"Ein Bild\" "
              "loading=\"lazy\"><figcaption>Bildunterschrift</figcaption></figure>"
              "<pre><code class=\"language-sql\">SELECT * FROM t WHERE a &lt; 1;</code></pre>"
              "<ol><li>eins</li><li><em>zwei</em></li></ol><blockquote>Zitat</blockquote>"
              "<p><strong>fett</strong> und <code>code</code></p>\n"
              "<table><tr><td>1</td></tr></table><hr>"
              "<div class=\"kg-card kg-callout-card kg-callout-card-yellow\"><div "
              "class=\"kg-callout-emoji\">⚠️</div><div "
              "class=\"kg-callout-text\">Achtung</div></div>");
    const ExportedPost& page = read.posts[1];
    EXPECT_TRUE(page.page);
    EXPECT_EQ(page.meta.url, "/kontakt/");  // pages ignore the permalink setting
    EXPECT_EQ(page.html, "<p>E-Mail</p>");
}

// Ghost 0.x: number ids, `page` and `author_id` on the post, `image`, `language`, instants in
// milliseconds, Markdown only.
TEST(GhostOldExport, ReadsTheFieldsOfGhostZero) {
    const test::GhostRead read =
        read_ghost("old.json", R"({"db":[{"meta":{"exported_on":1426263451924,
        "version":"003"},"data":{"posts":[{"id":1,"uuid":"d1","title":"Hi","slug":"hi",
        "markdown":"Hello *there*","html":null,"image":"/content/images/x.png","page":0,
        "status":"published","language":"en_US","author_id":1,"published_at":1426078349156},
        {"id":2,"uuid":"d2","title":"About","slug":"about","markdown":"","html":"<p>A</p>",
        "page":1,"status":"published","author_id":1,"published_at":1426078349156}],
        "users":[{"id":1,"name":"Cozy","email":"c@example.com"}]}}]})");
    EXPECT_TRUE(read.diagnostics.items().empty());
    ASSERT_EQ(read.posts.size(), 2u);
    const ExportedPost& p = read.posts[0];
    EXPECT_FALSE(p.page);
    EXPECT_EQ(p.html, "<p>Hello <em>there</em></p>\n");
    EXPECT_EQ(p.meta.authors, std::vector<std::string>{"Cozy"});
    EXPECT_EQ(p.meta.language, "en-US");
    EXPECT_EQ(p.meta.cover->source, "/content/images/x.png");
    EXPECT_EQ(format_rfc3339(*p.meta.date), "2015-03-11T12:52:29Z");
    EXPECT_EQ(*find(p.meta.extra, "ghost_id"), text("1"));
    EXPECT_TRUE(read.posts[1].page);
    EXPECT_EQ(read.posts[1].html, "<p>A</p>");
}

TEST(GhostDamage, DeliversThePostsBeforeACutAndSaysWhatWasLost) {
    const test::GhostRead read = read_ghost("cut.json", ghost_fixture("ghost5_truncated.json"));
    ASSERT_EQ(read.posts.size(), 2u);
    EXPECT_EQ(read.posts[0].meta.title, "Willkommen in Zürich");
    EXPECT_EQ(read.posts[1].meta.title, "你好，世界");
    EXPECT_TRUE(read.posts[0].meta.tags.empty());  // posts_tags came after the cut
    const std::vector<std::string> lines = formatted(read.diagnostics);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0],
              "cut.json:73:15: error: damaged JSON: a string that starts here never ends (the "
              "file is cut short?) [import.ghost.json]\n"
              "          \"html\": \"<p>\n"
              "                  ^\n");
    EXPECT_EQ(lines[1].substr(0, lines[1].find('\n')),
              "cut.json:8:12: warning: the damage cut off the tables posts_authors, posts_meta, "
              "posts_tags, settings, tags, users: the posts read have no tags, authors or post "
              "meta from them [import.ghost.damaged-table]");
    EXPECT_EQ(lines[3].substr(0, lines[3].find('\n')),
              "cut.json:66:6: error: the post 'Über uns' is cut short by the damage and left out "
              "[import.ghost.post-lost]");
}

TEST(GhostDamage, PicksUpAtTheNextPostAfterDamageInside) {
    std::string text = ghost_fixture("ghost5.json");
    // A stray byte where the second post's slug value should start.
    const std::size_t at = text.find("\"ni-hao-shi-jie\"");
    text.replace(at, 1, "?");
    const test::GhostRead read = read_ghost("bad.json", text);
    ASSERT_EQ(read.posts.size(), 6u);
    EXPECT_EQ(read.posts[0].meta.title, "Willkommen in Zürich");
    EXPECT_EQ(read.posts[1].meta.title, "Über uns");
    EXPECT_EQ(read.posts[0].meta.tags, (std::vector<std::string>{"Reisen", "Schweiz"}));
    const std::vector<std::string> lines = formatted(read.diagnostics);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].substr(0, lines[0].find('\n')),
              "bad.json:42:15: error: damaged JSON: not a JSON value [import.ghost.json]");
    EXPECT_EQ(lines[1].substr(0, lines[1].find('\n')),
              "bad.json:38:6: error: the post '你好，世界' is cut short by the damage and left out "
              "[import.ghost.post-lost]");
}

TEST(GhostDamage, ReportsAFileThatIsNotAnExportAtAll) {
    const test::GhostRead read = read_ghost("x.json", "{\"meta\":{\"version\":\"5.0\"}}");
    EXPECT_TRUE(read.posts.empty());
    ASSERT_EQ(read.diagnostics.items().size(), 1u);
    EXPECT_EQ(read.diagnostics.items()[0].code, "import.ghost.structure");
}

TEST(GhostDamage, RefusesNestingDeeperThanAnExportHas) {
    const std::string deep = "{\"meta\":{},\"data\":" + std::string(100000, '[');
    const test::GhostRead read = read_ghost("deep.json", deep);
    EXPECT_TRUE(read.posts.empty());
    ASSERT_FALSE(read.diagnostics.items().empty());
    EXPECT_EQ(read.diagnostics.items()[0].message, "damaged JSON: nested deeper than 64");
}

// Ghost writes its export on one line. Finding each post's column by counting from the line's
// start made 10,000 posts take minutes; 3,000 posts of 4 KB must take well under a second.
TEST(GhostOneLineExport, FindsPositionsWithoutCountingTheLineAgainForEachPost) {
    std::string text = R"({"db":[{"meta":{"version":"5.0.0"},"data":{"posts":[)";
    const std::string body(4000, 'x');
    for (int i = 0; i < 3000; ++i) {
        if (i > 0) text += ',';
        text += R"({"id":"p)" + std::to_string(i) +
                R"(","title":"T","status":"published",)"
                R"("html":"<p>)" +
                body + R"(</p>"})";
    }
    text += "]}}]}";
    const auto start = std::chrono::steady_clock::now();
    const test::GhostRead read = read_ghost("one-line.json", text);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(read.posts.size(), 3000u);
    EXPECT_EQ(read.posts[2999].at.line, 1u);
    EXPECT_EQ(read.posts[2999].at.column, text.rfind("{\"id\":\"p2999\"") + 1);
    EXPECT_LT(seconds, 3.0);
}

// A diagnostic quotes its source line; on a one-line export that would be a copy of the whole
// export in every warning.
TEST(GhostOneLineExport, DoesNotQuoteALineLongerThan64KiB) {
    std::string text = R"({"meta":{"version":"5.0.0"},"data":{"posts":[)";
    text += R"({"id":"p1","title":"A","lexical":"{\"root\":{\"children\":[{\"type\":\"x\"}]}}",)";
    text += R"("plaintext":")" + std::string(70000, 'y') + R"("}]}})";
    const test::GhostRead read = read_ghost("long.json", text);
    ASSERT_EQ(read.diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(read.diagnostics.items()[0]),
              "long.json:1:79: warning: 'A': Ghost card 'x' is kept as JSON in an HTML comment "
              "[import.ghost.body]\n");
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// A download can stop at any byte: cuts of the fixture every 11 bytes (every byte takes 5 s)
// read without failing, deliver only whole posts and point every message inside what is there.
TEST(GhostDamage, ReadsTheFixtureCutAnywhere) {
    const std::string whole = test::ghost_fixture("ghost5.json");
    std::size_t most = 0;
    for (std::size_t cut = 0; cut < whole.size(); cut += 11) {
        const std::string text = whole.substr(0, cut);
        const test::GhostRead read = read_ghost("cut.json", text);
        const auto lines =
            static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
        for (const Diagnostic& d : read.diagnostics.items()) {
            ASSERT_GE(d.line, 1u) << cut;
            ASSERT_LE(d.line, lines) << cut;
        }
        if (cut > 0 && cut + 1 < whole.size()) {  // the last byte is the final newline
            ASSERT_TRUE(read.diagnostics.has_errors()) << cut;
        }
        ASSERT_LE(read.posts.size(), 7u);
        ASSERT_GE(read.posts.size(), most) << cut;  // a longer cut never loses a post
        most = read.posts.size();
    }
    EXPECT_EQ(most, 7u);
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// Damage anywhere, of the kinds that break JSON most: a bracket, quote, comma, colon or
// backslash where something else was. Every read ends, delivers at most the posts there are and
// points its messages inside the file.
TEST(GhostDamage, SurvivesAThousandStructuralBytesPutAnywhere) {
    const std::string whole = test::ghost_fixture("ghost5.json");
    std::mt19937 random(19);
    constexpr std::string_view kBreakers = "{}[]\",:\\\n";
    std::size_t delivered = 0;
    for (int round = 0; round < 1000; ++round) {
        std::string text = whole;
        for (int flips = 1 + round % 3; flips > 0; --flips) {
            text[random() % text.size()] = kBreakers[random() % kBreakers.size()];
        }
        const test::GhostRead read = read_ghost("bad.json", text);
        const auto lines =
            static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
        for (const Diagnostic& d : read.diagnostics.items()) {
            ASSERT_GE(d.line, 1u) << round;
            ASSERT_LE(d.line, lines) << round;
        }
        ASSERT_LE(read.posts.size(), 7u) << round;
        delivered += read.posts.size();
    }
    // Most single flips fall inside a long body string and cost one post at most.
    EXPECT_GT(delivered, 1000u * 5);
}

}  // namespace
}  // namespace folio
