#include "src/pipeline/load_articles.hpp"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <stop_token>
#include <mutex>
#include <new>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <iostream>
#include <sstream>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "src/import/post_article.hpp"
#include "src/pipeline/detect_engine.hpp"
#include "src/text/mojibake.hpp"
#include "src/text/byte_size.hpp"
#include "src/text/slug.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

struct ClosesOnExit {
    int fd;
    explicit ClosesOnExit(int descriptor) : fd(descriptor) {}
    ClosesOnExit(const ClosesOnExit&) = delete;
    ClosesOnExit& operator=(const ClosesOnExit&) = delete;
    ~ClosesOnExit() { ::close(fd); }
};

// An HTML file in a folder is a post only when it opens with front matter, as Jekyll and Hugo
// have it: a built site, a theme's templates or an include in the same tree are not.
bool opens_with_front_matter(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return false;
    const ClosesOnExit closes(fd);
    char head[4] = {};
    const ssize_t got = ::read(fd, head, sizeof head);
    if (got < 4) return false;
    const std::string_view start(head, 4);
    return start == "---\n" || start == "+++\n" || start == "---\r" || start == "+++\r";
}

bool is_article_file(const fs::path& path) {
    const std::string ext = path.extension().string();
    if (ext == ".html" || ext == ".htm") return opens_with_front_matter(path);
    return ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mdx";
}

Diagnostic input_error(std::string code, std::string message, std::string path) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = std::move(path);
    return d;
}

const ImportedPosts::Entry* imported_entry(const std::string& path, const LoadOptions& options) {
    return options.imported ? options.imported->find(path) : nullptr;
}

// A post of an export, read from memory as `load_one` reads a file.
void load_imported(const ImportedPosts::Entry& entry, const LoadOptions& options, ArticleSlot& slot) {
    slot.diagnostics.append(entry.diagnostics);
    if (!entry.post) return;
    // A metadata pass with no hook reads nothing of the body: its HTML is not made again.
    std::optional<std::string> html = options.read.body || options.hook
                                          ? options.imported->html_of(entry, slot.diagnostics)
                                          : std::string();
    if (!html) return;
    const SourceText source(slot.path, std::move(*html));
    slot.article = article_from_post(*entry.post, source, *options.read.formats, options.read.body,
                                     slot.diagnostics);
    if (options.hook) options.hook(source, slot);
}

// The bytes of `path`: from the file, or from memory when it is a stream read before.
std::optional<std::string> article_bytes(const std::string& path, const LoadOptions& options,
                                         Diagnostics& diagnostics, bool* waited) {
    if (const ImportedPosts::Stream* kept = options.imported ? options.imported->stream(path) : nullptr) {
        diagnostics.append(kept->diagnostics);
        return kept->bytes;
    }
    return read_file_bytes(path, diagnostics, waited, options.max_article_size);
}

void load_one(const std::string& path, const LoadOptions& options, const EngineProfile* engine,
              ArticleSlot& slot, bool& waited) {
    slot.path = path;
    if (const ImportedPosts::Entry* entry = imported_entry(path, options))
        return load_imported(*entry, options, slot);
    std::optional<std::string> bytes = article_bytes(path, options, slot.diagnostics, &waited);
    if (!bytes) return;
    if (options.fix_mojibake) *bytes = repair_mojibake(*bytes);
    const SourceText source(path, std::move(*bytes));
    bytes.reset();  // moved into `source`, or copied there normalised: not needed any more
    ReadOptions read = options.read;
    if (read.engine == nullptr) read.engine = engine;
    slot.engine_syntax = engine_syntax_for(read);
    slot.article = read_article(source, read, slot.diagnostics);
    if (slot.article && options.hook) options.hook(source, slot);
}

}  // namespace

