#include "src/engine/site_content.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

#include "src/pipeline/detect_engine.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/source/file_head.hpp"

namespace folio {

namespace fs = std::filesystem;

namespace {

bool is_folder(const fs::path& path) {
    std::error_code ignored;
    return fs::is_directory(path, ignored);
}

// `folder` below `root`, when it is there.
void add_if_folder(std::vector<std::string>& into, const fs::path& root, std::string_view folder) {
    const fs::path path = folder == "." ? root : root / std::string(folder);
    if (is_folder(path)) into.push_back(path.generic_string());
}

// Two paths naming one folder (`blog` and `./blog/`).
bool same_folder(const std::string& a, const std::string& b) {
    std::error_code error;
    const bool same = fs::equivalent(a, b, error);
    return !error && same;
}

// A folder's own list page (`index.md`, Hugo's `_index.md`) or a theme's error page: the
// target's theme makes its own.
bool is_index(std::string_view relative) {
    if (relative.find('/') != std::string_view::npos) return false;
    const std::string_view stem = relative.substr(0, relative.find('.'));
    return stem == "index" || stem == "_index" || stem == "404";
}

bool starts_with_front_matter(const std::string& path) {
    return file_head(path, 3) == "---";
}

}  // namespace

SiteContent site_content(const SiteConfig& config, std::string_view engine) {
    SiteContent content;
    const fs::path root(config.folder.empty() ? "." : config.folder);
    std::vector<std::string>& articles = content.article_folders;
    std::vector<std::string>& statics = content.static_folders;
    if (engine == "jekyll") {
        add_if_folder(articles, root, "_posts");
        add_if_folder(articles, root, "_drafts");
        for (const std::string& collection : config.collections) {
            // Chirpy's `tabs` are its sidebar's pages (archives, tags, about): the theme's
            // navigation, which no other engine's theme has.
            if (collection != "tabs") add_if_folder(articles, root, "_" + collection);
        }
        add_if_folder(statics, root, ".");
    } else if (engine == "hugo") {
        add_if_folder(articles, root, config.content_dir);
        add_if_folder(statics, root, "static");
        add_if_folder(statics, root, "assets");
    } else if (engine == "eleventy") {
        add_if_folder(articles, root, config.content_dir);
        add_if_folder(statics, root, "public");
        add_if_folder(statics, root, config.content_dir);
    } else if (engine == "astro") {
        add_if_folder(articles, root, "src/content");
        add_if_folder(statics, root, "public");
    } else if (engine == "nextjs") {
        for (const std::string_view folder : {"_posts", "posts", "content"})
            add_if_folder(articles, root, folder);
        add_if_folder(statics, root, "public");
    } else if (engine == "gatsby") {
        add_if_folder(articles, root, "content");
        add_if_folder(statics, root, "static");
    }
    if (const EngineProfile* profile = find_engine_profile(engine)) content.pages = profile->pages;
    return content;
}

bool is_outside_articles(std::string_view path, bool at_site_root) {
    // Never anyone's articles, wherever they are.
    static constexpr std::array<std::string_view, 3> kNotContent{"node_modules", ".git",
                                                                 ".jekyll-cache"};
    // A site's own folders, beside its content: inside a content folder (Hugo's
    // `content/docs/`, a section `public`) the same names are sections of articles.
    static constexpr std::array<std::string_view, 9> kSiteFolders{
        "vendor", "_site", "public", "docs", "_includes", "_layouts", "_data", "_sass", "_tabs"};
    std::size_t begin = 0;
    while (begin <= path.size()) {
        std::size_t end = path.find('/', begin);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view part = path.substr(begin, end - begin);
        if (end == path.size()) {
            std::string lower(part);
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            return lower.starts_with("readme.");
        }
        if (std::find(kNotContent.begin(), kNotContent.end(), part) != kNotContent.end())
            return true;
        if (at_site_root && begin == 0 &&
            std::find(kSiteFolders.begin(), kSiteFolders.end(), part) != kSiteFolders.end())
            return true;
        begin = end + 1;
    }
    return false;
}

namespace {

// The files of `folder`, one of a site's article folders (`at_site_root`: the site's root
// itself), into `taken`, and those that are pages (`pages`) into `found`, with the folder their
// URLs are below (`url_folder`).
void take_article_folder(const std::string& folder, bool at_site_root, const EnginePages& pages,
                         const std::string& url_folder, std::set<std::string>& taken,
                         SitePages& found, Diagnostics& listing) {
    for (std::string& path : collect_inputs({folder}, listing)) {
        const std::string relative = fs::path(path).lexically_relative(folder).generic_string();
        if (is_outside_articles(relative, at_site_root)) continue;
        const std::size_t slash = relative.find('/');
        const bool page =
            slash == std::string::npos
                ? pages.content_root_files
                : !pages.post_sections.empty() &&
                      std::find(pages.post_sections.begin(), pages.post_sections.end(),
                                relative.substr(0, slash)) == pages.post_sections.end();
        if (page && is_index(relative)) continue;
        // A section's `_index.md` is its list page: the reader leaves it out.
        if (page && fs::path(relative).stem() != "_index") found.emplace(path, url_folder);
        taken.insert(std::move(path));
    }
}

}  // namespace

std::vector<std::string> site_root_inputs(const std::vector<std::string>& inputs,
                                          Diagnostics& diagnostics, SitePages* pages_out) {
    std::vector<std::string> out;
    for (const std::string& input : inputs) {
        const DetectedSite site =
            input == "-" || !is_folder(input) ? DetectedSite{} : detect_site(input);
        if (site.engine == nullptr) {
            out.push_back(input);
            continue;
        }
        // A configuration that does not parse is reported where the URLs are read; the
        // defaults name the folders here.
        Result<SiteConfig> read = read_site_config(site.folder, site.engine->name);
        SiteConfig config;
        config.folder = site.folder;
        if (read) config = std::move(*read);
        // Jekyll's page URLs are paths from the site's root (`/_pages/a.html`), the others'
        // from the folder the pages are in.
        const bool from_root = site.engine->name == "jekyll";
        Diagnostics listing;
        if (!same_folder(site.folder, input)) {
            // One of the site's article folders given itself (Hugo's `content/`): its files
            // are read as given, and its pages (`content/about.md`) are still pages.
            std::set<std::string> ignored;
            const SiteContent content = site_content(config, site.engine->name);
            for (const std::string& folder : content.article_folders) {
                if (pages_out != nullptr && same_folder(folder, input))
                    take_article_folder(input, false, content.pages,
                                        from_root ? site.folder : input, ignored, *pages_out,
                                        listing);
            }
            out.push_back(input);
            continue;
        }
        // The folders as the user named the root, so that paths compare and read as given.
        config.folder = input;
        const SiteContent content = site_content(config, site.engine->name);
        std::set<std::string> taken;
        SitePages found;
        const EnginePages& pages = content.pages;
        for (const std::string& folder : content.article_folders)
            take_article_folder(folder, same_folder(folder, input), pages,
                                from_root ? input : folder, taken, found, listing);
        for (const std::string_view name : pages.folders) {
            const fs::path folder = fs::path(input) / std::string(name);
            if (!is_folder(folder)) continue;
            for (std::string& path : collect_inputs({folder.generic_string()}, listing)) {
                const std::string relative =
                    fs::path(path).lexically_relative(folder).generic_string();
                if (is_outside_articles(relative, false) || is_index(relative)) continue;
                found.emplace(path, from_root ? input : folder.generic_string());
                taken.insert(std::move(path));
            }
        }
        std::vector<std::string> left_out;
        for (std::string& path : collect_inputs({input}, listing)) {
            const std::string relative = fs::path(path).lexically_relative(input).generic_string();
            // Below node_modules or the build output: not the site's, and not worth a name.
            if (relative.starts_with("node_modules/") || relative.starts_with("vendor/") ||
                relative.starts_with(".git/"))
                continue;
            if (taken.contains(path)) continue;
            // Jekyll makes a page of a root file with front matter only; one without (a
            // CHANGELOG.md, a LICENSE.md) it copies as it is.
            if (pages.root_files && relative.find('/') == std::string::npos &&
                !is_outside_articles(relative, true) && !is_index(relative) &&
                starts_with_front_matter(path)) {
                found.emplace(path, input);
                taken.insert(path);
                continue;
            }
            left_out.push_back(relative);
        }
        std::string folders;
        for (const std::string& folder : content.article_folders) {
            if (!folders.empty()) folders += ", ";
            folders += fs::path(folder).lexically_relative(input).generic_string();
        }
        std::string message = std::string(site.engine->name) + " site: its articles are read from " +
                              (folders.empty() ? std::string("no folder folio knows") : folders);
        if (!found.empty())
            message += "; " + std::to_string(found.size()) + " of its files are pages, migrated as pages";
        if (!left_out.empty()) {
            message += "; " + std::to_string(left_out.size()) +
                       " other Markdown file(s) of the site are not migrated (";
            for (std::size_t i = 0; i < left_out.size() && i < 5; ++i)
                message += (i == 0 ? "" : ", ") + left_out[i];
            message += left_out.size() > 5 ? ", ...)" : ")";
        }
        diagnostics.report(Diagnostic{Severity::note, "migrate.input.site-root", std::move(message),
                                      input, 0, 0, {}});
        out.insert(out.end(), taken.begin(), taken.end());
        if (pages_out != nullptr) pages_out->merge(found);
    }
    return out;
}

}  // namespace folio
