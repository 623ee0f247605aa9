#include "src/pipeline/load_articles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <new>
#include <set>
#include <stdexcept>
#include <thread>

#include "tests/support/temp_dir.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include "formats/registry.hpp"

namespace folio {
namespace {

using testing::TempDir;

// The first pass of a book or a site: metadata only, as `options` says otherwise.
LoadedArticles load_metadata(const std::vector<std::string>& paths, LoadOptions options = builtin_load_options()) {
    options.read.body = false;
    return load_articles(paths, options);
}

std::vector<std::string> codes(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) out.push_back(d.code);
    return out;
}

TEST(CollectInputs, ExpandsDirectoriesRecursivelyInSortedOrder) {
    const TempDir dir;
    dir.write("b.md", "b");
    dir.write("a/z.markdown", "z");
    dir.write("a/notes.txt", "not an article");
    dir.write("c/index.md", "c");
    Diagnostics diagnostics;
    const auto paths = collect_inputs({dir.path().string()}, diagnostics);
    ASSERT_EQ(paths.size(), 3u);
    EXPECT_TRUE(paths[0].ends_with("a/z.markdown"));
    EXPECT_TRUE(paths[1].ends_with("b.md"));
    EXPECT_TRUE(paths[2].ends_with("c/index.md"));
    EXPECT_TRUE(diagnostics.items().empty());
}

// Issue 19: Jekyll's and Hugo's HTML posts are found in folders; a theme's templates and a
// built page (no front matter) next to them are not posts.
TEST(CollectInputs, FindsHtmlFilesThatOpenWithFrontMatter) {
    const TempDir dir;
    dir.write("_posts/2020-01-01-a.html", "---\ntitle: a\n---\n<p>a</p>\n");
    dir.write("content/b.htm", "+++\ntitle = 'b'\n+++\n<p>b</p>\n");
    dir.write("_includes/head.html", "<meta charset=\"utf-8\">\n");
    dir.write("public/index.html", "<!DOCTYPE html><html></html>\n");
    dir.write("short.html", "--");
    Diagnostics diagnostics;
    const auto paths = collect_inputs({dir.path().string()}, diagnostics);
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_TRUE(paths[0].ends_with("_posts/2020-01-01-a.html"));
    EXPECT_TRUE(paths[1].ends_with("content/b.htm"));
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(ReadFileBytes, ReadsFilesOfEverySizeEmptyOnesAndPipesWhole) {
    // One read of the file's size plus a byte ends a regular file; a pipe has no size and is
    // read on to its end.
    const TempDir dir;
    for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{4095},
                                   std::size_t{4096}, std::size_t{65536}, std::size_t{300000}}) {
        std::string bytes(size, 'x');
        for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
        dir.write("f.md", bytes);
        Diagnostics diagnostics;
        const std::optional<std::string> read =
            read_file_bytes((dir.path() / "f.md").string(), diagnostics);
        ASSERT_TRUE(read.has_value()) << size;
        EXPECT_EQ(*read, bytes) << size;
        EXPECT_TRUE(diagnostics.items().empty());
    }
    const std::string fifo = (dir.path() / "pipe.md").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string sent(200000, 'p');
    std::thread writer([&] {
        std::FILE* out = std::fopen(fifo.c_str(), "wb");
        ASSERT_NE(out, nullptr);
        for (std::size_t at = 0; at < sent.size(); at += 1000) {
            std::fwrite(sent.data() + at, 1, 1000, out);
            std::fflush(out);
        }
        std::fclose(out);
    });
    Diagnostics diagnostics;
    const std::optional<std::string> read = read_file_bytes(fifo, diagnostics);
    writer.join();
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->size(), sent.size());
    EXPECT_EQ(*read, sent);

    Diagnostics missing;
    EXPECT_FALSE(read_file_bytes((dir.path() / "none.md").string(), missing).has_value());
    EXPECT_EQ(codes(missing), std::vector<std::string>{"input.unreadable"});
}

