#include "formats/epub/kobo_spans.hpp"
#include "formats/epub/epub_writer.hpp"

#include <cctype>
#include <cstring>
#include <future>
#include <set>
#include <stdexcept>

#include "formats/epub/body_references.hpp"
#include "formats/epub/book_pages.hpp"
#include "formats/epub/chapter.hpp"
#include "formats/epub/chapter_fragments.hpp"
#include "formats/epub/chapter_raw_html.hpp"
#include "formats/epub/content_hash.hpp"
#include "formats/epub/navigation.hpp"
#include "formats/epub/package_document.hpp"
#include "formats/epub/xhtml_from_html.hpp"
#include "formats/epub/zip_writer.hpp"
#include "src/ast/walk.hpp"
#include "src/highlight/code_highlighter.hpp"
#include "src/render/html_body.hpp"
#include "src/render/html_tags.hpp"
#include "src/render/title_heading.hpp"
#include "src/text/reader_labels.hpp"

namespace folio::epub {

namespace {

/// The chapter prints the title itself, so an opening H1 that repeats it goes: the shared rule,
/// plus the case where the title was taken from that very heading (no title in the front
/// matter), which would otherwise be shown twice as well.
bool repeats_title(const Article& article) {
    if (starts_with_title_heading(article)) return true;
    if (article.source.title_origin != TitleOrigin::heading || article.body.empty()) return false;
    const auto* heading = std::get_if<Heading>(&article.body.front().node);
    return heading != nullptr && heading->level == 1 &&
           plain_text(heading->children) == article.meta.title;
}

/// A file name without folders and extension; for a page bundle (`post/index.md`) the folder,
/// as the loader names slugs.
std::string file_stem(std::string_view path) {
    std::string_view name = path;
    std::string_view folder;
    if (const std::size_t slash = name.find_last_of('/'); slash != std::string_view::npos) {
        folder = name.substr(0, slash);
        name.remove_prefix(slash + 1);
    }
    if (const std::size_t dot = name.find_last_of('.'); dot != std::string_view::npos && dot > 0) {
        name = name.substr(0, dot);
    }
    if ((name == "index" || name == "_index") && !folder.empty()) {
        if (const std::size_t slash = folder.find_last_of('/'); slash != std::string_view::npos) {
            folder.remove_prefix(slash + 1);
        }
        return std::string(folder);
    }
    return std::string(name);
}

Date date_only(const Date& date) {
    Date out;
    out.year = date.year;
    out.month = date.month;
    out.day = date.day;
    return out;
}

/// The instant of a date: one without an offset is placed in the book's time zone.
std::int64_t instant_of(const Date& date, const TimeZone& zone) {
    return to_unix_seconds(place_in_zone(date, zone));
}

/// Where the article links to `#fragment`: a Markdown link's place, else the raw HTML's.
SourcePos fragment_link_position(const Article& article, const std::string& fragment) {
    const std::string url = '#' + fragment;
    SourcePos found;
    for_each_inline(article.body, [&](const Inline& item) {
        if (const auto* link = std::get_if<Link>(&item.node); link && found.line == 0 &&
                                                               link->url == url)
            found = link->at;
    });
    if (found.line != 0) return found;
    for_each_raw_html(article.body, [&](const std::string& html, SourcePos at) {
        const std::size_t where = html.find("\"" + url + "\"");
        if (found.line != 0 || where == std::string::npos) return;
        const std::size_t tag = html.rfind('<', where);
        found = place_in_html(at, html, tag == std::string::npos ? where : tag);
    });
    return found;
}

/// Where the raw HTML that `what` names (as html_to_xhtml notes it: `<script> element`,
/// `onclick attribute`, `'x"' attribute`, `javascript: URL`) is first written in `article`, so
/// the warning points at it; the line and column of 0 when no raw HTML holds it.
SourcePos dropped_html_position(const Article& article, std::string_view what) {
    std::string needle;
    if (what.starts_with('<')) {
        needle = what.substr(0, what.find('>'));
    } else if (what.starts_with('\'')) {
        needle = what.substr(1, what.find('\'', 1) - 1);
    } else {
        needle = what.substr(0, what.find(' '));
    }
    const auto lower = [](std::string text) {
        for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    needle = lower(std::move(needle));
    SourcePos found;
    if (needle.empty() || needle == "<") return found;
    for_each_raw_html(article.body, [&](const std::string& html, SourcePos at) {
        if (found.line != 0) return;
        const std::size_t where = lower(html).find(needle);
        if (where == std::string::npos) return;
        const std::size_t tag = html.rfind('<', where);
        found = place_in_html(at, html, tag == std::string::npos ? where : tag);
    });
    return found;
}

// Whether a chapter holds <math> and <svg> elements and highlighted code (text is escaped, so
// `<math` is only ever the element, the body's or raw HTML's), in one pass from `<` to `<`
// (memchr): glibc's memmem reads the chapter a byte at a time, and two searches of either kind
// were 2-4% of a book; the highlighter's spans were a third search of every chapter.
struct HeldElements {
    bool math = false;
    bool svg = false;
    bool highlighted = false;  ///< a span of the code highlighter's
};

HeldElements held_elements(std::string_view xhtml) {
    HeldElements held;
    const auto opens = [&](std::size_t at, std::string_view name) {
        const std::size_t end = at + name.size();
        return xhtml.compare(at, name.size(), name) == 0 && end < xhtml.size() &&
               (xhtml[end] == ' ' || xhtml[end] == '>');
    };
    const char* const begin = xhtml.data();
    const char* const end = begin + xhtml.size();
    for (const char* p = begin; p < end && !(held.math && held.svg && held.highlighted);) {
        const auto* lt = static_cast<const char*>(std::memchr(p, '<', static_cast<std::size_t>(end - p)));
        if (lt == nullptr) break;
        const std::size_t at = static_cast<std::size_t>(lt - begin) + 1;
        if (at < xhtml.size() && xhtml[at] == 'm' && opens(at, "math")) held.math = true;
        if (at < xhtml.size() && xhtml[at] == 's') {
            if (opens(at, "svg")) held.svg = true;
            if (xhtml.compare(at - 1, kHighlightSpanOpen.size(), kHighlightSpanOpen) == 0)
                held.highlighted = true;
        }
        p = lt + 1;
    }
    return held;
}

}  // namespace

struct EpubWriter::State {
    State(BookSettings s, std::vector<ChapterPlan> p, const ResourceReader& resources,
          ByteSink sink)
        : settings(std::move(s)), plan(std::move(p)), images(resources), zip(std::move(sink)) {}

