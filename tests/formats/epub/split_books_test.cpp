#include "formats/epub/split_books.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "formats/registry.hpp"
#include "src/output/output_manifest.hpp"
#include "tests/formats/epub/epub_test_support.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::epub {
namespace {

using folio::test::read_zip;
using folio::test::ZipEntry;
using folio::testing::TempDir;

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string entry_text(const std::filesystem::path& book, std::string_view suffix) {
    for (const ZipEntry& e : read_zip(file_bytes(book))) {
        if (e.name.ends_with(suffix)) return e.bytes;
    }
    return "<missing>";
}

class SplitBooks : public ::testing::Test {
protected:
    SplitBooks() {
        // The broken footnote is in a.md, which is in both tags' books.
        dir.write("posts/a.md",
                  "---\ntitle: Alpha\ndate: 2023-05-01\ntags: [Rust, Go]\n---\n\n"
                  "Text[^1] and a [link to beta](../b/).\n\n[^1]: one\n[^1]: two\n");
        dir.write("posts/b.md", "---\ntitle: Beta\ndate: 2024-01-02\ntags: [rust]\n---\n\nB.\n");
        dir.write("posts/c.md", "---\ntitle: Gamma\n---\n\nNo tags.\n");
        job.inputs = {(dir.path() / "posts").generic_string()};
        job.output = (dir.path() / "books").generic_string();
        job.title = "Blog";
        job.language = "en";
        job.split_by = SplitBy::tag;
        job.source_date_epoch = "0";
    }

    std::vector<std::string> run() {
        std::vector<std::string> messages;
        status = build_book(job, builtin_load_options(), [&messages](const Diagnostics& d) {
            for (const Diagnostic& one : d.items()) messages.push_back(format_diagnostic(one));
        });
        return messages;
    }

    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir.path() / "books"))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    TempDir dir;
    BookJob job;
    JobStatus status = JobStatus::usage;
};

std::size_t count_code(const std::vector<std::string>& messages, const std::string& code) {
    return static_cast<std::size_t>(std::count_if(
        messages.begin(), messages.end(),
        [&code](const std::string& m) { return m.find("[" + code + "]") != std::string::npos; }));
}

TEST_F(SplitBooks, WritesABookPerTagAndSaysWhatAnArticleInTwoOfThemHasToSayOnce) {
    const std::vector<std::string> messages = run();
    EXPECT_EQ(status, JobStatus::ok);
    EXPECT_EQ(files(), (std::vector<std::string>{".folio-books", "other.epub", "tag-go.epub",
                                                 "tag-rust.epub"}));
    EXPECT_EQ(count_code(messages, "markdown.footnote.duplicate"), 1u);
    EXPECT_EQ(count_code(messages, "epub.split"), 1u);
    const std::string go = entry_text(dir.path() / "books" / "tag-go.epub", ".opf");
    EXPECT_NE(go.find("<dc:title>Blog: Go</dc:title>"), std::string::npos) << go;
    // Beta is not in the Go book and no base_url is known: the link is text, with a note.
    EXPECT_EQ(count_code(messages, "epub.link.other-book"), 1u);
    EXPECT_NE(entry_text(dir.path() / "books" / "tag-go.epub", "0001-a.xhtml").find("link to beta"),
              std::string::npos);
}

TEST_F(SplitBooks, LinksToTheWebPageOfAnArticleInAnotherBook) {
    job.base_url = "https://example.org/blog/";
    job.permalink = "/:year/:slug/";
    run();
    const std::string alpha = entry_text(dir.path() / "books" / "tag-go.epub", "0001-a.xhtml");
    EXPECT_NE(alpha.find("href=\"https://example.org/blog/2024/b/\""), std::string::npos) << alpha;
    // In the Rust book Beta is a chapter.
    const std::string rust = entry_text(dir.path() / "books" / "tag-rust.epub", "0001-a.xhtml");
    EXPECT_NE(rust.find("href=\"0002-b.xhtml\""), std::string::npos) << rust;
}

TEST_F(SplitBooks, GivesTwoBooksOfTheSameChaptersDifferentIdentifiers) {
    // The same chapters under the same title: only the group tells the books apart.
    dir.write("posts/b.md", "---\ntitle: Beta\ndate: 2024-01-02\ntags: [Rust, Go]\n---\n\nB.\n");
    std::filesystem::remove(dir.path() / "posts" / "c.md");
    dir.write("posts/a.md", "---\ntitle: Alpha\ndate: 2023-05-01\ntags: [Rust, Go]\n---\n\nA.\n");
    job.group_titles = {{"go", "Same"}, {"rust", "Same"}};
    run();
    const auto identifier = [this](const char* file) {
        const std::string opf = entry_text(dir.path() / "books" / file, ".opf");
        const std::size_t at = opf.find("urn:uuid:");
        return at == std::string::npos ? std::string() : opf.substr(at, 45);
    };
    EXPECT_FALSE(identifier("tag-go.epub").empty());
    EXPECT_NE(identifier("tag-go.epub"), identifier("tag-rust.epub"));
}

