#include "src/images/bundle_images.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "src/ast/walk.hpp"
#include "src/render/html_tags.hpp"
#include "src/text/slug.hpp"

namespace folio {

namespace {

// The URLs `html` names as `srcset` candidates and nowhere else (not as an `src`).
std::set<std::string> srcset_only_urls(std::string_view html) {
    std::set<std::string> in_srcset;
    std::set<std::string> elsewhere;
    for (const HtmlTag& tag : scan_html_tags(html)) {
        for (const HtmlAttribute& a : tag.attributes) {
            if (a.name == "srcset") {
                for (auto& [url, descriptor] : srcset_candidates(a.value)) in_srcset.insert(url);
            } else if (a.name == "src") {
                elsewhere.insert(a.value);
            }
        }
    }
    for (const std::string& url : elsewhere) in_srcset.erase(url);
    return in_srcset;
}

class ImageCopier {
public:
    ImageCopier(const Article& article, const std::string& bundle_dir, const ImageLocator& locate,
                const ResourceReader& resources, Diagnostics& diagnostics)
        : article_(article),
          bundle_dir_(bundle_dir),
          locate_(locate),
          resources_(resources),
          diagnostics_(diagnostics) {}

    // The new reference for `reference`, or empty to keep it as written.
    std::string copy(const std::string& reference, SourcePos at, std::string_view what) {
        if (reference.empty()) return {};
        const ImageLocation location = locate_(reference, article_.source.path);
        switch (location.kind) {
            case ImageLocation::Kind::remote:
                return {};
            case ImageLocation::Kind::needs_static:
                if (!noted_static_) {
                    report(Severity::note, "hugo.image.unresolved",
                           "site-absolute image paths such as '" + reference +
                               "' are left as they are: give --static DIR to copy them into the "
                               "bundle",
                           at);
                    noted_static_ = true;
                }
                return {};
            case ImageLocation::Kind::outside:
                report(Severity::warning, "hugo.image.outside",
                       std::string(what) + " '" + reference +
                           "' points outside its folder; the reference is left as it was",
                       at);
                return {};
            case ImageLocation::Kind::local:
                break;
        }
        const std::string& path = location.path;
        if (location.stand_in) stand_ins_.insert(reference);
        if (const auto done = copied_.find(path); done != copied_.end()) return done->second;
        // One warning per missing file, however often the article shows it.
        if (missing_.count(path) > 0) {
            failed_.insert(reference);
            return {};
        }
        std::optional<std::string> bytes = resources_.read(path);
        if (!bytes) {
            missing_.insert(path);
            failed_.insert(reference);
            const std::string why = resources_.why_refused(path);
            if (why == "does not exist" || why.empty()) {
                report(Severity::warning, "hugo.image.missing",
                       std::string(what) + " '" + reference + "' does not exist (looked for " +
                           path + "); the reference is left as it was",
                       at);
            } else {
                report(Severity::warning, "image.refused",
                       std::string(what) + " '" + reference + "' (" + path + ") " + why +
                           ": not copied; the reference is left as it was",
                       at);
            }
            return {};
        }
        const std::string name =
            unique_name(safe_image_name(location.name.empty() ? path : location.name));
        files_.push_back({bundle_dir_ + '/' + name, std::move(*bytes)});
        copied_.emplace(path, name);
        return name;
    }

    void blocks(Blocks& blocks) {
        for_each_inline_run(blocks, [this](Inlines& run) { inlines(run); });
        for_each_raw_html(blocks, [this](std::string& html, SourcePos at) { raw_html(html, at); });
    }

    // Images shown by raw HTML (`<img src>`, `srcset`, `<picture><source>`) are copied like
    // Markdown images, and the HTML rewritten to name the copies.
    void raw_html(std::string& html, SourcePos at) {
        const std::vector<HtmlImageSource> sources = html_image_sources(html);
        if (sources.empty()) return;
        std::map<std::string, std::string, std::less<>> renamed;
        const std::set<std::string> candidates = srcset_only_urls(html);
        for (const HtmlImageSource& source : sources) {
            auto done = renamed.find(source.url);
            // A candidate only an original would stand in for is left out, so not copied.
            if (done == renamed.end() && candidates.count(source.url) > 0 &&
                locate_(source.url, article_.source.path).stand_in) {
                stand_ins_.insert(source.url);
                continue;
            }
            if (done == renamed.end()) {
                std::string copied =
                    copy(source.url, place_in_html(at, html, source.tag_begin), "image");
                if (copied.empty()) continue;
                done = renamed.emplace(source.url, std::move(copied)).first;
            }
            // Every place the URL is written moves, for a writer that copies the source. One
            // the HTML does not hold as written (a character reference) gets no offset, so that
            // writer finds it is not written as it is and writes the body from the tree.
            if (moved_) {
                SourcePos where = at;
                where.offset = at.offset == kNoOffset || source.written == std::string_view::npos
                                   ? kNoOffset
                                   : at.offset + source.written;
                moved_->push_back({where, source.url, done->second});
            }
        }
        if (renamed.empty()) return;
        RawHtmlRewrite how;
        how.image_url = [&renamed](std::string_view url) {
            const auto found = renamed.find(url);
            return found == renamed.end() ? std::string(url) : found->second;
        };
        // An `srcset` lists only images that exist, each at the width it says: a candidate
        // whose file is missing, or that only its original stands in for, is left out.
        how.srcset_url = [&renamed, this](std::string_view url) {
            if (failed_.count(std::string(url)) > 0 || stand_ins_.count(std::string(url)) > 0)
                return std::string();
            const auto found = renamed.find(url);
            return found == renamed.end() ? std::string(url) : found->second;
        };
        html = rewrite_raw_html(html, how);
    }

