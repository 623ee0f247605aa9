// Reads files into canonical articles and throws them away: the "whole read" (file, front
// matter decoded and mapped, body into the AST, slugs) with no writer after it, so the
// benchmark can hold exactly the foundation's cost against md4c's raw parse+render. Prints the
// number of articles and blocks read, which keeps the work from being optimised away.
//
//   read_articles [--threads N] INPUT...
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "src/pipeline/load_articles.hpp"
#include "formats/registry.hpp"

int main(int argc, char** argv) {
    folio::LoadOptions options = folio::builtin_load_options();
    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--threads" && i + 1 < argc) {
            options.threads = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        } else {
            arguments.push_back(argument);
        }
    }
    folio::Diagnostics diagnostics;
    const std::vector<std::string> paths = folio::collect_inputs(arguments, diagnostics);
    std::size_t articles = 0;
    std::size_t blocks = 0;
    bool errors = diagnostics.has_errors();
    folio::for_each_article(paths, options, [&](folio::ArticleSlot& slot) {
        errors = errors || slot.diagnostics.has_errors();
        if (slot.article) {
            ++articles;
            blocks += slot.article->body.size();
        }
    });
    std::printf("%zu articles, %zu top-level blocks\n", articles, blocks);
    return errors ? 1 : 0;
}
