#include <gtest/gtest.h>

#include <map>

#include "formats/migrate/article_links.hpp"

namespace folio {
namespace {

class MemoryResources final : public ResourceReader {
public:
    std::map<std::string, std::string> files;
    std::optional<std::string> read(const std::string& path) const override {
        const auto found = files.find(path);
        if (found == files.end()) return std::nullopt;
        return found->second;
    }
};

Article at(std::string path, std::string slug) {
    Article a;
    a.source.path = std::move(path);
    a.slug = std::move(slug);
    return a;
}

Inline link(std::string url, std::size_t offset) {
    Link l;
    l.url = std::move(url);
    l.at = SourcePos{3, 5, offset};
    l.destination = SourcePos{3, 9, offset + 4};
    return Inline{std::move(l)};
}

TEST(ArticleIndex, FindsAnArticleByItsFileItsBundleAndItsOldUrl) {
    ArticleIndex index;
    index.add(at("blog/_posts/2024-03-05-first.md", "first"), "/2024/03/05/first.html",
              "/posts/first/");
    index.add(at("blog/content/posts/b/index.md", "b"), "", "/posts/b/");
    const auto found = [&](std::string_view reference, std::string_view from) {
        const std::string* url = index.find(reference, from);
        return url ? *url : std::string("(none)");
    };
    EXPECT_EQ(found("2024-03-05-first.md", "blog/_posts/2024-04-01-second.md"), "/posts/first/");
    EXPECT_EQ(found("../_posts/2024-03-05-first.md#top", "blog/_drafts/x.md"), "/posts/first/");
    EXPECT_EQ(found("/2024/03/05/first.html", "blog/_drafts/x.md"), "/posts/first/");
    EXPECT_EQ(found("../b/", "blog/content/posts/a/index.md"), "/posts/b/");
    EXPECT_EQ(found("https://example.org/2024/03/05/first.html", "x.md"), "(none)");
    EXPECT_EQ(found("/about/", "x.md"), "(none)");
}

TEST(RewriteLinks, PointsAtArticlesAndCopiesLocalFiles) {
    ArticleIndex index;
    index.add(at("blog/other.md", "other"), "/old/other/", "/posts/other/");
    Article article = at("blog/this.md", "this");
    article.body.push_back(
        Block{Paragraph{{link("/old/other/#part", 100), link("files/talk.pdf", 200),
                         link("files/gone.pdf", 300), link("../about/", 400),
                         link("/2020/01/01/gone.html#x", 450), link("#top", 500)}},
              {}});
    MemoryResources resources;
    resources.files["blog/files/talk.pdf"] = "%PDF";
    std::set<std::string> taken{"talk.pdf"};  // an image of that name is already there
    std::vector<MovedDestination> moved;
    Diagnostics diagnostics;
    const LinkChanges changes =
        rewrite_links(article, index, {"public/assets/blog/this", "/assets/blog/this/"},
                      make_image_locator(""), resources, taken, moved, diagnostics);

    EXPECT_EQ(changes.article_links, 1u);
    EXPECT_EQ(changes.file_links, 1u);
    ASSERT_EQ(changes.files.size(), 1u);
    EXPECT_EQ(changes.files[0].path, "public/assets/blog/this/talk-2.pdf");
    EXPECT_EQ(changes.files[0].bytes, "%PDF");
    EXPECT_EQ(changes.copied, std::vector<std::string>{"blog/files/talk.pdf"});
    EXPECT_EQ(changes.missing, std::vector<std::string>{"blog/files/gone.pdf"});
    ASSERT_EQ(moved.size(), 2u);
    EXPECT_EQ(moved[0].from, "/old/other/#part");
    EXPECT_EQ(moved[0].to, "/posts/other/#part");
    EXPECT_EQ(moved[0].destination.offset, 104u);
    EXPECT_EQ(moved[1].to, "/assets/blog/this/talk-2.pdf");
    const auto& runs = std::get<Paragraph>(article.body[0].node).children;
    EXPECT_EQ(std::get<Link>(runs[0].node).url, "/posts/other/#part");
    EXPECT_EQ(std::get<Link>(runs[2].node).url, "files/gone.pdf");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "blog/this.md:3:5: warning: linked file 'files/gone.pdf' does not exist (looked "
              "for blog/files/gone.pdf); the link is left as it was [migrate.file.missing]\n");
}

TEST(RewriteLinks, LeavesUrlsThatEngineSyntaxMakesToTheEngine) {
    ArticleIndex index;
    index.add(at("blog/other.md", "other"), "", "/posts/other/");
    Article article = at("blog/this.md", "this");
    Inline ref = link("other.md", 100);
    std::get<Link>(ref.node).written_url = "{{< ref \"other.md\" >}}";
    article.body.push_back(Block{Paragraph{{ref}}, {}});
    MemoryResources resources;
    std::set<std::string> taken;
    std::vector<MovedDestination> moved;
    Diagnostics diagnostics;
    const LinkChanges changes = rewrite_links(article, index, {"x", "/x/"}, make_image_locator(""),
                                              resources, taken, moved, diagnostics);
    EXPECT_EQ(changes.article_links, 0u);
    EXPECT_TRUE(moved.empty());
    EXPECT_EQ(std::get<Link>(std::get<Paragraph>(article.body[0].node).children[0].node).url,
              "other.md");
}

TEST(RewriteLinks, MovesLinksAndMediaInRawHtmlWhereTheyAreWritten) {
    ArticleIndex index;
    index.add(at("blog/other.md", "other"), "/old/other/", "/posts/other/");
    Article article = at("blog/this.md", "this");
    const std::string html =
        "<p><a href=\"/old/other/#x\">o</a> <audio controls src=\"talk.mp3\"></audio> "
        "<a href=\"https://example.org/\">e</a></p>\n";
    Block block{HtmlBlock{html}, SourcePos{7, 1, 1000}};
    article.body.push_back(block);
    MemoryResources resources;
    resources.files["blog/talk.mp3"] = "ID3";
    std::set<std::string> taken;
    std::vector<MovedDestination> moved;
    Diagnostics diagnostics;
    const LinkChanges changes =
        rewrite_links(article, index, {"assets/this", "/assets/this/"}, make_image_locator(""),
                      resources, taken, moved, diagnostics);
    EXPECT_EQ(changes.article_links, 1u);
    EXPECT_EQ(changes.file_links, 1u);
    ASSERT_EQ(moved.size(), 2u);
    EXPECT_EQ(moved[0].from, "/old/other/#x");
    EXPECT_EQ(moved[0].to, "/posts/other/#x");
    EXPECT_EQ(moved[0].destination.offset, 1000 + html.find("/old/other/"));
    EXPECT_EQ(moved[1].to, "/assets/this/talk.mp3");
    EXPECT_EQ(moved[1].destination.offset, 1000 + html.find("talk.mp3"));
    EXPECT_EQ(
        std::get<HtmlBlock>(article.body[0].node).html,
        "<p><a href=\"/posts/other/#x\">o</a> <audio controls=\"\" src=\"/assets/this/talk.mp3\">"
        "</audio> <a href=\"https://example.org/\">e</a></p>\n");
    EXPECT_TRUE(may_link_locally("<audio src=\"talk.mp3\"></audio>"));
}

TEST(MayLinkLocally, IsFalseOnlyWhenEveryLinkIsRemoteOrAFragment) {
    EXPECT_FALSE(may_link_locally("No links at all [just brackets]."));
    EXPECT_FALSE(
        may_link_locally("[a](https://x.org/) [b](#top) [c]( <mailto:a@b.c>)\n"
                         "[d]: //cdn.example/x.js"));
    EXPECT_TRUE(may_link_locally("[a](https://x.org/) and [b](other.md)"));
    EXPECT_TRUE(may_link_locally("[a](/2024/01/01/post.html)"));
    EXPECT_TRUE(may_link_locally("[a][r]\n\n[r]: files/talk.pdf"));
    EXPECT_TRUE(may_link_locally("[a](\n  <files/odd path.pdf>)"));
}

}  // namespace
}  // namespace folio