// Issue 23: a 2 GB sparse article took 108 s and 6.6 GB; `/dev/zero` was read until the OOM
// killer came. A regular file is refused by its size before a byte is read, anything else
// after the bound plus one byte.
TEST(ReadFileBytes, RefusesAFileLargerThanTheBoundWithoutReadingIt) {
    const TempDir dir;
    const std::string sparse = dir.write("huge.md", "");
    ASSERT_EQ(::truncate(sparse.c_str(), std::int64_t{2} << 30), 0);
    Diagnostics diagnostics;
    const auto started = std::chrono::steady_clock::now();
    EXPECT_FALSE(read_file_bytes(sparse, diagnostics).has_value());
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              sparse + ": error: the file holds 2 GiB, more than the largest article read "
                       "(16 MiB, --max-article-size): not converted [input.too-large]\n");

    Diagnostics endless;
    EXPECT_FALSE(read_file_bytes("/dev/zero", endless, nullptr, 1000).has_value());
    EXPECT_EQ(format_diagnostic(endless.items().at(0)),
              "/dev/zero: error: the input goes on past 1000 bytes, more than the largest article "
              "read (1000 bytes, --max-article-size): not converted [input.too-large]\n");

    // At the bound exactly, a file is read whole.
    const std::string fits = dir.write("fits.md", std::string(1000, 'x'));
    Diagnostics none;
    EXPECT_EQ(read_file_bytes(fits, none, nullptr, 1000), std::string(1000, 'x'));
    EXPECT_FALSE(read_file_bytes(fits, none, nullptr, 999).has_value());
}

TEST(LoadArticles, ConvertsTheOtherArticlesWhenOneIsTooLarge) {
    const TempDir dir;
    const std::string big = dir.write("big.md", "---\ntitle: Big\n---\n" + std::string(5000, 'x'));
    const std::string small = dir.write("small.md", "---\ntitle: Small\n---\nText\n");
    LoadOptions options = builtin_load_options();
    options.max_article_size = 4096;
    const LoadedArticles loaded = load_articles({big, small}, options);
    ASSERT_EQ(loaded.articles.size(), 1u);
    EXPECT_EQ(loaded.articles[0].meta.title, "Small");
    EXPECT_EQ(codes(loaded.diagnostics), std::vector<std::string>{"input.too-large"});
}


// Issue 23: FIFOs, dangling links and loops of links inside an input folder were skipped
// without a word, and one unreadable subfolder ended the walk naming only the top folder.
TEST(CollectInputs, SkipsWhatIsNoRegularFileWithAWarningNamingIt) {
    const TempDir dir;
    const std::string good = dir.write("good.md", "x");
    dir.write("sub/deeper.md", "x");
    ASSERT_EQ(::mkfifo((dir.path() / "pipe.md").c_str(), 0600), 0);
    std::filesystem::create_symlink(dir.path() / "nothing-here.md", dir.path() / "dangling.md");
    std::filesystem::create_symlink(dir.path() / "loop-b.md", dir.path() / "loop-a.md");
    std::filesystem::create_symlink(dir.path() / "loop-a.md", dir.path() / "loop-b.md");
    std::filesystem::create_symlink(dir.path() / "good.md", dir.path() / "link-to-good.md");
    Diagnostics diagnostics;
    const std::vector<std::string> paths = collect_inputs({dir.path().string()}, diagnostics);
    ASSERT_EQ(paths.size(), 3u);
    EXPECT_TRUE(paths[0].ends_with("/good.md"));
    EXPECT_TRUE(paths[1].ends_with("/link-to-good.md"));
    EXPECT_TRUE(paths[2].ends_with("/sub/deeper.md"));
    std::vector<std::string> printed;
    for (const Diagnostic& d : diagnostics.items()) printed.push_back(format_diagnostic(d));
    // In name order, whatever order the file system lists them in.
    const std::string root = dir.path().generic_string();
    EXPECT_EQ(printed, (std::vector<std::string>{
                           root + "/dangling.md: warning: a symbolic link to nothing (No such file "
                                  "or directory): skipped [input.skipped]\n",
                           root + "/loop-a.md: warning: a loop of symbolic links: skipped "
                                  "[input.skipped]\n",
                           root + "/loop-b.md: warning: a loop of symbolic links: skipped "
                                  "[input.skipped]\n",
                           root + "/pipe.md: warning: a FIFO (named pipe), not an article file: "
                                  "skipped (name it on the command line to read it) "
                                  "[input.skipped]\n",
                       }));
    // Named on the command line, a FIFO is read (with the same bound).
    EXPECT_EQ(collect_inputs({(dir.path() / "pipe.md").string()}, diagnostics).size(), 1u);
}

