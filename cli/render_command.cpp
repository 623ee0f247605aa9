#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/highlight_options.hpp"
#include "src/highlight/code_highlighter.hpp"
#include "src/render/html_body.hpp"

namespace folio::cli {

namespace {

struct RenderOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    bool front_matter = false;
    bool highlight_code = false;
};

int run_render(const RenderOptions& options) {
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, setup);
    if (!load) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    // A pure CommonMark body unless asked: there a leading `---` is a thematic break.
    load->read.front_matter = options.front_matter;
    // Rendering runs on the workers; the calling thread only writes pages out in order.
    HtmlOptions html;
    html.highlight_code = options.highlight_code;
    load->hook = [html](const SourceText&, ArticleSlot& slot) {
        slot.output = render_html(slot.article->body, slot.article->footnotes, html);
        slot.article.reset();
    };
    const std::vector<std::string> paths =
        options.inputs.empty() ? std::vector<std::string>{"-"}
                               : collect_inputs(options.inputs, setup);
    print_diagnostics(setup);
    bool errors = setup.has_errors();
    for_each_article(paths, *load, [&](ArticleSlot& slot) {
        std::cout.write(slot.output.data(), static_cast<std::streamsize>(slot.output.size()));
        print_diagnostics(slot.diagnostics);
        errors = errors || slot.diagnostics.has_errors();
    });
    std::cout.flush();
    if (std::optional<Diagnostic> unhighlighted = highlighter_unavailable_note()) {
        Diagnostics note;
        note.report(std::move(*unhighlighted));
        print_diagnostics(note);
    }
    return errors ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_render_command(CLI::App& app) {
    auto options = std::make_shared<RenderOptions>();
    CLI::App* command = app.add_subcommand(
        "render", "Print the HTML body of Markdown documents (stdin when no file is given)");
    command->add_option("inputs", options->inputs, kInputsHelp);
    command->add_flag("--front-matter", options->front_matter,
                      "Split off a front-matter block first (default: the whole input is the body)");
    add_highlight_option(*command, options->highlight_code);
    add_common_options(*command, options->common);
    return [options] { return run_render(*options); };
}

}  // namespace folio::cli
