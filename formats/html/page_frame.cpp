#include "formats/html/page_frame.hpp"

#include "formats/html/labels.hpp"
#include "src/render/html_escape.hpp"
#include "src/text/language_tag.hpp"

namespace folio::html {

namespace {

void append_meta(std::string& out, std::string_view attribute, std::string_view name,
                 std::string_view content) {
    out += "<meta ";
    out += attribute;
    out += "=\"";
    out += name;
    out += "\" content=\"";
    append_escaped_html(out, content);
    out += "\">\n";
}

// A URL-valued property: percent-encoded and `&`-escaped once, by `escape_url`.
void append_meta_url(std::string& out, std::string_view property, std::string_view url) {
    out += "<meta property=\"";
    out += property;
    out += "\" content=\"";
    append_escaped_url(out, url);
    out += "\">\n";
}

// The media type of a favicon by its extension (the job accepts only these three).
std::string_view favicon_type(std::string_view file) {
    if (file.ends_with(".svg")) return "image/svg+xml";
    if (file.ends_with(".ico")) return "image/x-icon";
    return "image/png";
}

}  // namespace

std::string root_prefix(std::string_view file) {
    std::string prefix;
    for (const char c : file) {
        if (c == '/') prefix += "../";
    }
    return prefix;
}

std::string url_path_of(std::string_view file) {
    constexpr std::string_view kIndex = "index.html";
    if (file == kIndex) return {};
    if (file.size() > kIndex.size() && file.ends_with(kIndex) &&
        file[file.size() - kIndex.size() - 1] == '/') {
        return std::string(file.substr(0, file.size() - kIndex.size()));
    }
    return std::string(file);
}

std::string draft_mark(std::string_view language) {
    return " <span class=\"draft\">" + escape_html(labels_for(language).draft) + "</span>";
}

std::string href_to(const PageFrame& frame, std::string_view site_file) {
    return escape_url(frame.root + std::string(site_file));
}

std::string time_element(const Date& date, std::string_view language) {
    std::string out = "<time datetime=\"";
    // RFC 3339 as the date is written: a date-time without an offset is a valid HTML "local date
    // and time", one with an offset a "global date and time"; fractions are allowed in both.
    append_escaped_html(out, format_rfc3339(date));
    out += "\">";
    append_escaped_html(out, format_human(date, language));
    out += "</time>";
    return out;
}

std::string direction_change(std::string_view language, std::string_view surrounding) {
    const bool right_to_left = is_right_to_left(language);
    if (right_to_left == is_right_to_left(surrounding)) return {};
    return right_to_left ? " dir=\"rtl\"" : " dir=\"ltr\"";
}

std::string page_document(const PageFrame& frame, const SitePlan& plan, const SiteOptions& options,
                          std::string_view main_html) {
    const Labels& labels = labels_for(options.language);
    std::string out;
    out.reserve(main_html.size() + 4096);
    out += "<!DOCTYPE html>\n<html lang=\"";
    append_escaped_html(out, frame.language);
    out += '"' + direction_change(frame.language, "") + ">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    const std::string full_title =
        frame.title.empty() ? options.title : frame.title + " – " + options.title;
    out += "<title>";
    append_escaped_html(out, full_title);
    out += "</title>\n";
    if (!frame.description.empty()) append_meta(out, "name", "description", frame.description);
    if (frame.draft) append_meta(out, "name", "robots", "noindex");
    const bool absolute = !options.base_url.empty();
    const std::string canonical = absolute ? options.base_url + url_path_of(frame.file) : "";
    if (absolute) {
        out += "<link rel=\"canonical\" href=\"";
        append_escaped_url(out, canonical);
        out += "\">\n";
    }
    append_meta(out, "property", "og:title", frame.title.empty() ? options.title : frame.title);
    if (!frame.description.empty())
        append_meta(out, "property", "og:description", frame.description);
    append_meta(out, "property", "og:type", frame.og_type);
    append_meta(out, "property", "og:site_name", options.title);
    if (absolute) append_meta_url(out, "og:url", canonical);
    if (!frame.og_image.empty()) append_meta_url(out, "og:image", frame.og_image);
    if (frame.published)
        append_meta(out, "property", "article:published_time", format_rfc3339(*frame.published));
    if (frame.modified)
        append_meta(out, "property", "article:modified_time", format_rfc3339(*frame.modified));
    for (const std::string& tag : frame.tags) append_meta(out, "property", "article:tag", tag);
    // A large picture when there is one to show, else the small card.
    append_meta(out, "name", "twitter:card",
                frame.og_image.empty() ? "summary" : "summary_large_image");
    append_meta(out, "name", "twitter:title", frame.title.empty() ? options.title : frame.title);
    if (!frame.description.empty())
        append_meta(out, "name", "twitter:description", frame.description);
    if (!frame.og_image.empty()) {
        out += "<meta name=\"twitter:image\" content=\"";
        append_escaped_url(out, frame.og_image);
        out += "\">\n";
    }
    if (!frame.author.empty()) append_meta(out, "name", "author", frame.author);
    if (!options.favicon.empty()) {
        out += "<link rel=\"icon\" href=\"" + href_to(frame, options.favicon) + "\" type=\"" +
               std::string(favicon_type(options.favicon)) + "\">\n";
    }
    out += "<link rel=\"stylesheet\" href=\"" + href_to(frame, kStylesheetFile) + "\">\n";
    if (options.feeds) {
        out += "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"" +
               href_to(frame, kRssFile) + "\">\n";
        out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"" +
               href_to(frame, kAtomFile) + "\">\n";
    }
    out += frame.json_ld;
    out += "</head>\n<body>\n<header class=\"site\">\n<p class=\"site-title\"><a href=\"" +
           href_to(frame, "index.html") + "\">";
    append_escaped_html(out, options.title);
    out += "</a></p>\n";
    {
        out += "<nav class=\"site\" lang=\"";
        append_escaped_html(out, options.language);
        out += '"' + direction_change(options.language, frame.language) + "><ul>";
        out += "<li><a href=\"" + href_to(frame, "index.html") + "\">" + escape_html(labels.home) +
               "</a></li>";
        out += "<li><a href=\"" + href_to(frame, kArchiveFile) + "\">" +
               escape_html(labels.archive) + "</a></li>";
        if (!plan.categories.empty()) {
            out += "<li><a href=\"" + href_to(frame, "categories/index.html") + "\">" +
                   escape_html(labels.categories) + "</a></li>";
        }
        if (!plan.tags.empty()) {
            out += "<li><a href=\"" + href_to(frame, "tags/index.html") + "\">" +
                   escape_html(labels.tags) + "</a></li>";
        }
        if (options.search) {
            out += "<li><a href=\"" + href_to(frame, kSearchPageFile) + "\">" +
                   escape_html(labels.search) + "</a></li>";
        }
        out += "</ul></nav>\n";
    }
    out += "</header>\n<main>\n";
    out += main_html;
    out += "</main>\n";
    if (options.feeds) {
        out += "<footer class=\"site\" lang=\"";
        append_escaped_html(out, options.language);
        out += '"' + direction_change(options.language, frame.language) + "><p><a href=\"" + href_to(frame, kFeedsPageFile) + "\">" + escape_html(labels.feeds) + "</a>: <a href=\"" + href_to(frame, kRssFile) +
               "\">RSS</a> · <a href=\"" + href_to(frame, kAtomFile) + "\">Atom</a></p></footer>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace folio::html