// One book of several cannot be written (a folder stands at its name, where the last run
// wrote it): the summary named it among the books written.
TEST_F(SplitBooks, NamesOnlyTheBooksWritten) {
    dir.write("books/.folio-books", "tag-go.epub\n");
    std::filesystem::create_directories(dir.path() / "books" / "tag-go.epub");
    const std::vector<std::string> messages = run();
    EXPECT_NE(status, JobStatus::ok);
    const auto summary = std::find_if(messages.begin(), messages.end(), [](const std::string& m) {
        return m.find("[epub.split]") != std::string::npos;
    });
    ASSERT_NE(summary, messages.end());
    EXPECT_NE(summary->find("wrote 2 of 3 books"), std::string::npos) << *summary;
    EXPECT_EQ(summary->find("tag-go.epub"), std::string::npos) << *summary;
    EXPECT_NE(summary->find("tag-rust.epub"), std::string::npos) << *summary;
}

// `--split-by tag -o books/` replaced any file there named as one of its books.
TEST_F(SplitBooks, LeavesABookFileFolioDidNotWriteAloneAndWritesTheOthers) {
    dir.write("books/tag-go.epub", "mine");
    const std::vector<std::string> messages = run();
    EXPECT_EQ(status, JobStatus::input_errors);
    EXPECT_EQ(file_bytes(dir.path() / "books" / "tag-go.epub"), "mine");
    const std::string book = (dir.path() / "books" / "tag-go.epub").generic_string();
    EXPECT_NE(std::find(messages.begin(), messages.end(),
                        book + ": error: not replaced: folio did not write this file (the "
                               "folder's .folio-books does not list it), so this book is not "
                               "written; move or delete the file and run again, or write the "
                               "books into another folder [epub.split.exists]\n"),
              messages.end());
    EXPECT_NE(entry_text(dir.path() / "books" / "tag-rust.epub", ".opf"), "<missing>");
    EXPECT_NE(entry_text(dir.path() / "books" / "other.epub", ".opf"), "<missing>");
    // Not listed: the next run leaves it alone too.
    EXPECT_EQ(read_manifest(file_bytes(dir.path() / "books" / ".folio-books")),
              (std::vector<std::string>{"other.epub", "tag-rust.epub"}));
    run();
    EXPECT_EQ(file_bytes(dir.path() / "books" / "tag-go.epub"), "mine");
}

// The book of a tag no article has any more stayed in the folder forever.
TEST_F(SplitBooks, RemovesTheBookOfAGroupThatIsGoneAndNothingElse) {
    dir.write("books/notes.txt", "mine");
    run();
    ASSERT_EQ(status, JobStatus::ok);
    dir.write("books/mine.epub", "mine");
    dir.write("posts/a.md", "---\ntitle: Alpha\ndate: 2023-05-01\ntags: [Rust]\n---\n\nA.\n");
    run();
    EXPECT_EQ(status, JobStatus::ok);
    EXPECT_EQ(files(), (std::vector<std::string>{".folio-books", "mine.epub", "notes.txt",
                                                 "other.epub", "tag-rust.epub"}));
    EXPECT_EQ(read_manifest(file_bytes(dir.path() / "books" / ".folio-books")),
              (std::vector<std::string>{"other.epub", "tag-rust.epub"}));
}

// A run with an error cannot tell a group that is gone from an article that did not read.
TEST_F(SplitBooks, KeepsTheBooksOfTheLastRunWhenThisOneHadAnError) {
    run();
    ASSERT_EQ(status, JobStatus::ok);
    // Gamma's front matter no longer reads: other.epub has no article this time.
    dir.write("posts/c.md", "---\ntitle: Gamma\ntags: [a, b\n---\n\nNo tags.\n");
    const std::vector<std::string> messages = run();
    EXPECT_EQ(status, JobStatus::input_errors);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "books" / "other.epub"));
    EXPECT_EQ(count_code(messages, "epub.stale.kept"), 1u);
    EXPECT_EQ(read_manifest(file_bytes(dir.path() / "books" / ".folio-books")),
              (std::vector<std::string>{"other.epub", "tag-go.epub", "tag-rust.epub"}));
    // Mended, the next run removes it.
    dir.write("posts/c.md", "---\ntitle: Gamma\ntags: [Go]\n---\n\nGo.\n");
    run();
    EXPECT_EQ(status, JobStatus::ok);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "books" / "other.epub"));
}

TEST_F(SplitBooks, NeverRemovesWhatTheManifestNamesOutsideTheFolder) {
    dir.write("precious.epub", "mine");
    dir.write("books/.folio-books", "../precious.epub\n");
    const std::vector<std::string> messages = run();
    EXPECT_EQ(status, JobStatus::ok);
    EXPECT_EQ(file_bytes(dir.path() / "precious.epub"), "mine");
    EXPECT_EQ(count_code(messages, "epub.manifest.outside"), 1u);
}

TEST_F(SplitBooks, RefusesStandardOutput) {
    job.output = "-";
    const std::vector<std::string> messages = run();
    EXPECT_EQ(status, JobStatus::usage);
    EXPECT_EQ(count_code(messages, "epub.split"), 1u);
}

}  // namespace
}  // namespace folio::epub
