#include <gtest/gtest.h>

#include "formats/ghost/ghost_export.hpp"
#include "formats/registry.hpp"
#include "tests/formats/ghost/ghost_fixture.hpp"

namespace folio {
namespace {

TEST(GhostExportHead, RecognisesTheDbWrapperAndTheBareExport) {
    EXPECT_TRUE(is_ghost_export(test::ghost_fixture("ghost5.json").substr(0, 4096)));
    EXPECT_TRUE(is_ghost_export(test::ghost_fixture("ghost4.json").substr(0, 4096)));
    // As Ghost writes them: on one line.
    EXPECT_TRUE(is_ghost_export(
        R"({"db":[{"meta":{"exported_on":1712000000000,"version":"5.82.0"},"data":{"posts":[)"));
    EXPECT_TRUE(
        is_ghost_export("\xEF\xBB\xBF{\"meta\":{\"exported_on\":1,\"version\":\"4.2.0\"},"
                        "\"data\":{"));
    EXPECT_TRUE(is_ghost_export(R"({"db":[{"data":{"posts":[]},"meta":{"version":"2.0"}}]})"));
}

TEST(GhostExportHead, TakesNoOtherJsonForOne) {
    // A JSON Feed has a top-level version, a package.json a name and version.
    EXPECT_FALSE(is_ghost_export(
        R"({"version":"https://jsonfeed.org/version/1.1","title":"Blog","items":[]})"));
    EXPECT_FALSE(is_ghost_export(R"({"name":"blog","version":"1.0.0","dependencies":{}})"));
    EXPECT_FALSE(is_ghost_export(R"({"meta":{"author":"x"},"data":{}})"));
    EXPECT_FALSE(is_ghost_export(R"({"meta":{"version":"1"},"items":{}})"));
    EXPECT_FALSE(is_ghost_export(R"([{"meta":{"version":"1"},"data":{}}])"));
    EXPECT_FALSE(is_ghost_export(""));
    EXPECT_FALSE(is_ghost_export("{\"meta\":{\"version\":\"5"));  // cut inside the head
}

TEST(GhostExportHead, IsTheBuiltInExportFormatForJsonFiles) {
    const std::string head = test::ghost_fixture("ghost5.json").substr(0, 4096);
    const ExportFormat* format = find_export_format(builtin_formats(), "json", head);
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->name, "ghost");
    EXPECT_EQ(find_export_format(builtin_formats(), "json", R"({"name":"x","version":"1"})"),
              nullptr);
}

}  // namespace
}  // namespace folio
