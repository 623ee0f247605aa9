#include <gtest/gtest.h>

#include <map>

#include "src/images/bundle_images.hpp"

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

// Issue 18: the site and Hugo bundles copied Markdown images only; raw HTML kept naming files
// that were never copied (broken images) and nothing was said.
TEST(BundleImages, CopiesImagesRawHtmlShowsAndRewritesTheHtml) {
    Article article;
    article.source.path = "content/posts/a.md";
    Block block{HtmlBlock{"<p align=\"center\">\n<img src=\"/images/x.png\" alt=\"X\">\n"
                          "<picture><source srcset=\"/images/x.png 2x, /images/gone.png 3x\">"
                          "<img src=\"/images/gone.png\"></picture></p>\n"},
                {4, 1}};
    article.body.push_back(block);
    article.body.push_back(Block{
        Paragraph{{Inline{Text{"a "}}, Inline{RawHtml{"<img src='local.png'>", {6, 3}}}}}, {6, 1}});
    MemoryResources files;
    files.files["static/images/x.png"] = "X";
    files.files["content/posts/local.png"] = "L";
    Diagnostics diagnostics;
    const std::vector<OutputFile> copied = bundle_images(
        article, "posts/a", make_image_locator("static"), files, diagnostics);
    ASSERT_EQ(copied.size(), 2u);
    EXPECT_EQ(copied[0].path, "posts/a/x.png");
    EXPECT_EQ(copied[1].path, "posts/a/local.png");
    EXPECT_EQ(std::get<HtmlBlock>(article.body[0].node).html,
              "<p align=\"center\">\n<img src=\"x.png\" alt=\"X\">\n"
              "<picture><source srcset=\"x.png 2x\">"
              "<img src=\"/images/gone.png\"></picture></p>\n");
    const auto& paragraph = std::get<Paragraph>(article.body[1].node);
    // Copied under the name it has: the tag needs no change.
    EXPECT_EQ(std::get<RawHtml>(paragraph.children[1].node).html, "<img src='local.png'>");
    // One warning for the missing file, however often it is shown, at its first tag.
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "content/posts/a.md:6:10: warning: image '/images/gone.png' does not exist (looked "
              "for static/images/gone.png); the reference is left as it was [hugo.image.missing]\n");
}

// Issue 19: an srcset lists only images that exist, each at the width it says. A candidate
// whose file is missing is left out; so is one only its original could stand in for (a resized
// copy the media folder lacks), which is then not copied, while an `src` takes the original.
TEST(BundleImages, LeavesOutSrcsetCandidatesThatDoNotExistOrOnlyHaveAStandIn) {
    Article article;
    article.source.path = "blog.xml/posts/a.html";
    article.body.push_back(Block{
        HtmlBlock{"<img src=\"/u/p-300x200.jpg\" srcset=\"/u/p-1024x683.jpg 1024w, "
                  "/u/p-300x200.jpg 300w, /u/gone.jpg 2048w\">\n"},
        {1, 1}});
    const ImageLocator locate = [](std::string_view reference, std::string_view) {
        ImageLocation at{ImageLocation::Kind::local, "media" + std::string(reference), {}, false};
        if (reference == "/u/p-300x200.jpg") {
            at.path = "media/u/p.jpg";  // the original stands in for the missing copy
            at.stand_in = true;
        }
        return at;
    };
    MemoryResources files;
    files.files["media/u/p.jpg"] = "P";
    files.files["media/u/p-1024x683.jpg"] = "L";
    Diagnostics diagnostics;
    const std::vector<OutputFile> copied =
        bundle_images(article, "posts/a", locate, files, diagnostics);
    ASSERT_EQ(copied.size(), 2u);
    EXPECT_EQ(copied[0].path, "posts/a/p.jpg");
    EXPECT_EQ(copied[1].path, "posts/a/p-1024x683.jpg");
    EXPECT_EQ(std::get<HtmlBlock>(article.body[0].node).html,
              "<img src=\"p.jpg\" srcset=\"p-1024x683.jpg 1024w\">\n");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "hugo.image.missing");
}

// A download is kept under a name of its URL's, not its cache file's: the location says which.
TEST(BundleImages, NamesTheCopyAsTheLocationSays) {
    Article article;
    article.source.path = "blog.xml/posts/a.html";
    article.meta.cover.emplace();
    article.meta.cover->source = "https://old.example/wp-content/uploads/2020/01/Big%20Sky.JPG";
    const ImageLocator locate = [](std::string_view, std::string_view) {
        return ImageLocation{ImageLocation::Kind::local, "cache/9f86d081884c7d65",
                             "Big Sky.JPG", false};
    };
    MemoryResources files;
    files.files["cache/9f86d081884c7d65"] = "J";
    Diagnostics diagnostics;
    const std::vector<OutputFile> copied =
        bundle_images(article, "posts/a", locate, files, diagnostics);
    ASSERT_EQ(copied.size(), 1u);
    EXPECT_EQ(copied[0].path, "posts/a/big-sky.jpg");
    EXPECT_EQ(article.meta.cover->source, "big-sky.jpg");
}

}  // namespace
}  // namespace folio
