#include "src/web/url_safety.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio {
namespace {

TEST(UrlSafety, FindsSchemesThatRunCodeHoweverTheyAreSpelt) {
    EXPECT_EQ(dangerous_url_scheme("javascript:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("JaVaScRiPt:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("  \x01javascript:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("jav\tascript:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("java\nscript:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("jav&#x09;ascript:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("jav&#9ascript:alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("&#106;avascript&colon;alert(1)"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("javascript&Tab;:x"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("vbscript:msgbox(1)"), "vbscript");
    EXPECT_EQ(dangerous_url_scheme("VBScript:msgbox(1)"), "vbscript");
}

TEST(UrlSafety, AllowsDataUrlsOnlyForRasterImages) {
    EXPECT_EQ(dangerous_url_scheme("data:text/html,<script>alert(1)</script>"), "data:text/html");
    EXPECT_EQ(dangerous_url_scheme("DATA:text/html;base64,PHNjcmlwdD4="), "data:text/html");
    EXPECT_EQ(dangerous_url_scheme("data:image/svg+xml;base64,PHN2Zz4="), "data:image/svg+xml");
    EXPECT_EQ(dangerous_url_scheme("data:,hello"), "data");
    EXPECT_EQ(dangerous_url_scheme("data:image/png;base64,iVBORw0KGgo="), "");
    EXPECT_EQ(dangerous_url_scheme("data:image/jpeg,xx"), "");
}

TEST(UrlSafety, LeavesOrdinaryUrlsAlone) {
    for (const char* url : {"https://example.org/a", "http://x/javascript:y", "mailto:a@b.c",
                            "/javascript/intro/", "javascript-tips.html", "#javascript:",
                            "?q=javascript:1", "tel:+3112345", "", "img/a.png",
                            "javascript%3Aalert(1)"}) {
        EXPECT_EQ(dangerous_url_scheme(url), "") << url;
    }
}

// Most URLs are decided by a quick look at their first characters; these sit on the edges
// of that look (case, scheme length, bytes that send a URL on to the full check).
TEST(UrlSafety, DecidesTheSameWhereTheQuickLookStops) {
    EXPECT_EQ(dangerous_url_scheme("livescript:x"), "livescript");
    EXPECT_EQ(dangerous_url_scheme("Data:text/html,x"), "data:text/html");
    EXPECT_EQ(dangerous_url_scheme("dAtA:image/png,x"), "");
    EXPECT_EQ(dangerous_url_scheme("\tjavascript:x"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("java\rscript:x"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("&#x6A;avascript:x"), "javascript");
    EXPECT_EQ(dangerous_url_scheme("javascript&#58;x"), "javascript");
    const std::string long_scheme(60, 'a');
    for (const std::string& url :
         {std::string("javascript"), std::string("javascriptx:y"), std::string("+javascript:x"),
          std::string(".data:text/html"), std::string("javascript :x"), std::string("\x80javascript:x"),
          std::string(":javascript:x"), long_scheme + ":x", long_scheme + "javascript:x",
          std::string(47, 'a'), std::string(48, 'a'), std::string(49, 'a') + ":x"}) {
        EXPECT_EQ(dangerous_url_scheme(url), "") << url;
    }
}

TEST(UrlSafety, FindsStylesThatLoadOrRunSomething) {
    EXPECT_TRUE(is_dangerous_style("background: url(javascript:alert(1))"));
    EXPECT_TRUE(is_dangerous_style("background:URL( 'JavaScript:alert(1)' )"));
    EXPECT_TRUE(is_dangerous_style("background: url(\"data:text/html,x\")"));
    EXPECT_TRUE(is_dangerous_style("width: expression(alert(1))"));
    EXPECT_TRUE(is_dangerous_style("width: expr/**/ession(alert(1))"));
    EXPECT_TRUE(is_dangerous_style("width: \\65 xpression(alert(1))"));
    EXPECT_TRUE(is_dangerous_style("background: url(\\6a avascript:alert(1))"));
    EXPECT_TRUE(is_dangerous_style("-moz-binding: url(x.xml#y)"));
    EXPECT_FALSE(is_dangerous_style("color: red; background: url(img/a.png)"));
    EXPECT_FALSE(is_dangerous_style("text-align: right"));
}

}  // namespace
}  // namespace folio
