#include "src/verify/old_urls.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/verify/built_site.hpp"
#include "src/verify/redirect_files.hpp"
#include "src/verify/site_path.hpp"

namespace folio::verify {

namespace {

namespace fs = std::filesystem;

// Sitemap indexes that name each other, or themselves, stop here.
constexpr int kMaxSitemapDepth = 4;

std::string_view local_name(const char* name) {
    const std::string_view full(name);
    const std::size_t colon = full.find(':');
    return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return std::string(text);
}

bool read_file(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
}

Diagnostic problem(Severity severity, std::string message, const std::string& path) {
    return Diagnostic{severity, "verify.old-urls", std::move(message), path, 0, 0, {}};
}

void read_sitemap(const std::string& path, const std::string& text, int depth, std::vector<OldUrl>& urls,
                  Diagnostics& diagnostics) {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
    if (!parsed) {
        diagnostics.report(diagnostic_at_offset(Severity::error, "verify.old-urls",
                                                std::string("not a readable sitemap: ") + parsed.description(),
                                                path, text, static_cast<std::size_t>(parsed.offset)));
        return;
    }
    const pugi::xml_node root = document.document_element();
    const bool index = local_name(root.name()) == "sitemapindex";
    if (!index && local_name(root.name()) != "urlset") {
        diagnostics.report(problem(Severity::error, "neither a <urlset> nor a <sitemapindex>", path));
        return;
    }
    for (const pugi::xml_node entry : root.children()) {
        for (const pugi::xml_node loc : entry.children()) {
            if (local_name(loc.name()) != "loc") continue;
            const std::string url = trimmed(loc.text().get());
            const std::uint32_t line =
                diagnostic_at_offset(Severity::note, "", "", path, text, static_cast<std::size_t>(loc.offset_debug())).line;
            if (!index) {
                urls.push_back(OldUrl{url, path, line, {}});
                continue;
            }
            // The sitemaps an index names are looked for on disk: at their URL's path under the
            // index's folder, then by file name next to it.
            const fs::path folder = fs::path(path).parent_path();
            const std::string url_path = old_url_path(url, SiteAddress{}).value_or("/");
            std::vector<fs::path> candidates{folder / url_path.substr(1),
                                             folder / fs::path(url_path).filename()};
            std::string child_text;
            std::string child;
            for (const fs::path& candidate : candidates) {
                std::error_code error;
                if (fs::is_regular_file(candidate, error) && read_file(candidate.string(), child_text)) {
                    child = candidate.string();
                    break;
                }
            }
            if (child.empty()) {
                diagnostics.report(diagnostic_at_offset(
                    Severity::error, "verify.old-urls",
                    "the sitemap '" + url + "' is not next to the index (sitemaps are never fetched)",
                    path, text, static_cast<std::size_t>(loc.offset_debug())));
            } else if (depth >= kMaxSitemapDepth) {
                diagnostics.report(problem(Severity::error, "sitemap indexes nested too deep", child));
            } else {
                read_sitemap(child, child_text, depth + 1, urls, diagnostics);
            }
        }
    }
}

void read_list(const std::string& path, std::string_view text, std::vector<OldUrl>& urls) {
    std::size_t pos = 0;
    std::uint32_t line = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        ++line;
        const std::string entry = trimmed(text.substr(pos, end - pos));
        pos = end + 1;
        if (entry.empty() || entry.front() == '#') continue;
        urls.push_back(OldUrl{entry, path, line, {}});
    }
}

// The fields of one CSV row: commas separate, double quotes enclose, `""` is a quote.
std::vector<std::string> csv_fields(std::string_view row) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted && c == '"' && i + 1 < row.size() && row[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (std::string& field : fields) field = trimmed(field);
    return fields;
}

bool looks_like_url(std::string_view text) {
    return !text.empty() && (text.front() == '/' || text.substr(0, 7) == "http://" || text.substr(0, 8) == "https://");
}

void read_csv(const std::string& path, std::string_view text, std::vector<OldUrl>& urls, Diagnostics& diagnostics) {
    std::size_t pos = 0;
    std::uint32_t line = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        ++line;
        const std::string row = trimmed(text.substr(pos, end - pos));
        pos = end + 1;
        if (row.empty() || row.front() == '#') continue;
        std::vector<std::string> fields = csv_fields(row);
        if (!looks_like_url(fields[0])) {
            if (line == 1) continue;  // a header: `old,new`
            diagnostics.report(Diagnostic{Severity::warning, "verify.old-urls",
                                          "not a URL or path: '" + fields[0] + "'", path, line, 1, row});
            continue;
        }
        urls.push_back(OldUrl{fields[0], path, line, fields.size() > 1 ? fields[1] : std::string()});
    }
}

void read_folder(const std::string& path, std::vector<OldUrl>& urls, Diagnostics& diagnostics) {
    Result<BuiltSite> site = BuiltSite::read(path);
    if (!site) {
        diagnostics.report(site.error());
        return;
    }
    for (const std::string& file : site->files()) {
        if (!is_html_file(file) || file == "404.html") continue;
        urls.push_back(OldUrl{page_path_of(file), path + '/' + file, 0, {}});
    }
}

}  // namespace

std::vector<OldUrl> read_old_urls(const std::string& path, Diagnostics& diagnostics) {
    std::vector<OldUrl> urls;
    std::error_code error;
    if (fs::is_directory(path, error)) {
        read_folder(path, urls, diagnostics);
        return urls;
    }
    std::string text;
    if (!read_file(path, text)) {
        diagnostics.report(problem(Severity::error, "cannot read the old site's URLs", path));
        return urls;
    }
    const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string::npos && text[first] == '<') {
        read_sitemap(path, text, 0, urls, diagnostics);
    } else if (path.size() >= 4 && path.compare(path.size() - 4, 4, ".csv") == 0) {
        read_csv(path, text, urls, diagnostics);
    } else {
        read_list(path, text, urls);
    }
    return urls;
}

}  // namespace folio::verify
