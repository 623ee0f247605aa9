#include "src/plugin/registry.hpp"

#include <array>
#include <string_view>

#include <gtest/gtest.h>

namespace folio {
namespace {

void read_nothing(const SourceText&, Diagnostics&, const std::function<void(ExportedPost&&)>&) {}

constexpr std::array<std::string_view, 1> kXml{"xml"};
constexpr std::array<std::string_view, 1> kJson{"json"};

bool looks_like_wxr(std::string_view head) {
    return head.find("xmlns:wp=") != std::string_view::npos;
}
bool looks_like_ghost(std::string_view head) {
    return head.find("\"meta\"") != std::string_view::npos;
}

constexpr std::array kExports{
    ExportFormat{"wordpress", kXml, &looks_like_wxr, &read_nothing},
    ExportFormat{"ghost", kJson, &looks_like_ghost, &read_nothing},
};

TEST(FindExportFormat, NeedsTheExtensionAndTheFirstBytesToAgree) {
    const Registry formats{{}, {}, {}, kExports};
    const auto* wordpress = find_export_format(formats, "xml", R"(<rss xmlns:wp="x">)");
    ASSERT_NE(wordpress, nullptr);
    EXPECT_EQ(wordpress->name, "wordpress");
    const auto* ghost = find_export_format(formats, "json", R"({"db":[{"meta":{}}]})");
    ASSERT_NE(ghost, nullptr);
    EXPECT_EQ(ghost->name, "ghost");
    // A sitemap is XML but no export; a WXR head in a .json file is not read as one either.
    EXPECT_EQ(find_export_format(formats, "xml", "<urlset>"), nullptr);
    EXPECT_EQ(find_export_format(formats, "json", R"(<rss xmlns:wp="x">)"), nullptr);
    EXPECT_EQ(find_export_format(formats, "md", R"(<rss xmlns:wp="x">)"), nullptr);
}

TEST(FindExportFormat, FindsNothingInARegistryWithoutExports) {
    const Registry formats{{}, {}, {}, {}};
    EXPECT_EQ(find_export_format(formats, "xml", R"(<rss xmlns:wp="x">)"), nullptr);
}

}  // namespace
}  // namespace folio
