// posts_report: what a program that uses folio as a library looks like. It reads the articles
// of a folder with folio's built-in formats, prints each one's date and title, counts the
// images and links in its body (walking the article tree), measures its HTML, and writes an
// RSS feed of the newest articles through the same job as `folio feed`.
//
//   posts_report POSTS_FOLDER FEED_FILE

#include <folio/folio.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace {

struct Counts {
    std::size_t images = 0;
    std::size_t links = 0;
};

/// The images and links of an article's body and footnotes, however deep: in quotes, lists and
/// tables, in emphasis, in a link's text or an image's description (`for_each_inline`).
Counts count_article(const folio::Article& article) {
    Counts counts;
    const auto count = [&counts](const folio::Inline& item) {
        counts.images += std::holds_alternative<folio::Image>(item.node);
        counts.links += std::holds_alternative<folio::Link>(item.node);
    };
    folio::for_each_inline(article.body, count);
    for (const folio::Footnote& note : article.footnotes) folio::for_each_inline(note.children, count);
    return counts;
}

void print_diagnostics(const folio::Diagnostics& diagnostics) {
    for (const folio::Diagnostic& diagnostic : diagnostics.items()) {
        std::cerr << folio::format_diagnostic(diagnostic);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: posts_report POSTS_FOLDER FEED_FILE\n";
        return 2;
    }
    const std::string posts = argv[1];
    const std::string feed_file = argv[2];

    // Read every article of the folder with the built-in formats (Markdown with YAML, TOML or
    // JSON front matter), on worker threads, into articles and their diagnostics.
    const folio::LoadOptions load = folio::builtin_load_options();
    folio::Diagnostics input_problems;
    const std::vector<std::string> paths = folio::collect_inputs({posts}, input_problems);
    print_diagnostics(input_problems);
    const folio::LoadedArticles loaded = folio::load_articles(paths, load);
    print_diagnostics(loaded.diagnostics);

    for (const folio::Article& article : loaded.articles) {
        const Counts counts = count_article(article);
        const std::string html = folio::render_html(article.body, article.footnotes);
        std::cout << (article.meta.date ? folio::format_rfc3339(*article.meta.date) : "-") << '\t'
                  << article.meta.title << "\timages: " << counts.images
                  << "\tlinks: " << counts.links << "\thtml: " << html.size() << " bytes\n";
    }

    // The feed, as `folio feed POSTS -o FEED_FILE --base-url https://example.org/` writes it.
    folio::feed::FeedJob job;
    job.inputs = {posts};
    job.output = feed_file;
    job.format = folio::feed::FeedFormat::rss;
    job.base_url = "https://example.org/";
    job.title = "Example posts";
    const folio::JobStatus status = folio::feed::build_feed_file(job, load, print_diagnostics);
    std::cout << loaded.articles.size() << " articles; feed "
              << (status == folio::JobStatus::ok ? "written to " + feed_file : "failed") << '\n';
    return static_cast<int>(status);
}
