#include "formats/markdown/convert_to_markdown.hpp"

#include <stdexcept>

#include "src/output/article_file.hpp"

namespace folio {

OutputFile markdown_file(const Article& article, FrontMatterTarget style, const Registry& formats,
                         Diagnostics& diagnostics) {
    ArticleFileOptions options;
    options.target = style;
    options.body_format = "markdown";
    return OutputFile{article.slug + ".md",
                      write_article_file(article, options, formats, diagnostics)};
}

JobStatus write_markdown_files(const MarkdownJob& job, const LoadOptions& load,
                               const DiagnosticSink& sink) {
    if (!load.read.formats)
        throw std::logic_error("write_markdown_files: no formats to write with");
    const Registry& formats = *load.read.formats;
    return write_files_per_article(
        job.files, load, sink, [&](Article article, Diagnostics& diagnostics) {
            return std::vector<OutputFile>{markdown_file(article, job.style, formats, diagnostics)};
        });
}

}  // namespace folio