TEST(CollectInputs, GoesOnPastASubfolderItCannotList) {
    if (::geteuid() == 0) GTEST_SKIP() << "root lists every folder";
    const TempDir dir;
    dir.write("a/one.md", "x");
    dir.write("locked/two.md", "x");
    dir.write("z/three.md", "x");
    std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::none);
    Diagnostics diagnostics;
    const std::vector<std::string> paths = collect_inputs({dir.path().string()}, diagnostics);
    std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_all);
    EXPECT_EQ(paths.size(), 2u);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              dir.path().generic_string() +
                  "/locked: warning: cannot list folder: Permission denied; the files in it are "
                  "not converted [input.unreadable]\n");
}

// Found by the EPUB work: an exception out of the in-order callback left the workers waiting
// for the window to move, and joining them never returned.
// Drops a written file from the page cache (synced first: only clean pages go), so that
// reading it must wait for the disk. False where files live in memory (tmpfs), or where the
// kernel keeps the pages anyway.
bool evict_from_page_cache(const std::string& path) {
    struct statfs fs {};
    if (::statfs(path.c_str(), &fs) != 0 || fs.f_type == TMPFS_MAGIC) return false;
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return false;
    ::fsync(fd);
    const bool dropped = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return dropped;
}

TEST(ReadFileBytes, SaysWhenTheReadHadToWaitForTheDisk) {
    const TempDir dir;
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "line " + std::to_string(i) + "\n";
    const std::string path = dir.write("a.md", text);
    Diagnostics diagnostics;
    bool waited = false;
    EXPECT_EQ(read_file_bytes(path, diagnostics, &waited), text);
    EXPECT_FALSE(waited) << "a file just written is in the page cache";
    if (!evict_from_page_cache(path)) GTEST_SKIP() << "files here are not read from a disk";
    EXPECT_EQ(read_file_bytes(path, diagnostics, &waited), text);
    EXPECT_TRUE(waited);
    EXPECT_TRUE(diagnostics.items().empty());
}

// Files not in the page cache start a thread that reads ahead of the workers: every article
// still arrives once, in order, whole; and an exception or --fail-fast still ends the run
// without waiting for that thread to finish the input.
TEST(ForEachArticle, ReadsAheadOfTheWorkersWhenTheFilesAreNotCached) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 120; ++i) {
        paths.push_back(dir.write("p" + std::to_string(1000 + i) + ".md",
                                  "---\ntitle: T" + std::to_string(i) + "\n---\n" +
                                      std::string(static_cast<std::size_t>(i) * 40 + 1, 'x') + "\n"));
    }
    const auto evict_all = [&paths] {
        bool all = true;
        for (const std::string& path : paths) all = evict_from_page_cache(path) && all;
        return all;
    };
    if (!evict_all()) GTEST_SKIP() << "files here are not read from a disk";
    for (const unsigned threads : {1u, 3u}) {
        evict_all();
        LoadOptions options = builtin_load_options();
        options.threads = threads;
        std::vector<std::string> titles;
        for_each_article(paths, options, [&](ArticleSlot& slot) {
            ASSERT_TRUE(slot.article.has_value());
            titles.push_back(slot.article->meta.title);
        });
        ASSERT_EQ(titles.size(), paths.size());
        for (std::size_t i = 0; i < titles.size(); ++i) EXPECT_EQ(titles[i], "T" + std::to_string(i));

        evict_all();
        int seen = 0;
        EXPECT_THROW(for_each_article(paths, options,
                                      [&](ArticleSlot&) {
                                          if (++seen == 3) throw std::runtime_error("stop");
                                      }),
                     std::runtime_error);

        evict_all();
        LoadedArticles first = load_metadata(paths, options);
        evict_all();
        std::size_t bodies = 0;
        for_each_body(first.articles, options, [&](ArticleSlot& slot) {
            ASSERT_EQ(slot.article->body.size(), 1u);
            EXPECT_EQ(slot.path, paths[bodies]);
            ++bodies;
        });
        EXPECT_EQ(bodies, paths.size());
    }
}

