#include "formats/epub/build_book.hpp"

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <algorithm>

#include <csignal>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "formats/registry.hpp"
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

/// A build_book run: its status and every diagnostic, formatted, in the order reported.
struct BookRun {
    JobStatus status = JobStatus::ok;
    std::vector<std::string> messages;
    bool has(const std::string& code) const {
        for (const std::string& m : messages) {
            if (m.find("[" + code + "]") != std::string::npos) return true;
        }
        return false;
    }
};

BookRun run(const BookJob& job, LoadOptions load = builtin_load_options()) {
    BookRun result;
    result.status = build_book(job, load, [&result](const Diagnostics& diagnostics) {
        for (const Diagnostic& d : diagnostics.items())
            result.messages.push_back(format_diagnostic(d));
    });
    return result;
}

/// The chapter files of a book, in archive order (which is book order).
std::vector<std::string> chapter_names(const std::vector<ZipEntry>& entries) {
    std::vector<std::string> names;
    for (const ZipEntry& e : entries) {
        if (e.name.ends_with(".xhtml") && e.name.find("/0") != std::string::npos)
            names.push_back(e.name.substr(e.name.rfind('/') + 1));
    }
    return names;
}

std::string entry_text(const std::vector<ZipEntry>& entries, std::string_view suffix) {
    for (const ZipEntry& e : entries) {
        if (e.name.ends_with(suffix)) return e.bytes;
    }
    return "<missing>";
}

class BuildBook : public ::testing::Test {
protected:
    BuildBook() {
        dir.write("posts/b-later.md",
                  "---\ntitle: Later\ndate: 2024-03-01\nlanguage: nl\n---\n\nTweede stuk.\n");
        dir.write("posts/a-earlier.md",
                  "---\ntitle: Earlier\ndate: 2024-01-01\nlanguage: nl\n---\n\nEerste stuk.\n");
        dir.write("posts/c-draft.md",
                  "---\ntitle: Draft\ndate: 2024-02-01\ndraft: true\n---\n\nNiet klaar.\n");
        job.inputs = {(dir.path() / "posts").generic_string()};
        job.output = (dir.path() / "book.epub").generic_string();
        job.title = "Two posts";
        job.source_date_epoch = "0";
    }
    TempDir dir;
    BookJob job;
};

TEST_F(BuildBook, WritesTheArticlesAsChaptersInDateOrderLeavingDraftsOut) {
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_TRUE(result.has("epub.unpublished"));
    const std::vector<ZipEntry> book = read_zip(file_bytes(job.output));
    ASSERT_FALSE(book.empty());
    EXPECT_EQ(book.front().name, "mimetype");
    EXPECT_EQ(chapter_names(book),
              (std::vector<std::string>{"0001-a-earlier.xhtml", "0002-b-later.xhtml"}));
    const std::string opf = entry_text(book, ".opf");
    EXPECT_NE(opf.find("<dc:title>Two posts</dc:title>"), std::string::npos) << opf;
    // The front matter's language wins the vote when none is given.
    EXPECT_NE(opf.find("<dc:language>nl</dc:language>"), std::string::npos) << opf;
    EXPECT_NE(opf.find("1970-01-01T00:00:00Z"), std::string::npos) << opf;
}

TEST_F(BuildBook, FollowsTheOrderTheLanguageAndTheDraftsOfTheJob) {
    job.order = ChapterOrder::date_descending;
    job.language = "en";
    job.publication.drafts = true;
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_FALSE(result.has("epub.unpublished"));
    const std::vector<ZipEntry> book = read_zip(file_bytes(job.output));
    EXPECT_EQ(chapter_names(book),
              (std::vector<std::string>{"0001-b-later.xhtml", "0002-c-draft.xhtml",
                                        "0003-a-earlier.xhtml"}));
    EXPECT_NE(entry_text(book, ".opf").find("<dc:language>en</dc:language>"), std::string::npos);
}

