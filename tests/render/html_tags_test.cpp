#include <gtest/gtest.h>

#include "src/render/html5_attributes.hpp"
#include "src/render/html_tags.hpp"

namespace folio {
namespace {

std::vector<std::string> urls(std::string_view html) {
    std::vector<std::string> out;
    for (const HtmlImageSource& source : html_image_sources(html)) out.push_back(source.url);
    return out;
}

std::vector<HtmlAttribute> fixed(std::string_view element, std::vector<HtmlAttribute> attributes) {
    html5_attributes(element, attributes);
    return attributes;
}

TEST(ScanHtmlTags, ReadsNamesAttributesAndWhereEachTagIs) {
    const std::string html = "a <IMG SRC='x.png' alt=\"A &amp; B\" hidden>b</p><br/>";
    const std::vector<HtmlTag> tags = scan_html_tags(html);
    ASSERT_EQ(tags.size(), 3u);
    EXPECT_EQ(tags[0].name, "img");
    EXPECT_EQ(tags[0].begin, 2u);
    EXPECT_EQ(html.substr(tags[0].begin, tags[0].end - tags[0].begin),
              "<IMG SRC='x.png' alt=\"A &amp; B\" hidden>");
    EXPECT_EQ(tags[0].attributes,
              (std::vector<HtmlAttribute>{{"src", "x.png"}, {"alt", "A & B"}, {"hidden", ""}}));
    EXPECT_TRUE(tags[1].closing);
    EXPECT_EQ(tags[1].name, "p");
    EXPECT_TRUE(tags[2].self_closing);
}

TEST(ScanHtmlTags, FindsNoTagsInCommentsScriptsOrText) {
    EXPECT_TRUE(scan_html_tags("<!-- <img src=a.png> --> 1 < 2 <script>if (a<b) x('<img src=b>')"
                               "</script>")
                    .size() == 2);  // <script> and </script>
    EXPECT_TRUE(scan_html_tags("a < b and <3").empty());
    EXPECT_TRUE(scan_html_tags("<img src=\"never closed").empty());
}

TEST(HtmlImageSources, FindsImgSrcsetPictureSourcesAndPosters) {
    EXPECT_EQ(urls("<figure><picture><source srcset=\"/a.webp 2x, /b.webp 3x\">"
                   "<img src=\"/c.png\" srcset=\"/d.png 640w\" alt=\"\"></picture></figure>"
                   "<video poster=\"p.jpg\"></video><input type=image src=\"i.png\">"
                   "<a href=\"not-an-image.png\">x</a><source src=\"audio.mp3\">"),
              (std::vector<std::string>{"/a.webp", "/b.webp", "/c.png", "/d.png", "p.jpg",
                                        "i.png"}));
}

TEST(SrcsetCandidates, SplitsUrlsFromTheirDescriptors) {
    EXPECT_EQ(srcset_candidates(" a.png 1x,b.png  2x , c.png"),
              (std::vector<std::pair<std::string, std::string>>{
                  {"a.png", "1x"}, {"b.png", "2x"}, {"c.png", ""}}));
}

TEST(PlaceInHtml, CountsLinesAndCharactersFromTheBlocksStart) {
    const std::string html = "<figure>\n  <img src=x>\n</figure>";
    EXPECT_EQ(place_in_html({5, 1}, html, html.find("<img")).line, 6u);
    EXPECT_EQ(place_in_html({5, 1}, html, html.find("<img")).column, 3u);
    EXPECT_EQ(place_in_html({5, 4}, "é <img>", 3).column, 6u);
}

TEST(Html5Attributes, SaysInCssWhatObsoleteAttributesMeant) {
    EXPECT_EQ(fixed("img", {{"src", "x.png"}, {"align", "left"}, {"width", "100%"},
                            {"height", "200"}, {"border", "0"}, {"alt", "x"}}),
              (std::vector<HtmlAttribute>{{"src", "x.png"},
                                          {"height", "200"},
                                          {"alt", "x"},
                                          {"style", "float: left; width: 100%; border: 0"}}));
    EXPECT_EQ(fixed("p", {{"align", "center"}, {"style", "color: red;"}}),
              (std::vector<HtmlAttribute>{{"style", "text-align: center; color: red"}}));
    EXPECT_EQ(fixed("iframe", {{"src", "v"}, {"frameborder", "0"}, {"scrolling", "no"},
                               {"allowfullscreen", ""}}),
              (std::vector<HtmlAttribute>{{"src", "v"}, {"allowfullscreen", ""}}));
    EXPECT_EQ(fixed("td", {{"width", "50"}, {"valign", "top"}, {"bgcolor", "#fff"}}),
              (std::vector<HtmlAttribute>{
                  {"style", "width: 50px; vertical-align: top; background-color: #fff"}}));
    EXPECT_EQ(fixed("table", {{"align", "center"}, {"cellpadding", "4"}, {"cellspacing", "0"}}),
              (std::vector<HtmlAttribute>{
                  {"style", "margin-left: auto; margin-right: auto; border-spacing: 0px"}}));
}

TEST(Html5Attributes, NeverCopiesAValueIntoCssThatCouldEndTheDeclaration) {
    EXPECT_EQ(fixed("td", {{"bgcolor", "red;background:url(x)"}}),
              (std::vector<HtmlAttribute>{}));
    EXPECT_EQ(fixed("img", {{"alt", ""}, {"width", "1\"2"}}),
              (std::vector<HtmlAttribute>{{"alt", ""}}));
}

TEST(Html5Attributes, GivesAnImageWithoutAltAnEmptyOne) {
    EXPECT_EQ(fixed("img", {{"src", "x.png"}}),
              (std::vector<HtmlAttribute>{{"src", "x.png"}, {"alt", ""}}));
}

TEST(RewriteRawHtml, RenamesImagesAndKeepsEveryOtherByte) {
    RawHtmlRewrite how;
    how.image_url = [](std::string_view url) {
        return url == "/images/x.png" ? std::string("x.png") : std::string(url);
    };
    EXPECT_EQ(rewrite_raw_html("<p class=a>Hi <b>there</b></p>", how),
              "<p class=a>Hi <b>there</b></p>");
    EXPECT_EQ(rewrite_raw_html("<p>\n<img src='/images/x.png' alt=\"A &amp; B\"/> <img src=y.png "
                               "srcset=\"/images/x.png 2x\">",
                               how),
              "<p>\n<img src=\"x.png\" alt=\"A &amp; B\" /> <img src=\"y.png\" srcset=\"x.png "
              "2x\">");
}

// Issue 19: an srcset reduced to the images that exist, without naming one image twice.
TEST(RewriteRawHtml, LeavesOutSrcsetCandidatesTheCallbackDrops) {
    RawHtmlRewrite how;
    how.image_url = [](std::string_view url) { return std::string(url); };
    how.srcset_url = [](std::string_view url) {
        if (url == "gone.png") return std::string();
        return url == "a-2x.png" ? std::string("a.png") : std::string(url);
    };
    EXPECT_EQ(rewrite_raw_html("<img src=\"a.png\" srcset=\"a.png 1x, a-2x.png 2x, gone.png 3x\">",
                               how),
              "<img src=\"a.png\" srcset=\"a.png 1x\">");
    // Nothing left: the attribute stays as written rather than become empty.
    EXPECT_EQ(rewrite_raw_html("<img src=\"a.png\" srcset=\"gone.png 2x\">", how),
              "<img src=\"a.png\" srcset=\"gone.png 2x\">");
}

TEST(RewriteRawHtml, MakesObsoleteAttributesHtml5) {
    RawHtmlRewrite how;
    how.html5_attributes = true;
    EXPECT_EQ(rewrite_raw_html("<p align=\"center\"><img src=\"a.png\" width=\"100%\"></p>", how),
              "<p style=\"text-align: center\"><img src=\"a.png\" alt=\"\" style=\"width: "
              "100%\"></p>");
}

}  // namespace
}  // namespace folio