TEST(ForEachArticle, LetsAnExceptionFromTheCallbackThroughWithoutHanging) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 200; ++i) paths.push_back(dir.write("p" + std::to_string(i) + ".md", "# T\n"));
    LoadOptions options = builtin_load_options();
    options.threads = 2;
    int seen = 0;
    EXPECT_THROW(for_each_article(paths, options,
                                  [&](ArticleSlot&) {
                                      if (++seen == 3) throw std::runtime_error("stop");
                                  }),
                 std::runtime_error);
    EXPECT_EQ(seen, 3);
}

// The in-order loop is woken per batch of ready slots, not per article: whatever the number
// of workers and files (fewer than a batch, more than the window, a slow callback), every
// article still arrives once, in input order, and the loop never waits for ever.
TEST(ForEachArticle, DeliversEveryArticleOnceInInputOrderWhateverTheThreads) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 137; ++i) {
        paths.push_back(dir.write("p" + std::to_string(1000 + i) + ".md",
                                  "---\ntitle: T" + std::to_string(i) + "\n---\nbody\n"));
    }
    for (const unsigned threads : {1u, 2u, 3u, 8u}) {
        for (const std::size_t count : {std::size_t{1}, std::size_t{5}, std::size_t{137}}) {
            const std::vector<std::string> some(paths.begin(),
                                                paths.begin() + static_cast<long>(count));
            LoadOptions options = builtin_load_options();
            options.threads = threads;
            std::vector<std::string> titles;
            for_each_article(some, options, [&](ArticleSlot& slot) {
                ASSERT_TRUE(slot.article.has_value());
                EXPECT_EQ(slot.index, titles.size());
                titles.push_back(slot.article->meta.title);
                // A slow consumer now and then lets the window fill up.
                if (titles.size() % 40 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
            });
            ASSERT_EQ(titles.size(), count) << threads << " threads";
            for (std::size_t i = 0; i < count; ++i)
                EXPECT_EQ(titles[i], "T" + std::to_string(i)) << threads << " threads";
        }
    }
}

TEST(ReadBodyAgain, GivesTheBodyOfAFullReadWithoutRepeatingFrontMatterDiagnostics) {
    const TempDir dir;
    // `date` is impossible: a front-matter error the first pass reports and the second must not.
    const std::string path = dir.write("post.md",
                                       "---\r\ntitle: Post\r\ndate: 2026-02-30\r\n---\r\n"
                                       "Intro with caf\xc3\x83\xc2\xa9.\r\n\r\n## Part\r\n\r\n"
                                       "Text[^1].\r\n\r\n[^1]: A note.\r\n");
    LoadOptions full = builtin_load_options();
    full.fix_mojibake = true;

    LoadedArticles complete = load_articles({path}, full);
    LoadedArticles first = load_metadata({path}, full);
    ASSERT_EQ(complete.articles.size(), 1u);
    ASSERT_EQ(first.articles.size(), 1u);
    EXPECT_EQ(codes(first.diagnostics), std::vector<std::string>{"meta.date.impossible"});
    Article& article = first.articles.front();
    EXPECT_TRUE(article.body.empty());

    Diagnostics again;
    ASSERT_TRUE(read_body_again(article, full, again));
    EXPECT_TRUE(again.items().empty());
    EXPECT_EQ(article.body, complete.articles.front().body);
    EXPECT_EQ(article.footnotes, complete.articles.front().footnotes);
    EXPECT_EQ(article.slug, complete.articles.front().slug);
    ASSERT_EQ(article.body.size(), 3u);
    EXPECT_EQ(article.body[1].at.line, 7u);  // positions count from the top of the file

    std::filesystem::remove(path);
    EXPECT_FALSE(read_body_again(article, full, again));
    EXPECT_EQ(codes(again), std::vector<std::string>{"input.unreadable"});
}

