#include "formats/markdown/convert_to_markdown.hpp"

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

}  // namespace folio