std::optional<std::string> read_file_bytes(const std::string& path, Diagnostics& diagnostics,
                                           bool* waited, std::uint64_t max_bytes) {
    const auto too_large = [&](std::string how_large) {
        diagnostics.report(input_error(
            "input.too-large",
            how_large + ", more than the largest article read (" + describe_size(max_bytes) +
                ", --max-article-size): not converted",
            path));
        return std::nullopt;
    };
    // open, fstat, one read, close: every article is read twice (metadata, then body), and
    // stdio's extra size check and end-of-file reads were a third of the syscalls of a run.
    const bool standard_input = path == "-";
    const int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        diagnostics.report(input_error("input.unreadable",
                                       std::string("cannot read file: ") + std::strerror(errno),
                                       path));
        return std::nullopt;
    }
    std::optional<ClosesOnExit> closer;
    if (!standard_input) closer.emplace(fd);
    struct stat info {};
    const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    // Refused by its size, before a byte is read: a 2 GB sparse file costs nothing.
    if (regular && static_cast<std::uint64_t>(info.st_size) > max_bytes)
        return too_large("the file holds " + describe_size(static_cast<std::uint64_t>(info.st_size)));
    // A pipe or device has no size: read at most one byte more than the bound, which is how
    // an endless one (`/dev/zero`, `yes |`) is found too large.
    const std::uint64_t most = max_bytes == UINT64_MAX ? max_bytes : max_bytes + 1;
    std::string bytes;
    // One byte more than the size: a regular file that returns less is at its end, so one read
    // does; a file that grew meanwhile, or a pipe, is read on to the end.
    std::size_t want = regular ? static_cast<std::size_t>(info.st_size) + 1 : 65536;
    // The first read of a regular file asks not to wait (RWF_NOWAIT): it is the same one read
    // when the file is cached, and says so when it is not. It may also return part of the file
    // (what is cached), which is no sign of its end.
    bool ask_first = waited != nullptr && regular;
    for (;;) {
        const std::size_t used = bytes.size();
        if (used >= most) return too_large("the input goes on past " + describe_size(max_bytes));
        want = static_cast<std::size_t>(std::min<std::uint64_t>(want, most - used));
        bytes.resize(used + want);
        ssize_t n = 0;
        if (ask_first) {
            ask_first = false;
            iovec piece{bytes.data() + used, want};
            n = ::preadv2(fd, &piece, 1, -1, RWF_NOWAIT);
            if (n < 0) {
                // EAGAIN: not cached (the kernel has started reading it). Anything else (a file
                // system without RWF_NOWAIT): read as usual.
                if (errno == EAGAIN) *waited = true;
                bytes.resize(used);
                continue;
            }
            const auto got = static_cast<std::size_t>(n);
            if (got > 0 && got + 1 < want) {
                *waited = true;
                bytes.resize(used + got);
                want -= got;
                continue;
            }
        } else {
            n = ::read(fd, bytes.data() + used, want);
        }
        if (n < 0 && errno == EINTR) {
            bytes.resize(used);
            continue;
        }
        if (n < 0) {
            diagnostics.report(input_error("input.unreadable",
                                           std::string("cannot read file: ") + std::strerror(errno),
                                           path));
            return std::nullopt;
        }
        bytes.resize(used + static_cast<std::size_t>(n));
        if (n == 0 || (regular && static_cast<std::size_t>(n) < want)) break;
        want = 65536;
    }
    return bytes;
}

namespace {

/// Starts the kernel reading a file a worker will read soon, without waiting for it; whether
/// it was in the page cache already. A read that asks not to wait (RWF_NOWAIT) and finds the
/// file missing has the kernel read it (as posix_fadvise WILLNEED would) and says so.
bool prefetch_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return true;  // the worker will report it
    char first = 0;
    iovec piece{&first, 1};
    const bool cached = ::preadv2(fd, &piece, 1, 0, RWF_NOWAIT) >= 0 || errno != EAGAIN;
    ::close(fd);
    return cached;
}

}  // namespace