// A body can start in the middle of a line: front matter closed by `---` at the very end of
// the file. Reading the body again from the start of that line made the `---` a thematic break.
TEST(ReadBodyAgain, StartsWhereTheFrontMatterEndsEvenWithoutAFinalNewline) {
    const TempDir dir;
    const std::string path = dir.write("closed.md", "---\ntitle: Closed\n---");
    LoadedArticles first = load_metadata({path});
    ASSERT_EQ(first.articles.size(), 1u);
    Article& article = first.articles.front();
    Diagnostics again;
    ASSERT_TRUE(read_body_again(article, builtin_load_options(), again));
    EXPECT_TRUE(article.body.empty());
    EXPECT_EQ(article.body, load_articles({path}, builtin_load_options()).articles.at(0).body);
}

// Pass 2 of a book: the bodies of articles read for metadata, in their order, with the first
// pass's metadata, slugs and key positions kept and nothing of its front matter reported again.
// Memory running out while a body is read or used (a 20 MB article under a memory limit): the
// slot was handed on with no article, and the book dereferenced it (SIGSEGV, one run in two of
// hardening.interrupted). The article stays as the metadata pass read it, without its body.
TEST(ForEachBody, KeepsTheArticleWithoutItsBodyWhenMemoryRunsOut) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 3; ++i)
        paths.push_back(dir.write("p" + std::to_string(i) + ".md",
                                  "---\ntitle: T" + std::to_string(i) + "\n---\n\nBody.\n"));
    LoadOptions options = builtin_load_options();
    options.threads = 2;
    LoadedArticles first = load_metadata(paths, options);
    ASSERT_EQ(first.articles.size(), 3u);
    LoadOptions bodies = builtin_load_options();
    bodies.threads = 2;
    bodies.hook = [](const SourceText&, ArticleSlot& slot) {
        if (slot.index == 1) throw std::bad_alloc();
    };
    std::vector<ArticleSlot> seen;
    for_each_body(first.articles, bodies, [&](ArticleSlot& slot) { seen.push_back(std::move(slot)); });
    ASSERT_EQ(seen.size(), 3u);
    ASSERT_TRUE(seen[1].article.has_value());
    EXPECT_EQ(seen[1].article->meta.title, "T1");
    EXPECT_TRUE(seen[1].article->body.empty());
    EXPECT_EQ(codes(seen[1].diagnostics), std::vector<std::string>{"input.out-of-memory"});
    ASSERT_TRUE(seen[2].article.has_value());
    EXPECT_EQ(seen[2].article->body.size(), 1u);
}

// A Hugo site's post shows a Jekyll tag as a code sample (the Jane theme's "migrate from
// Jekyll" post): Hugo processes no Liquid, and the metadata pass read the body so; the body
// pass read it with every engine's syntax, and `folio html`/`epub` warned of an unknown tag.
TEST(ForEachBody, ReadsTheBodyWithTheEngineSyntaxOfItsSite) {
    const TempDir dir;
    dir.write("site/hugo.toml", "baseURL = 'https://example.org/'\n");
    const std::string path = dir.write(
        "site/content/post/a.md",
        "---\ntitle: A\n---\n\nI changed:\n\n    {% image full x.jpg %}\n\nand {% image y %}.\n");
    LoadOptions options = builtin_load_options();
    LoadedArticles first = load_metadata({path}, options);
    ASSERT_EQ(first.articles.size(), 1u);
    std::vector<ArticleSlot> seen;
    for_each_body(first.articles, options, [&](ArticleSlot& slot) { seen.push_back(std::move(slot)); });
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(codes(seen[0].diagnostics), std::vector<std::string>{});
    ASSERT_TRUE(seen[0].article.has_value());
    Diagnostics again;
    Article article = *seen[0].article;
    ASSERT_TRUE(read_body_again(article, options, again));
    EXPECT_EQ(codes(again), std::vector<std::string>{});
    EXPECT_EQ(article.body, seen[0].article->body);
}