TEST_F(BuildBook, LeavesOutArticlesDatedAfterTheBuildAndExpiredOnesUnlessAsked) {
    dir.write("posts/d-scheduled.md", "---\ntitle: Scheduled\ndate: 2024-06-01\n---\n\nLater.\n");
    dir.write("posts/e-expired.md",
              "---\ntitle: Offer\ndate: 2024-01-15\nexpiryDate: 2024-04-01\n---\n\nGone.\n");
    job.publication.now = to_unix_seconds(*parse_date("2024-05-01T00:00:00Z"));
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_EQ(chapter_names(read_zip(file_bytes(job.output))),
              (std::vector<std::string>{"0001-a-earlier.xhtml", "0002-b-later.xhtml"}));
    ASSERT_TRUE(result.has("epub.unpublished"));
    const std::string note = *std::find_if(
        result.messages.begin(), result.messages.end(),
        [](const std::string& m) { return m.find("[epub.unpublished]") != std::string::npos; });
    EXPECT_NE(note.find("1 draft, 1 dated after this build and 1 expired are left out"),
              std::string::npos)
        << note;

    job.publication.future = true;
    job.publication.expired = true;
    run(job);
    EXPECT_EQ(chapter_names(read_zip(file_bytes(job.output))),
              (std::vector<std::string>{"0001-a-earlier.xhtml", "0002-e-expired.xhtml",
                                        "0003-b-later.xhtml", "0004-d-scheduled.xhtml"}));
}

/// Posts in English, Dutch and Persian and a theme's lorem-ipsum starter post, none but the
/// Persian one saying its language.
void write_mixed_languages(TempDir& dir) {
    dir.write("mixed/1-english.md",
              "---\ntitle: Release notes\ndate: 2025-10-05\n---\n\nThis is what we changed in "
              "the release, and why it was worth the wait: the book that you read is not the "
              "one that was written, but it is close to what the writer had in mind.\n");
    dir.write("mixed/2-dutch.md",
              "---\ntitle: Notities\ndate: 2025-10-06\n---\n\nDit is wat er is veranderd en "
              "waarom het de moeite van het wachten waard was: het boek dat je leest is niet "
              "meer het boek dat er was, maar het is wel wat de schrijver wilde.\n");
    dir.write("mixed/3-dutch.md",
              "---\ntitle: Tweede notitie\ndate: 2025-10-07\n---\n\nOok dit stuk is in het "
              "Nederlands: het gaat over een map met bestanden die je niet meer kunt vinden, "
              "maar die er nog wel zijn, en wat je dan kan doen.\n");
    dir.write("mixed/4-persian.md",
              "---\ntitle: یادداشت\ndate: 2025-10-08\nlanguage: fa\n---\n\nاین یک نوشته "
              "کوتاه است.\n");
    dir.write("mixed/5-lorem.md",
              "---\ntitle: Hello world\ndate: 2025-10-09\n---\n\nLorem ipsum dolor sit amet, "
              "consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore "
              "magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris "
              "nisi ut aliquip ex ea commodo consequat.\n");
}

TEST_F(BuildBook, GivesEachChapterItsOwnLanguageDateAndDirection) {
    write_mixed_languages(dir);
    job.inputs = {(dir.path() / "mixed").generic_string()};
    const BookRun result = run(job);
    ASSERT_EQ(result.status, JobStatus::ok);
    const std::vector<ZipEntry> book = read_zip(file_bytes(job.output));
    // Most articles are Dutch, so the book is, though the first is English.
    EXPECT_NE(entry_text(book, ".opf").find("<dc:language>nl</dc:language>"), std::string::npos);
    const std::string english = entry_text(book, "0001-1-english.xhtml");
    EXPECT_NE(english.find("lang=\"en\" xml:lang=\"en\""), std::string::npos) << english;
    EXPECT_NE(english.find("5 October 2025"), std::string::npos) << english;
    const std::string dutch = entry_text(book, "0002-2-dutch.xhtml");
    EXPECT_NE(dutch.find("lang=\"nl\""), std::string::npos) << dutch;
    EXPECT_NE(dutch.find("6 oktober 2025"), std::string::npos) << dutch;
    EXPECT_EQ(dutch.find("dir="), std::string::npos) << dutch;
    const std::string persian = entry_text(book, "0004-4-persian.xhtml");
    EXPECT_NE(persian.find("lang=\"fa\" xml:lang=\"fa\" dir=\"rtl\""), std::string::npos)
        << persian;
    // Lorem ipsum is no language: the chapter takes the book's, not French.
    const std::string lorem = entry_text(book, "0005-5-lorem.xhtml");
    EXPECT_NE(lorem.find("lang=\"nl\""), std::string::npos) << lorem;
}

