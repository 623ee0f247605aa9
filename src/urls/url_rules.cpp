#include "src/urls/url_rules.hpp"

#include <filesystem>
#include <system_error>

#include "src/pipeline/read_article.hpp"
#include "src/urls/hugo_permalink.hpp"
#include "src/urls/engine_slugs.hpp"
#include "src/urls/jekyll_permalink.hpp"
#include "src/urls/plain_permalink.hpp"
#include "src/urls/url_path.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

// The file's folders under `root`, or nullopt when it is not under it.
std::optional<std::vector<std::string>> folders_under(const std::string& root,
                                                      const std::string& file) {
    if (root.empty()) return std::nullopt;
    std::error_code ec;
    const fs::path base = fs::absolute(root, ec).lexically_normal();
    const fs::path path = fs::absolute(file, ec).lexically_normal();
    if (ec) return std::nullopt;
    const fs::path relative = path.parent_path().lexically_relative(base);
    std::vector<std::string> folders;
    for (const auto& part : relative) {
        const std::string name = part.string();
        if (name == "..") return std::nullopt;
        if (name.empty() || name == ".") continue;
        folders.push_back(name);
    }
    return folders;
}

// Astro's id of the entry at `path`: the parts below the collection folder (the folder under
// `src/content/` or `src/data/`), each slugged, `/index` dropped (the glob loader's default).
std::string astro_id(const fs::path& path) {
    std::vector<std::string> parts;
    for (const auto& part : path.parent_path()) parts.push_back(part.string());
    std::size_t start = parts.size();
    for (std::size_t i = 0; i + 2 < parts.size(); ++i) {
        if (parts[i] == "src" && (parts[i + 1] == "content" || parts[i + 1] == "data")) {
            start = i + 3;  // after src/content/<collection>
        }
    }
    std::string id;
    for (std::size_t i = start; i < parts.size(); ++i) id += github_slug(parts[i]) + "/";
    const std::string stem = path.stem().string();
    if (stem == "index" && !id.empty()) id.pop_back();
    else id += github_slug(stem);
    return id;
}

bool has_key(const Article& article, std::string_view key) {
    for (const auto& [name, position] : article.source.key_positions) {
        if (name == key) return true;
    }
    return false;
}

