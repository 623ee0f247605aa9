#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "render/html_body.hpp"

namespace folio::cli {

namespace {

struct RenderOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    bool front_matter = false;
};

int run_render(const RenderOptions& options) {
    Diagnostics diagnostics;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, diagnostics);
    if (!load) {
        print_diagnostics(diagnostics);
        return kExitUsage;
    }
    // A pure CommonMark body unless asked: there a leading `---` is a thematic break.
    load->read.front_matter = options.front_matter;
    const std::vector<std::string> paths =
        options.inputs.empty() ? std::vector<std::string>{"-"}
                               : collect_inputs(options.inputs, diagnostics);
    const LoadedArticles loaded = load_articles(paths, *load);
    diagnostics.append(loaded.diagnostics);
    std::string html;
    for (const Article& article : loaded.articles) {
        html.clear();
        html = render_html(article.body, article.footnotes);
        std::cout.write(html.data(), static_cast<std::streamsize>(html.size()));
    }
    std::cout.flush();
    print_diagnostics(diagnostics);
    return diagnostics.has_errors() ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_render_command(CLI::App& app) {
    auto options = std::make_shared<RenderOptions>();
    CLI::App* command = app.add_subcommand(
        "render", "Print the HTML body of Markdown documents (stdin when no file is given)");
    command->add_option("inputs", options->inputs, "Markdown files or directories, - for stdin");
    command->add_flag("--front-matter", options->front_matter,
                      "Split off a front-matter block first (default: the whole input is the body)");
    add_common_options(*command, options->common);
    return [options] { return run_render(*options); };
}

}  // namespace folio::cli