namespace {

Diagnostic input_warning(std::string code, std::string message, std::string path) {
    Diagnostic d = input_error(std::move(code), std::move(message), std::move(path));
    d.severity = Severity::warning;
    return d;
}

// What an entry of a folder is, when it is no regular file: said in the warning that skips it.
std::string_view odd_kind(fs::file_type type) {
    switch (type) {
        case fs::file_type::fifo: return "a FIFO (named pipe)";
        case fs::file_type::character: return "a character device";
        case fs::file_type::block: return "a block device";
        case fs::file_type::socket: return "a socket";
        default: return "not a regular file";
    }
}

// The article files below `root`, unsorted. One folder at a time with a stack of its own
// (recursive_directory_iterator ends the whole walk at the first folder it cannot open, and
// skips links it cannot follow without a word). Links to folders are not followed, as before.
void find_articles(const fs::path& root, std::vector<std::string>& found,
                   Diagnostics& diagnostics) {
    std::vector<fs::path> folders{root};
    while (!folders.empty()) {
        const fs::path folder = std::move(folders.back());
        folders.pop_back();
        std::error_code ec;
        // Each folder's entries in name order, and its subfolders taken in that order too, so
        // the warnings come out the same on every run and file system.
        std::vector<fs::directory_entry> entries;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            entries.push_back(*it);
        // By the paths' bytes: within one folder the same order as comparing paths, which
        // splits both into components on every comparison (1.4% of a 2,000-article render).
        std::sort(entries.begin(), entries.end(),
                  [](const fs::directory_entry& a, const fs::directory_entry& b) {
                      return a.path().native() < b.path().native();
                  });
        const std::size_t first_subfolder = folders.size();
        for (const fs::directory_entry& entry : entries) {
            std::error_code type_ec;
            const fs::file_status own = entry.symlink_status(type_ec);
            if (own.type() == fs::file_type::directory) {
                folders.push_back(entry.path());
                continue;
            }
            if (!is_article_file(entry.path())) continue;
            const std::string path = entry.path().generic_string();
            fs::file_status target = own;
            if (own.type() == fs::file_type::symlink) {
                target = fs::status(entry.path(), type_ec);
                if (type_ec) {
                    const bool loop = type_ec.value() == ELOOP;
                    diagnostics.report(input_warning(
                        "input.skipped",
                        loop ? "a loop of symbolic links: skipped"
                             : "a symbolic link to nothing (" + type_ec.message() + "): skipped",
                        path));
                    continue;
                }
            }
            if (target.type() == fs::file_type::regular) {
                found.push_back(path);
            } else if (target.type() != fs::file_type::directory) {
                diagnostics.report(input_warning(
                    "input.skipped",
                    std::string(odd_kind(target.type())) +
                        ", not an article file: skipped (name it on the command line to read it)",
                    path));
            }
        }
        std::reverse(folders.begin() + static_cast<std::ptrdiff_t>(first_subfolder), folders.end());
        if (ec) {
            // The top folder is the input itself: without it there is nothing to read.
            Diagnostic d = input_error("input.unreadable", "cannot list folder: " + ec.message() +
                                       (folder == root ? std::string()
                                                       : "; the files in it are not converted"),
                                       folder.generic_string());
            if (folder != root) d.severity = Severity::warning;
            diagnostics.report(std::move(d));
        }
    }
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments,
                                        Diagnostics& diagnostics) {
    std::vector<std::string> paths;
    for (const std::string& argument : arguments) {
        if (argument == "-") {
            paths.push_back(argument);
            continue;
        }
        std::error_code ec;
        const fs::file_status status = fs::status(argument, ec);
        if (ec || !fs::exists(status)) {
            diagnostics.report(input_error("input.missing", "no such file or directory", argument));
            continue;
        }
        if (!fs::is_directory(status)) {
            paths.push_back(argument);
            continue;
        }
        std::vector<std::string> found;
        find_articles(argument, found, diagnostics);
        std::sort(found.begin(), found.end());
        paths.insert(paths.end(), found.begin(), found.end());
    }
    return paths;
}

namespace {

Diagnostic out_of_memory_error(const std::string& path) {
    return Diagnostic{Severity::error, "input.out-of-memory",
                      "out of memory reading or writing this article", path, 0, 0, {}};
}

/// Fills `slot` with the file of input `index`; sets `waited` when its read waited for the disk.
using FillSlot = std::function<void(std::size_t index, ArticleSlot& slot, bool& waited)>;

/// The engine of `for_each_article` and `for_each_body`: `fill(index, slot)` runs on worker
/// threads for every index below `count`, and `deliver(slot)` on this thread, strictly in index
/// order, until it returns false. Once a read has waited for the disk (the files are not in the
/// page cache: the first run over them, or they were evicted since), a thread of its own asks
/// the kernel for the next files ahead of the workers (`prefetch(index)`, which says whether
/// the file was cached already), so they find them read; a run over cached files never starts
/// it.
void fill_in_order(std::size_t count, unsigned threads, const FillSlot& fill,
                   const std::function<bool(std::size_t)>& prefetch,
                   const std::function<bool(ArticleSlot&)>& deliver) {
    if (count == 0) return;
    unsigned workers = threads != 0 ? threads : std::thread::hardware_concurrency();
    workers = static_cast<unsigned>(std::clamp<std::size_t>(workers, 1, count));
    // Files in flight at most: enough that no worker waits on one slow article, few enough that
    // memory stays flat however large the corpus is.
    const std::size_t window = std::max<std::size_t>(16, std::size_t{workers} * 8);

    std::vector<ArticleSlot> ring(window);
    std::vector<char> ready(window, 0);
    std::mutex mutex;
    // Two signals, each sent only when someone waits for it (a wake-up per article in both
    // directions showed up as a tenth of a 10,000-page site's time in futex calls and context
    // switches).
    std::condition_variable slot_ready;    // the in-order loop waits for its next slot
    std::condition_variable window_moved;  // workers wait for room in the window
    constexpr std::size_t kNobody = static_cast<std::size_t>(-1);
    std::size_t awaited = kNobody;  // the slot the in-order loop waits for
    std::size_t workers_waiting = 0;
    std::size_t next_to_claim = 0;
    std::size_t next_to_deliver = 0;

    // Read-ahead, for files not in the page cache. A thread of its own (started by the first
    // read that waited) keeps up to kPrefetchAhead files ahead of the claims, and goes idle
    // again once kPrefetchAhead files in a row were cached already (the rest of the input may
    // well be), until a read waits again. Workers wake it only when it has a batch of room, so
    // a cached run pays for nothing and a cold one for a wake-up per batch.
    constexpr std::size_t kPrefetchAhead = 64;
    std::condition_variable_any prefetch_room;  // the prefetcher waits here
    bool prefetch_active = false;  // all under `mutex`
    bool prefetcher_waiting = false;
    std::size_t prefetch_next = 0;  // the next file it would read ahead
    std::jthread prefetcher;        // started once; joined after the workers
    auto should_wake_prefetcher = [&] {
        return prefetcher_waiting && prefetch_active &&
               (next_to_claim >= count ||
                next_to_claim + kPrefetchAhead >= prefetch_next + kPrefetchAhead / 2);
    };
    auto prefetch_ahead = [&](std::stop_token stop) {
        std::size_t cached_in_a_row = 0;
        std::unique_lock lock(mutex);
        for (;;) {
            prefetch_next = std::max(prefetch_next, next_to_claim);
            if (prefetch_next >= count) return;
            if (!prefetch_active || prefetch_next >= next_to_claim + kPrefetchAhead) {
                prefetcher_waiting = true;
                const bool woken = prefetch_room.wait(lock, stop, [&] {
                    return next_to_claim >= count ||
                           (prefetch_active && prefetch_next < next_to_claim + kPrefetchAhead);
                });
                prefetcher_waiting = false;
                if (!woken) return;  // stop requested: the run is over
                continue;
            }
            const std::size_t index = prefetch_next++;
            lock.unlock();
            const bool cached = prefetch(index);
            lock.lock();
            cached_in_a_row = cached ? cached_in_a_row + 1 : 0;
            if (cached_in_a_row >= kPrefetchAhead) {
                prefetch_active = false;
                cached_in_a_row = 0;
            }
        }
    };

    // The waiting in-order loop is woken once a batch of slots from the one it waits for is
    // ready, or when nothing more is coming (every claimed slot is ready and no more can be
    // claimed: the end of the input, or a full window); one wake-up per article cost more than
    // the hand-over itself.
    const std::size_t batch = std::min<std::size_t>(8, window / 2);
    auto should_wake_deliverer = [&] {
        if (awaited == kNobody) return false;
        std::size_t run = 0;
        while (awaited + run < next_to_claim && ready[(awaited + run) % window] != 0) {
            if (++run >= batch) return true;
        }
        const bool no_more_claims =
            next_to_claim >= count || next_to_claim >= next_to_deliver + window;
        return run > 0 && awaited + run == next_to_claim && no_more_claims;
    };

    // Workers take the next file from a shared counter, so one slow article does not hold up a
    // whole share; each result lands in its slot of the ring and is delivered in input order.
    auto work = [&] {
        for (;;) {
            std::size_t index = 0;
            bool wake_prefetcher = false;
            {
                std::unique_lock lock(mutex);
                while (next_to_claim < count && next_to_claim >= next_to_deliver + window) {
                    ++workers_waiting;
                    window_moved.wait(lock);
                    --workers_waiting;
                }
                if (next_to_claim >= count) return;
                index = next_to_claim++;
                wake_prefetcher = should_wake_prefetcher();
            }
            if (wake_prefetcher) prefetch_room.notify_one();
            ArticleSlot slot;
            slot.index = index;
            bool waited = false;
            try {
                fill(index, slot, waited);
            } catch (const std::bad_alloc&) {
                // One article too large for the memory left (a huge or endless input): an error
                // naming it, instead of std::terminate on this thread, a SIGABRT with nothing
                // said and the run's temporary files left behind.
                slot.article.reset();
                slot.diagnostics.report(out_of_memory_error(slot.path));
            }
            bool wake = false;
            wake_prefetcher = false;
            {
                std::lock_guard lock(mutex);
                if (waited && prefetch && !prefetch_active) {
                    prefetch_active = true;
                    if (!prefetcher.joinable()) {
                        try {
                            prefetcher = std::jthread(prefetch_ahead);
                        } catch (const std::system_error&) {
                            // No thread to spare: the workers read as before, waiting.
                        }
                    } else {
                        wake_prefetcher = prefetcher_waiting;
                    }
                }
                ring[index % window] = std::move(slot);
                ready[index % window] = 1;
                wake = should_wake_deliverer();
            }
            if (wake) slot_ready.notify_one();
            if (wake_prefetcher) prefetch_room.notify_one();
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < workers; ++t) pool.emplace_back(work);
    // However this loop ends — done, `--fail-fast`, or an exception out of `in_order` — the
    // workers must stop claiming files before `pool` joins them: a worker waiting for the
    // window to move would otherwise wait for ever. Declared after `pool`, so it runs first.
    struct StopClaiming {
        std::mutex& mutex;
        std::condition_variable& window_moved;
        std::size_t& next_to_claim;
        std::size_t end;
        ~StopClaiming() {
            {
                std::lock_guard lock(mutex);
                next_to_claim = end;
            }
            window_moved.notify_all();
        }
    } stop_claiming{mutex, window_moved, next_to_claim, count};

    for (std::size_t index = 0; index < count; ++index) {
        ArticleSlot slot;
        bool wake = false;
        {
            std::unique_lock lock(mutex);
            while (ready[index % window] == 0) {
                awaited = index;
                slot_ready.wait(lock);
            }
            awaited = kNobody;
            slot = std::move(ring[index % window]);
            ready[index % window] = 0;
            ++next_to_deliver;
            wake = workers_waiting > 0;
        }
        if (wake) window_moved.notify_all();
        // Returning stops the workers claiming; the files they are reading now are dropped.
        if (!deliver(slot)) return;
    }
}

/// Hands `slot` to `in_order`; false when `--fail-fast` should stop the run there.
bool deliver_checked(ArticleSlot& slot, const LoadOptions& options,
                     const std::function<void(ArticleSlot&)>& in_order, LoadProgress& progress) {
    // Checked before too: `in_order` may move the diagnostics away to print them later.
    const bool read_errors = slot.diagnostics.has_errors();
    in_order(slot);
    ++progress.done;
    if (options.progress) options.progress(progress);
    return !(options.fail_fast && (read_errors || slot.diagnostics.has_errors()));
}

/// The file of an article read before, read again as `load_one` read it; empty, with the
/// reason in `diagnostics`, when it cannot be read now.
std::optional<SourceText> source_again(const std::string& path, const LoadOptions& options,
                                       Diagnostics& diagnostics, bool* waited = nullptr) {
    if (const ImportedPosts::Entry* entry = imported_entry(path, options)) {
        if (!entry->post) return std::nullopt;
        std::optional<std::string> html = options.imported->html_of(*entry, diagnostics);
        if (!html) return std::nullopt;
        return std::optional<SourceText>(std::in_place, path, std::move(*html));
    }
    std::optional<std::string> bytes = article_bytes(path, options, diagnostics, waited);
    if (!bytes) return std::nullopt;
    if (options.fix_mojibake) *bytes = repair_mojibake(*bytes);
    return std::optional<SourceText>(std::in_place, path, std::move(*bytes));
}

}  // namespace

std::vector<std::string> with_exports_expanded(const std::vector<std::string>& inputs,
                                               const LoadOptions& options) {
    if (!options.imported || options.read.formats == nullptr || options.read.formats->exports.empty())
        return inputs;
    std::vector<std::string> paths;
    paths.reserve(inputs.size());
    for (const std::string& input : inputs) {
        options.imported->keep_stream(input, *options.read.formats, options.max_article_size,
                                      options.max_export_size);
        if (std::optional<std::vector<std::string>> posts =
                options.imported->expand(input, *options.read.formats, options.max_export_size))
            paths.insert(paths.end(), posts->begin(), posts->end());
        else
            paths.push_back(input);
    }
    return paths;
}

namespace {

// The body of an article read before, from its file or its export's post.
// The engine whose conventions each file is read by: the one the options name, else the one of
// the site its folder belongs to, found once per folder here rather than by every worker.
std::vector<const EngineProfile*> engines_of(const std::vector<std::string>& paths,
                                             const LoadOptions& options) {
    std::vector<const EngineProfile*> engines(paths.size(), options.read.engine);
    if (options.read.engine == nullptr && options.read.detect_engine) {
        EngineDetector detector;
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (imported_entry(paths[i], options) == nullptr) engines[i] = detector.engine_for(paths[i]);
    }
    return engines;
}

// The engine syntax a file of `engine`'s site is read with, in both passes.
EngineSyntaxOptions engine_syntax_of(const LoadOptions& options, const EngineProfile* engine) {
    ReadOptions read = options.read;
    if (read.engine == nullptr) read.engine = engine;
    return engine_syntax_for(read);
}

// The body with the engine syntax the metadata pass read it with: without it a Hugo post's
// `{% image %}` in a code sample was read as a Liquid tag in the second pass only.
void read_body_from(const SourceText& source, Article& article, const LoadOptions& options,
                    const EngineSyntaxOptions& syntax, Diagnostics& diagnostics) {
    if (imported_entry(article.source.path, options) != nullptr)
        read_imported_body(source, article, *options.read.formats, diagnostics);
    else
        read_article_body(source, article, *options.read.formats, diagnostics, syntax);
}

}  // namespace

void for_each_article(const std::vector<std::string>& inputs, const LoadOptions& options,
                      const std::function<void(ArticleSlot&)>& in_order) {
    const std::vector<std::string> paths = with_exports_expanded(inputs, options);
    SlugAssigner slugs;
    LoadProgress progress{0, paths.size(), false};
    const std::vector<const EngineProfile*> engines = engines_of(paths, options);
    fill_in_order(
        paths.size(), options.threads,
        [&](std::size_t index, ArticleSlot& slot, bool& waited) {
            load_one(paths[index], options, engines[index], slot, waited);
        },
        [&](std::size_t index) {
            return imported_entry(paths[index], options) != nullptr || prefetch_file(paths[index]);
        },
        [&](ArticleSlot& slot) {
            if (slot.article) slugs.assign(*slot.article, slot.diagnostics);
            return deliver_checked(slot, options, in_order, progress);
        });
}

void for_each_body(std::vector<Article>& articles, const LoadOptions& options,
                   const std::function<void(ArticleSlot&)>& in_order) {
    // The prefetcher's own copy: the workers move the articles away as they go.
    std::vector<std::string> paths;
    paths.reserve(articles.size());
    for (const Article& article : articles) paths.push_back(article.source.path);
    const std::vector<const EngineProfile*> engines = engines_of(paths, options);
    LoadProgress progress{0, articles.size(), true};
    fill_in_order(
        articles.size(), options.threads,
        [&](std::size_t index, ArticleSlot& slot, bool& waited) {
            // Each index is filled by one worker only, so the vector itself is not shared.
            slot.path = paths[index];
            slot.article = std::move(articles[index]);
            try {
                const std::optional<SourceText> source =
                    source_again(slot.path, options, slot.diagnostics, &waited);
                if (!source) return;
                slot.engine_syntax = engine_syntax_of(options, engines[index]);
                read_body_from(*source, *slot.article, options, slot.engine_syntax,
                               slot.diagnostics);
                if (options.hook) options.hook(*source, slot);
            } catch (const std::bad_alloc&) {
                // The body did not fit: it goes, and the article stays as the metadata pass
                // read it, so a book keeps its chapter's title and place (a caller handed an
                // empty slot dereferenced it).
                slot.article->body = {};
                slot.article->footnotes = {};
                slot.diagnostics.report(out_of_memory_error(slot.path));
            }
        },
        [&](std::size_t index) {
            return imported_entry(paths[index], options) != nullptr || prefetch_file(paths[index]);
        },
        [&](ArticleSlot& slot) { return deliver_checked(slot, options, in_order, progress); });
}

bool read_body_again(Article& article, const LoadOptions& options, Diagnostics& diagnostics) {
    const std::optional<SourceText> source = source_again(article.source.path, options, diagnostics);
    if (!source) return false;
    read_body_from(*source, article, options,
                   engine_syntax_of(options, engines_of({article.source.path}, options).front()),
                   diagnostics);
    return true;
}

LoadedArticles load_articles(const std::vector<std::string>& paths, const LoadOptions& options) {
    LoadedArticles loaded;
    loaded.articles.reserve(paths.size());
    for_each_article(paths, options, [&](ArticleSlot& slot) {
        loaded.diagnostics.append(slot.diagnostics);
        if (slot.article) loaded.articles.push_back(std::move(*slot.article));
    });
    return loaded;
}

namespace {

// Names Windows keeps for devices, with any extension: a page folder `con/` or a bundle
// `nul/index.md` cannot be made or copied there. Slugs are lowercase already.
bool is_windows_device_name(std::string_view slug) {
    for (const std::string_view name : {"con", "prn", "aux", "nul"})
        if (slug == name) return true;
    return slug.size() == 4 && (slug.starts_with("com") || slug.starts_with("lpt")) &&
           slug[3] >= '1' && slug[3] <= '9';
}

Diagnostic slug_diagnostic(const Article& article, std::string code, std::string message) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = article.source.path;
    d.line = 1;
    d.column = 1;
    for (const auto& [key, at] : article.source.key_positions) {
        if (key == "slug" && !article.meta.slug.empty()) {
            d.line = at.line;
            d.column = at.column;
        }
    }
    return d;
}

}  // namespace

void SlugAssigner::assign(Article& article, Diagnostics& diagnostics) {
    std::string base = unicode_slug(article.meta.slug);
    if (base.empty() && article.source.path != "-") base = unicode_slug(article_name(article.source));
    if (base.empty()) base = unicode_slug(article.meta.title);
    if (base.empty()) base = "article";
    // A translation named by its file (`post.fa.md` next to `post.md`) is expected to share
    // its original's name: it takes the language as a suffix (`post-fa`), without a warning.
    if (taken_.count(base) != 0 && article.meta.slug.empty() &&
        !article.source.file_language.empty())
        base += "-" + slugify(article.source.file_language);
    std::string slug = base;
    if (taken_.count(slug) != 0) {
        // Counting on from the last suffix this base was given keeps n articles sharing one
        // slug linear: trying -2, -3, ... from the start each time took 70 s for 20,000.
        std::size_t& n = next_suffix_.try_emplace(base, 2).first->second;
        do {
            slug = base + "-" + std::to_string(n++);
        } while (taken_.count(slug) != 0);
        diagnostics.report(slug_diagnostic(
            article, "slug.duplicate",
            "slug '" + base + "' is already used by another article; this one becomes '" + slug +
                "'"));
    }
    if (is_windows_device_name(slug)) {
        diagnostics.report(slug_diagnostic(
            article, "slug.reserved",
            "slug '" + slug + "' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, "
            "LPT1-9): its files cannot be made or copied there; set another `slug`"));
    }
    taken_.insert(slug);
    article.slug = std::move(slug);
}

void assign_slugs(std::vector<Article>& articles, Diagnostics& diagnostics) {
    SlugAssigner assigner;
    for (Article& article : articles) assigner.assign(article, diagnostics);
}

}  // namespace folio
