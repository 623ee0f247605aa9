#include "src/engine/media_subpath.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

Article with_images(std::string key, std::string prefix) {
    Article article;
    article.meta.extra.emplace_back(std::move(key), Value{std::move(prefix)});
    article.meta.extra.emplace_back("math", Value{true});
    article.meta.cover = Cover{"cover.png", "", "", {}};
    Paragraph paragraph;
    for (const char* url : {"a.png", "./b.png", "/assets/c.png", "https://x.org/d.png"}) {
        Image image;
        image.url = url;
        paragraph.children.push_back(Inline{image});
    }
    article.body.push_back(Block{paragraph, {}});
    return article;
}

std::vector<Image> images_of(const Article& article) {
    std::vector<Image> out;
    for (const Inline& item : std::get<Paragraph>(article.body[0].node).children)
        out.push_back(std::get<Image>(item.node));
    return out;
}

TEST(MediaSubpath, PrefixesRelativeImagesAndTheCoverAndLeavesTheKey) {
    Article article = with_images("media_subpath", "/posts/20180809");
    EXPECT_TRUE(apply_media_subpath(article));
    const std::vector<Image> images = images_of(article);
    EXPECT_EQ(images[0].url, "/posts/20180809/a.png");
    EXPECT_EQ(images[0].written_url, "a.png");  // the text a copied body edits
    EXPECT_EQ(images[1].url, "/posts/20180809/b.png");
    EXPECT_EQ(images[1].written_url, "./b.png");
    EXPECT_EQ(images[2].url, "/assets/c.png");
    EXPECT_EQ(images[2].written_url, "");
    EXPECT_EQ(images[3].url, "https://x.org/d.png");
    EXPECT_EQ(article.meta.cover->source, "/posts/20180809/cover.png");
    ASSERT_EQ(article.meta.extra.size(), 1u);
    EXPECT_EQ(article.meta.extra[0].first, "math");
}

TEST(MediaSubpath, ReadsChirpysOlderImgPathAndNothingWithoutEither) {
    Article old = with_images("img_path", "/img/");
    EXPECT_TRUE(apply_media_subpath(old));
    EXPECT_EQ(images_of(old)[0].url, "/img/a.png");
    Article plain = with_images("other", "/img/");
    EXPECT_FALSE(apply_media_subpath(plain));
    EXPECT_EQ(images_of(plain)[0].url, "a.png");
    EXPECT_EQ(plain.meta.cover->source, "cover.png");
}

}  // namespace
}  // namespace folio
