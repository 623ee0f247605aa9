#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "output/output_file.hpp"

namespace folio::cli {

void add_common_options(CLI::App& command, CommonOptions& options) {
    command.add_option("--config", options.config_path,
                       "Site configuration (default: ./folio.toml if present)");
    command.add_option("--style", options.style,
                       "Front-matter style of the inputs: a (excerpt, category, featuredImage) or "
                       "b (Hugo/PaperMod); default: detected per file")
        ->check(CLI::IsMember({"a", "b"}));
    command.add_flag("--fix-mojibake", options.fix_mojibake,
                     "Repair text that was decoded with the wrong code page (never done silently)");
    command.add_option("--threads", options.threads, "Worker threads (default: one per core)");
}

std::optional<LoadOptions> prepare(const CommonOptions& options, Config& config,
                                   Diagnostics& diagnostics) {
    Result<Config> loaded = load_config(options.config_path, diagnostics);
    if (!loaded) {
        diagnostics.report(loaded.error());
        return std::nullopt;
    }
    config = std::move(*loaded);
    LoadOptions load;
    load.read.style = options.style.empty() ? config.style : parse_style(options.style);
    load.fix_mojibake = options.fix_mojibake;
    load.threads = options.threads;
    return load;
}

void print_diagnostics(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d);
    std::cerr << out << std::flush;
}

bool sync_output_folder(const std::string& root) {
    if (!std::filesystem::exists(root)) return true;
    if (std::optional<Diagnostic> problem = sync_file_system(root)) {
        Diagnostics failed;
        failed.report(std::move(*problem));
        print_diagnostics(failed);
        return false;
    }
    return true;
}

}  // namespace folio::cli