TEST_F(BuildBook, KeepsEachChaptersLanguageWhenTheBookLanguageIsGiven) {
    write_mixed_languages(dir);
    job.inputs = {(dir.path() / "mixed").generic_string()};
    job.language = "fa";
    ASSERT_EQ(run(job).status, JobStatus::ok);
    const std::vector<ZipEntry> book = read_zip(file_bytes(job.output));
    const std::string opf = entry_text(book, ".opf");
    EXPECT_NE(opf.find("<dc:language>fa</dc:language>"), std::string::npos) << opf;
    EXPECT_NE(opf.find("page-progression-direction=\"rtl\""), std::string::npos) << opf;
    const std::string english = entry_text(book, "0001-1-english.xhtml");
    EXPECT_NE(english.find("lang=\"en\""), std::string::npos) << english;
    EXPECT_NE(english.find("5 October 2025"), std::string::npos) << english;
}

TEST_F(BuildBook, WarnsAtALanguageThatIsNoTagAndDetectsInstead) {
    dir.write("odd/post.md",
              "---\ntitle: Odd\nlanguage: english please\n---\n\nThis is what we changed in "
              "the release, and why it was worth the wait: the book that you read is not the "
              "one that was written.\n");
    job.inputs = {(dir.path() / "odd").generic_string()};
    const BookRun result = run(job);
    ASSERT_EQ(result.status, JobStatus::ok);
    ASSERT_TRUE(result.has("epub.language"));
    const std::string path = (dir.path() / "odd" / "post.md").generic_string();
    bool found = false;
    for (const std::string& m : result.messages) {
        if (m.find("not a language tag") == std::string::npos) continue;
        found = true;
        EXPECT_EQ(m, path + ":3:11: warning: language 'english please' is not a language tag like "
                            "nl or en-GB (it contains a space); the chapter's language is "
                            "detected from its text instead [epub.language]\n"
                            "    language: english please\n"
                            "              ^\n");
    }
    EXPECT_TRUE(found);
    const std::vector<ZipEntry> book = read_zip(file_bytes(job.output));
    EXPECT_NE(entry_text(book, ".opf").find("<dc:language>en</dc:language>"), std::string::npos);
}

TEST_F(BuildBook, RefusesABookLanguageThatIsNoTagAndWritesNothing) {
    job.language = "english please";
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_EQ(result.messages.size(), 1U);
    EXPECT_EQ(result.messages.front(),
              "folio: error: language 'english please' is not a BCP 47 language tag like nl or "
              "en-GB: it contains a space [epub.language]\n");
    EXPECT_FALSE(std::filesystem::exists(job.output));
}

TEST_F(BuildBook, WarnsOncePerChapterAboutGarbledText) {
    dir.write("garbled/post.md",
              "---\ntitle: Caf\xC3\x83\xC2\xA9\ndate: 2025-01-01\n---\n\nDe "
              "ge\xE2\x88\x9A\xC3\x98ntegreerde aanpak.\n");
    dir.write("garbled/draft.md",
              "---\ntitle: Draft\ndraft: true\n---\n\nDe caf\xC3\x83\xC2\xA9.\n");
    job.inputs = {(dir.path() / "garbled").generic_string()};
    const BookRun result = run(job);
    ASSERT_EQ(result.status, JobStatus::ok);
    std::vector<std::string> warnings;
    for (const std::string& m : result.messages) {
        if (m.find("[epub.mojibake]") != std::string::npos) warnings.push_back(m);
    }
    // One for the chapter, none for the draft the book leaves out.
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings.front(),
              (dir.path() / "garbled" / "post.md").generic_string() +
                  ":2:11: warning: suspected mojibake '\xC3\x83\xC2\xA9' (UTF-8 read as "
                  "Windows-1252): probably '\xC3\xA9' (and 1 more in this article); "
                  "--fix-mojibake repairs them [epub.mojibake]\n"
                  "    title: Caf\xC3\x83\xC2\xA9\n"
                  "              ^\n");
}