    BookSettings settings;
    std::vector<ChapterPlan> plan;
    mutable ImageCatalog images;  ///< thread-safe: render_chapter embeds from any thread
    ZipWriter zip;
    ReferenceContext context;
    ContentHash hash;
    std::vector<ChapterEntry> chapters;
    std::vector<EmbeddedImage> written_images;  ///< in the order written, without bytes
    std::set<std::string> written_hrefs;
    std::string cover_href;
    std::optional<std::int64_t> newest;  ///< newest article date seen, for dcterms:modified
    bool highlighted = false;  ///< some chapter holds highlighted code

    /// Writes the image the first time a chapter (in plan order) shows it, so the archive's
    /// order does not depend on which thread met it first.
    void write_image(const std::string& href) {
        if (!written_hrefs.insert(href).second) return;
        std::optional<EmbeddedImage> image = images.take(href);
        if (!image) throw std::logic_error("epub: image " + href + " was never embedded");
        hash.add(href);
        hash.add(image->digest);
        // Compressed images do not shrink; storing them saves the reader's time.
        zip.add(stored_entry(kPackageFolder + href, std::move(image->bytes)));
        image->bytes = std::string();
        written_images.push_back(std::move(*image));
    }
};

EpubWriter::EpubWriter(BookSettings settings, std::vector<ChapterPlan> plan,
                       const ResourceReader& resources, ByteSink sink, Diagnostics& diagnostics)
    : state_(std::make_unique<State>(std::move(settings), std::move(plan), resources,
                                     std::move(sink))) {
    State& s = *state_;
    // `mimetype` first and stored: readers identify an EPUB by these bytes at offset 38.
    s.zip.add(stored_entry("mimetype", "application/epub+zip"));
    s.zip.add(deflate_entry("META-INF/container.xml", build_container()));
    s.context.locate_image = s.settings.locate_image;
    s.context.fetch_image = s.settings.fetch_image;
    s.context.has_static_dir = s.settings.has_static_dir;
    s.context.base_url = s.settings.base_url;
    s.context.elsewhere = s.settings.elsewhere.get();
    s.context.chapters.reserve(3 * s.plan.size());
    s.context.id_prefixes.reserve(s.plan.size());
    for (const ChapterPlan& chapter : s.plan) {
        // First come, first served: a slug wins over another article's file name.
        s.context.chapters.emplace(chapter.slug, chapter.href);
        s.context.id_prefixes.emplace(chapter.href, chapter.id_prefix);
    }
    for (const ChapterPlan& chapter : s.plan) {
        std::string_view name = chapter.source_path;
        if (const std::size_t slash = name.find_last_of('/'); slash != std::string_view::npos) {
            name.remove_prefix(slash + 1);
        }
        s.context.chapters.emplace(std::string(name), chapter.href);
        s.context.chapters.emplace(file_stem(chapter.source_path), chapter.href);
    }
    if (!s.settings.cover_path.empty()) {
        if (auto href = resolve_book_cover(s.settings.cover_path, s.images, diagnostics)) {
            s.cover_href = std::move(*href);
            s.write_image(s.cover_href);
        }
    }
}

EpubWriter::~EpubWriter() = default;

RenderedChapter EpubWriter::render_chapter(std::size_t index, Article& article,
                                           Diagnostics& diagnostics) const {
    const State& s = *state_;
    const ChapterPlan& plan = s.plan.at(index);
    const std::string language =
        article.meta.language.empty() ? s.settings.language : article.meta.language;
    RenderedChapter out;
    out.index = index;

    ChapterHeading heading;
    heading.title = article.meta.title;
    heading.language = language;
    heading.id_prefix = plan.id_prefix;
    if (article.meta.date) {
        heading.date_iso = format_rfc3339(date_only(*article.meta.date));
        heading.date_human = format_human(*article.meta.date, language);
        std::int64_t seconds = instant_of(*article.meta.date, s.settings.time_zone);
        if (article.meta.updated)
            seconds = std::max(seconds, instant_of(*article.meta.updated, s.settings.time_zone));
        out.newest = seconds;
    }
    heading.categories = article.meta.categories;
    heading.tags = article.meta.tags;
    heading.summary = article.meta.summary;
    if (s.settings.chapter_authors) heading.authors = article.meta.authors;
    heading.cover = resolve_cover(article, s.context, s.images, diagnostics);
    if (heading.cover && !heading.cover->href.empty()) out.images.push_back(heading.cover->href);

    if (repeats_title(article)) article.body.erase(article.body.begin());
    warn_images_without_alt(article, diagnostics);
    const UrlRewrites rewrites =
        resolve_references(article, s.context, s.images, out.images, diagnostics);
    HtmlOptions options;
    options.id_prefix = plan.id_prefix;
    options.heading_ids = true;
    options.cell_alignment = HtmlOptions::CellAlignment::css_class;
    // The chapter's title is its H1: the body's headings form an outline below it.
    options.outline_below = 1;
    options.ebook_markup = true;
    options.highlight_code = s.settings.highlight_code;
    options.notes = s.settings.notes == NoteStyle::endnotes ? HtmlOptions::Notes::endnotes
                                                            : HtmlOptions::Notes::footnotes;
    // What belongs to the chapter speaks the article's language, not the book's.
    const ReaderLabels& labels = reader_labels(language);
    options.notes_heading = labels.notes;
    options.back_label = labels.back_to_reference;
    std::vector<SectionEntry> sections;
    options.on_heading = [&sections](int level, std::string_view id, std::string_view inner) {
        if (level != 2) return;
        if (std::optional<SectionEntry> entry = section_entry(id, inner))
            sections.push_back(std::move(*entry));
    };
    options.rewrite_url = [&rewrites](std::string_view url, bool is_image) {
        return rewrites.rewrite(url, is_image);
    };
    // Only the raw HTML meets the HTML5 parser, piece by piece (ChapterRawHtml), with the
    // images it shows named as the book holds them; a body whose raw HTML cannot be read in
    // pieces is rendered again with it as written, and repaired whole.
    XhtmlRewrites raw_rewrites;
    raw_rewrites.image = [&rewrites](std::string_view url) -> std::optional<std::string> {
        const auto found = rewrites.images.find(std::string(url));
        if (found == rewrites.images.end()) return std::nullopt;
        return found->second;
    };
    raw_rewrites.link = [&rewrites](std::string_view url) { return rewrites.rewrite(url, false); };
    std::vector<std::string> dropped;
    ChapterRawHtml raw_html(raw_rewrites, dropped);
    options.raw_html = [&raw_html](std::string_view html, bool is_block) {
        return raw_html.convert(html, is_block);
    };
    std::string body = render_html(article.body, article.footnotes, options);
    std::optional<ChapterDocument> chapter;
    // The renderer's output with whole pieces of XHTML in it is well-formed; with tags
    // converted apart, it is when they nest. build_chapter cleans what XML refuses.
    if (!raw_html.needs_repair() && (!raw_html.needs_check() || tags_nest(body))) {
        chapter = chapter_around(heading, body, std::move(sections));
        if (!chapter) chapter = build_chapter(heading, body);
    }
    if (!chapter) {
        dropped.clear();
        options.raw_html = [](std::string_view html, bool) { return std::string(html); };
        body = html_to_xhtml(render_html(article.body, article.footnotes, options), dropped,
                             raw_rewrites);
        chapter = build_chapter(heading, body);
    }
    for (const std::string& what : dropped) {
        Diagnostic warning;
        warning.severity = Severity::warning;
        warning.code = "epub.html.dropped";
        warning.message = "raw HTML: " + what + " dropped from the EPUB chapter";
        warning.path = article.source.path;
        const SourcePos at = dropped_html_position(article, what);
        warning.line = at.line;
        warning.column = at.column;
        diagnostics.report(std::move(warning));
    }
    if (!chapter) {
        // html_to_xhtml writes well-formed XML by construction; this is a bug, not bad input.
        throw std::logic_error("epub: chapter of " + article.source.path + " is not well-formed");
    }
    std::string().swap(body);
    std::vector<std::string> missing_fragments;
    chapter->bytes =
        settle_fragment_links(std::move(chapter->bytes), plan.id_prefix, missing_fragments);
    for (std::string fragment : missing_fragments) {
        // The renderer prefixed a Markdown link's fragment; the author wrote it without.
        if (fragment.starts_with(plan.id_prefix)) fragment.erase(0, plan.id_prefix.size());
        Diagnostic warning;
        warning.severity = Severity::warning;
        warning.code = "epub.link.fragment";
        warning.message = "link to '#" + fragment +
                          "' points at nothing in the chapter; its text is kept without the link";
        warning.path = article.source.path;
        const SourcePos at = fragment_link_position(article, fragment);
        warning.line = at.line;
        warning.column = at.column;
        diagnostics.report(std::move(warning));
    }
    const HeldElements held = held_elements(chapter->bytes);
    out.mathml = held.math;
    out.highlighted = s.settings.highlight_code && held.highlighted;
    // The body's images; the header's featured image without alt text is decoration (`alt=""`),
    // which the chapter's title beside it explains.
    const std::size_t header_end = chapter->bytes.find("</header>");
    out.images_scan = scan_images(std::string_view(chapter->bytes).substr(
        header_end == std::string::npos ? 0 : header_end));
    if (heading.cover && !heading.cover->href.empty()) out.images_scan.images = true;
    // Only raw HTML writes `<svg`: epubcheck wants the chapter declared (OPF-014).
    out.svg = held.svg;
    if (s.settings.kobo) {
        Result<std::string> spans = with_kobo_spans(chapter->bytes);
        if (spans) {
            chapter->bytes = std::move(*spans);
        } else {
            Diagnostic unreadable = spans.error();
            unreadable.path = article.source.path;
            diagnostics.report(std::move(unreadable));
        }
    }
    out.entry = deflate_entry(kPackageFolder + plan.href, chapter->bytes);
    // The CRC-32 deflate computes anyway, with the size, is the chapter's fingerprint: any edit
    // changes it, and hashing every chapter again cost 2% of the book's time.
    out.digest = {out.entry.crc32, out.entry.size};
    out.sections = std::move(chapter->sections);
    return out;
}

void EpubWriter::add_chapter(RenderedChapter chapter) {
    State& s = *state_;
    if (chapter.index != s.chapters.size())
        throw std::logic_error("epub: chapter added out of plan order");
    const ChapterPlan& plan = s.plan.at(chapter.index);
    if (chapter.newest && (!s.newest || *chapter.newest > *s.newest)) s.newest = chapter.newest;
    s.highlighted = s.highlighted || chapter.highlighted;
    s.hash.add(plan.href);
    s.hash.add(chapter.digest);
    s.chapters.push_back({plan.href, "c" + std::to_string(s.chapters.size() + 1), plan.title,
                          plan.group, std::move(chapter.sections), chapter.mathml,
                          chapter.images_scan.images, chapter.images_scan.without_alt,
                          chapter.svg});
    s.zip.add(std::move(chapter.entry));
    for (const std::string& href : chapter.images) s.write_image(href);
}

void EpubWriter::add_chapter(Article& article, Diagnostics& diagnostics) {
    add_chapter(render_chapter(state_->chapters.size(), article, diagnostics));
}

void EpubWriter::finish() {
    State& s = *state_;
    BookInfo book;
    book.title = s.settings.title;
    book.author = s.settings.author;
    book.description = s.settings.description;
    book.subjects = s.settings.subjects;
    book.series = s.settings.series;
    if (s.settings.series_position) book.series_position = std::to_string(*s.settings.series_position);
    book.language = s.settings.language;
    s.hash.add(book.title);
    s.hash.add(book.author);
    s.hash.add(book.language);
    if (!s.settings.identifier_group.empty()) s.hash.add(s.settings.identifier_group);
    book.identifier = s.hash.urn();
    const Date modified =
        date_from_unix_seconds(s.settings.modified ? *s.settings.modified : s.newest.value_or(0));
    book.modified = format_rfc3339(modified);
    book.date = format_rfc3339(date_only(modified));
    book.cover_href = s.cover_href;
    book.chapters = std::move(s.chapters);
    book.images = std::move(s.written_images);

    const auto add = [&s](std::string name, const std::string& bytes) {
        s.zip.add(deflate_entry(kPackageFolder + std::move(name), bytes));
    };
    if (!book.cover_href.empty()) add(kCoverPageHref, build_cover_page(book));
    add(kTitlePageHref, build_title_page(book, format_human(date_only(modified), book.language)));
    // The highlight rules only in books that have highlighted code (1.3 KB, most books none).
    add(kStylesheetHref, s.highlighted ? build_stylesheet() + std::string(highlight_stylesheet())
                                       : build_stylesheet());
    // The tables of contents are the largest documents (a few MB each for 10,000 chapters):
    // compressed as they are serialised, never held whole as text.
    const auto streamed = [&book](const char* name, void (*write)(const BookInfo&, const XmlOut&)) {
        EntryDeflater deflater(kPackageFolder + std::string(name));
        write(book, [&deflater](std::string_view bytes) { deflater.write(bytes); });
        return deflater.finish();
    };
    // Nothing else is left to do once the last chapter is in, so this part ran on one core
    // while the others idled (a sixth of the book's time for 10,000 chapters): the NCX, the
    // largest, is made on a thread of its own. Declared after `book`, which it reads, so it
    // is joined first if anything here throws.
    std::future<ZipEntryData> ncx;
    if (s.settings.threads > 1) ncx = std::async(std::launch::async, streamed, kNcxHref, &write_ncx);
    s.zip.add(streamed(kNavHref, &write_nav));
    ZipEntryData package =
        deflate_entry(std::string(kPackageFolder) + "content.opf", build_package_document(book));
    s.zip.add(ncx.valid() ? ncx.get() : streamed(kNcxHref, &write_ncx));
    s.zip.add(std::move(package));
    s.zip.finish();
}

}  // namespace folio::epub
