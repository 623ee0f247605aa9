#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/terminal.hpp"
// once_per_run moved to the library (the site job needs it); the commands still use it.
#include "src/diagnostics/once_per_run.hpp"
#include "src/meta/publication.hpp"
#include "src/pipeline/config.hpp"
#include "src/pipeline/load_articles.hpp"

namespace CLI {
class App;
class Option;
}

namespace folio::cli {

/// Options every reading command shares.
struct CommonOptions {
    std::string config_path;
    std::string style;  ///< `a`, `b` or empty (detect)
    std::string from;   ///< `--from ENGINE`: `hugo`, `jekyll`, ... or empty (detected per folder)
    bool fix_mojibake = false;
    unsigned threads = 0;
    /// `--fail-fast`: stop at the first input with an error and write no single-file output
    /// (book, feed); the default `--keep-going` processes every other input.
    bool fail_fast = false;
    /// `--sync` (commands that write many files): sync the output's file system before exiting.
    bool sync = false;
    /// `--max-article-size`: a larger input file is an error, never read into memory.
    std::uint64_t max_article_size = kDefaultMaxArticleSize;
    /// `--max-image-size`: a larger image is not copied or embedded.
    std::uint64_t max_image_size = kDefaultMaxImageSize;
};

/// Exit codes, as documented in the README.
/// The help of every command's inputs, so each says the same of what folio reads.
inline constexpr const char* kInputsHelp =
    "Articles (Markdown, or HTML with front matter), folders of them, WordPress (.xml) or "
    "Ghost (.json) exports, or - for one article from standard input";
/// The same for commands that do not read standard input.
inline constexpr const char* kInputsHelpNoStdin =
    "Articles (Markdown, or HTML with front matter), folders of them, or WordPress (.xml) or "
    "Ghost (.json) exports";

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;  ///< some input had errors; the rest was processed
inline constexpr int kExitUsage = 2;        ///< bad command line or configuration

/// Adds `--config`, `--style`, `--from`, `--fix-mojibake`, `--threads`, `--keep-going` and `--fail-fast`
/// to a subcommand.
void add_common_options(CLI::App& command, CommonOptions& options);

/// Adds `--from ENGINE`, the engine whose conventions the inputs follow.
void add_engine_option(CLI::App& command, CommonOptions& options);

/// Adds `--max-article-size` and `--max-image-size` (part of `add_common_options`).
void add_input_bound_options(CLI::App& command, CommonOptions& options);

/// Adds `--keep-going` (the default) and `--fail-fast`, which exclude each other.
void add_error_policy_options(CLI::App& command, CommonOptions& options);

/// Loads the configuration and turns common options into load options; on failure prints the
/// problem and returns nullopt (the caller exits with kExitUsage).
std::optional<LoadOptions> prepare(const CommonOptions& options, Config& config,
                                   Diagnostics& diagnostics);


/// Makes `-o` of a command that writes a folder refuse `-` (standard output takes one file:
/// the EPUB or a feed), as a usage error that says so.
void refuse_standard_output(CLI::Option& output);

/// Whether a command shows drafts unless told otherwise.
enum class DraftsByDefault {
    left_out,  ///< `--drafts` shows them
    shown,     ///< the writer's preview (`folio serve`): `--no-drafts` leaves them out
};

/// Adds `--drafts` (or `--no-drafts`, as `drafts` says), `--future` and `--expired`: what a
/// build publishes besides the articles that are published at its time.
void add_publication_options(CLI::App& command, PublicationRules& rules,
                             DraftsByDefault drafts = DraftsByDefault::left_out);

/// The time of this build for the publication rules, in Unix seconds: the clock, as Hugo and
/// Jekyll use it. SOURCE_DATE_EPOCH stamps what is written; it does not decide what is
/// published (it is often 0, or the date of a release).
std::int64_t build_time();

/// Adds `--sync` to a command that writes many files with `Sync::at_end`.
void add_sync_option(CLI::App& command, CommonOptions& options);

/// Ends a run that wrote many files with `Sync::at_end`: with `--sync`, syncs the file system
/// holding `root` (when anything was written there). Prints a failure and returns false.
bool sync_output_folder(const std::string& root, const CommonOptions& options);

/// Each command registers itself on the app and returns the function that runs it.
using Runner = std::function<int()>;
Runner add_inspect_command(CLI::App& app);
Runner add_render_command(CLI::App& app);
Runner add_check_command(CLI::App& app);
Runner add_epub_command(CLI::App& app);
Runner add_hugo_command(CLI::App& app);
Runner add_markdown_command(CLI::App& app);
Runner add_feed_command(CLI::App& app);
Runner add_html_command(CLI::App& app);
Runner add_serve_command(CLI::App& app);
Runner add_migrate_command(CLI::App& app);
Runner add_verify_command(CLI::App& app);

}  // namespace folio::cli