// Jekyll splits a `categories` string at whitespace (`categories: a b` is two) but keeps a
// `category` string whole (document.rb, `populate_categories`); the article holds either as
// one item.
std::vector<std::string> jekyll_categories(const Article& article) {
    const std::vector<std::string>& categories = article.meta.categories;
    if (categories.size() != 1 || !has_key(article, "categories")) return categories;
    std::vector<std::string> words;
    std::string word;
    for (const char c : categories.front()) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

PageFacts facts_of(const Article& article, const UrlRules& rules) {
    PageFacts page;
    page.title = article.meta.title;
    page.date = article.meta.date;
    page.categories = article.meta.categories;
    if (rules.names_from_slug) {
        page.file_name = article.slug;
        page.file_stem = article.slug;
        return page;
    }
    page.front_matter_slug = article.meta.slug;
    const fs::path path(article.source.path);
    page.file_stem = path.stem().string();
    page.file_name = article_name(article.source);
    if (const std::string& language = article.source.file_language; !language.empty()) {
        // Hugo's translation (`post.fa.md`, `post/index.fa.md`) is its group's page in its
        // language's folder: named as `post.md` is, whether that one is there or not.
        const std::string suffix = "." + language;
        if (page.file_stem.size() > suffix.size() && page.file_stem.ends_with(suffix))
            page.file_stem.resize(page.file_stem.size() - suffix.size());
        page.file_name = page.file_stem;
        if ((page.file_stem == "index" || page.file_stem == "_index") && path.has_parent_path())
            page.file_name = path.parent_path().filename().string();
    }
    if (rules.astro_ids) page.file_name = astro_id(path);
    std::vector<std::string> folders =
        folders_under(rules.content_root, article.source.path).value_or(std::vector<std::string>{});
    // A bundle (`posts/x/index.md`) is named by its folder, which is no section of its own.
    const bool bundle = page.file_stem == "index" || page.file_stem == "_index";
    if (bundle && !folders.empty()) folders.pop_back();
    if (rules.syntax == PermalinkSyntax::jekyll) {
        // Jekyll's categories from the path are the folders before `_posts` (document.rb,
        // `categories_from_path`); the ones after it are not.
        std::vector<std::string> before;
        for (const auto& folder : folders) {
            if (folder == "_posts" || folder == "_drafts") break;
            before.push_back(folder);
        }
        folders = std::move(before);
        page.categories = jekyll_categories(article);
        if (!page.date) {
            if (const auto named = date_from_file_name(page.file_stem)) page.date = named->date;
        }
        if (page.date && rules.time_zone) page.date = in_zone(*page.date, *rules.time_zone);
    }
    page.folders = std::move(folders);
    return page;
}

// A front matter value that replaces the pattern, else empty.
std::string override_of(const Article& article, const UrlRules& rules) {
    if (!rules.front_matter_overrides || rules.names_from_slug) return {};
    if (rules.syntax == PermalinkSyntax::hugo) return article.meta.url;
    const Value* permalink = find(article.meta.extra, "permalink");
    if (permalink == nullptr) return {};
    const auto* text = std::get_if<std::string>(&permalink->data);
    if (text == nullptr) return {};
    // An Eleventy permalink that is a template (`{{ page.fileSlug }}`) cannot be evaluated
    // here; the pattern stands in for it.
    if (rules.syntax == PermalinkSyntax::plain &&
        (text->find("{{") != std::string::npos || text->find("{%") != std::string::npos)) {
        return {};
    }
    return *text;
}

std::string folder_path(const PageFacts& page) {
    std::string out;
    for (const auto& folder : page.folders) out += "/" + folder;
    return out + "/" + (page.front_matter_slug.empty() ? page.file_name : page.front_matter_slug);
}

bool last_segment_has_extension(std::string_view path) {
    const auto slash = path.rfind('/');
    const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
    return last.find('.') != std::string_view::npos;
}

// Hugo serves a page as a folder (`/a/`), or with `uglyURLs` as a file (`/a.html`); a path
// that names a file (`url: /a/b.html`, a permalink `/:slug.html`) as that file. A dot that
// comes from a file name or slug (`hello.zh-cn.md`, `slug: v1.2`) names no file: Hugo 0.111
// writes `/post/hello.zh-cn/index.html`.
std::string hugo_page_path(std::string path, bool ugly, bool names_a_file) {
    if (names_a_file) return path;
    if (ugly) {
        while (path.size() > 1 && path.back() == '/') path.pop_back();
        return path == "/" ? path : path + ".html";
    }
    if (path.back() != '/') path += '/';
    return path;
}

std::string path_of(const Article& article, const UrlRules& rules) {
    const PageFacts page = facts_of(article, rules);
    const std::string front_matter = override_of(article, rules);
    switch (rules.syntax) {
        case PermalinkSyntax::hugo: {
            // Hugo uses `url` as written but for the trailing slash of a folder (0.111 serves
            // `url: /a/b` at `/a/b/`) and the base path, which it puts before it.
            if (!front_matter.empty()) {
                return hugo_page_path(squeeze_slashes(front_matter), false,
                                      last_segment_has_extension(front_matter));
            }
            std::string_view pattern = rules.pattern;
            if (!page.folders.empty()) {
                if (const auto found = rules.section_patterns.find(page.folders.front());
                    found != rules.section_patterns.end()) {
                    pattern = found->second;
                }
            }
            const std::string path = pattern.empty() ? hugo_default_path(page)
                                                     : expand_hugo_permalink(pattern, page);
            return hugo_page_path(squeeze_slashes(path), rules.ugly_urls,
                                  last_segment_has_extension(pattern));
        }
        case PermalinkSyntax::jekyll:
            // Jekyll expands placeholders in a front matter permalink too (url.rb,
            // `generated_permalink`).
            return expand_jekyll_permalink(
                front_matter.empty() ? jekyll_permalink_pattern(rules.pattern) : front_matter, page);
        case PermalinkSyntax::plain:
            if (!front_matter.empty()) return squeeze_slashes(front_matter);
            if (rules.pattern.empty()) return squeeze_slashes(folder_path(page) + "/");
            return squeeze_slashes(expand_plain_permalink(rules.pattern, page));
    }
    return "/";
}

PermalinkSyntax syntax_of(std::string_view engine) {
    if (engine == "hugo") return PermalinkSyntax::hugo;
    if (engine == "jekyll") return PermalinkSyntax::jekyll;
    return PermalinkSyntax::plain;
}

}  // namespace