TEST_F(BuildBook, BuildsTheSameBytesTwice) {
    ASSERT_EQ(run(job).status, JobStatus::ok);
    const std::string first = file_bytes(job.output);
    ASSERT_EQ(run(job).status, JobStatus::ok);
    EXPECT_EQ(file_bytes(job.output), first);
}

TEST_F(BuildBook, WritesNothingWithoutArticles) {
    job.inputs = {(dir.path() / "posts" / "c-draft.md").generic_string()};
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::input_errors);
    ASSERT_EQ(result.messages.size(), 1U);
    EXPECT_EQ(result.messages.front(),
              "folio: error: no articles to put in the book: 1 draft is left out (--drafts "
              "includes it); " +
                  job.output + " is not written [epub.empty]\n");
    EXPECT_FALSE(std::filesystem::exists(job.output));
}

TEST_F(BuildBook, StillWritesTheBookWhenAnInputIsMissingButSaysSo) {
    job.inputs.push_back((dir.path() / "missing.md").generic_string());
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::input_errors);
    EXPECT_TRUE(result.has("input.missing"));
    EXPECT_EQ(chapter_names(read_zip(file_bytes(job.output))).size(), 2U);
}

TEST_F(BuildBook, SaysWhenTheOutputCannotBeCreated) {
    // A folder of the output's path is a file: not even the temporary file can be made.
    // (A file apart from the inputs: one inside them is refused before anything is read.)
    std::ofstream(dir.path() / "blocker") << "a file";
    job.output = (dir.path() / "blocker" / "book.epub").generic_string();
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::input_errors);
    ASSERT_FALSE(result.messages.empty());
    EXPECT_TRUE(result.has("output.write")) << result.messages.back();
    EXPECT_FALSE(std::filesystem::exists(job.output));
}

TEST_F(BuildBook, LeavesTheOutputAsItWasWhenAWriteFails) {
    std::ofstream(job.output, std::ios::binary) << "the previous book";
    // Writes past 100 bytes fail with EFBIG (SIGXFSZ ignored) in this process only.
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 100;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const BookRun result = run(job);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous_handler);

    EXPECT_EQ(result.status, JobStatus::input_errors);
    ASSERT_FALSE(result.messages.empty());
    // One error, the last word: the build stopped there.
    EXPECT_NE(result.messages.back().find("error:"), std::string::npos) << result.messages.back();
    EXPECT_TRUE(result.has("output.write")) << result.messages.back();
    EXPECT_EQ(file_bytes(job.output), "the previous book");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 2U) << "the temporary file is removed";
}

TEST_F(BuildBook, WarnsAboutASourceDateEpochThatIsNotANumber) {
    job.source_date_epoch = "yesterday";
    const BookRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_TRUE(result.has("epub.source-date-epoch"));
}

TEST(ChapterOrderNamed, KnowsTheCommandLineNames) {
    EXPECT_EQ(chapter_order_named("date"), ChapterOrder::date);
    EXPECT_EQ(chapter_order_named("-date"), ChapterOrder::date_descending);
    EXPECT_EQ(chapter_order_named("title"), ChapterOrder::title);
    EXPECT_EQ(chapter_order_named("path"), ChapterOrder::path);
    EXPECT_EQ(chapter_order_named("size"), std::nullopt);
    EXPECT_EQ(group_by_named("category"), GroupBy::category);
    EXPECT_EQ(group_by_named("tag"), GroupBy::tag);
    EXPECT_EQ(group_by_named("none"), GroupBy::none);
    EXPECT_EQ(group_by_named("author"), std::nullopt);
}

}  // namespace
}  // namespace folio::epub

