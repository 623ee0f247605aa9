#include <CLI/CLI.hpp>
#include <iostream>

#include "src/check/lint.hpp"
#include "cli/commands.hpp"

namespace folio::cli {

namespace {

struct CheckOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    std::string static_dir;
    bool warnings_as_errors = false;
};

int run_check(const CheckOptions& options) {
    Diagnostics diagnostics;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, diagnostics);
    if (!load) {
        print_diagnostics(diagnostics);
        return kExitUsage;
    }
    LintOptions lint;
    lint.static_dir = options.static_dir.empty() ? config.static_dir : options.static_dir;
    load->hook = [lint](const SourceText& source, ArticleSlot& slot) {
        lint_article(source, *slot.article, lint, slot.diagnostics);
    };
    const std::vector<std::string> paths = collect_inputs(options.inputs, diagnostics);
    print_diagnostics(diagnostics);
    for_each_article(paths, *load, [&](ArticleSlot& slot) {
        print_diagnostics(slot.diagnostics);
        diagnostics.append(slot.diagnostics);
    });
    flush_diagnostics();
    const auto count = [](std::size_t n, const char* word) {
        return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
    };
    const std::size_t warnings = diagnostics.count(Severity::warning);
    std::cerr << "folio check: " << count(paths.size(), "file") << ", "
              << count(diagnostics.count(Severity::error), "error") << ", "
              << count(warnings, "warning")
              << (options.warnings_as_errors && warnings > 0 ? " (--warnings-as-errors: exit 1)\n"
                                                             : "\n");
    const bool failed = diagnostics.has_errors() ||
                        (options.warnings_as_errors && warnings > 0);
    return failed ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand(
        "check", "Lint articles: front matter, dates, slugs, mojibake, images, repeated titles");
    command->add_option("inputs", options->inputs, kInputsHelp)
        ->required();
    command->add_option("--static", options->static_dir,
                        "Folder where site-absolute image paths (/blog/images/x.png) resolve");
    command->add_flag("--warnings-as-errors", options->warnings_as_errors,
                      "Exit 1 when there is any warning, as a CI check would want");
    add_common_options(*command, options->common);
    return [options] { return run_check(*options); };
}

}  // namespace folio::cli