std::string url_pattern_problem(std::string_view pattern, PermalinkSyntax syntax) {
    // A Jekyll style name (`pretty`) stands for its pattern.
    const std::string jekyll_pattern =
        syntax == PermalinkSyntax::jekyll ? jekyll_permalink_pattern(pattern) : std::string{};
    if (syntax == PermalinkSyntax::jekyll) pattern = jekyll_pattern;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ':') continue;
        std::size_t end = i + 1;
        auto in_name = [syntax](char c) {
            return std::isalpha(static_cast<unsigned char>(c)) ||
                   (syntax == PermalinkSyntax::jekyll && c == '_');
        };
        while (end < pattern.size() && in_name(pattern[end])) ++end;
        std::string_view name = pattern.substr(i + 1, end - i - 1);
        bool known = false;
        switch (syntax) {
            case PermalinkSyntax::hugo: known = is_hugo_permalink_token(name); break;
            case PermalinkSyntax::jekyll:
                known = is_jekyll_placeholder(name) ||
                        (name.ends_with('_') && is_jekyll_placeholder(name.substr(0, name.size() - 1)));
                break;
            case PermalinkSyntax::plain: known = is_plain_permalink_token(name); break;
        }
        if (known) continue;
        const std::string_view list =
            syntax == PermalinkSyntax::hugo
                ? hugo_permalink_tokens()
                : syntax == PermalinkSyntax::jekyll
                      ? ":year :month :day :i_month :i_day :short_year :hour :minute :second :y_day "
                        ":week :w_year :w_day :short_day :long_day :short_month :long_month :title "
                        ":slug :name :categories :output_ext"
                      : ":slug :title :year :month :day :section :filename";
        return "unknown permalink token ':" + std::string(name) + "' (known: " + std::string(list) + ")";
    }
    return {};
}

PermalinkSyntax permalink_syntax_of(const EngineProfile& profile) {
    return syntax_of(profile.name);
}

std::string UrlRules::url_of(const Article& article) const {
    std::string prefix = base_path;
    if (!names_from_slug) {
        // Hugo's language of a page is its file name's (`post.fa.md`); a page without one is
        // in the default language.
        std::string language = article.source.file_language;
        for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (language.empty()) language = default_language_folder;
        if (language_folders.contains(language)) prefix += "/" + language;
    }
    return encode_path(join_base_path(prefix, path_of(article, *this)));
}

std::string UrlRules::page_url_of(const Article& article, std::string_view page_root) const {
    if (!override_of(article, *this).empty()) return url_of(article);
    UrlRules page = *this;
    page.content_root = std::string(page_root);
    page.section_patterns.clear();
    page.pattern.clear();
    page.astro_ids = false;
    if (syntax != PermalinkSyntax::jekyll) return page.url_of(article);
    // Jekyll's Page#template: `/:path/:basename` and the suffix its permalink style gives
    // (utils.rb, `add_permalink_suffix`).
    page.syntax = PermalinkSyntax::plain;
    page.front_matter_overrides = false;
    std::string url = page.url_of(article);
    const std::string_view style = pattern;
    if (style == "pretty" || (style != "/" && style.ends_with('/'))) return url;
    if (!url.empty() && url.back() == '/') url.pop_back();
    if (style.empty() || style == "date" || style == "ordinal" || style == "none" ||
        style.ends_with(":output_ext"))
        url += ".html";
    return url;
}