TEST(ForEachBody, FillsInTheBodiesInOrderAndKeepsTheFirstPassMetadata) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 60; ++i) {
        // An impossible date: a front-matter warning the first pass reports and this one must not.
        paths.push_back(dir.write("p" + std::to_string(100 + i) + ".md",
                                  "---\ntitle: T" + std::to_string(i) +
                                      "\ndate: 2026-02-30\nslug: same\n---\n\n## Part " +
                                      std::to_string(i) + "\n\nText[^1].\n\n[^1]: a\n[^1]: b\n"));
    }
    const LoadedArticles complete = load_articles(paths, builtin_load_options());
    for (const unsigned threads : {1u, 2u, 5u}) {
        LoadOptions options = builtin_load_options();
        options.threads = threads;
        LoadedArticles first = load_metadata(paths, options);
        ASSERT_EQ(first.articles.size(), paths.size());
        // The book's order is not the files' order.
        std::reverse(first.articles.begin(), first.articles.end());
        std::remove(paths[7].c_str());
        LoadOptions bodies = builtin_load_options();
        bodies.threads = threads;
        std::size_t hooked = 0;
        std::mutex hook_mutex;
        bodies.hook = [&](const SourceText&, ArticleSlot& slot) {
            const std::lock_guard lock(hook_mutex);
            ++hooked;
            slot.output = slot.article->slug;
        };
        std::vector<ArticleSlot> seen;
        for_each_body(first.articles, bodies, [&](ArticleSlot& slot) { seen.push_back(std::move(slot)); });
        ASSERT_EQ(seen.size(), paths.size());
        EXPECT_EQ(hooked, paths.size() - 1);  // not for the file that is gone
        for (std::size_t k = 0; k < seen.size(); ++k) {
            const std::size_t i = paths.size() - 1 - k;
            const Article& expected = complete.articles[i];
            ASSERT_TRUE(seen[k].article.has_value());
            const Article& article = *seen[k].article;
            EXPECT_EQ(seen[k].index, k) << "its place in the vector given, not among the files";
            EXPECT_EQ(seen[k].path, paths[i]);
            EXPECT_EQ(article.meta, expected.meta);
            EXPECT_EQ(article.slug, expected.slug) << "the first pass's slug, not a new one";
            EXPECT_EQ(article.source.key_positions, expected.source.key_positions);
            if (i == 7) {
                EXPECT_TRUE(article.body.empty());
                EXPECT_EQ(codes(seen[k].diagnostics), std::vector<std::string>{"input.unreadable"});
                continue;
            }
            EXPECT_EQ(article.body, expected.body);
            EXPECT_EQ(article.footnotes, expected.footnotes);
            EXPECT_EQ(seen[k].output, expected.slug);
            EXPECT_EQ(codes(seen[k].diagnostics),
                      std::vector<std::string>{"markdown.footnote.duplicate"});
        }
        dir.write("p107.md", "---\ntitle: T7\ndate: 2026-02-30\nslug: same\n---\n\n## Part 7"
                             "\n\nText[^1].\n\n[^1]: a\n[^1]: b\n");
    }
}

// A file edited between the two reads: its body is found where it starts now, with a warning.
TEST(ReadBodyAgain, FindsTheBodyOfAFileChangedSinceTheFirstRead) {
    const TempDir dir;
    const std::string path = dir.write("post.md", "---\ntitle: Post\n---\nOld body.\n");
    LoadedArticles first = load_metadata({path});
    ASSERT_EQ(first.articles.size(), 1u);
    dir.write("post.md", "---\ntitle: Post\ntags: [a, b]\nsummary: longer now\n---\nNew body.\n");
    Article& article = first.articles.front();
    Diagnostics again;
    ASSERT_TRUE(read_body_again(article, builtin_load_options(), again));
    EXPECT_EQ(codes(again), std::vector<std::string>{"input.changed"});
    ASSERT_EQ(article.body.size(), 1u);
    EXPECT_EQ(article.body, load_articles({path}, builtin_load_options()).articles.at(0).body);
    EXPECT_EQ(article.meta.title, "Post");
    EXPECT_TRUE(article.meta.tags.empty()) << "the metadata stays as the first read found it";
}

TEST(CollectInputs, ReportsMissingInputsAndKeepsTheRest) {
    const TempDir dir;
    const std::string good = dir.write("a.md", "x");
    Diagnostics diagnostics;
    const auto paths = collect_inputs({(dir.path() / "missing.md").string(), good}, diagnostics);
    EXPECT_EQ(paths, std::vector<std::string>{good});
    ASSERT_EQ(codes(diagnostics), std::vector<std::string>{"input.missing"});
}

