#include "src/import/post_article.hpp"

#include "src/web/dangerous_urls.hpp"

namespace folio {

namespace {

// `https://old.example.com/2020/01/hello/` → `/2020/01/hello/`; a path stays as it is.
std::string url_path_of(std::string_view url) {
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return std::string(url);
    const std::size_t path = url.find('/', scheme + 3);
    return path == std::string_view::npos ? "/" : std::string(url.substr(path));
}

}  // namespace

void read_imported_body(const SourceText& html, Article& article, const Registry& formats,
                        Diagnostics& diagnostics) {
    article.body.clear();
    article.footnotes.clear();
    if (const BodyFormat* reader = find_body_format(formats, "html")) {
        Body body = reader->read(html, 0, html.text().size(), diagnostics, EngineSyntaxOptions{false, false});
        article.body = std::move(body.blocks);
        article.footnotes = std::move(body.footnotes);
        // As for a Markdown body: a `javascript:` link in an old post must not reach a page.
        remove_dangerous_body_urls(article, html, diagnostics);
        return;
    }
    if (html.text().find_first_not_of(" \n\t") == std::string::npos) return;
    Block block;
    block.node = HtmlBlock{html.text()};
    block.at = SourcePos{1, 1, 0};
    article.body.push_back(std::move(block));
}

Article article_from_post(const ExportedPost& post, const SourceText& html, const Registry& formats,
                          bool with_body, Diagnostics& diagnostics) {
    Article article;
    article.meta = post.meta;
    article.meta.page = post.page;
    article.source.path = html.path();
    article.source.body_line = 1;
    article.source.body_offset = 0;
    // The export's link is where the post was, not where it goes: a writer that keeps `url`
    // (Hugo's) would pin it to the old site. Its path is what a redirect matches.
    article.source.old_url = url_path_of(article.meta.url);
    article.source.old_query_url = post.old_query_url;
    article.meta.url.clear();
    // A featured image or a post-meta value with a `javascript:` URL, as for front matter.
    remove_dangerous_meta_urls(article, html, diagnostics);
    if (with_body) read_imported_body(html, article, formats, diagnostics);
    return article;
}

}  // namespace folio
