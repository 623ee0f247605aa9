#include "src/web/script_json.hpp"

#include <gtest/gtest.h>

#include "src/text/json_writer.hpp"

namespace folio {
namespace {

std::string script_safe(std::string_view text) {
    std::string json;
    append_json_string(json, text);
    std::string out = "x=";
    append_script_safe_json(out, json);
    return out;
}

TEST(ScriptJson, EscapesWhatWouldEndTheScriptElementOrALine) {
    EXPECT_EQ(script_safe("</script><!-- a & b \xE2\x80\xA8 c \xE2\x80\xA9 d"),
              "x=\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u2028 c \\u2029 d\"");
    EXPECT_EQ(script_safe("</SCRIPT>"), "x=\"\\u003c/SCRIPT\\u003e\"");
}

TEST(ScriptJson, KeepsEverythingElseAsJsonWroteIt) {
    EXPECT_EQ(script_safe("plain \"quoted\" \\ \xE2\x80\xA6 \xE2\x82\xAC \xF0\x9F\x98\x80"),
              "x=\"plain \\\"quoted\\\" \\\\ \xE2\x80\xA6 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
    std::string out;
    append_script_safe_json(out, "{\"a\": [1, true, null]}");
    EXPECT_EQ(out, "{\"a\": [1, true, null]}");
}

}  // namespace
}  // namespace folio
