// The 10,000-post export of bench/generate_ghost_export.py, read and compared field by field
// with what the generator says each post must become; prints the reader's time and the memory
// it added. Full size: ctest label `long`.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "formats/ghost/ghost_export.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

long max_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::string date_text(const std::optional<Date>& date) {
    return date ? format_rfc3339(*date) : std::string();
}

void read_and_compare(const char* bodies) {
    testing::TempDir dir;
    const std::filesystem::path out = dir.path() / "export.json";
    const std::string command = "/usr/bin/python3 '" FOLIO_SOURCE_DIR
                                "/bench/generate_ghost_export.py' '" +
                                out.string() + "' --count 10000 --bodies " + bodies;
    ASSERT_EQ(std::system(command.c_str()), 0);
    const nlohmann::json expected =
        nlohmann::json::parse(slurp(dir.path() / "export.expected.json"));
    ASSERT_EQ(expected.size(), 10000u);
    const SourceText source(out.string(), slurp(out));

    const long rss_before = max_rss_kib();
    const auto start = std::chrono::steady_clock::now();
    Diagnostics diagnostics;
    std::size_t index = 0;
    std::size_t mismatches = 0;
    read_ghost_export(source, diagnostics, [&](ExportedPost&& post) {
        ASSERT_LT(index, expected.size());
        const nlohmann::json& want = expected[index++];
        const Meta& meta = post.meta;
        const bool same =
            meta.title == want["title"] && meta.slug == want["slug"] && post.page == want["page"] &&
            meta.draft == want["draft"] &&
            date_text(meta.date) ==
                (want["date"].is_null() ? "" : want["date"].get<std::string>()) &&
            date_text(meta.updated) == want["updated"] && meta.summary == want["summary"] &&
            meta.tags == want["tags"].get<std::vector<std::string>>() &&
            meta.authors == want["authors"].get<std::vector<std::string>>() &&
            (want["cover"].is_null()
                 ? !meta.cover
                 : meta.cover && meta.cover->source == want["cover"]["source"] &&
                       meta.cover->alt == want["cover"]["alt"] &&
                       meta.cover->caption == want["cover"]["caption"]) &&
            meta.url == want["url"] && meta.guid == want["guid"] && post.html == want["html"];
        if (!same && ++mismatches <= 3)
            ADD_FAILURE() << "post " << index << " differs: " << meta.title;
    });
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long rss_after = max_rss_kib();
    EXPECT_EQ(index, 10000u);
    EXPECT_EQ(mismatches, 0u);
    EXPECT_TRUE(diagnostics.items().empty());
    std::cout << "bodies " << bodies << ": " << source.text().size() / 1000000 << " MB export, "
              << index << " posts in " << seconds << " s; peak memory grew by "
              << (rss_after - rss_before) / 1024 << " MiB while reading\n";
}

TEST(GhostExport10000, ReadsEveryPostOfTheGeneratedExportFieldByField) {
    read_and_compare("both");
}

TEST(GhostExport10000, RendersEveryLexicalBodyOfTheGeneratedExport) {
    read_and_compare("lexical");
}

}  // namespace
}  // namespace folio
