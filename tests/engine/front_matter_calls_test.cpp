#include "src/engine/front_matter_calls.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

// The reader skips filling front-matter calls when the text cannot hold one: it must say yes
// for every way a call starts and may say no only where none can.
TEST(MayHoldEngineCalls, SaysYesForEveryOpeningOfACall) {
    for (const char* text : {"{{< figure src=a.png >}}", "{{% note %}}x{{% /note %}}",
                             "a {{ page.title }} b", "{% raw %}x{% endraw %}", "x\n{%- if a -%}",
                             "{ {{", "{"
                             "{"}) {
        EXPECT_TRUE(may_hold_engine_calls(text)) << text;
    }
}

TEST(MayHoldEngineCalls, SaysNoWithoutDoubleBraceOrBracePercent) {
    for (const char* text : {"", "plain text", "a { b } c", "code: `{ x }`", "ends with {",
                             "{\n{", "{ %}", "%}}"}) {
        EXPECT_FALSE(may_hold_engine_calls(text)) << text;
    }
}

}  // namespace
}  // namespace folio
