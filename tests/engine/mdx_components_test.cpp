#include "src/engine/mdx_components.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(MdxComponents, EachCapitalTagOutsideCodeIsListedAtItsPlace) {
    constexpr std::string_view kBody =
        "Text <em>html</em> and <Callout type=\"tip\">hi</Callout>.\n\n"
        "```jsx\n<Chart />\n```\n\n`<Inline />` and <Charts.Line data={x} />\n";
    const EngineTranslation out = find_mdx_components(kBody, 100, "hugo");
    EXPECT_TRUE(out.edits.empty());
    ASSERT_EQ(out.untranslated.size(), 2u);
    EXPECT_EQ(out.untranslated[0].offset, 100 + kBody.find("<Callout"));
    EXPECT_EQ(out.untranslated[0].code, "migrate.mdx.component");
    EXPECT_EQ(out.untranslated[0].message,
              "MDX component <Callout> is rendered by MDX only: left as written, and hugo "
              "shows it as an unknown HTML element");
    EXPECT_EQ(out.untranslated[1].offset, 100 + kBody.find("<Charts.Line"));
}

}  // namespace
}  // namespace folio