UrlRules source_url_rules(const EngineProfile& profile, const SiteConfig& config,
                          std::string_view old_permalink, std::string_view old_base_url) {
    UrlRules rules;
    rules.syntax = syntax_of(profile.name);
    rules.base_path = base_path_of(old_base_url.empty() ? config.base_url : old_base_url);
    if (profile.name == "hugo") {
        rules.section_patterns = config.permalinks;
        rules.ugly_urls = config.ugly_urls;
        for (const std::string& language : config.languages) {
            if (language != config.default_language || config.default_language_in_subdir) {
                rules.language_folders.insert(language);
            }
        }
        if (config.default_language_in_subdir) rules.default_language_folder = config.default_language;
        if (!config.folder.empty()) {
            rules.content_root = (fs::path(config.folder) / config.content_dir).string();
        }
    } else if (profile.name == "jekyll") {
        rules.pattern = config.permalink;
        rules.content_root = config.folder;
        // Unset or not a zone Ruby would know: the building machine's, UTC on GitHub Pages and in
        // CI.
        rules.time_zone = TimeZone::parse(config.timezone);
        if (!rules.time_zone) rules.time_zone = TimeZone{};
    } else if (profile.name == "astro") {
        // The Astro blog template's `src/pages/blog/[...slug].astro`, over the entries' ids.
        rules.pattern = "/blog/:slug/";
        rules.front_matter_overrides = false;
        rules.astro_ids = true;
    } else if (profile.name == "nextjs") {
        // The blog-starter's `app/posts/[slug]/page.tsx`.
        rules.pattern = "/posts/:slug";
        rules.front_matter_overrides = false;
    } else if (profile.name == "gatsby") {
        // gatsby-starter-blog's `createFilePath`: the file's path under content/blog.
        rules.pattern = "/:slug/";
        rules.front_matter_overrides = false;
    } else {
        // Eleventy's default permalink is the file's path in its input folder (`posts/a.md` →
        // `/posts/a/`).
        if (!config.folder.empty()) {
            rules.content_root = (fs::path(config.folder) / config.content_dir).lexically_normal().string();
        }
    }
    if (!old_permalink.empty()) {
        // An explicit pattern is for every article, whatever the configuration says per section.
        rules.pattern = old_permalink;
        rules.section_patterns.clear();
    }
    return rules;
}

UrlRules target_url_rules(const EngineProfile& profile, std::string_view permalink,
                          std::string_view base_url) {
    UrlRules rules;
    rules.syntax = syntax_of(profile.name);
    rules.names_from_slug = true;
    rules.front_matter_overrides = false;
    rules.base_path = base_path_of(base_url);
    if (profile.name == "hugo") rules.pattern = "/posts/:filename/";
    else if (profile.name == "jekyll") rules.pattern = "/:year/:month/:day/:title/";
    else if (profile.name == "astro") rules.pattern = "/blog/:slug/";
    else if (profile.name == "nextjs") rules.pattern = "/posts/:slug";
    else if (profile.name == "gatsby") rules.pattern = "/:slug/";
    else rules.pattern = "/posts/:slug/";
    if (!permalink.empty()) rules.pattern = permalink;
    return rules;
}

std::vector<ArticleUrls> article_urls(std::span<const Article> articles, const UrlRules& old_rules,
                                      const UrlRules& new_rules) {
    std::vector<ArticleUrls> urls;
    urls.reserve(articles.size());
    for (const Article& article : articles) {
        urls.push_back({old_rules.url_of(article), new_rules.url_of(article), article.source.path});
    }
    return urls;
}

}  // namespace folio
