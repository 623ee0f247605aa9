#include "formats/migrate/article_links.hpp"

#include <cctype>
#include <filesystem>

#include "src/ast/walk.hpp"
#include "src/images/bundle_images.hpp"
#include "src/render/html_tags.hpp"

namespace folio {

namespace {

// The reference without its `#fragment` or `?query`, and the fragment (with its `#`).
std::pair<std::string_view, std::string_view> split_fragment(std::string_view reference) {
    const std::size_t hash = reference.find('#');
    const std::string_view fragment =
        hash == std::string_view::npos ? std::string_view{} : reference.substr(hash);
    std::string_view base = reference.substr(0, hash);
    if (const std::size_t query = base.find('?'); query != std::string_view::npos)
        base = base.substr(0, query);
    return {base, fragment};
}

std::string normal_path(std::string_view path) {
    std::string out = std::filesystem::path(path).lexically_normal().generic_string();
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    return out;
}

// `/a/b/` and `/a/b` are one URL to a reader of links.
std::string url_key(std::string_view url) {
    std::string out(url);
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    return out;
}

// Whether `path` names a file the author meant to be on disk: it has an extension, and not
// one of a page (`/2024/03/05/post.html` is a page of the old site, not a file).
bool names_a_file(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = last.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= last.size()) return false;
    std::string ext(last.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string_view page : {"html", "htm", "xhtml", "php", "asp", "aspx"}) {
        if (ext == page) return false;
    }
    return true;
}

class LinkRewriter {
public:
    LinkRewriter(const Article& article, const ArticleIndex& index, const LinkedFileTarget& where,
                 const ImageLocator& locate, const ResourceReader& resources,
                 std::set<std::string>& taken, std::vector<MovedDestination>& moved,
                 Diagnostics& diagnostics)
        : article_(article),
          index_(index),
          where_(where),
          locate_(locate),
          resources_(resources),
          taken_(taken),
          moved_(moved),
          diagnostics_(diagnostics) {}

    void blocks(Blocks& list) {
        for_each_inline(list, [this](Inline& item) {
            if (auto* link = std::get_if<Link>(&item.node)) this->link(*link);
        });
        for_each_raw_html(list, [this](std::string& html, SourcePos at) { raw_html(html, at); });
    }

    LinkChanges take() { return std::move(changes_); }

private:
    void link(Link& n) {
        // A URL engine syntax makes (`{{< ref "a.md" >}}`, `{% post_url a %}`) is the engine's
        // to resolve; translating that syntax for another engine is not a link's rewrite.
        if (!n.written_url.empty()) return;
        std::string to = new_reference(n.url, n.at);
        if (to.empty()) return;
        moved_.push_back({n.destination, n.url, to});
        n.url = std::move(to);
    }

    // Links and media files in raw HTML (`<a href>`, `<audio src>`, ...) move like Markdown
    // links, edited where each URL is written; one written with a character reference has no
    // offset, so a copied body is written from the tree instead (as for images).
    void raw_html(std::string& html, SourcePos at) {
        const std::vector<HtmlImageSource> targets = html_link_targets(html);
        if (targets.empty()) return;
        std::map<std::string, std::string, std::less<>> renamed;
        for (const HtmlImageSource& target : targets) {
            auto done = renamed.find(target.url);
            if (done == renamed.end()) {
                std::string to =
                    new_reference(target.url, place_in_html(at, html, target.tag_begin));
                if (to.empty()) continue;
                done = renamed.emplace(target.url, std::move(to)).first;
            }
            SourcePos where = at;
            where.offset = at.offset == kNoOffset || target.written == std::string_view::npos
                               ? kNoOffset
                               : at.offset + target.written;
            moved_.push_back({where, target.url, done->second});
        }
        if (renamed.empty()) return;
        RawHtmlRewrite how;
        how.link_url = [&renamed](std::string_view url) {
            const auto found = renamed.find(url);
            return found == renamed.end() ? std::string(url) : found->second;
        };
        html = rewrite_raw_html(html, how);
    }

    // What `reference` becomes: another article's new URL (fragment kept), the copy of a local
    // file, or empty to leave it as written.
    std::string new_reference(const std::string& reference, SourcePos at) {
        if (reference.empty() || reference.front() == '#') return {};
        if (const std::string* url = index_.find(reference, article_.source.path)) {
            ++changes_.article_links;
            return *url + std::string(split_fragment(reference).second);
        }
        std::string to = copy(reference, at);
        if (!to.empty()) ++changes_.file_links;
        return to;
    }

