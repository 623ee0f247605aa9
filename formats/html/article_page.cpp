#include <algorithm>
#include <optional>

#include "src/images/bundle_images.hpp"
#include "src/syndication/summary_text.hpp"
#include "formats/html/code_copy.hpp"
#include "formats/html/body_markup.hpp"
#include "formats/html/html_site.hpp"
#include "formats/html/labels.hpp"
#include "src/text/reader_labels.hpp"
#include "formats/html/json_ld.hpp"
#include "formats/html/page_frame.hpp"
#include "formats/html/related_posts.hpp"
#include "formats/html/table_of_contents.hpp"
#include "formats/html/unpublished_links.hpp"
#include "src/render/html_body.hpp"
#include "src/render/html_escape.hpp"
#include "src/render/html_tags.hpp"
#include "src/render/title_heading.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/reading_time.hpp"
#include "src/web/sanitize_html.hpp"

namespace folio::html {

namespace {

std::string folder_of(std::string_view file) {
    const std::size_t slash = file.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(file.substr(0, slash));
}

// The image copier is Hugo's page-bundle one; its diagnostics are reworded for a site, and a
// cover that cannot be copied is left off the page rather than linked where nothing is.
void adopt_image_diagnostics(const Diagnostics& from, Diagnostics& to) {
    for (Diagnostic d : from.items()) {
        if (d.code.starts_with("hugo.")) d.code.replace(0, 4, "html");
        const std::string_view left = "the reference is left as it was";
        if (const std::size_t at = d.message.find(left); at != std::string::npos) {
            d.message.replace(at, left.size(),
                              d.message.starts_with("cover image")
                                  ? "the page is written without it"
                                  : "the reference is left as it was");
        }
        const std::string_view bundle = "into the bundle";
        if (const std::size_t at = d.message.find(bundle); at != std::string::npos)
            d.message.replace(at, bundle.size(), "next to the page");
        to.report(std::move(d));
    }
}

// The path of a site-absolute URL (`/posts/x/` of `/posts/x/#part`) and what follows it;
// empty path for anything else.
std::pair<std::string_view, std::string_view> site_path(std::string_view url) {
    if (!url.starts_with('/') || url.starts_with("//")) return {};
    const std::size_t cut = url.find_first_of("?#");
    return {url.substr(0, cut), cut == std::string_view::npos ? "" : url.substr(cut)};
}

// `path` in `paths`, also when one of the two is written without the final `/`.
template <typename Container>
auto find_path(const Container& paths, std::string_view path) {
    auto found = paths.find(path);
    if (found == paths.end() && !path.empty() && !path.ends_with('/'))
        found = paths.find(std::string(path) + '/');
    return found;
}

// Site-absolute links to another article's permalink (`/posts/x/#part`) become relative links
// to its page, so they work from `file://` too; anything else is left as written.
// The entry a relative link to another article's Markdown file names (`post.md`,
// `../other/post.md#part`), by the file's name, and what follows the path.
std::optional<std::pair<std::size_t, std::string_view>> source_link(std::string_view url,
                                                                    const SitePlan& plan) {
    if (url.empty() || url.starts_with('/') || url.starts_with('#') ||
        url.find("://") != std::string_view::npos || url.starts_with("mailto:"))
        return std::nullopt;
    const std::size_t cut = url.find_first_of("?#");
    std::string_view path = url.substr(0, cut);
    const std::string_view rest = cut == std::string_view::npos ? "" : url.substr(cut);
    if (const std::size_t slash = path.rfind('/'); slash != std::string_view::npos)
        path.remove_prefix(slash + 1);
    for (const std::string_view extension : {".md", ".markdown", ".mdx"}) {
        if (!path.ends_with(extension)) continue;
        path.remove_suffix(extension.size());
        const auto found = plan.by_source_name.find(path);
        if (found == plan.by_source_name.end()) return std::nullopt;
        return std::pair{found->second, rest};
    }
    return std::nullopt;
}

std::string rewrite_site_link(std::string_view url, const SitePlan& plan, const PageFrame& frame) {
    if (const auto source = source_link(url, plan))
        return frame.root + plan.entries[source->first].page_file + std::string(source->second);
    const auto [path, rest] = site_path(url);
    if (path.empty()) return std::string(url);
    const auto found = find_path(plan.by_permalink, path);
    if (found == plan.by_permalink.end()) return std::string(url);
    return frame.root + plan.entries[found->second].page_file + std::string(rest);
}

void append_term_link(std::string& out, const PageFrame& frame, std::string_view folder,
                      const Term& term, std::string_view rel) {
    out += "<a href=\"" + href_to(frame, std::string(folder) + '/' + term.slug + "/index.html") +
           "\" rel=\"" + std::string(rel) + "\">";
    append_escaped_html(out, term.name);
    out += "</a>";
}

void append_neighbour(std::string& out, const PageFrame& frame, const SiteEntry& entry,
                      std::string_view rel, std::string_view label) {
    out += "<a rel=\"" + std::string(rel) + "\" href=\"" + href_to(frame, entry.page_file) +
           "\"><span class=\"label\">";
    append_escaped_html(out, label);
    out += "</span> ";
    append_escaped_html(out, entry.title);
    if (entry.draft) out += draft_mark(entry.language);
    out += "</a>";
}

// `script` or `style` when `tag` (the text after a `<`) starts one, else empty: raw HTML's
// elements whose text is code, which no reader reads.
std::string_view unread_element(std::string_view tag) {
    for (const std::string_view name : {std::string_view("script"), std::string_view("style")}) {
        if (tag.size() <= name.size() || !equals_ascii_lower(tag.substr(0, name.size()), name))
            continue;
        const char after = tag[name.size()];
        if (after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n' ||
            after == '\r' || after == '\f')
            return name;
    }
    return {};
}

// Where the end tag of `name` (`</script`, in any case) starts in `html` from `from`; npos when
// the element is never closed (then it runs to the end, as in a browser).
std::size_t end_tag_of(std::string_view html, std::string_view name, std::size_t from) {
    for (std::size_t at = html.find("</", from); at != std::string_view::npos;
         at = html.find("</", at + 2)) {
        if (equals_ascii_lower(html.substr(at + 2, name.size()), name)) return at;
    }
    return std::string_view::npos;
}

// The words a reader reads: the body's HTML without its tags, and without the code of raw
// HTML's scripts and styles (entities count as the letters they are; the TeX annotations of
// math count too, a few words at most).
std::size_t reading_minutes(std::string_view body_html) {
    std::string text;
    text.reserve(body_html.size());
    // Whole runs of text between tags at once; a tag becomes a space (`<p>a</p><p>b</p>` is
    // two words).
    for (std::size_t at = 0; at < body_html.size();) {
        const std::size_t open = body_html.find('<', at);
        text.append(body_html.substr(at, open == std::string_view::npos ? open : open - at));
        if (open == std::string_view::npos) break;
        text += ' ';
        std::size_t close = body_html.find('>', open);
        if (const std::string_view unread = unread_element(body_html.substr(open + 1));
            !unread.empty() && close != std::string_view::npos) {
            const std::size_t end = end_tag_of(body_html, unread, close + 1);
            close = end == std::string_view::npos ? end : body_html.find('>', end);
        }
        at = close == std::string_view::npos ? body_html.size() : close + 1;
    }
    return reading_time(text).minutes;
}

// The article's authors as one name list, else the site's author.
std::string author_of(const Article& article, const SiteOptions& options) {
    std::string names;
    for (const std::string& name : article.meta.authors) {
        if (name.empty()) continue;
        names += (names.empty() ? "" : ", ") + name;
    }
    return names.empty() ? options.author : names;
}

void append_related(std::string& out, const PageFrame& frame, const SitePlan& plan,
                    const std::vector<std::size_t>& related, const Labels& labels) {
    if (related.empty()) return;
    // Named by its label, not by an id: the body's headings may take any id.
    out += "<nav class=\"related\" aria-label=\"";
    append_escaped_html(out, labels.related);
    out += "\"><h2>";
    append_escaped_html(out, labels.related);
    out += "</h2>\n<ul>\n";
    for (const std::size_t index : related) {
        const SiteEntry& entry = plan.entries[index];
        out += "<li";
        if (entry.language != frame.language) {
            out += " lang=\"";
            append_escaped_html(out, entry.language);
            out += '"' + direction_change(entry.language, frame.language);
        }
        out += "><a href=\"" + href_to(frame, entry.page_file) + "\">";
        append_escaped_html(out, entry.title);
        if (entry.draft) out += draft_mark(entry.language);
        out += "</a>";
        if (entry.date) out += " <span class=\"post-meta\">" + time_element(*entry.date, entry.language) + "</span>";
        out += "</li>\n";
    }
    out += "</ul></nav>\n";
}

}  // namespace

ArticlePage write_article_page(Article& article, const SitePlan& plan, std::size_t entry,
                               const SiteOptions& options, const ImageLocator& locate,
                               const ResourceReader& resources, Diagnostics& diagnostics) {
    const SiteEntry& self = plan.entries[entry];
    const std::string folder = folder_of(self.page_file);
    ArticlePage page;

    // Images first: the copies' names are what the page links.
    std::vector<OutputFile> images;
    if (locate) {
        Diagnostics image_notes;
        images = bundle_images(article, folder.empty() ? std::string("-") : folder, locate,
                               resources, image_notes);
        adopt_image_diagnostics(image_notes, diagnostics);
        for (OutputFile& image : images) {
            // At the root the copier's folder was a stand-in.
            if (folder.empty()) image.path.erase(0, 2);
        }
        // An image may not replace the page itself or a file of the site.
        std::erase_if(images, [&](const OutputFile& image) {
            return image.path == self.page_file ||
                   (folder.empty() && page_file_for_permalink(image.path) == std::nullopt);
        });
    }

    if (!plan.unpublished.empty()) {
        const auto unpublished = [&](std::string_view url) {
            const std::string_view path = site_path(url).first;
            return !path.empty() && find_path(plan.unpublished, path) != plan.unpublished.end();
        };
        for (const auto& [url, at] : unlink_unpublished(article, unpublished)) {
            diagnostics.report(
                {Severity::warning,
                 "html.link.unpublished",
                 "the link to '" + url +
                     "' points at an article the site leaves out (a draft, dated after this "
                     "build or expired): it is "
                     "written as plain text",
                 article.source.path,
                 at.line,
                 at.column,
                 {}});
        }
    }

    PageFrame frame;
    frame.file = self.page_file;
    frame.root = root_prefix(self.page_file);
    frame.language = self.language;
    frame.title = article.meta.title;
    frame.description = !article.meta.description.empty() ? article.meta.description
                        : !self.summary.empty()               ? self.summary
                                                              : summary_text(article);
    frame.og_type = "article";
    frame.author = author_of(article, options);
    frame.published = self.date;
    frame.modified = self.updated;
    frame.draft = self.draft;
    for (const std::size_t tag : plan.entry_tags[entry]) frame.tags.push_back(plan.tags[tag].name);

    std::string cover_html;
    if (article.meta.cover && !article.meta.cover->source.empty()) {
        const Cover& cover = *article.meta.cover;
        const std::string copied_path = folder.empty() ? cover.source : folder + '/' + cover.source;
        const auto copy = std::find_if(images.begin(), images.end(),
                                       [&](const OutputFile& f) { return f.path == copied_path; });
        const bool remote =
            locate && locate(cover.source, article.source.path).kind == ImageLocation::Kind::remote;
        if (copy != images.end() || remote) {
            if (copy != images.end()) page.cover_length = copy->bytes.size();
            if (remote &&
                (cover.source.starts_with("https://") || cover.source.starts_with("http://")))
                frame.og_image = cover.source;
            else if (!remote && !options.base_url.empty())
                frame.og_image =
                    options.base_url + (folder.empty() ? "" : folder + '/') + cover.source;
            cover_html = "<figure class=\"cover\"><img src=\"" + escape_url(cover.source) +
                         "\" alt=\"" + escape_html(cover.alt) + "\">";
            if (!cover.caption.empty())
                cover_html += "<figcaption>" + escape_html(cover.caption) + "</figcaption>";
            cover_html += "</figure>\n";
        }
    }

    HtmlOptions body_options;
    body_options.heading_ids = true;
    body_options.cell_alignment = HtmlOptions::CellAlignment::style;
    body_options.highlight_code = options.highlight_code;
    const bool toc_said =
        self.toc != TocChoice::site_default && self.toc != TocChoice::site_default_open;
    const bool toc_wanted = toc_said ? self.toc != TocChoice::hidden : options.toc;
    const bool toc_open = self.toc == TocChoice::open || self.toc == TocChoice::site_default_open;
    std::vector<TocHeading> headings;
    if (toc_wanted) {
        body_options.on_heading = [&headings](int level, std::string_view id,
                                              std::string_view inner) {
            headings.push_back({level, std::string(id), std::string(inner)});
        };
    }
    body_options.rewrite_url = [&](std::string_view url, bool is_image) {
        return is_image ? std::string(url) : rewrite_site_link(url, plan, frame);
    };
    // Raw HTML as the author wrote it, but with the attributes HTML5 dropped (`align`,
    // `width="100%"`, `frameborder`) said in CSS, so the page passes the checker. With
    // `--sanitize`, only what the allow-list keeps.
    std::vector<std::string> removed;
    body_options.raw_html = [&options, &removed](std::string_view html, bool) {
        RawHtmlRewrite how;
        how.html5_attributes = true;
        std::string out = rewrite_raw_html(html, how);
        return options.sanitize ? sanitize_raw_html(out, &removed) : out;
    };
    // The title is printed from the metadata; a first H1 repeating it is left out (and put back,
    // so a feed item made from the article afterwards sees the whole body).
    std::string body_html;
    if (starts_with_title_heading(article)) {
        Block title = std::move(article.body.front());
        article.body.erase(article.body.begin());
        body_html = render_html(article.body, article.footnotes, body_options);
        article.body.insert(article.body.begin(), std::move(title));
    } else {
        body_html = render_html(article.body, article.footnotes, body_options);
    }

    if (!removed.empty()) {
        std::string what;
        for (const std::string& one : removed) what += (what.empty() ? "" : ", ") + one;
        diagnostics.report({Severity::warning, "html.raw.removed",
                            "raw HTML --sanitize does not keep: " + what, article.source.path, 0,
                            0, {}});
    }

    const Labels& labels = labels_for(self.language);
    const ReaderLabels& reader = reader_labels(self.language);
    body_html = html5_body(std::move(body_html), reader.footnotes);
    const std::size_t minutes = reading_minutes(body_html);
    {
        BlogPosting posting;
        posting.headline = article.meta.title;
        posting.description = frame.description;
        posting.author = frame.author;
        posting.image = frame.og_image;
        if (!options.base_url.empty()) posting.url = options.base_url + url_path_of(self.page_file);
        posting.published = self.date;
        posting.modified = self.updated;
        frame.json_ld = blog_posting_script(posting);
    }
    std::string main;
    main.reserve(body_html.size() + 2048);
    main += "<article class=\"post\">\n<header>\n<h1>";
    append_escaped_html(main, article.meta.title);
    if (self.draft) main += draft_mark(self.language);
    main += "</h1>\n";
    const auto& categories = plan.entry_categories[entry];
    if (self.date || !categories.empty() || minutes > 0 || !frame.author.empty()) {
        // Date · 5 min read · By author · categories, each only when known.
        main += "<p class=\"post-meta\">";
        std::string_view separator;
        if (self.date) {
            main += time_element(*self.date, self.language);
            separator = " · ";
        }
        if (minutes > 0) {
            main += std::string(separator) + "<span class=\"reading-time\">" +
                    std::to_string(minutes) + ' ' + escape_html(labels.min_read) + "</span>";
            separator = " · ";
        }
        if (!frame.author.empty()) {
            main += std::string(separator) + "<span class=\"author\">" +
                    escape_html(labels.author) + ' ' + escape_html(frame.author) + "</span>";
            separator = " · ";
        }
        for (const std::size_t category : categories) {
            main += separator;
            append_term_link(main, frame, "categories", plan.categories[category], "tag");
            separator = " · ";
        }
        main += "</p>\n";
    }
    const auto& tags = plan.entry_tags[entry];
    if (!tags.empty()) {
        main += "<ul class=\"tags\">";
        for (const std::size_t tag : tags) {
            main += "<li>";
            append_term_link(main, frame, "tags", plan.tags[tag], "tag");
            main += "</li>";
        }
        main += "</ul>\n";
    }
    if (!self.summary.empty()) {
        main += "<p class=\"summary\">";
        append_escaped_html(main, self.summary);
        main += "</p>\n";
    }
    main += "</header>\n";
    main += cover_html;
    main += table_of_contents(headings, reader.contents, toc_open);
    main += "<div class=\"post-body\">\n";
    main += body_html;
    main += "</div>\n</article>\n";
    if (has_code_block(body_html)) main += copy_button_script(labels);
    append_related(main, frame, plan, related_entries(plan, entry, options.related), labels);

    const std::size_t rank = plan.rank[entry];
    const bool has_newer = rank > 0;
    const bool has_older = rank + 1 < plan.newest_first.size();
    if (has_newer || has_older) {
        main += "<nav class=\"neighbours\" aria-label=\"";
        append_escaped_html(main, labels.neighbours);
        main += "\">";
        if (has_older)
            append_neighbour(main, frame, plan.entries[plan.newest_first[rank + 1]], "prev",
                             labels.older);
        if (has_newer)
            append_neighbour(main, frame, plan.entries[plan.newest_first[rank - 1]], "next",
                             labels.newer);
        main += "</nav>\n";
    }

    page.files.push_back({self.page_file, page_document(frame, plan, options, main)});
    for (OutputFile& image : images) page.files.push_back(std::move(image));
    return page;
}

}  // namespace folio::html
