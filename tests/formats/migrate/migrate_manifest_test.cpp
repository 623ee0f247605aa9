#include <gtest/gtest.h>

#include "formats/migrate/migrate_manifest.hpp"

namespace folio {
namespace {

TEST(MigrateManifest, ReadsBackWhatItWrote) {
    MigrateManifest manifest;
    manifest.files["content/posts/a/index.md"] = content_hash("a");
    manifest.files["content/posts/a/photo.png"] = content_hash("png");
    Diagnostics diagnostics;
    const MigrateManifest back =
        parse_migrate_manifest(migrate_manifest_json(manifest), "m.json", diagnostics);
    EXPECT_EQ(back.files, manifest.files);
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(MigrateManifest, AnUnusableRecordIsAWarningAndEmpty) {
    Diagnostics diagnostics;
    const MigrateManifest back = parse_migrate_manifest("{\"files\": [1]}", "m.json", diagnostics);
    EXPECT_TRUE(back.files.empty());
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "migrate.manifest");
    EXPECT_EQ(diagnostics.items()[0].path, "m.json");
}

TEST(MigrateManifest, ALineOutsideTheSiteIsDroppedWithAWarning) {
    Diagnostics diagnostics;
    const MigrateManifest back = parse_migrate_manifest(
        "{\"files\": {\"../etc/passwd\": \"fnv1a64:0\", \"/tmp/x\": \"fnv1a64:0\", "
        "\"content/a.md\": \"fnv1a64:1\"}}",
        "m.json", diagnostics);
    ASSERT_EQ(back.files.size(), 1u);
    EXPECT_EQ(back.files.begin()->first, "content/a.md");
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(diagnostics.items()[0].code, "migrate.manifest.outside");
}

TEST(MigrateManifest, HashesTellContentApart) {
    EXPECT_EQ(content_hash("abc"), content_hash("abc"));
    EXPECT_NE(content_hash("abc"), content_hash("abd"));
    EXPECT_EQ(content_hash("").rfind("fnv1a64:", 0), 0u);
}

TEST(MigrateManifest, KeepsWhatTheUserEditedUnlessTold) {
    const std::string last = "written last time";
    const std::string recorded = content_hash(last);
    // Absent, or as the last run left it: written.
    EXPECT_EQ(decide_write(std::nullopt, "new", &recorded, false), WriteDecision::write);
    EXPECT_EQ(decide_write(last, "new", &recorded, false), WriteDecision::write);
    // Already what this run writes.
    EXPECT_EQ(decide_write(std::string("new"), "new", nullptr, false), WriteDecision::up_to_date);
    // Changed since: the user's.
    EXPECT_EQ(decide_write(std::string("edited"), "new", &recorded, false),
              WriteDecision::keep_edited);
    EXPECT_EQ(decide_write(std::string("theirs"), "new", nullptr, false),
              WriteDecision::keep_other);
    EXPECT_EQ(decide_write(std::string("edited"), "new", &recorded, true), WriteDecision::write);
}

}  // namespace
}  // namespace folio
