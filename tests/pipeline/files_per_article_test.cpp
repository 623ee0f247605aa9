#include "src/pipeline/files_per_article.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>

#include "formats/registry.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

struct JobRun {
    FilesPerArticle where;
    Diagnostics diagnostics;
    std::size_t sink_calls = 0;

    explicit JobRun(const TempDir& dir) {
        where.inputs = {(dir.path() / "in").string()};
        where.output = (dir.path() / "out").string();
    }
    JobStatus run(const ArticleFilesWriter& write,
                  std::span<const std::string_view> once_per_run = {}) {
        return write_files_per_article(
            where, builtin_load_options(),
            [this](const Diagnostics& d) {
                ++sink_calls;
                diagnostics.append(d);
            },
            write, once_per_run);
    }
    std::vector<std::string> codes() const {
        std::vector<std::string> out;
        for (const Diagnostic& d : diagnostics.items()) out.push_back(d.code);
        return out;
    }
};

Diagnostic note(std::string code) {
    return Diagnostic{Severity::note, std::move(code), "same for all", "", 0, 0, {}};
}

TEST(FilesPerArticle, WritesWhatTheJobMakesOfEachArticleInInputOrder) {
    const TempDir dir;
    dir.write("in/b.md", "---\ntitle: B\n---\n");
    dir.write("in/a.md", "---\ntitle: A\n---\n");
    JobRun run(dir);
    std::vector<std::string> order;
    EXPECT_EQ(run.run([&](Article article, const WrittenBody*, Diagnostics&) {
        order.push_back(article.slug);
        return std::vector<OutputFile>{{article.slug + "/page.txt", article.meta.title}};
    }),
              JobStatus::ok);
    EXPECT_EQ(order, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path() / "out/a/page.txt"));
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path() / "out/b/page.txt"));
    // Once for the inputs, once per article.
    EXPECT_EQ(run.sink_calls, 3u);
}

TEST(FilesPerArticle, HandsAJobThatCopiesBodiesTheFrontMatterAsWrittenToo) {
    const TempDir dir;
    dir.write("in/a.md", "+++\ntitle = 'A' # as written\n+++\nBody.\n");
    JobRun run(dir);
    run.where.keep_written_bodies = true;
    std::string front, body;
    FrontMatterSyntax syntax = FrontMatterSyntax::none;
    run.run([&](Article, const WrittenBody* written, Diagnostics&) {
        front = written->front_matter.text;
        syntax = written->front_matter.syntax;
        body = written->text;
        return std::vector<OutputFile>{};
    });
    EXPECT_EQ(front, "+++\ntitle = 'A' # as written\n+++\n");
    EXPECT_EQ(syntax, FrontMatterSyntax::toml);
    EXPECT_EQ(body, "Body.\n");
}

TEST(FilesPerArticle, PassesANotePerRunOnceAndOthersEveryTime) {
    const TempDir dir;
    dir.write("in/a.md", "---\ntitle: A\n---\n");
    dir.write("in/b.md", "---\ntitle: B\n---\n");
    JobRun run(dir);
    static constexpr std::array<std::string_view, 2> kOnce{"test.once", "test.also-once"};
    EXPECT_EQ(run.run(
                  [](Article, const WrittenBody*, Diagnostics& diagnostics) {
                      diagnostics.report(note("test.once"));
                      diagnostics.report(note("test.every"));
                      diagnostics.report(note("test.also-once"));
                      return std::vector<OutputFile>{};
                  },
                  kOnce),
              JobStatus::ok);
    EXPECT_EQ(run.codes(), (std::vector<std::string>{"test.once", "test.every", "test.also-once",
                                                     "test.every"}));
}

TEST(FilesPerArticle, RefusesAPathOutsideTheOutputAndGoesOnWithTheOthers) {
    const TempDir dir;
    dir.write("in/a.md", "---\ntitle: A\n---\n");
    JobRun run(dir);
    run.where.sync = true;
    EXPECT_EQ(run.run([](Article, const WrittenBody*, Diagnostics&) {
        return std::vector<OutputFile>{{"../escape.txt", "x"}, {"kept.txt", "y"}};
    }),
              JobStatus::input_errors);
    EXPECT_EQ(run.codes(), std::vector<std::string>{"output.outside-root"});
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "escape.txt"));
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path() / "out/kept.txt"));
}

}  // namespace
}  // namespace folio
