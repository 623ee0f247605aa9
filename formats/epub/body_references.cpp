#include "formats/epub/body_references.hpp"

#include <cctype>
#include <set>

#include "src/ast/walk.hpp"
#include "src/render/html_body.hpp"
#include "src/images/image_location.hpp"
#include "src/render/html_tags.hpp"
#include "src/web/url_safety.hpp"

namespace folio::epub {

namespace {

Diagnostic warning_at(const Article& article, SourcePos at, std::string code, std::string message) {
    Diagnostic diagnostic;
    diagnostic.severity = Severity::warning;
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.path = article.source.path;
    diagnostic.line = at.line;
    diagnostic.column = at.column;
    return diagnostic;
}

std::string problem_text(ImageProblem problem) {
    switch (problem) {
        case ImageProblem::unreadable:
            return "cannot be read";
        case ImageProblem::not_an_image:
            return "is not a PNG, JPEG, GIF, WebP or SVG image";
        case ImageProblem::broken_svg:
            return "is an SVG that is not well-formed XML, so it cannot be cleaned of scripts";
        case ImageProblem::none:
            return "";
    }
    return "";
}

/// The article name a link ends in, and its fragment: the last path segment of `../post/`,
/// `post.md#part` or `/posts/post/`; empty when there is none.
std::pair<std::string_view, std::string_view> article_name(std::string_view url) {
    std::string_view path = url;
    std::string_view fragment;
    if (const std::size_t hash = path.find('#'); hash != std::string_view::npos) {
        fragment = path.substr(hash + 1);
        path = path.substr(0, hash);
    }
    if (const std::size_t query = path.find('?'); query != std::string_view::npos)
        path = path.substr(0, query);
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    if (const std::size_t slash = path.find_last_of('/'); slash != std::string_view::npos) {
        path.remove_prefix(slash + 1);
    }
    return {path, fragment};
}

/// `map`'s entry for an article name (`post`, else `post` of `post.md`), or null.
template <typename Value>
const Value* find_article(const std::unordered_map<std::string, Value>& map,
                          std::string_view name) {
    if (name.empty()) return nullptr;
    auto found = map.find(std::string(name));
    if (found == map.end()) {
        const std::size_t dot = name.find_last_of('.');
        if (dot == std::string_view::npos || dot == 0) return nullptr;
        found = map.find(std::string(name.substr(0, dot)));
        if (found == map.end()) return nullptr;
    }
    return &found->second;
}

/// The chapter an article link points at: its last path segment (`../post/`, `post.md`,
/// `/posts/post/`) matched against the book's slugs and file names.
std::optional<std::string> chapter_link(std::string_view url, const ReferenceContext& context) {
    const auto [name, fragment] = article_name(url);
    const std::string* chapter = find_article(context.chapters, name);
    if (chapter == nullptr) return std::nullopt;
    std::string target = *chapter;
    if (!fragment.empty()) {
        const auto prefix = context.id_prefixes.find(*chapter);
        target += '#';
        if (prefix != context.id_prefixes.end()) target += prefix->second;
        target += fragment;
    }
    return target;
}

/// The article of another book of the run (`--split-by`) that a link points at, or null.
const ArticleElsewhere* elsewhere_link(std::string_view url, const ReferenceContext& context) {
    if (context.elsewhere == nullptr) return nullptr;
    return find_article(*context.elsewhere, article_name(url).first);
}

/// Where a link to an article of another book goes: its web page (with the link's fragment),
/// or nowhere (empty) with a note when its web address is not known.
std::string link_elsewhere(const ArticleElsewhere& target, std::string_view url,
                           const Article& article, SourcePos at, Diagnostics& diagnostics) {
    if (!target.url.empty()) {
        const std::string_view fragment = article_name(url).second;
        return fragment.empty() ? target.url : target.url + "#" + std::string(fragment);
    }
    diagnostics.report(Diagnostic{
        Severity::note, "epub.link.other-book",
        "link to '" + std::string(url) + "' points at '" + target.title + "', which is " +
            (target.book.empty() ? std::string("in no book of this run")
                                 : "in " + target.book) +
            ", and its web address is not known (folio.toml has no base_url); its text is "
            "kept without the link",
        article.source.path, at.line, at.column, {}});
    return {};
}

std::string locate(const ReferenceContext& context, std::string_view reference,
                   std::string_view article_path) {
    return context.locate_image ? context.locate_image(reference, article_path) : std::string();
}

/// Joins a site-absolute path to the site URL: `/blog/x` on `https://example.org/`.
std::string absolute_on(const std::string& base_url, std::string_view path) {
    std::string out = base_url;
    while (!out.empty() && out.back() == '/') out.pop_back();
    out += path;
    return out;
}

/// A remote image downloaded (`--fetch-images`) and embedded: its href, or empty with what
/// went wrong in `why` (the end of a sentence that starts with the URL).
std::optional<std::string> fetch_and_embed(const std::string& url, const ReferenceContext& context,
                                           ImageCatalog& images, std::string& why) {
    const FetchedImage fetched = context.fetch_image(url);
    if (fetched.path.empty()) {
        why = "could not be downloaded (" + fetched.problem + ")";
        return std::nullopt;
    }
    // Named after the URL's last segment (`photo.jpg` of `https://x.test/a/photo.jpg?w=2`),
    // not the cache file.
    std::string_view name = url;
    name = name.substr(0, name.find_first_of("?#"));
    if (const std::size_t slash = name.find_last_of('/'); slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    ImageProblem problem = ImageProblem::none;
    std::optional<std::string> href = images.embed(fetched.path, problem, name);
    if (!href) why = "was downloaded but " + problem_text(problem);
    return href;
}

class ReferenceWalker {
public:
    ReferenceWalker(Article& article, const ReferenceContext& context, ImageCatalog& images,
                    std::vector<std::string>& used_images, Diagnostics& diagnostics)
        : article_(article),
          context_(context),
          images_(images),
          used_images_(used_images),
          diagnostics_(diagnostics) {}

    void blocks(Blocks& blocks) {
        for_each_inline_run(blocks, [this](Inlines& run) { inlines(run, false); });
        for_each_raw_html(blocks, [this](std::string& html, SourcePos at) { raw_html(html, at); });
    }

    UrlRewrites rewrites;

private:
    /// Walks `list`, replacing nodes that cannot stay as they are; `in_link` because a link
    /// made from an image inside a link would nest `<a>`, which HTML forbids.
    void inlines(Inlines& list, bool in_link) {
        for (std::size_t i = 0; i < list.size();) {
            std::optional<Inlines> replacement;
            if (auto* link = std::get_if<Link>(&list[i].node)) {
                replacement = visit_link(*link);
            } else if (auto* image = std::get_if<Image>(&list[i].node)) {
                replacement = visit_image(*image, in_link);
            } else if (auto* emphasis = std::get_if<Emphasis>(&list[i].node)) {
                inlines(emphasis->children, in_link);
            } else if (auto* strong = std::get_if<Strong>(&list[i].node)) {
                inlines(strong->children, in_link);
            } else if (auto* strike = std::get_if<Strikethrough>(&list[i].node)) {
                inlines(strike->children, in_link);
            }
            if (!replacement) {
                ++i;
                continue;
            }
            const std::size_t count = replacement->size();
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
            list.insert(list.begin() + static_cast<std::ptrdiff_t>(i),
                        std::make_move_iterator(replacement->begin()),
                        std::make_move_iterator(replacement->end()));
            i += count;
        }
    }

    /// Empty to keep the link; else what replaces it.
    std::optional<Inlines> visit_link(Link& link) {
        inlines(link.children, true);
        const std::string& url = link.url;
        if (url.empty() || url.front() == '#' || is_remote_reference(url)) return std::nullopt;
        if (std::optional<std::string> chapter = chapter_link(url, context_)) {
            rewrites.links.emplace(url, std::move(*chapter));
            return std::nullopt;
        }
        if (const ArticleElsewhere* target = elsewhere_link(url, context_)) {
            std::string web = link_elsewhere(*target, url, article_, link.at, diagnostics_);
            if (web.empty()) return std::move(link.children);
            rewrites.links.emplace(url, std::move(web));
            return std::nullopt;
        }
        if (url.front() == '/' && !context_.base_url.empty()) {
            rewrites.links.emplace(url, absolute_on(context_.base_url, url));
            return std::nullopt;
        }
        diagnostics_.report(
            warning_at(article_, link.at, "epub.link.unresolved",
                       "link to '" + url + "' points at no article in the book" +
                           (url.front() == '/' ? std::string(" and folio.toml has no base_url")
                                               : std::string()) +
                           "; its text is kept without the link"));
        return std::move(link.children);
    }

    std::optional<Inlines> visit_image(Image& image, bool in_link) {
        const std::string path = locate(context_, image.url, article_.source.path);
        if (!path.empty()) {
            ImageProblem problem = ImageProblem::none;
            std::string cleaned;
            if (std::optional<std::string> href = images_.embed(path, problem, {}, &cleaned)) {
                if (!cleaned.empty())
                    diagnostics_.report(warning_at(article_, image.at, "epub.image.svg-cleaned",
                                                   "SVG image '" + image.url + "' (" + path +
                                                       ") is copied into the book without: " +
                                                       cleaned));
                used_images_.push_back(*href);
                rewrites.images.emplace(image.url, std::move(*href));
                return std::nullopt;
            }
            diagnostics_.report(warning_at(article_, image.at, "epub.image.missing",
                                           "image '" + image.url + "' (" + path + ") " +
                                               problem_text(problem) +
                                               "; its alt text is kept instead"));
            return alt_text(image);
        }
        if (is_remote_reference(image.url)) {
            if (context_.fetch_image) {
                std::string why;
                if (std::optional<std::string> href =
                        fetch_and_embed(image.url, context_, images_, why)) {
                    used_images_.push_back(*href);
                    rewrites.images.emplace(image.url, std::move(*href));
                    return std::nullopt;
                }
                diagnostics_.report(warning_at(article_, image.at, "epub.image.fetch",
                                               "remote image '" + image.url + "' " + why +
                                                   "; it becomes a link"));
            } else {
                diagnostics_.report(warning_at(article_, image.at, "epub.image.remote",
                                               "remote image '" + image.url +
                                                   "' is not embedded (an EPUB may not load from "
                                                   "the network; --fetch-images downloads it); it "
                                                   "becomes a link"));
            }
            if (in_link) return alt_text(image);
            Link link;
            link.url = image.url;
            link.title = image.title;
            link.children = alt_text(image);
            link.at = image.at;
            return Inlines{Inline{std::move(link)}};
        }
        diagnostics_.report(
            warning_at(article_, image.at, "epub.image.missing",
                       "image '" + image.url + "' cannot be found" +
                           (image.url.front() == '/' && !context_.has_static_dir
                                ? std::string(" (site-absolute path and no --static folder)")
                                : std::string()) +
                           "; its alt text is kept instead"));
        return alt_text(image);
    }

    /// Raw HTML keeps its text; the images it shows are embedded like Markdown images (the
    /// conversion to XHTML then names them by `rewrites.images`), and its links to other
    /// articles point at their chapters. Each URL is looked at once per chapter.
    void raw_html(const std::string& html, SourcePos at) {
        if (html.find("src") == std::string::npos && html.find("href") == std::string::npos &&
            html.find("poster") == std::string::npos)
            return;
        for (const HtmlImageSource& source : html_image_sources(html)) {
            if (!raw_seen_.insert(source.url).second) continue;
            raw_image(source.url, place_in_html(at, html, source.tag_begin));
        }
        if (html.find("href") == std::string::npos) return;
        for (const HtmlTag& tag : scan_html_tags(html)) {
            const std::string* href = tag.name == "a" && !tag.closing ? tag.attribute("href")
                                                                      : nullptr;
            if (href == nullptr || href->empty() || !raw_seen_.insert(*href).second) continue;
            const std::string& url = *href;
            if (url.front() == '#' || is_remote_reference(url)) continue;
            if (std::optional<std::string> chapter = chapter_link(url, context_)) {
                rewrites.links.emplace(url, std::move(*chapter));
            } else if (const ArticleElsewhere* target = elsewhere_link(url, context_)) {
                // Empty: the conversion to XHTML keeps the text without the link.
                rewrites.links.emplace(url, link_elsewhere(*target, url, article_,
                                                           place_in_html(at, html, tag.begin),
                                                           diagnostics_));
            } else if (url.front() == '/' && !context_.base_url.empty()) {
                rewrites.links.emplace(url, absolute_on(context_.base_url, url));
            } else {
                diagnostics_.report(warning_at(
                    article_, place_in_html(at, html, tag.begin), "epub.link.unresolved",
                    "link to '" + url + "' points at no article in the book" +
                        (url.front() == '/' ? std::string(" and folio.toml has no base_url")
                                            : std::string()) +
                        "; its text is kept without the link"));
                rewrites.links.emplace(url, std::string());
            }
        }
    }

    void raw_image(const std::string& url, SourcePos at) {
        const std::string path = locate(context_, url, article_.source.path);
        if (!path.empty()) {
            ImageProblem problem = ImageProblem::none;
            if (std::optional<std::string> href = images_.embed(path, problem)) {
                used_images_.push_back(*href);
                rewrites.images.emplace(url, std::move(*href));
                return;
            }
            diagnostics_.report(warning_at(article_, at, "epub.image.missing",
                                           "image '" + url + "' (" + path + ") " +
                                               problem_text(problem) +
                                               "; its alt text is kept instead"));
            return;
        }
        if (is_remote_reference(url)) {
            if (context_.fetch_image) {
                std::string why;
                if (std::optional<std::string> href =
                        fetch_and_embed(url, context_, images_, why)) {
                    used_images_.push_back(*href);
                    rewrites.images.emplace(url, std::move(*href));
                    return;
                }
                diagnostics_.report(warning_at(article_, at, "epub.image.fetch",
                                               "remote image '" + url + "' " + why +
                                                   "; it becomes a link"));
            } else if (!url.starts_with("data:")) {
                diagnostics_.report(warning_at(article_, at, "epub.image.remote",
                                               "remote image '" + url +
                                                   "' is not embedded (an EPUB may not load from "
                                                   "the network; --fetch-images downloads it); it "
                                                   "becomes a link"));
            }
            return;
        }
        diagnostics_.report(
            warning_at(article_, at, "epub.image.missing",
                       "image '" + url + "' cannot be found" +
                           (url.front() == '/' && !context_.has_static_dir
                                ? std::string(" (site-absolute path and no --static folder)")
                                : std::string()) +
                           "; its alt text is kept instead"));
    }

    /// The alt text as inlines, or the URL when there is none, so the reader sees something.
    static Inlines alt_text(const Image& image) {
        if (!image.alt.empty()) return image.alt;
        return Inlines{Inline{Text{image.url}}};
    }

    Article& article_;
    const ReferenceContext& context_;
    ImageCatalog& images_;
    std::vector<std::string>& used_images_;
    Diagnostics& diagnostics_;
    std::set<std::string> raw_seen_;  ///< URLs of raw HTML already looked at
};

/// The end of a missing-cover warning: what the chapter shows in its place.
std::string kept_instead(const Cover& cover) {
    if (!cover.caption.empty()) return "; its caption is kept instead";
    if (!cover.alt.empty()) return "; its alt text is kept instead";
    return "; the chapter has no cover";
}

SourcePos cover_position(const Article& article) {
    for (const auto& [key, at] : article.source.key_positions) {
        if (key == "cover" || key == "featuredImage" || key == "featured_image" || key == "image")
            return at;
    }
    return {};
}

}  // namespace

std::string UrlRewrites::rewrite(std::string_view url, bool is_image) const {
    const auto& map = is_image ? images : links;
    const auto found = map.find(std::string(url));
    return found == map.end() ? std::string(url) : found->second;
}

UrlRewrites resolve_references(Article& article, const ReferenceContext& context,
                               ImageCatalog& images, std::vector<std::string>& used_images,
                               Diagnostics& diagnostics) {
    ReferenceWalker walker(article, context, images, used_images, diagnostics);
    walker.blocks(article.body);
    for (Footnote& note : article.footnotes) walker.blocks(note.children);
    return std::move(walker.rewrites);
}

std::optional<ChapterCover> resolve_cover(const Article& article, const ReferenceContext& context,
                                          ImageCatalog& images, Diagnostics& diagnostics) {
    if (!article.meta.cover || article.meta.cover->source.empty()) return std::nullopt;
    const Cover& cover = *article.meta.cover;
    ChapterCover out;
    out.alt = cover.alt;
    out.caption = cover.caption;
    // The reader takes these out with a warning; a hand-built article's caption must not link
    // to one either.
    if (is_dangerous_url(cover.source)) return out;
    const std::string path = locate(context, cover.source, article.source.path);
    if (!path.empty()) {
        ImageProblem problem = ImageProblem::none;
        if (std::optional<std::string> href = images.embed(path, problem)) {
            out.href = std::move(*href);
            return out;
        }
        diagnostics.report(warning_at(article, cover_position(article), "epub.image.missing",
                                      "cover image '" + cover.source + "' (" + path + ") " +
                                          problem_text(problem) + kept_instead(cover)));
        return out;
    }
    if (is_remote_reference(cover.source)) {
        if (context.fetch_image) {
            std::string why;
            if (std::optional<std::string> href =
                    fetch_and_embed(cover.source, context, images, why)) {
                out.href = std::move(*href);
                return out;
            }
            diagnostics.report(warning_at(article, cover_position(article), "epub.image.fetch",
                                          "remote cover image '" + cover.source + "' " + why +
                                              "; its caption links to it"));
        } else {
            diagnostics.report(warning_at(article, cover_position(article), "epub.image.remote",
                                          "remote cover image '" + cover.source +
                                              "' is not embedded (an EPUB may not load from the "
                                              "network; --fetch-images downloads it); its "
                                              "caption links to it"));
        }
        out.link = cover.source;
        return out;
    }
    diagnostics.report(
        warning_at(article, cover_position(article), "epub.image.missing",
                   "cover image '" + cover.source + "' cannot be found" +
                       (cover.source.front() == '/' && !context.has_static_dir
                            ? std::string(" (site-absolute path and no --static folder)")
                            : std::string()) +
                       kept_instead(cover)));
    return out;
}

std::optional<std::string> resolve_book_cover(const std::string& path, ImageCatalog& images,
                                              Diagnostics& diagnostics) {
    ImageProblem problem = ImageProblem::none;
    std::optional<std::string> href = images.embed(path, problem);
    if (!href) {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::error;
        diagnostic.code = "epub.cover.unusable";
        diagnostic.message =
            "book cover '" + path + "' " + problem_text(problem) + "; the book has no cover";
        diagnostic.path = path;
        diagnostics.report(std::move(diagnostic));
    }
    return href;
}

}  // namespace folio::epub
