#include <gtest/gtest.h>

#include <thread>

#include "formats/epub/body_references.hpp"
#include "formats/epub/content_hash.hpp"
#include "tests/formats/epub/epub_test_support.hpp"
#include "formats/epub/epub_writer.hpp"
#include "tests/render/ast_builders.hpp"
#include "src/images/image_location.hpp"

namespace folio::epub {
namespace {

using namespace folio::test;  // the AST builders read like Markdown

Article post(std::string path, std::string title, std::string date, Blocks body) {
    Article a;
    a.source.path = std::move(path);
    a.meta.title = std::move(title);
    a.meta.date = parse_date(date);
    a.body = std::move(body);
    a.slug = a.source.path.substr(a.source.path.rfind('/') + 1);
    a.slug = a.slug.substr(0, a.slug.find('.'));
    return a;
}

struct Book {
    std::vector<ZipEntry> entries;
    std::string bytes;
    Diagnostics diagnostics;
    const ZipEntry* find(const std::string& name) const {
        for (const ZipEntry& e : entries) {
            if (e.name == name) return &e;
        }
        return nullptr;
    }
    std::string text(const std::string& name) const {
        const ZipEntry* e = find(name);
        return e != nullptr ? e->bytes : std::string("<missing " + name + ">");
    }
    std::vector<std::string> messages() const {
        std::vector<std::string> out;
        for (const Diagnostic& d : diagnostics.items()) out.push_back(format_diagnostic(d));
        return out;
    }
};

Book write(std::vector<Article> articles, const MemoryResources& files,
           BookSettings settings = {}) {
    if (settings.title.empty()) settings.title = "Book";
    if (settings.language.empty()) settings.language = "en";
    // Relative references only, next to the article: enough for these tests.
    settings.locate_image = [](std::string_view reference, std::string_view article_path) {
        if (is_remote_reference(reference) || reference.front() == '/') return std::string();
        return std::string(article_path.substr(0, article_path.rfind('/') + 1)) +
               std::string(reference);
    };
    Book book;
    std::vector<ChapterPlan> plan = plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    EpubWriter writer(
        settings, plan, files, [&book](std::string_view bytes) { book.bytes += bytes; },
        book.diagnostics);
    for (Article& article : articles) writer.add_chapter(article, book.diagnostics);
    writer.finish();
    book.entries = read_zip(book.bytes);
    return book;
}

std::vector<Article> two_posts() {
    return {post("posts/b.md", "Second", "2025-02-01",
                 {heading(1, {text("Second")}), heading(2, {text("Intro")}),
                  paragraph({image("shared.png", {text("shared")}), text(" see "),
                             link("a.md#intro", {text("first")})})}),
            post("posts/a.md", "First", "2025-01-01",
                 {heading(2, {text("Intro")}), paragraph({image("shared.png", {text("again")})})})};
}

/// The name the book gives an image: its stem and a hash of its bytes.
std::string image_href(const std::string& stem, const std::string& bytes, const std::string& ext) {
    ContentHash hash;
    hash.add(bytes);
    return "images/" + stem + "-" + hash.short_hex() + "." + ext;
}

MemoryResources shared_image() {
    MemoryResources files;
    files.files["posts/shared.png"] = png_bytes();
    return files;
}

TEST(EpubWriter, PutsTheMimetypeFirstAndStored) {
    const Book book = write(two_posts(), shared_image());
    ASSERT_FALSE(book.entries.empty());
    EXPECT_EQ(book.entries[0].name, "mimetype");
    EXPECT_TRUE(book.entries[0].stored);
    EXPECT_EQ(book.entries[0].bytes, "application/epub+zip");
    // Readers look for the bytes at a fixed offset: no extra field may push them away.
    EXPECT_EQ(book.bytes.substr(30, 28), "mimetypeapplication/epub+zip");
}

TEST(EpubWriter, WritesTheSameBytesForTheSameInput) {
    EXPECT_EQ(write(two_posts(), shared_image()).bytes, write(two_posts(), shared_image()).bytes);
}

TEST(EpubWriter, DerivesIdentifierAndModifiedDateFromTheContent) {
    const Book book = write(two_posts(), shared_image());
    const std::string opf = book.text("OEBPS/content.opf");
    EXPECT_NE(opf.find("<meta property=\"dcterms:modified\">2025-02-01T00:00:00Z</meta>"),
              std::string::npos)
        << opf;
    std::vector<Article> changed = two_posts();
    changed[0].meta.title = "Changed";
    const std::string other = write(changed, shared_image()).text("OEBPS/content.opf");
    const auto identifier = [](const std::string& text) {
        const std::size_t at = text.find("urn:uuid:");
        return text.substr(at, 45);
    };
    EXPECT_NE(identifier(opf), identifier(other));
    EXPECT_EQ(identifier(opf).size(), 45U);
}

TEST(EpubWriter, PlacesDateOnlyDatesInTheTimeZoneForTheModifiedInstant) {
    BookSettings settings;
    settings.time_zone = *TimeZone::parse("Europe/Amsterdam");
    const Book book = write(two_posts(), shared_image(), settings);
    // 2025-02-01 starts at 23:00 UTC the day before in Amsterdam (winter time).
    EXPECT_NE(book.text("OEBPS/content.opf")
                  .find("<meta property=\"dcterms:modified\">2025-01-31T23:00:00Z</meta>"),
              std::string::npos);
}

TEST(EpubWriter, RendersChaptersOnOtherThreadsIntoTheSameBytes) {
    std::vector<Article> articles = two_posts();
    std::vector<ChapterPlan> plan = plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    const MemoryResources files = shared_image();
    BookSettings settings;
    settings.title = "Book";
    settings.language = "en";
    settings.locate_image = [](std::string_view reference, std::string_view article_path) {
        return std::string(article_path.substr(0, article_path.rfind('/') + 1)) +
               std::string(reference);
    };
    Diagnostics diagnostics;
    std::string bytes;
    EpubWriter writer(
        settings, plan, files, [&bytes](std::string_view more) { bytes += more; }, diagnostics);
    // The second chapter is rendered first, on another thread; they are added in plan order.
    std::optional<RenderedChapter> second;
    std::thread([&] { second = writer.render_chapter(1, articles[1], diagnostics); }).join();
    writer.add_chapter(writer.render_chapter(0, articles[0], diagnostics));
    writer.add_chapter(std::move(*second));
    writer.finish();
    EXPECT_EQ(bytes, write(two_posts(), shared_image()).bytes);
}

TEST(EpubWriter, RefusesAChapterOutOfPlanOrder) {
    std::vector<Article> articles = two_posts();
    std::vector<ChapterPlan> plan = plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    const MemoryResources files = shared_image();
    BookSettings settings;
    settings.title = "Book";
    settings.language = "en";
    settings.locate_image = [](std::string_view, std::string_view) { return std::string(); };
    Diagnostics diagnostics;
    EpubWriter writer(settings, plan, files, [](std::string_view) {}, diagnostics);
    EXPECT_THROW(writer.add_chapter(writer.render_chapter(1, articles[1], diagnostics)),
                 std::logic_error);
}

TEST(EpubWriter, UsesSourceDateEpochWhenGiven) {
    BookSettings settings;
    settings.modified = 1700000000;
    const Book book = write(two_posts(), shared_image(), settings);
    EXPECT_NE(book.text("OEBPS/content.opf").find("2023-11-14T22:13:20Z"), std::string::npos);
}

TEST(EpubWriter, EmbedsAnImageUsedByTwoChaptersOnce) {
    const Book book = write(two_posts(), shared_image());
    int images = 0;
    for (const ZipEntry& entry : book.entries) images += entry.name.rfind("OEBPS/images/", 0) == 0;
    EXPECT_EQ(images, 1);
    EXPECT_NE(
        book.text("OEBPS/0001-a.xhtml")
            .find("<img src=\"" + image_href("shared", png_bytes(), "png") + "\" alt=\"again\" />"),
        std::string::npos);
    EXPECT_NE(
        book.text("OEBPS/0002-b.xhtml")
            .find("<img src=\"" + image_href("shared", png_bytes(), "png") + "\" alt=\"shared\" />"),
        std::string::npos);
}

TEST(EpubWriter, OpensEachChapterWithItsTitleOnceAndPrefixesIds) {
    const Book book = write(two_posts(), shared_image());
    const std::string second = book.text("OEBPS/0002-b.xhtml");
    EXPECT_NE(second.find("<h1>Second</h1><p class=\"date\"><time datetime=\"2025-02-01\">1 "
                          "February 2025</time></p>"),
              std::string::npos)
        << second;
    EXPECT_EQ(second.find("<h1>Second</h1>", second.find("<h1>Second</h1>") + 1),
              std::string::npos);
    EXPECT_NE(second.find("<h2 id=\"c2-intro\">Intro</h2>"), std::string::npos);
    EXPECT_NE(book.text("OEBPS/0001-a.xhtml").find("<h2 id=\"c1-intro\">Intro</h2>"),
              std::string::npos);
}

TEST(EpubWriter, PointsLinksToOtherArticlesAtTheirChapter) {
    const Book book = write(two_posts(), shared_image());
    EXPECT_NE(book.text("OEBPS/0002-b.xhtml").find("<a href=\"0001-a.xhtml#c1-intro\">first</a>"),
              std::string::npos);
    EXPECT_NE(book.text("OEBPS/nav.xhtml").find("href=\"0002-b.xhtml#c2-intro\""),
              std::string::npos);
}

TEST(EpubWriter, TurnsRemoteAndMissingImagesIntoLinksAndTextWithWarnings) {
    std::vector<Article> articles = {
        post("posts/a.md", "A", "2025-01-01",
             {paragraph({image("https://x.test/p.png", {text("remote")}),
                         image("gone.png", {text("missing")})})})};
    const Book book = write(articles, MemoryResources{});
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    EXPECT_NE(chapter.find("<p><a href=\"https://x.test/p.png\">remote</a>missing</p>"),
              std::string::npos)
        << chapter;
    EXPECT_EQ(chapter.find("<img"), std::string::npos);
    EXPECT_EQ(
        book.messages(),
        (std::vector<std::string>{
            "posts/a.md: warning: remote image 'https://x.test/p.png' is not embedded (an EPUB may "
            "not load from the network; --fetch-images downloads it); it becomes a link "
            "[epub.image.remote]\n",
            "posts/a.md: warning: image 'gone.png' (posts/gone.png) cannot be read; its alt text "
            "is "
            "kept instead [epub.image.missing]\n"}));
}

TEST(EpubWriter, ShowsACoverWithItsCaptionOrTheCaptionAsALink) {
    std::vector<Article> articles = {post("posts/a.md", "A", "2025-01-01", {}),
                                     post("posts/b.md", "B", "2025-01-02", {})};
    articles[0].meta.cover = Cover{"cover.jpg", "Alt", "A caption", {}};
    articles[1].meta.cover = Cover{"https://x.test/c.jpg", "", "Remote caption", {}};
    MemoryResources files;
    files.files["posts/cover.jpg"] = jpeg_bytes();
    const Book book = write(articles, files);
    EXPECT_NE(book.text("OEBPS/0001-a.xhtml")
                  .find("<figure class=\"cover\"><img src=\"" +
                        image_href("cover", jpeg_bytes(), "jpg") +
                        "\" alt=\"Alt\"/><figcaption>A caption</figcaption></figure>"),
              std::string::npos);
    EXPECT_NE(book.text("OEBPS/0002-b.xhtml")
                  .find("<p class=\"cover-caption\"><a href=\"https://x.test/c.jpg\">"
                        "Remote caption</a></p>"),
              std::string::npos);
}

// The warnings say where the dropped HTML is written (the fault model's file:line:col), not
// only which file: a long post with one <script> needs no search.
TEST(EpubWriter, RepairsRawHtmlAndWarnsAboutWhatItDropsWhereItIsWritten) {
    Block div = html_block("<div\n  onclick=\"go()\"><p>a&nbsp;b\n<SCRIPT>x()</script></div>\n");
    div.at = {4, 1};
    std::vector<Article> articles = {
        post("posts/a.md", "A", "2025-01-01",
             {paragraph({text("x"), raw_html("<br>"), text("y&nbsp;")}), div})};
    const Book book = write(articles, MemoryResources{});
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    EXPECT_NE(chapter.find("<p>x<br/>y&amp;nbsp;</p>"), std::string::npos) << chapter;
    EXPECT_NE(chapter.find("<div><p>a\u00A0b\n</p></div>"), std::string::npos) << chapter;
    EXPECT_EQ(book.messages(),
              (std::vector<std::string>{"posts/a.md:4:1: warning: raw HTML: onclick attribute "
                                        "dropped from the EPUB chapter [epub.html.dropped]\n",
                                        "posts/a.md:6:1: warning: raw HTML: <script> element "
                                        "dropped from the EPUB chapter [epub.html.dropped]\n"}));
}

// Issue 18: images in raw HTML were never embedded, so the book pointed at files it does not
// hold (epubcheck errors, broken-image icons) and folio said nothing.
TEST(EpubWriter, EmbedsImagesRawHtmlShowsAndWarnsAtTheTagAboutOnesItCannot) {
    Block figure = html_block(
        "<figure>\n<picture><source srcset=\"wide.png 2x, gone.png 3x\">"
        "<img src=\"photo.png\" align=\"left\" width=\"100%\"></picture>\n</figure>\n");
    figure.at = {7, 1};
    Inline inline_image = raw_html("<img src=\"photo.png\" alt=\"again\">");
    std::get<RawHtml>(inline_image.node).at = {3, 5};
    Block remote = html_block("<img src=\"https://x.test/r.png\" alt=\"Remote\">\n");
    remote.at = {9, 1};
    Block missing = html_block("<p><img src=\"gone.png\" alt=\"Gone\"></p>\n");
    missing.at = {11, 1};
    std::vector<Article> articles = {post("posts/a.md", "A", "2025-01-01",
                                          {paragraph({text("See "), inline_image}), figure, remote,
                                           missing})};
    MemoryResources files;
    files.files["posts/photo.png"] = png_bytes();
    files.files["posts/wide.png"] = png_bytes() + "w";
    const Book book = write(articles, files);
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    const std::string photo = image_href("photo", png_bytes(), "png");
    EXPECT_NE(chapter.find("<p>See <img src=\"" + photo + "\" alt=\"again\"/></p>"),
              std::string::npos)
        << chapter;
    EXPECT_NE(chapter.find("<figure>\n<img src=\"" + photo +
                           "\" alt=\"\" style=\"float: left; width: 100%\"/>\n</figure>"),
              std::string::npos)
        << chapter;
    EXPECT_NE(chapter.find("<a href=\"https://x.test/r.png\">Remote</a>"), std::string::npos);
    EXPECT_NE(chapter.find("<p>Gone</p>"), std::string::npos) << chapter;
    EXPECT_EQ(chapter.find("gone.png"), std::string::npos);
    EXPECT_EQ(chapter.find("align="), std::string::npos);
    EXPECT_NE(book.find("OEBPS/" + photo), nullptr);
    EXPECT_NE(book.find("OEBPS/" + image_href("wide", png_bytes() + "w", "png")), nullptr);
    EXPECT_EQ(
        book.messages(),
        (std::vector<std::string>{
            "posts/a.md:8:10: warning: image 'gone.png' (posts/gone.png) cannot be read; its alt "
            "text is kept instead [epub.image.missing]\n",
            "posts/a.md:9:1: warning: remote image 'https://x.test/r.png' is not embedded (an "
            "EPUB may not load from the network; --fetch-images downloads it); it becomes a link "
            "[epub.image.remote]\n"}));
}

TEST(EpubWriter, ShowsAnEmbeddedVideoAsALinkToItsPageAndNeverAScript) {
    std::vector<Article> articles = {post(
        "posts/a.md", "A", "2025-01-01",
        {html_block("<iframe width=\"560\" src=\"https://www.youtube.com/embed/abc123?rel=0\" "
                    "title=\"A talk\" frameborder=\"0\" allowfullscreen></iframe>\n"),
         html_block("<div><iframe src=\"//player.vimeo.com/video/42\"></iframe></div>\n"),
         html_block("<script src=\"https://x.test/embed.js\"></script>\n")})};
    const Book book = write(articles, MemoryResources{});
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    EXPECT_NE(chapter.find("<p class=\"embed\"><a href=\"https://www.youtube.com/watch?v=abc123\">"
                           "A talk</a></p>"),
              std::string::npos)
        << chapter;
    EXPECT_NE(chapter.find("<div><p class=\"embed\"><a href=\"https://vimeo.com/42\">"
                           "https://vimeo.com/42</a></p></div>"),
              std::string::npos)
        << chapter;
    EXPECT_EQ(chapter.find("<iframe"), std::string::npos);
    EXPECT_EQ(chapter.find("<script"), std::string::npos);
}

TEST(EpubWriter, KeepsADivThatSpansBlocksAroundTheMarkdownInside) {
    // `<div>` and `</div>` are two HTML blocks with Markdown between: read apart, the div
    // would be empty and the end tag stray.
    std::vector<Article> articles = {
        post("posts/a.md", "A", "2025-01-01",
             {html_block("<div class=\"note\" align=\"right\">\n"), paragraph({text("Inside")}),
              html_block("</div>\n"), paragraph({text("a "), raw_html("<kbd>"), text("Ctrl"),
                                                 raw_html("</kbd>")})})};
    const Book book = write(articles, MemoryResources{});
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    EXPECT_NE(chapter.find("<div class=\"note\" style=\"text-align: right\">\n<p>Inside</p>\n"
                           "</div>"),
              std::string::npos)
        << chapter;
    EXPECT_NE(chapter.find("<p>a <kbd>Ctrl</kbd></p>"), std::string::npos) << chapter;
}

// Issue 18: links to `#fragments` the chapter does not have were errors for epubcheck.
TEST(EpubWriter, PointsFragmentLinksAtTheChaptersIdsOrDropsThemWithAWarning) {
    Block raw = html_block("<p><a href=\"#intro\">up</a> <a href=\"#gone\">nowhere</a></p>\n");
    raw.at = {5, 1};
    Inline markdown_link = link("#missing", {text("too")});
    std::get<Link>(markdown_link.node).at = {7, 1};
    std::vector<Article> articles = {post("posts/a.md", "A", "2025-01-01",
                                          {heading(2, {text("Intro")}), raw,
                                           paragraph({markdown_link})})};
    const Book book = write(articles, MemoryResources{});
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    EXPECT_NE(chapter.find("<a href=\"#c1-intro\">up</a> <a>nowhere</a>"), std::string::npos)
        << chapter;
    EXPECT_NE(chapter.find("<a>too</a>"), std::string::npos) << chapter;
    EXPECT_EQ(book.messages(),
              (std::vector<std::string>{
                  "posts/a.md:5:28: warning: link to '#gone' points at nothing in the chapter; "
                  "its text is kept without the link [epub.link.fragment]\n",
                  "posts/a.md:7:1: warning: link to '#missing' points at nothing in the chapter; "
                  "its text is kept without the link [epub.link.fragment]\n"}));
}

TEST(EpubWriter, ShowsCategoriesAndTagsUnderTheDate) {
    std::vector<Article> articles = {post("posts/a.md", "A", "2025-01-01", {})};
    articles[0].meta.categories = {"Tools", "Web"};
    articles[0].meta.tags = {"epub", "css"};
    articles[0].meta.summary = "Short.";
    const std::string chapter = write(articles, MemoryResources{}).text("OEBPS/0001-a.xhtml");
    EXPECT_NE(
        chapter.find("<p class=\"terms\"><span class=\"categories\">Tools, Web</span> \u00B7 "
                     "<span class=\"tags\">#epub #css</span></p><p class=\"summary\">Short.</p>"),
        std::string::npos)
        << chapter;
}

TEST(EpubWriter, MakesSiteLinksAbsoluteAndUnwrapsLinksToNothing) {
    std::vector<Article> articles = {post("posts/a.md", "A", "2025-01-01",
                                          {paragraph({link("/about/", {text("about")}), text(" "),
                                                      link("notes/b.md", {text("gone")})})})};
    BookSettings settings;
    settings.base_url = "https://example.org/";
    const Book book = write(articles, MemoryResources{}, settings);
    EXPECT_NE(book.text("OEBPS/0001-a.xhtml")
                  .find("<p><a href=\"https://example.org/about/\">about</a> gone</p>"),
              std::string::npos)
        << book.text("OEBPS/0001-a.xhtml");
    EXPECT_EQ(book.messages(),
              (std::vector<std::string>{
                  "posts/a.md: warning: link to 'notes/b.md' points at no article in the book; "
                  "its text is kept without the link "
                  "[epub.link.unresolved]\n"}));
}

TEST(IsRemote, KnowsSchemesAndProtocolRelativeUrls) {
    EXPECT_TRUE(is_remote_reference("https://x.test/a.png"));
    EXPECT_TRUE(is_remote_reference("data:image/png;base64,AAAA"));
    EXPECT_TRUE(is_remote_reference("//cdn.test/a.png"));
    EXPECT_FALSE(is_remote_reference("images/a:b.png"));
    EXPECT_FALSE(is_remote_reference("/blog/a.png"));
    EXPECT_FALSE(is_remote_reference("a.png"));
}

TEST(EpubWriter, EmbedsTheBookCoverAndItsPage) {
    MemoryResources files = shared_image();
    files.files["my cover.jpg"] = jpeg_bytes();
    BookSettings settings;
    settings.cover_path = "my cover.jpg";
    const Book book = write(two_posts(), files, settings);
    const std::string opf = book.text("OEBPS/content.opf");
    EXPECT_NE(
        opf.find("<item id=\"cover-image\" href=\"" + image_href("my-cover", jpeg_bytes(), "jpg") +
                 "\" media-type=\"image/jpeg\" properties=\"cover-image\" />"),
        std::string::npos)
        << opf;
    EXPECT_NE(book.text("OEBPS/cover.xhtml")
                  .find("<img src=\"" + image_href("my-cover", jpeg_bytes(), "jpg") + "\""),
              std::string::npos);
}

TEST(EpubWriter, OutlinesAnArticleOfH1sBelowTheChapterTitleAndListsThemInTheContents) {
    std::vector<Article> articles = {
        post("posts/a.md", "Koffie", "2025-01-01",
             {heading(1, {text("Bonen")}), heading(3, {text("Branden")}), paragraph({text("x")})})};
    articles.front().meta.language = "nl";
    const Book book = write(std::move(articles), MemoryResources{});
    const std::string chapter = book.text("OEBPS/0001-a.xhtml");
    EXPECT_NE(chapter.find("<section epub:type=\"chapter\" role=\"doc-chapter\""), std::string::npos);
    EXPECT_NE(chapter.find("<h2 id=\"c1-bonen\">Bonen</h2>\n<h3 id=\"c1-branden\">Branden</h3>"),
              std::string::npos)
        << chapter;
    EXPECT_NE(book.text("OEBPS/nav.xhtml").find("<a href=\"0001-a.xhtml#c1-bonen\">Bonen</a>"),
              std::string::npos);
}

}  // namespace
}  // namespace folio::epub
