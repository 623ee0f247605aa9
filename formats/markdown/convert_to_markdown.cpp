#include "formats/markdown/convert_to_markdown.hpp"

#include <stdexcept>

#include "src/output/article_file.hpp"

namespace folio {

OutputFile markdown_file(const Article& article, FrontMatterTarget style, const Registry& formats,
                         Diagnostics& diagnostics, const WrittenBody* written) {
    ArticleFileOptions options;
    options.written_body = written;
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
    FilesPerArticle files = job.files;
    files.keep_written_bodies = !job.reformat;
    // A Markdown file's body is copied without an edit: its tree is never needed.
    files.body_needed = [&formats](const Article& article, std::string_view) {
        return body_format_for_path(formats, article.source.path).name != "markdown";
    };
    return write_files_per_article(
        files, load, sink,
        [&](Article article, const WrittenBody* written, Diagnostics& diagnostics) {
            return std::vector<OutputFile>{
                markdown_file(article, job.style, formats, diagnostics, written)};
        });
}

}  // namespace folio