TEST(LoadArticles, OneBrokenFileDoesNotStopTheOthers) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 20; ++i) {
        const std::string name = "post-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".md";
        paths.push_back(dir.write(name, i == 7 ? "---\ntitle: [unclosed\n---\nbody\n"
                                               : "---\ntitle: Post " + std::to_string(i) +
                                                     "\ndate: 2025-01-01\n---\nbody\n"));
    }
    LoadOptions options = builtin_load_options();
    options.threads = 4;
    const LoadedArticles loaded = load_articles(paths, options);
    ASSERT_EQ(loaded.articles.size(), 19u);
    EXPECT_EQ(loaded.articles[6].meta.title, "Post 6");
    EXPECT_EQ(loaded.articles[7].meta.title, "Post 8");  // input order kept across threads
    ASSERT_TRUE(loaded.diagnostics.has_errors());
    EXPECT_TRUE(loaded.diagnostics.items().front().path.ends_with("post-07.md"));
    // yaml-cpp notices the unclosed `[` where the front matter ends: the closing fence.
    EXPECT_EQ(loaded.diagnostics.items().front().line, 3u);
}

TEST(AssignSlugs, PrefersFrontMatterThenFileNameThenTitle) {
    std::vector<Article> articles(4);
    articles[0].meta.slug = "Mijn Eerste Post";
    articles[0].source.path = "posts/ignored.md";
    articles[1].source.path = "posts/Café Crème.md";
    articles[2].source.path = "posts/why-its-late/index.md";
    articles[3].source.path = "-";
    articles[3].meta.title = "Geïntegreerde AI & Technologie";
    Diagnostics diagnostics;
    assign_slugs(articles, diagnostics);
    EXPECT_EQ(articles[0].slug, "mijn-eerste-post");
    EXPECT_EQ(articles[1].slug, "cafe-creme");
    EXPECT_EQ(articles[2].slug, "why-its-late");
    EXPECT_EQ(articles[3].slug, "geintegreerde-ai-technologie");
    EXPECT_TRUE(diagnostics.items().empty());
}

// Hugo, Jekyll and Astro keep a file name or slug in another script in the page's URL; folio
// made it `article` (and every such post after it `article-2`, ...), so each URL changed.
TEST(AssignSlugs, KeepsSlugsFileNamesAndTitlesInOtherScripts) {
    std::vector<Article> articles(4);
    articles[0].meta.slug = "日本語";
    articles[0].source.path = "posts/ignored.md";
    articles[1].source.path = "posts/Привет мир.md";
    articles[2].source.path = "-";
    articles[2].meta.title = "سلام دنیا";
    articles[3].source.path = "posts/東京/index.md";
    Diagnostics diagnostics;
    assign_slugs(articles, diagnostics);
    EXPECT_EQ(articles[0].slug, "日本語");
    EXPECT_EQ(articles[1].slug, "привет-мир");
    EXPECT_EQ(articles[2].slug, "سلام-دنیا");
    EXPECT_EQ(articles[3].slug, "東京");
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(AssignSlugs, ClashesAreWarnedAndNumbered) {
    std::vector<Article> articles(3);
    articles[0].source.path = "a/post.md";
    articles[1].source.path = "b/post.md";
    articles[2].source.path = "c/post.md";
    Diagnostics diagnostics;
    assign_slugs(articles, diagnostics);
    EXPECT_EQ(articles[1].slug, "post-2");
    EXPECT_EQ(articles[2].slug, "post-3");
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "b/post.md:1:1: warning: slug 'post' is already used by another article; this one "
              "becomes 'post-2' [slug.duplicate]\n");
}