    std::vector<OutputFile> take() { return std::move(files_); }

    void report_moves_to(std::vector<MovedDestination>* moved) { moved_ = moved; }

private:
    void report(Severity severity, std::string code, std::string message, SourcePos at) {
        diagnostics_.report(Diagnostic{severity,
                                       std::move(code),
                                       std::move(message),
                                       article_.source.path,
                                       at.line,
                                       at.column,
                                       {}});
    }

    // `index.md` lives in the bundle too; a second image with the same safe name gets `-2`.
    std::string unique_name(const std::string& name) {
        const std::size_t dot = name.rfind('.');
        const std::string stem = dot == std::string::npos ? name : name.substr(0, dot);
        const std::string ext = dot == std::string::npos ? "" : name.substr(dot);
        std::string candidate = name;
        for (int n = 2; taken_.count(candidate) > 0 || candidate == "index.md"; ++n)
            candidate = stem + '-' + std::to_string(n) + ext;
        taken_.insert(candidate);
        return candidate;
    }

    void inlines(Inlines& list) {
        for (Inline& node : list) std::visit([&](auto& n) { this->inline_node(n); }, node.node);
    }
    void inline_node(Text&) {}
    void inline_node(SoftBreak&) {}
    void inline_node(HardBreak&) {}
    void inline_node(Code&) {}
    void inline_node(RawHtml&) {}
    void inline_node(FootnoteReference&) {}
    void inline_node(Math&) {}
    // Written back as the author wrote it, so the engine finds its images where it did.
    // An inline call's image (`{{< figure >}}` among text) is shown too: copied like any.
    void inline_node(EngineInline& n) { inlines(n.rendered); }
    void inline_node(Emphasis& n) { inlines(n.children); }
    void inline_node(Strong& n) { inlines(n.children); }
    void inline_node(Strikethrough& n) { inlines(n.children); }
    void inline_node(Link& n) { inlines(n.children); }
    void inline_node(Image& n) {
        inlines(n.alt);
        std::string copied = copy(n.url, n.at, "image");
        if (copied.empty()) return;
        // A URL engine syntax made (`{{ site.baseurl }}/a.png`) is written as that syntax: the
        // whole of it is what a copied body replaces.
        if (moved_)
            moved_->push_back({n.destination, n.written_url.empty() ? n.url : n.written_url, copied});
        n.url = std::move(copied);
        n.written_url.clear();  // the engine syntax that made it no longer applies
    }

    const Article& article_;
    const std::string& bundle_dir_;
    const ImageLocator& locate_;
    const ResourceReader& resources_;
    Diagnostics& diagnostics_;
    std::map<std::string, std::string> copied_;  // resolved path -> name in the bundle
    std::set<std::string> taken_;
    std::set<std::string> missing_;  // resolved paths already warned about
    std::set<std::string> failed_;     // references whose file could not be read
    std::set<std::string> stand_ins_;  // references an original stands in for
    std::vector<OutputFile> files_;
    bool noted_static_ = false;
    std::vector<MovedDestination>* moved_ = nullptr;
};

SourcePos key_position(const Source& source, std::initializer_list<std::string_view> keys) {
    for (const auto& [name, pos] : source.key_positions) {
        if (std::find(keys.begin(), keys.end(), name) != keys.end()) return pos;
    }
    return {};
}

}  // namespace

std::string safe_image_name(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = file.rfind('.');
    std::string stem =
        slugify(dot == std::string_view::npos || dot == 0 ? file : file.substr(0, dot));
    std::string ext;
    if (dot != std::string_view::npos && dot > 0) {
        for (char c : file.substr(dot + 1)) {
            if (std::isalnum(static_cast<unsigned char>(c)))
                ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (stem.empty()) stem = "image";
    return ext.empty() ? stem : stem + '.' + ext;
}

std::vector<OutputFile> bundle_images(Article& article, const std::string& bundle_dir,
                                      const ImageLocator& locate, const ResourceReader& resources,
                                      Diagnostics& diagnostics,
                                      std::vector<MovedDestination>* moved) {
    ImageCopier copier(article, bundle_dir, locate, resources, diagnostics);
    if (article.meta.cover) {
        std::string copied =
            copier.copy(article.meta.cover->source,
                        key_position(article.source, {"featuredImage", "featuredimage", "cover"}),
                        "cover image");
        if (!copied.empty()) article.meta.cover->source = std::move(copied);
    }
    // After the cover: it is in the front matter, which is written, not copied.
    copier.report_moves_to(moved);
    copier.blocks(article.body);
    for (Footnote& note : article.footnotes) copier.blocks(note.children);
    return copier.take();
}

}  // namespace folio
