#include "src/serve/live_reload.hpp"

#include <gtest/gtest.h>

namespace folio::serve {
namespace {

TEST(LiveReload, PutsTheScriptBeforeTheLastBodyEndWithTheGenerationServed) {
    const std::string page = with_live_reload("<html><body><p>x</p></body></html>\n", 7, "");
    const std::size_t script = page.find("<script>");
    ASSERT_NE(script, std::string::npos);
    EXPECT_EQ(page.substr(0, script), "<html><body><p>x</p>");
    EXPECT_TRUE(page.ends_with("</script></body></html>\n"));
    EXPECT_NE(page.find("var served=\"7\""), std::string::npos);
    EXPECT_NE(page.find("new EventSource(\"/__folio/events\")"), std::string::npos);
    EXPECT_EQ(page.find("folio-problems"), std::string::npos);
}

TEST(LiveReload, AddsTheScriptAtTheEndOfAPageWithoutBody) {
    const std::string page = with_live_reload("<p>fragment</p>", 1, "");
    EXPECT_TRUE(page.starts_with("<p>fragment</p><script>"));
    EXPECT_TRUE(page.ends_with("</script>"));
}

TEST(LiveReload, ShowsProblemsOverThePageEscaped) {
    const std::string page =
        with_live_reload("<body></body>", 2, "posts/a.md:2:8: error: <bad> & worse\n");
    EXPECT_NE(page.find("id=\"folio-problems\""), std::string::npos);
    EXPECT_NE(page.find("posts/a.md:2:8: error: &lt;bad&gt; &amp; worse"), std::string::npos);
    EXPECT_EQ(page.find("<bad>"), std::string::npos);
}

TEST(LiveReload, TheProblemsPageNamesTheErrorAndReloads) {
    const std::string page = problems_page(3, "posts/b.md:1:1: error: no");
    EXPECT_TRUE(page.starts_with("<!DOCTYPE html>"));
    EXPECT_NE(page.find("posts/b.md:1:1: error: no"), std::string::npos);
    EXPECT_NE(page.find("var served=\"3\""), std::string::npos);
}

}  // namespace
}  // namespace folio::serve