namespace folio::epub {
namespace {

TEST(BuildBookMetadata, TakesSubjectsOnceTheSharedSeriesAndEachChaptersAuthorFromTheArticles) {
    TempDir dir;
    dir.write("posts/one.md",
              "---\ntitle: One\ndate: 2024-01-01\nseries: [Koffie]\nauthors: [Marit]\n"
              "categories: [Drinks]\ntags: [coffee, Tea]\n---\n\nEen.\n");
    dir.write("posts/two.md",
              "---\ntitle: Two\ndate: 2024-02-01\nseries: koffie\nauthors: [Joost]\n"
              "tags: [tea, water]\n---\n\nTwee.\n");
    BookJob job;
    job.inputs = {(dir.path() / "posts").generic_string()};
    job.output = (dir.path() / "book.epub").generic_string();
    job.title = "Koffie";
    job.language = "nl";
    job.description = "Over koffie";
    job.source_date_epoch = "0";
    ASSERT_EQ(run(job).status, JobStatus::ok);
    const std::vector<ZipEntry> entries = read_zip(file_bytes(dir.path() / "book.epub"));
    const std::string opf = entry_text(entries, "content.opf");
    EXPECT_NE(opf.find("<dc:description>Over koffie</dc:description>\n"
                       "    <dc:subject>Drinks</dc:subject>\n    <dc:subject>coffee</dc:subject>\n"
                       "    <dc:subject>Tea</dc:subject>\n    <dc:subject>water</dc:subject>\n"
                       "    <meta property=\"belongs-to-collection\" id=\"series\">Koffie</meta>\n"
                       "    <meta refines=\"#series\" property=\"collection-type\">series</meta>\n"),
              std::string::npos)
        << opf;
    EXPECT_EQ(opf.find("group-position"), std::string::npos);  // a position is a single book's
    EXPECT_NE(entry_text(entries, "0002-two.xhtml").find("<p class=\"byline\">Joost</p>"),
              std::string::npos);
}

TEST(BuildBookMetadata, GivesASingleArticlesPlaceInItsSeriesAndNoBylineForOneAuthor) {
    TempDir dir;
    dir.write("one.md", "---\ntitle: One\nseries: Koffie\nseries_index: 3\nauthors: [Marit]\n---\n\nEen.\n");
    BookJob job;
    job.inputs = {(dir.path() / "one.md").generic_string()};
    job.output = (dir.path() / "book.epub").generic_string();
    job.language = "nl";
    job.source_date_epoch = "0";
    ASSERT_EQ(run(job).status, JobStatus::ok);
    const std::vector<ZipEntry> entries = read_zip(file_bytes(dir.path() / "book.epub"));
    EXPECT_NE(entry_text(entries, "content.opf")
                  .find("<meta refines=\"#series\" property=\"group-position\">3</meta>"),
              std::string::npos);
    EXPECT_EQ(entry_text(entries, "0001-one.xhtml").find("byline"), std::string::npos);
}

}  // namespace
}  // namespace folio::epub

namespace folio::epub {
namespace {

TEST(BuildBookManifest, DeclaresInlineSvgFromRawHtmlBesideMathMl) {
    TempDir dir;
    dir.write("a.md",
              "---\ntitle: Svg\n---\n\n<svg width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" "
              "r=\"4\"/></svg>\n\nAnd $x^2$.\n");
    dir.write("b.md", "---\ntitle: Plain\n---\n\n<svg width=\"1\" height=\"1\"></svg>\n");
    BookJob job;
    job.inputs = {(dir.path() / "a.md").generic_string(), (dir.path() / "b.md").generic_string()};
    job.output = (dir.path() / "book.epub").generic_string();
    job.language = "en";
    job.order = ChapterOrder::path;
    job.source_date_epoch = "0";
    ASSERT_EQ(run(job).status, JobStatus::ok);
    const std::string opf =
        entry_text(read_zip(file_bytes(dir.path() / "book.epub")), "content.opf");
    EXPECT_NE(opf.find("href=\"0001-a.xhtml\" media-type=\"application/xhtml+xml\" "
                       "properties=\"mathml svg\""),
              std::string::npos)
        << opf;
    EXPECT_NE(opf.find("href=\"0002-b.xhtml\" media-type=\"application/xhtml+xml\" "
                       "properties=\"svg\""),
              std::string::npos)
        << opf;
}

}  // namespace
}  // namespace folio::epub