    // The reference to the copy of the local file `reference` names, or empty.
    std::string copy(const std::string& reference, SourcePos at) {
        const ImageLocation location = locate_(reference, article_.source.path);
        if (location.kind != ImageLocation::Kind::local) return {};
        const std::string& path = location.path;
        if (const auto done = copied_.find(path); done != copied_.end()) return done->second;
        std::optional<std::string> bytes = resources_.read(path);
        if (!bytes) {
            // A link to `../about/` or `/2024/03/05/post.html` is a page of the old site.
            if (names_a_file(split_fragment(reference).first) && warned_.insert(path).second) {
                changes_.missing.push_back(path);
                diagnostics_.report(Diagnostic{Severity::warning,
                                               "migrate.file.missing",
                                               "linked file '" + reference +
                                                   "' does not exist (looked for " + path +
                                                   "); the link is left as it was",
                                               article_.source.path,
                                               at.line,
                                               at.column,
                                               {}});
            }
            return {};
        }
        const std::string name = unique_name(safe_image_name(path));
        changes_.files.push_back({where_.folder + '/' + name, std::move(*bytes)});
        changes_.copied.push_back(path);
        std::string url = where_.url_prefix + name;
        copied_.emplace(path, url);
        return url;
    }

    std::string unique_name(const std::string& name) {
        const std::size_t dot = name.rfind('.');
        const std::string stem = dot == std::string::npos ? name : name.substr(0, dot);
        const std::string ext = dot == std::string::npos ? "" : name.substr(dot);
        std::string candidate = name;
        for (int n = 2; taken_.count(candidate) > 0 || candidate.starts_with("index."); ++n)
            candidate = stem + '-' + std::to_string(n) + ext;
        taken_.insert(candidate);
        return candidate;
    }

    const Article& article_;
    const ArticleIndex& index_;
    const LinkedFileTarget& where_;
    const ImageLocator& locate_;
    const ResourceReader& resources_;
    std::set<std::string>& taken_;
    std::vector<MovedDestination>& moved_;
    Diagnostics& diagnostics_;
    std::map<std::string, std::string> copied_;  // resolved path -> new reference
    std::set<std::string> warned_;
    LinkChanges changes_;
};

}  // namespace

void ArticleIndex::add(const Article& article, std::string_view old_url, std::string_view new_url) {
    const std::string path = normal_path(article.source.path);
    by_path_.emplace(path, new_url);
    // A link to a page bundle names its folder.
    const std::filesystem::path file(path);
    if (file.stem() == "index") by_path_.emplace(file.parent_path().generic_string(), new_url);
    if (!old_url.empty()) by_url_.emplace(url_key(old_url), new_url);
    if (!article.meta.url.empty()) by_url_.emplace(url_key(article.meta.url), new_url);
}

const std::string* ArticleIndex::find(std::string_view reference,
                                      std::string_view from_path) const {
    const std::string_view base = split_fragment(reference).first;
    if (base.empty()) return nullptr;
    if (base.front() == '/') {
        const auto url = by_url_.find(url_key(base));
        if (url != by_url_.end()) return &url->second;
    }
    if (base.find("://") != std::string_view::npos) return nullptr;
    const std::filesystem::path from(from_path);
    const std::string path =
        normal_path((from.parent_path() / std::filesystem::path(base)).generic_string());
    const auto file = by_path_.find(path);
    return file == by_path_.end() ? nullptr : &file->second;
}

bool may_link_locally(std::string_view body) {
    // Raw HTML's links and media (`<a href>`, `<audio src>`): not worth telling apart here.
    if (body.find('<') != std::string_view::npos &&
        (body.find("href") != std::string_view::npos || body.find("src") != std::string_view::npos))
        return true;
    for (std::size_t at = body.find(']'); at != std::string_view::npos;
         at = body.find(']', at + 1)) {
        if (at + 1 >= body.size() || (body[at + 1] != '(' && body[at + 1] != ':')) continue;
        std::size_t i = at + 2;
        while (i < body.size() &&
               (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '<'))
            ++i;
        const std::string_view rest = body.substr(i);
        if (rest.empty() || rest.front() == '#' || rest.starts_with("//")) continue;
        // A scheme: letters, digits, `+`, `-`, `.` up to a `:`.
        std::size_t j = 0;
        while (j < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[j])) ||
                                   rest[j] == '+' || rest[j] == '-' || rest[j] == '.'))
            ++j;
        if (j > 0 && j < rest.size() && rest[j] == ':' &&
            std::isalpha(static_cast<unsigned char>(rest.front())))
            continue;
        return true;
    }
    return false;
}

LinkChanges rewrite_links(Article& article, const ArticleIndex& index,
                          const LinkedFileTarget& where, const ImageLocator& locate,
                          const ResourceReader& resources, std::set<std::string>& taken,
                          std::vector<MovedDestination>& moved, Diagnostics& diagnostics) {
    LinkRewriter rewriter(article, index, where, locate, resources, taken, moved, diagnostics);
    rewriter.blocks(article.body);
    for (Footnote& note : article.footnotes) rewriter.blocks(note.children);
    return rewriter.take();
}

}  // namespace folio
