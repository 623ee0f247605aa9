#include <gtest/gtest.h>

#include <string>

#include "src/ast/article_json.hpp"

namespace folio {
namespace {

// The dump without its layout: newlines, the indentation after them, and the blank after `:`.
std::string compact(const std::string& json) {
    std::string out;
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '\n') {
            while (i + 1 < json.size() && json[i + 1] == ' ') ++i;
            continue;
        }
        out += json[i];
        if (json[i] == ':' && i + 1 < json.size() && json[i + 1] == ' ') ++i;
    }
    return out;
}

TEST(ArticleJson, DumpsEngineCallsWithWhatTheyRender) {
    Article article;
    EngineCall call;
    call.source = "{{< youtube x >}}";
    call.name = "youtube";
    call.params = {{"", "x"}};
    Link link{"https://www.youtube.com/watch?v=x", "", {Inline{Text{"v"}}}, false, {}, {}, {}};
    Link ref{"a.md", "", {Inline{Text{"a"}}}, false, {}, {}, "{{< ref \"a.md\" >}}"};
    article.body = {Block{EngineBlock{call, {Block{Paragraph{{Inline{link}}}, {}}}}, {}},
                    Block{Paragraph{{Inline{EngineInline{call, {}}}, Inline{ref}}}, {}}};
    const std::string json = compact(dump_json({article}, JsonDumpOptions{false, false}));
    EXPECT_NE(json.find(R"("type":"engine_block","syntax":"shortcode","source":"{{< youtube x >}}","name":"youtube","params":[["","x"]],"inner":"","escaped":false,"rendered":[{"type":"paragraph")"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find(R"("type":"engine_inline")"), std::string::npos);
    EXPECT_NE(json.find(R"("written_url":"{{< ref \"a.md\" >}}")"), std::string::npos) << json;
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

TEST(ArticleJson, DumpsMathWithItsTexAndWhetherItIsDisplayed) {
    Article article;
    article.body = {Block{Paragraph{{Inline{Math{"\\frac{a}{b}", true, {3, 1}}}}}, {}}};
    const std::string json = compact(dump_json({article}, JsonDumpOptions{true, false}));
    EXPECT_NE(json.find(R"({"type":"math","tex":"\\frac{a}{b}","display":true,"line":3,"column":1})"),
              std::string::npos)
        << json;
}

}  // namespace
}  // namespace folio
