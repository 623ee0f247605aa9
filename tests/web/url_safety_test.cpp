#include "src/web/url_safety.hpp"

#include <gtest/gtest.h>

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