// Issue 23: every clash tried -2, -3, ... from the start: 10,000 articles sharing one slug took
// 15 s, 20,000 took 70 s. Counting on from the last suffix makes it linear.
TEST(AssignSlugs, NumbersTwentyThousandClashesInLinearTime) {
    std::vector<Article> articles(20'000);
    for (Article& article : articles) article.meta.slug = "same";
    articles[1].meta.slug = "same-3";  // taken before its number comes up: skipped
    Diagnostics diagnostics;
    const auto started = std::chrono::steady_clock::now();
    assign_slugs(articles, diagnostics);
    const auto took = std::chrono::steady_clock::now() - started;
    // A guard against numbering that looks through every number taken so far for each
    // article (quadratic in the clashes), not a speed target: 20-60 ms here at load 2,
    // and a machine loaded fifteen times over once took 2.1 s.
    EXPECT_LT(took, std::chrono::seconds(10));
    EXPECT_EQ(articles[0].slug, "same");
    EXPECT_EQ(articles[1].slug, "same-3");
    EXPECT_EQ(articles[2].slug, "same-2");
    EXPECT_EQ(articles[3].slug, "same-4");
    EXPECT_EQ(articles[19'999].slug, "same-20000");
    std::set<std::string> distinct;
    for (const Article& article : articles) distinct.insert(article.slug);
    EXPECT_EQ(distinct.size(), articles.size());
}

TEST(AssignSlugs, WarnsAboutSlugsWindowsKeepsForDevices) {
    std::vector<Article> articles(4);
    articles[0].source.path = "posts/con.md";
    articles[1].source.path = "posts/COM1.md";
    articles[2].source.path = "posts/console.md";
    articles[3].source.path = "posts/com0.md";
    Diagnostics diagnostics;
    assign_slugs(articles, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "posts/con.md:1:1: warning: slug 'con' is a device name on Windows (CON, PRN, AUX, "
              "NUL, COM1-9, LPT1-9): its files cannot be made or copied there; set another "
              "`slug` [slug.reserved]\n");
    EXPECT_EQ(diagnostics.items()[1].path, "posts/COM1.md");
}

TEST(LoadArticles, PointsASlugClashAtTheSlugKey) {
    const TempDir dir;
    const std::string a = dir.write("a.md", "---\ntitle: A\nslug: same\n---\n");
    const std::string b = dir.write("b.md", "---\ntitle: B\ndate: 2025-01-01\nslug: same\n---\n");
    const LoadedArticles loaded = load_articles({a, b}, builtin_load_options());
    ASSERT_EQ(loaded.diagnostics.items().size(), 1u);
    EXPECT_EQ(loaded.diagnostics.items()[0].line, 4u);
    EXPECT_EQ(loaded.diagnostics.items()[0].column, 7u);
    EXPECT_EQ(loaded.articles[1].slug, "same-2");
}

TEST(LoadArticles, FixesMojibakeOnlyWhenAsked) {
    const TempDir dir;
    const std::string path = dir.write("a.md", "---\ntitle: ge\xE2\x88\x9A\xC3\x98ntegreerde\n---\n");
    const LoadedArticles as_is = load_articles({path}, builtin_load_options());
    EXPECT_EQ(as_is.articles.at(0).meta.title, "ge\xE2\x88\x9A\xC3\x98ntegreerde");
    LoadOptions fix = builtin_load_options();
    fix.fix_mojibake = true;
    const LoadedArticles fixed = load_articles({path}, fix);
    EXPECT_EQ(fixed.articles.at(0).meta.title, "geïntegreerde");
}

// Issue 7: --fail-fast hands on nothing after the first file with an error.
TEST(ForEachArticle, StopsAfterTheFirstErrorWhenFailingFast) {
    const TempDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 100; ++i) {
        const std::string text = i == 40 ? "---\ntitle: [broken\n---\nBody\n"
                                         : "---\ntitle: Fine\n---\nBody\n";
        paths.push_back(dir.write("p" + std::to_string(100 + i) + ".md", text));
    }
    for (const bool fail_fast : {false, true}) {
        LoadOptions options = builtin_load_options();
        options.threads = 2;
        options.fail_fast = fail_fast;
        std::vector<std::string> seen;
        for_each_article(paths, options, [&](ArticleSlot& slot) { seen.push_back(slot.path); });
        EXPECT_EQ(seen.size(), fail_fast ? 41u : 100u);
        EXPECT_EQ(seen.back(), fail_fast ? paths[40] : paths[99]);
    }
}

}  // namespace
}  // namespace folio
