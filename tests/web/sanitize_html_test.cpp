#include "src/web/sanitize_html.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(SanitizeRawHtml, KeepsAllowedMarkupByteForByte) {
    const std::string html = "<figure class='x'><img src=\"a.png\" alt=\"A\" width=300>"
                             "<figcaption>Cap &amp; more</figcaption></figure>\n";
    EXPECT_EQ(sanitize_raw_html(html), html);
}

TEST(SanitizeRawHtml, DropsScriptsStylesAndFramesWithTheirContent) {
    std::vector<std::string> removed;
    EXPECT_EQ(sanitize_raw_html("<p>a<script>alert(1)</script>b<style>p{}</style>"
                                "<iframe src=\"https://e.org\">x</iframe>c</p>",
                                &removed),
              "<p>abc</p>");
    EXPECT_EQ(removed, (std::vector<std::string>{"<script> element", "<style> element",
                                                 "<iframe> element"}));
}

TEST(SanitizeRawHtml, DropsEventHandlersAndDangerousUrlsEverywhereTheyHide) {
    EXPECT_EQ(sanitize_raw_html("<img src=x onerror=alert(1) alt=\"\">"), "<img src=\"x\" alt=\"\">");
    EXPECT_EQ(sanitize_raw_html("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"), "<a>x</a>");
    EXPECT_EQ(sanitize_raw_html("<a href=\"data:text/html,x\">x</a>"), "<a>x</a>");
    EXPECT_EQ(sanitize_raw_html("<img src=\"a.png\" srcset=\"vbscript:x 1x, b.png 2x\">"),
              "<img src=\"a.png\" srcset=\"b.png 2x\">");
    EXPECT_EQ(sanitize_raw_html("<video poster=\"javascript:x\"></video>"), "<video></video>");
    EXPECT_EQ(sanitize_raw_html("<p style=\"background:url('javascript:x')\">t</p>"), "<p>t</p>");
    EXPECT_EQ(sanitize_raw_html("<svg><a xlink:href=\"javascript:x\"><text>t</text></a></svg>"),
              "<svg><a><text>t</text></a></svg>");
    EXPECT_EQ(sanitize_raw_html("<svg><set attributeName=\"href\" to=\"javascript:x\"/></svg>"),
              "<svg></svg>");
    EXPECT_EQ(sanitize_raw_html("<math><mi xlink:href=\"javascript:x\">x</mi></math>"),
              "<math><mi>x</mi></math>");
}

TEST(SanitizeRawHtml, CannotBeTrickedIntoJoiningATag) {
    const std::string out = sanitize_raw_html("<scr<script>x</script>ipt>alert(1)</script>");
    EXPECT_EQ(out.find("<script"), std::string::npos) << out;
    EXPECT_EQ(sanitize_raw_html("a<!--[if IE]><script>x</script><![endif]-->b"), "ab");
}

TEST(SanitizeRawHtml, UnwrapsElementsOffTheList) {
    std::vector<std::string> removed;
    EXPECT_EQ(sanitize_raw_html("<blink>on</blink><custom-card>c</custom-card>", &removed),
              "onc");
    EXPECT_EQ(removed, (std::vector<std::string>{"<blink> element (its content is kept)",
                                                 "<custom-card> element (its content is kept)"}));
}

}  // namespace
}  // namespace folio
