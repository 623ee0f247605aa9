#include "formats/migrate/migrate_job.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <functional>
#include <set>
#include <stdexcept>

#include "formats/migrate/article_links.hpp"
#include "formats/migrate/migrate_manifest.hpp"
#include "src/output/output_lock.hpp"
#include "src/output/output_place.hpp"
#include "formats/migrate/target_layout.hpp"
#include "src/ast/walk.hpp"
#include "src/diagnostics/once_per_run.hpp"
#include "src/engine/engine_site_config.hpp"
#include "src/engine/site_content.hpp"
#include "src/images/bundle_images.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/article_file.hpp"
#include "src/pipeline/detect_engine.hpp"
#include "src/engine/mdx_components.hpp"
#include "src/images/image_location.hpp"
#include "src/import/import_media.hpp"
#include "src/import/old_query_url.hpp"
#include "src/import/post_comments.hpp"
#include "src/engine/media_subpath.hpp"
#include "src/engine/engine_translation.hpp"
#include "src/pipeline/mdx_esm.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/redirects/redirect_list.hpp"
#include "src/redirects/redirect_outputs.hpp"
#include "src/render/html_tags.hpp"
#include "src/render/title_heading.hpp"
#include "src/urls/site_config_read.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

namespace {

// Each article's old and new URL: the old one by the source engine's rules when that engine
// is known, else (`old`: none) by `--old-permalink` in folio's syntax or front matter `url`.
struct UrlPlan {
    std::optional<UrlRules> old_rules;
    UrlRules new_rules;
};

// The site the inputs come from, when its engine is known: what its configuration says
// (`config.folder` empty when no site folder was found, only the engine named).
struct SourceSite {
    const EngineProfile* engine = nullptr;
    SiteConfig config;
};

// Where site-absolute references resolve: `--static` when given, else the folders the source
// engine serves them from (`site_content`), the first that holds the file.
ImageLocator static_locator(const MigrateJob& job, const SourceSite& source);

// Where an article goes, decided between the passes.
struct PlannedArticle {
    std::string source;
    bool draft = false;  // never published: its old URL is nobody's link
    std::string old_url;
    std::string old_query_url;  // an imported WordPress post's `/?p=123`, redirected too
    std::string new_path;
    std::string new_url;
};

Diagnostic usage_error(std::string message, std::string code = "usage.migrate") {
    return Diagnostic{Severity::error, std::move(code), std::move(message), "", 0, 0, {}};
}

std::optional<std::string> read_whole_file(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string folder_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string file_name_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// `--site`: the files of the target's smallest configuration that builds the result as
// migrated (`engine_site_config`): the permalinks `new_url_rules` gives with `--site`, raw
// HTML allowed, the redirect plugin, a collection schema. None at all where DEST has a
// configuration of the user's (`engine_config_file_names`): the site is theirs, and its
// layouts would be overridden by ours. The caller writes each only where no file is.
std::vector<OutputFile> site_configuration(const EngineProfile& target, const MigrateJob& job,
                                           const SourceSite& source,
                                           const RedirectOutputs& redirects,
                                           std::span<const ArticleUrls> urls,
                                           const std::set<std::string>& custom_keys,
                                           Diagnostics& diagnostics) {
    for (const std::string_view name : engine_config_file_names(target)) {
        std::error_code error;
        if (std::filesystem::exists(std::filesystem::path(job.output) / std::string(name), error)) {
            diagnostics.report(Diagnostic{Severity::note,
                                          "migrate.site.kept",
                                          "--site writes no configuration: '" + std::string(name) +
                                              "' is there already, and the site is yours",
                                          job.output,
                                          0,
                                          0,
                                          {}});
            return {};
        }
    }
    SiteConfigOptions options;
    // The old site's address, title and language, where its configuration says them: the
    // migrated site is the same blog.
    if (!source.config.base_url.empty()) options.base_url = source.config.base_url;
    if (!job.base_url.empty()) options.base_url = job.base_url;
    options.title = source.config.title;
    options.language = source.config.language;
    // In the placeholders `engine_site_config` reads, the URLs `new_url_rules` gives.
    if (target.name == "hugo") options.permalink = "/posts/:filename/";
    else if (target.name == "jekyll") options.permalink = "/:year/:month/:day/:slug/";
    else if (target.name == "astro") options.permalink = "/blog/:slug/";
    else options.permalink = "/posts/:slug/";
    if (!job.permalink.empty()) options.permalink = job.permalink;
    options.section = target.name == "astro" ? "blog" : "posts";
    options.custom_keys.assign(custom_keys.begin(), custom_keys.end());
    const bool engine_form =
        std::find(job.redirects.begin(), job.redirects.end(), "engine") != job.redirects.end();
    options.redirect_form = engine_form ? SiteRedirectForm::engine : SiteRedirectForm::none;
    if (engine_form && redirects.front_matter_key.empty()) {
        // The list the rule files hold: none where the URL stays, one per old URL. Its
        // warnings were given with the rule files.
        Diagnostics said_already;
        for (Redirect& r : redirects_from(urls, said_already))
            options.redirects.push_back({std::move(r.from), std::move(r.to)});
    }
    return engine_site_config(target, options);
}

// Images copied by `bundle_images` are referenced by their bare name; a target that keeps
// them elsewhere (`/assets/<slug>/<name>`) gets that reference instead, in the tree and in
// the edits of a copied body.
void point_images_at(const std::string& url_pattern, const std::string& dir,
                     const std::vector<OutputFile>& copies, Article& page,
                     std::vector<MovedDestination>& moved) {
    std::map<std::string, std::string> url_of;
    for (const OutputFile& copy : copies) {
        const std::string name = file_name_of(copy.path);
        url_of.emplace(name, expand_output_pattern(url_pattern, page, dir, name));
    }
    const auto renamed = [&](std::string& reference) {
        const auto found = url_of.find(reference);
        if (found != url_of.end()) reference = found->second;
    };
    for (MovedDestination& m : moved) renamed(m.to);
    if (page.meta.cover) renamed(page.meta.cover->source);
    // Raw HTML's images too: a body written from the tree (an HTML post, `--reformat`) has
    // no copied source for the moves above to edit.
    RawHtmlRewrite in_html;
    in_html.image_url = [&](std::string_view url) {
        std::string reference(url);
        renamed(reference);
        return reference;
    };
    const auto images = [&](Blocks& blocks) {
        for_each_inline(blocks, [&](Inline& item) {
            if (auto* image = std::get_if<Image>(&item.node)) renamed(image->url);
        });
        for_each_raw_html(blocks, [&](std::string& html, SourcePos) {
            html = rewrite_raw_html(html, in_html);
        });
    };
    images(page.body);
    for (Footnote& note : page.footnotes) images(note.children);
}

std::string first_line(const Diagnostic& d) {
    std::string text = format_diagnostic(d);
    return text.substr(0, text.find('\n'));
}

class Migration {
public:
    Migration(const MigrateJob& job, const EngineProfile& target, UrlPlan urls, SourceSite source,
              const LoadOptions& load, const DiagnosticSink& sink)
        : job_(job),
          target_(target),
          urls_(std::move(urls)),
          source_(std::move(source)),
          load_(load),
          sink_(sink),
          formats_(*load.read.formats),
          root_(job.output),
          locate_(locate_imported_media(static_locator(job, source_), job.media)),
          resources_(load.max_image_size) {
        // The shorthands' layout: views of the job's strings, which outlive the migration.
        EngineOutput& layout = target_.output;
        if (!job.article_path.empty()) layout.article_path = job.article_path;
        if (!job.copy_files) layout.images_folder = layout.files_folder = {};
        if (job.style) layout.without_title_heading = false;
        report_.to = std::string(target.name);
        report_.dry_run = job.dry_run;
    }

    JobStatus run() {
        Diagnostics setup;
        const std::vector<std::string> paths = with_exports_expanded(
            outside_output(collect_inputs(site_root_inputs(job_.inputs, setup), setup), setup), load_);
        load_manifest(setup);
        sink_(setup);
        errors_ = setup.has_errors();
        plan_.resize(paths.size());
        const auto plan = [this](ArticleSlot& slot) {
            if (slot.article) plan_article(slot.index, *slot.article);
        };
        if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
            // Standard input cannot be read twice: every article is held until all are planned.
            std::vector<ArticleSlot> slots;
            for_each_article(paths, second_pass_reading(), [&](ArticleSlot& slot) {
                plan(slot);
                slots.push_back(std::move(slot));
            });
            plan_redirects();
            for (ArticleSlot& slot : slots) migrate(slot);
        } else {
            // Metadata only, its diagnostics left to the second pass, which reads each file
            // again and writes it at once: memory stays that of the metadata, not the bodies.
            LoadOptions metadata = load_;
            metadata.read.body = false;
            metadata.hook = {};
            metadata.progress = {};
            for_each_article(paths, metadata, plan);
            plan_redirects();
            for_each_article(paths, second_pass_reading(),
                             [this](ArticleSlot& slot) { migrate(slot); });
        }
        Diagnostics site;
        std::vector<OutputFile> site_files;
        if (job_.site)
            site_files =
                site_configuration(target_, job_, source_, redirects_, redirected_, custom_keys_,
                                   site);
        // The configuration written redirects there (Eleventy, Astro): no pages as well.
        if (!site_files.empty()) redirects_.pages.clear();
        write_redirects();
        for (OutputFile& file : site_files)
            report_.site_files.push_back(put(std::move(file), site, /*only_new=*/true));
        send(std::move(site), nullptr);
        finish();
        return status_with(JobStatus::ok, errors_);
    }

private:
    // The inputs without the files inside the output folder: `folio migrate blog -o blog/new`
    // run twice would otherwise migrate its own output.
    std::vector<std::string> outside_output(std::vector<std::string> paths,
                                            Diagnostics& diagnostics) const {
        std::error_code error;
        const std::filesystem::path output = std::filesystem::weakly_canonical(job_.output, error);
        if (error || output.empty()) return paths;
        const std::size_t before = paths.size();
        std::erase_if(paths, [&](const std::string& path) {
            if (path == "-") return false;
            std::error_code e;
            const std::filesystem::path file = std::filesystem::weakly_canonical(path, e);
            if (e) return false;
            const auto [end, at] =
                std::mismatch(output.begin(), output.end(), file.begin(), file.end());
            return end == output.end();
        });
        if (paths.size() != before)
            diagnostics.report(Diagnostic{Severity::note,
                                          "migrate.input.in-output",
                                          std::to_string(before - paths.size()) +
                                              " input file(s) inside the output folder " +
                                              job_.output + " are not migrated again",
                                          "",
                                          0,
                                          0,
                                          {}});
        return paths;
    }

    void load_manifest(Diagnostics& diagnostics) {
        if (!job_.keep_edits) return;
        const std::filesystem::path path =
            std::filesystem::path(job_.output) / std::string(kMigrateManifestName);
        if (const std::optional<std::string> text = read_whole_file(path))
            manifest_ = parse_migrate_manifest(*text, path.string(), diagnostics);
        written_ = manifest_;
    }

    // The reading of the pass that writes: each body as its file holds it kept beside the
    // article, and read into the tree only where an edit may need its offsets (or where the
    // Markdown writer writes it): that parse was most of a copying run's time.
    LoadOptions second_pass_reading() const {
        LoadOptions reading = load_;
        if (job_.reformat) return reading;
        reading.read.body = false;
        reading.hook = [this, outer = load_.hook](const SourceText& text, ArticleSlot& slot) {
            Article& article = *slot.article;
            slot.written_body = written_body(text, copied_body_begin(text.text(), article));
            // The front matter as written, for a target that writes its syntax to copy.
            slot.written_body->front_matter = written_front_matter(
                text, slot.written_body->offset, article.source.syntax);
            if (body_needed(article, slot.written_body->text))
                read_article_body(text, article, formats_, slot.diagnostics);
            if (outer) outer(text, slot);
        };
        return reading;
    }

    // Where the copied body starts: after the front matter, and for an MDX file the target
    // keeps as MDX, before its import/export statements, which stay where MDX runs them
    // (read, they are in `extra` as `mdx_esm`; `migrate` takes them out of the front matter).
    std::size_t copied_body_begin(std::string_view text, const Article& article) const {
        const std::size_t begin = article.source.body_offset;
        const Value* esm = find(article.meta.extra, "mdx_esm");
        if (esm == nullptr || !keeps_mdx(article)) return begin;
        const auto* statements = std::get_if<ValueList>(&esm->data);
        const auto* first = statements == nullptr || statements->empty()
                                ? nullptr
                                : std::get_if<std::string>(&statements->front().data);
        if (first == nullptr) return begin;
        std::size_t at = text.rfind(*first, begin);
        if (at == std::string_view::npos) return begin;
        // The blank lines before the first statement: the body's first bytes, as always.
        while (at >= 2 && text[at - 1] == '\n' && text[at - 2] == '\n') --at;
        return at;
    }

    // Files other front-matter keys name by a site-absolute path (the Next.js blog-starter's
    // `author.picture` and `ogImage.url`): copied to the same path under the target's folder
    // of files served as they are, so that the keys, kept as written, still name them. Each
    // file once per run; one a key names in vain is the author's to see (a warning).
    std::vector<OutputFile> front_matter_files(const Article& page, Diagnostics& diagnostics) {
        std::vector<OutputFile> out;
        if (!job_.copy_files) return out;
        const std::function<void(const Value&)> visit = [&](const Value& value) {
            if (const auto* list = std::get_if<ValueList>(&value.data)) {
                for (const Value& item : *list) visit(item);
                return;
            }
            if (const auto* map = std::get_if<Map>(&value.data)) {
                for (const auto& entry : *map) visit(entry.second);
                return;
            }
            const auto* text = std::get_if<std::string>(&value.data);
            if (text == nullptr || !names_a_site_file(*text)) return;
            const ImageLocation location = locate_(*text, page.source.path);
            if (location.kind != ImageLocation::Kind::local) return;
            std::string path = copied_as_is_folder(target_) + text->substr(1);
            if (!front_matter_copies_.insert(path).second) return;
            std::optional<std::string> bytes = resources_.read(location.path);
            if (!bytes) {
                diagnostics.report(Diagnostic{
                    Severity::warning, "migrate.file.missing",
                    "front matter names '" + *text + "', which is not in the site (" +
                        resources_.why_refused(location.path) + "): nothing copied",
                    page.source.path, 0, 0, {}});
                return;
            }
            out.push_back({std::move(path), std::move(*bytes)});
        };
        for (const auto& entry : page.meta.extra) visit(entry.second);
        return out;
    }

    // `/assets/a/b.png`: a path from the site's root to a file with an extension, written
    // plainly (no query, fragment or escape, which a copy's name could not keep).
    static bool names_a_site_file(std::string_view text) {
        if (text.size() < 2 || text[0] != '/' || text[1] == '/') return false;
        if (text.find_first_of("?#%\\ \n") != std::string_view::npos) return false;
        const std::size_t dot = text.rfind('.');
        return dot != std::string_view::npos && dot > text.rfind('/') + 1 && dot + 1 < text.size();
    }

    // An MDX post moving to an engine that reads it as Markdown: its components and its
    // import statements are rendered and run by MDX only; each is said where it is.
    void warn_mdx_left(const Article& page, const WrittenBody* body,
                       Diagnostics& diagnostics) const {
        if (const Value* esm = find(page.meta.extra, "mdx_esm")) {
            const auto* statements = std::get_if<ValueList>(&esm->data);
            for (const Value& statement : statements ? *statements : ValueList{}) {
                const auto* text = std::get_if<std::string>(&statement.data);
                if (text == nullptr) continue;
                std::string shown = text->substr(0, text->find('\n'));
                diagnostics.report(Diagnostic{
                    Severity::warning, "migrate.mdx.statement",
                    "MDX statement `" + shown + "` is run by MDX only: kept in the front-matter "
                    "key mdx_esm, which " + std::string(target_.name) + " ignores",
                    page.source.path, 0, 0, {}});
            }
        }
        if (body == nullptr) return;
        report_untranslated(find_mdx_components(body->text, body->offset, target_.name),
                            body->text, body->offset, page.source.body_line, page.source.path,
                            diagnostics);
    }

    bool keeps_mdx(const Article& article) const {
        return is_mdx_path(article.source.path) &&
               expand_output_pattern(target_.output.article_path, article).ends_with(".mdx");
    }

    bool body_needed(const Article& article, std::string_view body) const {
        if (body_format_for_path(formats_, article.source.path).name != "markdown") return true;
        const EngineOutput& layout = target_.output;
        if (copy_may_need_edits(body, !layout.images_folder.empty(),
                                layout.without_title_heading &&
                                    article.source.title_origin == TitleOrigin::front_matter))
            return true;
        return (job_.rewrite_links || job_.copy_files) && may_link_locally(body);
    }

    // Where every article goes and what its URL becomes, before any is written, so that a
    // link to an article later in the input is rewritten too.
    void plan_article(std::size_t index, const Article& article) {
        PlannedArticle& entry = plan_[index];
        entry.source = article.source.path;
        entry.draft = article.meta.draft;
        if (!article.source.old_url.empty()) {
            entry.old_url = article.source.old_url;  // an imported post's own old address
        } else if (urls_.old_rules) {
            entry.old_url = urls_.old_rules->url_of(article);
        } else {
            entry.old_url = job_.old_permalink.empty()
                                ? article.meta.url
                                : expand_permalink(job_.old_permalink, article, job_.section);
        }
        entry.old_query_url = old_query_url(article);
        entry.new_path = article_output_path(article, target_);
        entry.new_url = new_url(article, target_, urls_.new_rules);
        index_.add(article, entry.old_url, entry.new_url);
        new_path_by_name_.emplace(reference_name(article.source.path), entry.new_path);
        new_url_by_path_.emplace(entry.new_path, entry.new_url);
    }

    // The name a Liquid or Hugo reference to a post comes down to: `post_url`'s
    // `2010-07-21-name`, `link`'s `_posts/2010-07-21-name.md`, `ref`'s `posts/name.md` or a
    // bundle's `posts/name/index.md` all name the file's stem (the bundle's folder).
    static std::string reference_name(std::string_view path) {
        while (!path.empty() && path.back() == '/') path.remove_suffix(1);
        std::string_view name = path.substr(path.rfind('/') + 1);  // npos + 1 == 0
        const std::size_t dot = name.rfind('.');
        if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
        if (name == "index" || name == "_index") {
            path = path.substr(0, path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/'));
            return reference_name(path);
        }
        return std::string(name);
    }

    // How the target's engine syntax names the article a source reference names: Hugo's
    // `ref` takes the page's path in the content folder, Jekyll's `post_url` the post's file
    // stem. Empty when the reference names no article of the migration or the target has no
    // such call: the call is left as written and warned about.
    std::string reference_in_target(std::string_view reference) const {
        const auto found = new_path_by_name_.find(reference_name(reference));
        if (found == new_path_by_name_.end()) return {};
        std::string_view path = found->second;
        if (target_.name == "hugo") {
            if (path.starts_with("content/")) path.remove_prefix(8);
            if (path.ends_with("/index.md")) path.remove_suffix(9);
            else if (path.ends_with(".md")) path.remove_suffix(3);
            return '/' + std::string(path);
        }
        if (target_.name == "jekyll" && path.starts_with("_posts/")) {
            path.remove_prefix(7);
            return std::string(path.substr(0, path.rfind('.')));
        }
        // An engine without a reference tag (Eleventy) gets the article's new URL itself.
        if (target_.name == "eleventy") return new_url_by_path_.at(found->second);
        return {};
    }

    void migrate(ArticleSlot& slot) {
        Diagnostics& diagnostics = slot.diagnostics;
        if (!slot.article) {
            send(std::move(diagnostics), nullptr);
            return;
        }
        const PlannedArticle& entry = plan_[slot.index];
        Article page = std::move(*slot.article);
        ArticleMigration result;
        result.source = page.source.path;
        result.old_url = entry.old_url;
        result.new_path = entry.new_path;
        result.new_url = entry.new_url;
        if (lacks_date_for(page, target_))
            diagnostics.report(Diagnostic{Severity::warning,
                                          "migrate.no-date",
                                          std::string(target_.name) +
                                              " names posts by their date and this article has "
                                              "none: written to " +
                                              entry.new_path,
                                          page.source.path,
                                          0,
                                          0,
                                          {}});

        const EngineProfile* source_engine = load_.read.engine;
        if (!source_engine && load_.read.detect_engine)
            source_engine = engines_.engine_for(page.source.path);
        if (!job_.style) result.keys_dropped = drop_engine_only_keys(page, source_engine, diagnostics);

        // Chirpy's prefix of relative image paths: applied, so that the images are found and
        // their references written whole for an engine that has no such key.
        if (source_engine == nullptr || source_engine->name == "jekyll") apply_media_subpath(page);
        if (is_mdx_path(page.source.path) && !keeps_mdx(page))
            warn_mdx_left(page, slot.written_body ? &*slot.written_body : nullptr, diagnostics);
        const EngineOutput& layout = target_.output;
        std::vector<MovedDestination> moved;
        MovedFiles files = move_references(page, folder_of(entry.new_path), moved, diagnostics);
        result.edits["image"] = files.images;
        result.edits["article-link"] = files.links.article_links;
        result.edits["file-link"] = files.links.file_links;
        if (layout.without_title_heading && starts_with_title_heading(page))
            result.edits["title-heading"] = 1;
        std::erase_if(result.edits, [](const auto& kind) { return kind.second == 0; });
        const bool written = slot.written_body.has_value();

        // An imported post's comments go to a folder no engine publishes, not front matter.
        std::optional<OutputFile> comments = take_comments(page);
        // Statements the copied body holds again are not front matter.
        if (written && slot.written_body->offset < page.source.body_offset)
            std::erase_if(page.meta.extra,
                          [](const auto& entry) { return entry.first == "mdx_esm"; });
        // The custom keys a page of --site's layouts prints among its facts, for a comparison
        // of every key with the source's.
        for (const auto& kept : page.meta.extra)
            if (kept.first != "mdx_esm") custom_keys_.insert(kept.first);
        ArticleFileOptions options;
        if (job_.style) {
            options.target = *job_.style;
        } else {
            options.profile = &target_;
        }
        if (job_.old_url_aliases && !entry.old_url.empty() && entry.old_url != entry.new_url)
            options.extras.aliases.push_back(entry.old_url);
        if (const auto found = redirects_.front_matter.find(entry.source);
            found != redirects_.front_matter.end() && !job_.style) {
            std::vector<std::string>& into = redirects_.front_matter_key == "redirect_from"
                                                 ? options.extras.redirect_from
                                                 : options.extras.aliases;
            into.insert(into.end(), found->second.begin(), found->second.end());
        }
        options.body_format = "markdown";
        options.without_title_heading = layout.without_title_heading;
        options.written_body = written ? &*slot.written_body : nullptr;
        options.moved = std::move(moved);
        if (!job_.style) {
            // Engine syntax the target processes differently is translated where it has an
            // equivalent, and the front matter copied as written where the syntax stays.
            options.target_engine = &target_;
            options.source_engine = source_engine;
            options.article_reference = [this](std::string_view reference) {
                return reference_in_target(reference);
            };
            options.written_front_matter = written ? &slot.written_body->front_matter : nullptr;
            options.base_path = urls_.new_rules.base_path;
            options.edits_made = &result.edits;
        }
        const std::size_t before = diagnostics.items().size();
        std::string text = write_article_file(page, options, formats_, diagnostics);
        for (std::size_t i = before; i < diagnostics.items().size(); ++i) {
            if (diagnostics.items()[i].code == "output.body.written") result.body_written = true;
        }
        if (!written || result.body_written) result.edits.clear();
        if (!job_.style)
            result.kept_under_folio_names =
                front_matter_for_profile(page.meta, target_).kept_as_extra;

        list_copies(files, diagnostics, result);
        std::vector<OutputFile> named = front_matter_files(page, diagnostics);
        for (const OutputFile& copy : named) result.files_copied.push_back(copy.path);
        report_.files_copied += named.size();
        result.files.push_back(put({entry.new_path, std::move(text)}, diagnostics, false));
        for (OutputFile& copy : named)
            result.files.push_back(put(std::move(copy), diagnostics, false));
        for (OutputFile& copy : files.images_copied)
            result.files.push_back(put(std::move(copy), diagnostics, false));
        for (OutputFile& copy : files.links.files)
            result.files.push_back(put(std::move(copy), diagnostics, false));
        if (comments) result.files.push_back(put(std::move(*comments), diagnostics, false));
        send(std::move(diagnostics), &result);
        ++report_.article_count;
        // `folio hugo` on 10,000 posts keeps no list it would not print.
        if (job_.done || !job_.report_path.empty()) report_.articles.push_back(std::move(result));
    }

    // The keys only the source engine reads, taken out of `page` when the target is another
    // engine; a note names each key once per run.
    std::vector<std::string> drop_engine_only_keys(Article& page, const EngineProfile* source,
                                                   Diagnostics& diagnostics) {
        std::vector<std::string> dropped;
        if (source == nullptr || source->name == target_.name) return dropped;
        std::erase_if(page.meta.extra, [&](const auto& entry) {
            const auto& only = source->engine_only_keys;
            if (std::find(only.begin(), only.end(), entry.first) == only.end()) return false;
            dropped.push_back(entry.first);
            return true;
        });
        for (const std::string& key : dropped) {
            if (!noted_dropped_.insert(key).second) continue;
            diagnostics.report(Diagnostic{
                Severity::note, "migrate.key.dropped",
                "front-matter key '" + key + "' means something to " + std::string(source->name) +
                    " only and is left out for " + std::string(target_.name) +
                    " (every article that has it: see --report's keys_dropped)",
                page.source.path, 0, 0, {}});
        }
        return dropped;
    }

    bool wants_redirects(std::string_view form) const {
        return std::find(job_.redirects.begin(), job_.redirects.end(), form) !=
               job_.redirects.end();
    }

    // Every article's redirect, from the planned URLs, before any article is written: the
    // front matter ones go into the articles, the rest are files written at the end.
    void plan_redirects() {
        if (job_.redirects.empty()) return;
        std::vector<ArticleUrls> urls;
        for (const PlannedArticle& entry : plan_) {
            if (!entry.old_url.empty() && !entry.draft) urls.push_back({entry.old_url, entry.new_url, entry.source});
            if (!entry.old_query_url.empty() && !entry.draft)
                urls.push_back({entry.old_query_url, entry.new_url, entry.source});
        report_.old_urls = urls.size();
        }
        Diagnostics diagnostics;
        RedirectOptions options{std::string(target_.name), job_.old_base_url, job_.base_url};
        redirects_ = redirect_outputs(urls, options, diagnostics);
        redirected_ = std::move(urls);
        report_.redirects = redirects_.redirects;
        if (!wants_redirects("engine")) {
            redirects_.front_matter.clear();
            redirects_.pages.clear();
        }
        send(std::move(diagnostics), nullptr);
    }

    // The redirect pages and the host rule files of the forms asked for, in the folder the
    // target copies as is, through `put` (a dry run writes nothing, an edited file stays).
    void write_redirects() {
        if (job_.redirects.empty()) return;
        static constexpr std::pair<std::string_view, std::string_view> kFormOf[] = {
            {"_redirects", "netlify"},
            {"vercel.json", "vercel"},
            {".htaccess", "apache"},
            {"nginx-redirects.conf", "nginx"},
            {"nginx-redirects-server.conf", "nginx"},
            {"redirects.csv", "csv"},
        };
        const std::string folder = copied_as_is_folder(target_);
        Diagnostics diagnostics;
        for (RedirectFile& page : redirects_.pages)
            report_.site_files.push_back(
                put({folder + page.path, std::move(page.text)}, diagnostics, false));
        // No old URL moved: a rule file would hold nothing (the summary says so).
        if (redirects_.redirects == 0) redirects_.rule_files.clear();
        for (RedirectFile& file : redirects_.rule_files) {
            for (const auto& [name, form] : kFormOf) {
                if (file.path == name && wants_redirects(form)) {
                    report_.site_files.push_back(
                        put({folder + file.path, std::move(file.text)}, diagnostics, false));
                    break;
                }
            }
        }
        send(std::move(diagnostics), nullptr);
    }

    // What the images and links of one article became.
    struct MovedFiles {
        std::vector<OutputFile> images_copied;
        std::size_t images = 0;  // references to them rewritten
        LinkChanges links;
    };

    // Copies the images and files `page` uses where the target keeps them (`dir` is its
    // folder) and points its links at the other articles' new URLs; every rewrite goes to
    // `moved`, for the copied body.
    MovedFiles move_references(Article& page, const std::string& dir,
                               std::vector<MovedDestination>& moved, Diagnostics& diagnostics) {
        const EngineOutput& layout = target_.output;
        MovedFiles out;
        if (!layout.images_folder.empty()) {
            const std::string folder = expand_output_pattern(layout.images_folder, page, dir);
            out.images_copied =
                bundle_images(page, folder, locate_, resources_, diagnostics, &moved);
            point_images_at(std::string(layout.images_url), dir, out.images_copied, page, moved);
        }
        out.images = moved.size();
        if (!job_.rewrite_links && !job_.copy_files) return out;
        std::set<std::string> taken;
        for (const OutputFile& copy : out.images_copied) taken.insert(file_name_of(copy.path));
        const bool apart = !layout.files_folder.empty();
        LinkedFileTarget where;
        where.folder =
            expand_output_pattern(apart ? layout.files_folder : layout.images_folder, page, dir);
        where.url_prefix =
            expand_output_pattern(apart ? layout.files_url : layout.images_url, page, dir, "");
        out.links = rewrite_links(page, job_.rewrite_links ? index_ : no_articles_, where,
                                  job_.copy_files ? locate_ : no_files_, resources_, taken, moved,
                                  diagnostics);
        return out;
    }

    // The report's lists: the copies (images, then linked files) and the files looked for in
    // vain (the links', then the images' as their warnings name them).
    void list_copies(const MovedFiles& files, const Diagnostics& diagnostics,
                     ArticleMigration& result) {
        for (const OutputFile& copy : files.images_copied) result.files_copied.push_back(copy.path);
        for (const OutputFile& copy : files.links.files) result.files_copied.push_back(copy.path);
        result.files_missing = files.links.missing;
        constexpr std::string_view kLookedFor = "(looked for ";
        for (const Diagnostic& d : diagnostics.items()) {
            const std::size_t at = d.message.find(kLookedFor);
            if (d.code != "hugo.image.missing" || at == std::string::npos) continue;
            const std::size_t begin = at + kLookedFor.size();
            result.files_missing.push_back(
                d.message.substr(begin, d.message.find(");", begin) - begin));
        }
        report_.files_copied += files.images_copied.size() + files.links.files.size();
    }

    // Decides what to do with `file` and, unless this is a dry run, does it.
    PlannedFile put(OutputFile file, Diagnostics& diagnostics, bool only_new) {
        const std::optional<std::filesystem::path> target = path_inside(root_.path(), file.path);
        if (!target) {
            diagnostics.report(
                Diagnostic{Severity::error,
                           "output.outside-root",
                           "'" + file.path + "' would be written outside " + job_.output,
                           "",
                           0,
                           0,
                           {}});
            return {file.path, "refused: outside the output folder"};
        }
        if (!job_.keep_edits && !only_new) {
            // `folio hugo` and `folio markdown` replace every file and keep no record: reading
            // what is there and hashing what is written would only cost time (a tenth of a
            // 10,000-post run's CPU).
            ++report_.files_written;
            if (!job_.dry_run) {
                std::vector<OutputFile> one;
                one.push_back(std::move(file));
                write_files(root_, one, diagnostics, Sync::at_end);
                return {one.front().path, std::string(decision_name(WriteDecision::write))};
            }
            return {file.path, std::string(decision_name(WriteDecision::write))};
        }
        const auto recorded = manifest_.files.find(file.path);
        const std::optional<std::string> on_disk = read_whole_file(*target);
        WriteDecision decision = decide_write(
            on_disk, file.bytes, recorded == manifest_.files.end() ? nullptr : &recorded->second,
            (job_.overwrite_edits || !job_.keep_edits) && !only_new);
        if (only_new && on_disk && decision == WriteDecision::write)
            decision = WriteDecision::keep_other;
        if (decision == WriteDecision::keep_edited || decision == WriteDecision::keep_other) {
            ++report_.files_kept;
            diagnostics.report(
                Diagnostic{Severity::warning,
                           "migrate.kept-edit",
                           "'" + file.path + "' is left as it is: " +
                               (decision == WriteDecision::keep_edited
                                    ? std::string("it was edited since the last migration")
                                    : std::string("it is there and no migration wrote it")) +
                               " (--overwrite-edits replaces it)",
                           target->string(),
                           0,
                           0,
                           {}});
            return {file.path, std::string(decision_name(decision))};
        }
        if (decision == WriteDecision::write) ++report_.files_written;
        written_.files[file.path] = content_hash(file.bytes);
        if (!job_.dry_run && decision == WriteDecision::write) {
            std::vector<OutputFile> one;
            one.push_back(std::move(file));
            write_files(root_, one, diagnostics, Sync::at_end);
            return {one.front().path, std::string(decision_name(decision))};
        }
        return {file.path, std::string(decision_name(decision))};
    }

    void send(Diagnostics diagnostics, ArticleMigration* result) {
        // Says the same for every article: once is enough.
        diagnostics = once_per_run(std::move(diagnostics), "hugo.image.unresolved", noted_static_);
        diagnostics = with_image_codes(std::move(diagnostics));
        for (const Diagnostic& d : diagnostics.items()) {
            if (d.severity == Severity::warning) {
                ++report_.warnings;
                if (result) result->warnings.push_back(first_line(d));
            } else if (d.severity == Severity::error) {
                ++report_.errors;
                if (result) result->warnings.push_back(first_line(d));
            }
        }
        sink_(diagnostics);
        errors_ = errors_ || diagnostics.has_errors();
    }

    // The image copier's codes under the job's prefix: `folio migrate` says `migrate.image.*`.
    Diagnostics with_image_codes(Diagnostics diagnostics) const {
        constexpr std::string_view kCopier = "hugo.image.";
        if (job_.image_code_prefix == kCopier) return diagnostics;
        Diagnostics renamed;
        for (Diagnostic d : diagnostics.items()) {
            if (d.code.starts_with(kCopier))
                d.code = job_.image_code_prefix + d.code.substr(kCopier.size());
            renamed.report(std::move(d));
        }
        return renamed;
    }

    void finish() {
        Diagnostics closing;
        if (!job_.dry_run && job_.keep_edits && report_.article_count > 0) {
            // Last: a run stopped before this leaves the old record, which still describes
            // every file it did not replace.
            const std::filesystem::path path =
                std::filesystem::path(job_.output) / std::string(kMigrateManifestName);
            if (std::optional<Diagnostic> problem =
                    write_file_atomically(path, migrate_manifest_json(written_)))
                closing.report(std::move(*problem));
        }
        if (!job_.dry_run && job_.sync && std::filesystem::exists(job_.output)) {
            if (std::optional<Diagnostic> problem = sync_file_system(job_.output))
                closing.report(std::move(*problem));
        }
        if (!job_.report_path.empty()) {
            if (std::optional<Diagnostic> problem =
                    write_file_atomically(job_.report_path, migrate_report_json(report_)))
                closing.report(std::move(*problem));
        }
        if (!closing.items().empty()) send(closing, nullptr);
        if (job_.done) job_.done(report_);
    }

    const MigrateJob& job_;
    EngineProfile target_;  // the target's profile, with the job's changes to its layout
    const UrlPlan urls_;
    const SourceSite source_;
    const LoadOptions& load_;
    const DiagnosticSink& sink_;
    const Registry& formats_;
    OutputRoot root_;
    ImageLocator locate_;
    DiskResourceReader resources_;
    ArticleIndex index_;
    // Each article's new path by the name references give it (`reference_name`).
    std::map<std::string, std::string, std::less<>> new_path_by_name_;
    std::map<std::string, std::string, std::less<>> new_url_by_path_;
    EngineDetector engines_;  // the source engine of each input's folder, when not given
    std::vector<PlannedArticle> plan_;  // by the file's place in the input
    RedirectOutputs redirects_;         // planned between the passes
    std::vector<ArticleUrls> redirected_;  // the old and new URLs they were made from
    const ArticleIndex no_articles_;    // with `rewrite_links` off
    // With `copy_files` off: every reference is remote to it, so none is copied.
    const ImageLocator no_files_ = [](std::string_view, std::string_view) {
        return ImageLocation{};
    };
    MigrateManifest manifest_;  // what the last run wrote
    MigrateManifest written_;   // what this run leaves: the last run's, updated
    MigrateReport report_;
    bool errors_ = false;
    bool noted_static_ = false;
    std::set<std::string> noted_dropped_;  // engine-only keys said once
    std::set<std::string> custom_keys_;    // the extra keys of the articles written
    std::set<std::string> front_matter_copies_;  // files copied for front-matter keys
};

// The folder whose site holds the first input (a file's folder, or the folder itself).
std::string first_input_folder(const std::vector<std::string>& inputs) {
    if (inputs.empty() || inputs.front() == "-") return {};
    std::error_code error;
    const std::filesystem::path first(inputs.front());
    if (std::filesystem::is_directory(first, error)) return first.string();
    const std::string parent = first.parent_path().string();
    return parent.empty() ? "." : parent;
}

// The source engine, from `--from` or the site the first input is in, with its configuration
// read when the site found is of that engine. None when no engine is known. A configuration
// that does not parse is an error: every old URL would be a guess.
std::optional<SourceSite> source_site(const MigrateJob& job, const LoadOptions& load,
                                      Diagnostics& diagnostics) {
    const EngineProfile* source = load.read.engine;
    // Standard input is in no site: the working folder's is not its.
    const std::string folder = first_input_folder(job.inputs);
    const DetectedSite site = folder.empty() ? DetectedSite{} : detect_site(folder);
    if (source == nullptr && load.read.detect_engine) source = site.engine;
    if (source == nullptr) return std::nullopt;
    SourceSite found{source, {}};
    if (site.engine == source && !site.folder.empty()) {
        Result<SiteConfig> read = read_site_config(site.folder, source->name);
        if (!read) {
            diagnostics.report(read.error());
            return std::nullopt;
        }
        found.config = std::move(*read);
    }
    return found;
}

ImageLocator static_locator(const MigrateJob& job, const SourceSite& source) {
    if (!job.static_dir.empty() || source.config.folder.empty())
        return make_image_locator(job.static_dir);
    // The source engine serves site-absolute files from these folders, in this order.
    std::vector<ImageLocator> each;
    for (const std::string& folder :
         site_content(source.config, source.engine->name).static_folders)
        each.push_back(make_image_locator(folder));
    if (each.size() <= 1) return each.empty() ? make_image_locator({}) : std::move(each.front());
    return [each = std::move(each)](std::string_view reference, std::string_view article) {
        ImageLocation first = each.front()(reference, article);
        if (first.kind != ImageLocation::Kind::local) return first;
        for (const ImageLocator& locate : each) {
            ImageLocation found = locate(reference, article);
            std::error_code ignored;
            if (found.kind == ImageLocation::Kind::local &&
                std::filesystem::exists(found.path, ignored))
                return found;
        }
        return first;  // in none: missing where the first folder would hold it
    };
}

}  // namespace

JobStatus migrate_articles(const MigrateJob& job, const LoadOptions& load,
                           const DiagnosticSink& sink) {
    if (!load.read.formats) throw std::logic_error("migrate_articles: no formats to write with");
    Diagnostics usage;
    const EngineProfile* target = find_engine_profile(job.to);
    if (target == nullptr)
        usage.report(usage_error("--to '" + job.to +
                                 "': no such engine (known: " + engine_profile_names() + ")"));
    UrlPlan urls;
    std::optional<SourceSite> source = source_site(job, load, usage);
    // With --site the new configuration takes the old site's address (`site_configuration`):
    // the new URLs, redirects and links are under its path too.
    MigrateJob effective = job;
    if (effective.base_url.empty() && job.site && source) effective.base_url = source->config.base_url;
    if (source)
        urls.old_rules = source_url_rules(*source->engine, source->config, job.old_permalink,
                                          job.old_base_url);
    if (!job.old_permalink.empty()) {
        const std::string problem =
            urls.old_rules ? url_pattern_problem(job.old_permalink, urls.old_rules->syntax)
                           : permalink_problem(job.old_permalink);
        if (!problem.empty())
            usage.report(usage_error("--old-permalink '" + job.old_permalink + "': " + problem,
                                     "usage.permalink"));
    }
    if (target != nullptr) {
        urls.new_rules = new_url_rules(*target, job.permalink, effective.base_url, job.site);
        if (!job.permalink.empty()) {
            const std::string problem = url_pattern_problem(job.permalink, urls.new_rules.syntax);
            if (!problem.empty())
                usage.report(
                    usage_error("permalink '" + job.permalink + "': " + problem, "usage.permalink"));
        }
    }
    for (const std::string& form : job.redirects) {
        static constexpr std::string_view kForms[] = {"engine", "netlify", "vercel",
                                                      "apache", "nginx",   "csv"};
        if (std::find(std::begin(kForms), std::end(kForms), form) == std::end(kForms))
            usage.report(usage_error("--redirects '" + form +
                                     "': no such form (known: engine, netlify, vercel, apache, "
                                     "nginx, csv, none)"));
    }
    if (job.output.empty()) usage.report(usage_error("no output folder (-o DEST)"));
    // Before anything is read: `folio markdown posts -o posts` rewrote every source. A folder
    // inside the input is fine: the files inside the output are left out of the inputs.
    if (auto problem = output_place_problem(job.inputs, job.output, OutputShape::folder,
                                            InsideInput::allowed))
        usage.report(std::move(*problem));
    if (usage.has_errors()) {
        sink(usage);
        return JobStatus::usage;
    }
    // One run at a time per output (a dry run writes nothing, and needs no lock).
    std::optional<OutputLock> lock;
    if (!job.dry_run) {
        Result<OutputLock> taken = OutputLock::take(job.output, OutputShape::folder);
        if (!taken) {
            usage.report(taken.error());
            sink(usage);
            return JobStatus::input_errors;
        }
        lock = std::move(*taken);
    }
    return Migration(effective, *target, std::move(urls), source.value_or(SourceSite{}), load,
                     sink)
        .run();
}

}  // namespace folio
