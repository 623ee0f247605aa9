#include "cli/site_options.hpp"

#include <CLI/CLI.hpp>

#include "cli/highlight_options.hpp"
#include "formats/feed/feed.hpp"

namespace folio::cli {

void add_site_options(CLI::App& command, SiteCommandOptions& options, DraftsByDefault drafts) {
    command.add_option("inputs", options.inputs, kInputsHelpNoStdin)
        ->required();
    refuse_standard_output(
        *command.add_option("-o,--output", options.output, "The site folder to write into")
             ->required());
    command.add_option("--base-url", options.base_url,
                       "Absolute site URL, like https://example.org/blog/ (default: base_url in "
                       "folio.toml): canonical links, Open Graph URLs, sitemap and feeds");
    command.add_option("--title", options.title, "Site title (default: title in folio.toml)");
    add_publication_options(command, options.publication, drafts);
    command.add_flag("--sanitize", options.sanitize,
                     "Hold the articles' raw HTML to the allow-list the book and feeds use "
                     "(no scripts, event handlers, frames or dangerous URLs), for content "
                     "you do not trust");
    add_no_highlight_option(command, options.highlight_code);
    command.add_option("--permalink", options.permalink,
                       "Article URL pattern, also the page's folder (default /posts/:slug/)");
    command.add_option("--old-permalink", options.old_permalink,
                       "The old blog's URL pattern, such as /blog/:slug: links in bodies written "
                       "that way point at the new pages");
    command.add_option("--page-size", options.page_size,
                       "Articles per index, tag and category page (default 20)");
    command.add_flag("--toc", options.toc,
                     "A table of contents on every article whose front matter does not say "
                     "(toc or ShowToc: false turns it off, TocOpen: true unfolds it)");
    command.add_option("--related", options.related,
                       "Related posts (by shared tags) under each article (default 5, 0: none)");
    command.add_option("--favicon", options.favicon,
                       "A .png, .svg or .ico file, copied to the site's root and linked from "
                       "every page");
    command.add_flag_callback(
        "--no-search", [&options] { options.search = false; },
        "Leave out the search page and its index (search = false in [html] of folio.toml)");
    command.add_option(
        "--static", options.static_dir,
        "Where site-absolute image paths resolve (default: 'static' in folio.toml)");
    command.add_option("--media", options.media_dir,
                       "A copy of the old WordPress or Ghost site's media folder "
                       "(wp-content/uploads, content/images): imported posts' images are "
                       "copied from it");
    add_common_options(command, options.common);
}

html::SiteJob site_job(const SiteCommandOptions& options, const Config& config) {
    // The command line wins over folio.toml.
    html::SiteJob job;
    job.inputs = options.inputs;
    job.output = options.output;
    job.base_url = options.base_url.empty() ? config.base_url : options.base_url;
    job.title = !options.title.empty()  ? options.title
                : !config.title.empty() ? config.title
                                        : "Blog";
    job.author = config.author;
    job.description = config.description;
    job.hub = config.websub_hub;
    job.language = config.language;
    job.time_zone = config.time_zone;
    job.permalink = options.permalink;
    job.old_permalink = options.old_permalink;
    job.static_dir = options.static_dir.empty() ? config.static_dir : options.static_dir;
    job.media.dir = options.media_dir;
    job.page_size = options.page_size;
    job.publication = options.publication;
    job.publication.now = build_time();
    job.sanitize = options.sanitize;
    job.highlight_code = options.highlight_code;
    job.toc = options.toc;
    job.related = options.related;
    job.favicon = options.favicon;
    job.search = options.search;
    // The site links its feeds; formats/feed writes them.
    job.feeds.rss = [](const Feed& feed) { return feed::write_rss(feed); };
    job.feeds.atom = [](const Feed& feed) { return feed::write_atom(feed); };

    return job;
}

}  // namespace folio::cli
