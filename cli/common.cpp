#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "formats/registry.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/output_file.hpp"

namespace folio::cli {

void add_common_options(CLI::App& command, CommonOptions& options) {
    command.add_option("--config", options.config_path,
                       "Site configuration (default: ./folio.toml if present)");
    command.add_option("--style", options.style,
                       "Front-matter style of the inputs: a (excerpt, category, featuredImage) or "
                       "b (Hugo/PaperMod); default: detected per file")
        ->check(CLI::IsMember({"a", "b"}));
    add_engine_option(command, options);
    command.add_flag("--fix-mojibake", options.fix_mojibake,
                     "Repair text that was decoded with the wrong code page (never done silently)");
    command.add_option("--threads", options.threads, "Worker threads (default: one per core)");
    add_input_bound_options(command, options);
    add_error_policy_options(command, options);
}

namespace {

// Built once and copied: each AsSizeValue builds and checks its table of units, which took
// every start-up 1.2 M instructions when each command built two.
const CLI::Validator& size_value() {
    static const CLI::Validator validator = CLI::AsSizeValue(false).description("");
    return validator;
}

}  // namespace

void add_input_bound_options(CLI::App& command, CommonOptions& options) {
    command
        .add_option("--max-article-size", options.max_article_size,
                    "Largest article file read, in bytes or with a unit (512KiB, 64MiB); a "
                    "larger one is an error and the others are converted (default: 16MiB)")
        ->transform(size_value())
        ->type_name("SIZE");
    command
        .add_option("--max-image-size", options.max_image_size,
                    "Largest image copied or embedded, in bytes or with a unit; a larger one is "
                    "left out with a warning at its reference (default: 50MiB)")
        ->transform(size_value())
        ->type_name("SIZE");
}

void add_engine_option(CLI::App& command, CommonOptions& options) {
    std::vector<std::string> names;
    for (const EngineProfile& profile : engine_profiles()) names.emplace_back(profile.name);
    command.add_option("--from", options.from,
                       "Engine whose conventions the inputs follow (front-matter keys, dates and "
                       "slugs in file names, pages that are not articles): " +
                           engine_profile_names() +
                           "; default: detected from the input's folder and its parents")
        ->check(CLI::IsMember(names));
}

void add_error_policy_options(CLI::App& command, CommonOptions& options) {
    CLI::Option* keep_going = command.add_flag_callback(
        "--keep-going", [&options] { options.fail_fast = false; },
        "On an input with an error, report it and go on with the others (the default); exit 1");
    CLI::Option* fail_fast =
        command.add_flag("--fail-fast", options.fail_fast,
                         "Stop at the first input with an error; a book or feed is then not "
                         "written (the previous one stays); exit 1");
    keep_going->excludes(fail_fast);
}

std::optional<LoadOptions> prepare(const CommonOptions& options, Config& config,
                                   Diagnostics& diagnostics) {
    Result<Config> loaded = load_config(options.config_path, diagnostics);
    if (!loaded) {
        diagnostics.report(loaded.error());
        return std::nullopt;
    }
    config = std::move(*loaded);
    LoadOptions load = builtin_load_options();
    load.read.style = options.style.empty() ? config.style : parse_style(options.style);
    if (!options.from.empty()) load.read.engine = find_engine_profile(options.from);
    load.fix_mojibake = options.fix_mojibake;
    load.threads = options.threads;
    load.fail_fast = options.fail_fast;
    load.max_article_size = options.max_article_size;
    load.max_image_size = options.max_image_size;
    load.progress = show_progress;
    return load;
}

void add_publication_options(CLI::App& command, PublicationRules& rules, DraftsByDefault drafts) {
    if (drafts == DraftsByDefault::shown) {
        rules.drafts = true;
        command.add_flag_callback("--no-drafts", [&rules] { rules.drafts = false; },
                                  "Leave drafts out, as folio html does: the site exactly as "
                                  "it is published (drafts = false in folio.toml)");
    } else {
        command.add_flag("--drafts", rules.drafts, "Include articles marked as drafts");
    }
    command.add_flag("--future", rules.future,
                     "Include articles dated after this build (left out by default, as Hugo "
                     "and Jekyll do)");
    command.add_flag("--expired", rules.expired,
                     "Include articles past their expiryDate (left out by default, as Hugo does)");
}

std::int64_t build_time() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void add_sync_option(CLI::App& command, CommonOptions& options) {
    command.add_flag("--sync", options.sync,
                     "Return only once every file written is on the disk (syncs the output's "
                     "file system, with whatever else was written to it)");
}

void refuse_standard_output(CLI::Option& output) {
    output.check(CLI::Validator(
        [](const std::string& value) -> std::string {
            if (value != "-") return {};
            return "'-' (standard output) takes one file, the EPUB or a feed; this command "
                   "writes a folder of files: name the folder";
        },
        "FOLDER"));
}

bool sync_output_folder(const std::string& root, const CommonOptions& options) {
    // Not by default: every file is already whole on disk or absent (renamed into place), and
    // waiting for the disk cost a fifth of a 10,000-page site's time (and more when other
    // programs had written much to the same file system). Hugo and static site tools do not
    // sync either; `--sync` is for a script that powers off or snapshots the disk right after.
    if (!options.sync || !std::filesystem::exists(root)) return true;
    if (std::optional<Diagnostic> problem = sync_file_system(root)) {
        Diagnostics failed;
        failed.report(std::move(*problem));
        print_diagnostics(failed);
        return false;
    }
    return true;
}

}  // namespace folio::cli
