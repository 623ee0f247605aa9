#include "src/pipeline/read_article.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "src/engine/front_matter_calls.hpp"
#include "src/meta/field_readers.hpp"
#include "src/meta/map_front_matter.hpp"
#include "src/pipeline/mdx_esm.hpp"
#include "src/pipeline/split_front_matter.hpp"
#include "src/render/html_body.hpp"
#include "src/web/dangerous_urls.hpp"

namespace folio {

// A profile's engine processes only its own syntax: `{% raw %}` in a Hugo post is text.
EngineSyntaxOptions engine_syntax_for(const ReadOptions& options) {
    EngineSyntaxOptions syntax = options.engine_syntax;
    if (options.engine != nullptr) {
        syntax.hugo = syntax.hugo && options.engine->syntax.hugo;
        syntax.liquid = syntax.liquid && options.engine->syntax.liquid;
    }
    return syntax;
}

namespace {

std::string first_h1_text(const Blocks& body) {
    for (const Block& block : body) {
        if (const auto* heading = std::get_if<Heading>(&block.node)) {
            if (heading->level == 1) return plain_text(heading->children);
        }
    }
    return {};
}

/// What a file's name says under an engine's conventions.
struct FileName {
    std::string name;      ///< for the slug and a missing title
    std::string language;  ///< a translation's language
    std::optional<Date> date;
    bool section_index = false;
    bool in_drafts_folder = false;
};

FileName read_file_name(std::string_view path, const EngineProfile& layout, bool dated_names,
                        const std::set<std::string, std::less<>>* languages) {
    namespace fs = std::filesystem;
    const fs::path p(path);
    std::string stem = p.stem().string();
    FileName out;
    bool has_original = false;
    // A language suffix the site does not have, as written (`.zh-cn`): part of the name.
    std::string kept_suffix;
    if (layout.translations_in_file_name) {
        out.language = language_in_file_name(stem);
        if (!out.language.empty() && languages != nullptr && !languages->contains(out.language)) {
            kept_suffix = stem.substr(stem.size() - out.language.size() - 1);
            out.language.clear();
            // Still an index by its prefix, as Hugo tells bundles (`_index.zh-cn.md`).
            stem.resize(stem.size() - kept_suffix.size());
        } else if (!out.language.empty()) {
            stem.resize(stem.size() - out.language.size() - 1);
            // `post.fa.md` next to `post.md` is its translation: the original keeps the name.
            std::error_code ignored;
            has_original = fs::exists(p.parent_path() / (stem + p.extension().string()), ignored);
        }
    }
    for (const std::string_view index : layout.section_index_files) {
        if (stem == index) out.section_index = true;
    }
    out.name = stem;
    if (out.section_index || stem == "index") kept_suffix.clear();
    out.name += kept_suffix;
    if ((stem == "index" || stem == "_index") && p.has_parent_path()) {
        const std::string parent = p.parent_path().filename().string();
        if (!parent.empty() && parent != "." && parent != "..") out.name = parent;
    }
    if (dated_names) {
        if (std::optional<FileNameDate> dated = date_from_file_name(out.name)) {
            out.date = dated->date;
            out.name = std::move(dated->slug);
        }
    }
    if (has_original) out.name += "-" + out.language;
    if (!layout.drafts_folder.empty()) {
        for (const fs::path& part : p.parent_path()) {
            if (part == layout.drafts_folder) out.in_drafts_folder = true;
        }
    }
    return out;
}

bool in_posts_folder(std::string_view path) {
    return path.starts_with("_posts/") || path.find("/_posts/") != std::string_view::npos;
}

bool is_never(const Value* value) {
    if (value == nullptr) return false;
    if (const auto* flag = std::get_if<bool>(&value->data)) return !*flag;
    const auto* text = std::get_if<std::string>(&value->data);
    return text != nullptr && *text == "never";
}

// Hugo renders no page for a headless bundle (`headless: true`) or one built with
// `build: {render: never}` (`_build` before Hugo 0.91): its files are resources of other pages.
// Hugo reads `headless` with cast.ToBool, so `"true"` and `yes` make a bundle headless too.
bool is_headless(const FrontMatter& front_matter) {
    const Value* headless = find(front_matter.entries, "headless");
    if (headless != nullptr && engine_boolean(*headless) == true) return true;
    for (const std::string_view key : {"build", "_build"}) {
        const Value* build = find(front_matter.entries, key);
        const auto* options = build != nullptr ? std::get_if<Map>(&build->data) : nullptr;
        if (options != nullptr && is_never(find(*options, "render"))) return true;
    }
    return false;
}

Diagnostic not_an_article(const SourceText& source, std::string why) {
    return Diagnostic{Severity::note, "input.not-an-article", std::move(why), source.path(), 0, 0,
                      {}};
}

// The body's start after MDX's import/export statements, which stay in `extra` under
// `mdx_esm` (not rendered, not lost).
std::size_t mdx_body_begin(const SourceText& source, std::size_t begin, Meta* meta) {
    if (!is_mdx_path(source.path())) return begin;
    EsmPrelude prelude = skip_esm_prelude(source.text(), begin);
    if (meta != nullptr && !prelude.statements.empty()) {
        ValueList statements;
        for (std::string& statement : prelude.statements)
            statements.push_back(Value{std::move(statement)});
        meta->extra.emplace_back("mdx_esm", Value{std::move(statements)});
    }
    return prelude.body_begin;
}

}  // namespace

std::string article_name(const Source& source) {
    return source.file_slug.empty() ? article_stem(source.path) : source.file_slug;
}

std::string article_stem(std::string_view path) {
    const std::filesystem::path p(path);
    std::string stem = p.stem().string();
    if ((stem == "index" || stem == "_index") && p.has_parent_path()) {
        const std::string parent = p.parent_path().filename().string();
        if (!parent.empty() && parent != "." && parent != "..") return parent;
    }
    return stem;
}

void read_article_body(const SourceText& source, Article& article, const Registry& formats,
                       Diagnostics& diagnostics, const EngineSyntaxOptions& engine) {
    // The front matter is found again (a scan of its few lines) rather than trusted to end where
    // it did: the file may have been edited between the two reads. Where it can no longer be
    // found, the body is read from where it started before.
    std::size_t begin = std::min(article.source.body_offset, source.text().size());
    if (const Result<FrontMatterSplit> split = split_front_matter(source);
        split && mdx_body_begin(source, split->body_begin, nullptr) != begin) {
        diagnostics.report(source.diagnostic(
            Severity::warning, "input.changed",
            "the file changed while it was being converted: its body is read as it is now, "
            "its metadata as it was",
            split->body_begin));
        begin = mdx_body_begin(source, split->body_begin, nullptr);
    }
    Body body = body_format_for_path(formats, source.path()).read(source, begin, source.text().size(),
                                                     diagnostics, engine);
    article.body = std::move(body.blocks);
    article.footnotes = std::move(body.footnotes);
    if (may_hold_engine_calls(source.text())) render_front_matter_calls(article);
    remove_dangerous_body_urls(article, source, diagnostics);
}

void keep_typed_metadata_only(Article& article) {
    std::vector<std::pair<std::string, SourcePos>>& positions = article.source.key_positions;
    const Map& extra = article.meta.extra;
    std::erase_if(positions, [&extra](const auto& entry) {
        return std::any_of(extra.begin(), extra.end(),
                           [&entry](const auto& field) { return field.first == entry.first; });
    });
    positions.shrink_to_fit();
    Map().swap(article.meta.extra);
}

std::optional<Article> read_article(const SourceText& source, const ReadOptions& options,
                                    Diagnostics& diagnostics) {
    if (options.formats == nullptr) throw std::logic_error("read_article: no formats given");
    const Registry& formats = *options.formats;
    Article article;
    article.source.path = source.path();
    std::size_t body_begin = 0;
    if (source.from_utf16()) {
        diagnostics.report(Diagnostic{
            Severity::note, "input.utf16",
            "the file is UTF-16 (it starts with a byte order mark): read as such; everything "
            "written from it is UTF-8",
            source.path(), 0, 0, {}});
    }
    if (source.invalid_utf8_offset() != std::string_view::npos) {
        diagnostics.report(source.diagnostic(
            Severity::warning, "input.utf8",
            "the file is not valid UTF-8: each invalid byte is read as U+FFFD (\xEF\xBF\xBD); "
            "convert the file to UTF-8 to keep what it meant",
            source.invalid_utf8_offset()));
    }

    // No engine named or detected: Hugo's layout, which folio has always read, and Jekyll's
    // dated names where the folder says Jekyll.
    const EngineProfile& layout =
        options.engine != nullptr ? *options.engine : *find_engine_profile("hugo");
    const bool dated_names = layout.date_in_file_name ||
                             (options.engine == nullptr && in_posts_folder(source.path()));
    const FileName file_name =
        source.path() == "-"
            ? FileName{}
            : read_file_name(source.path(), layout, dated_names, options.file_languages.get());
    if (file_name.section_index) {
        diagnostics.report(not_an_article(
            source, "a section's list page, not an article (" + std::string(layout.name) +
                        " builds it from the articles in its folder): skipped"));
        return std::nullopt;
    }

    if (options.front_matter) {
        const Result<FrontMatterSplit> split = split_front_matter(source);
        if (!split) {
            diagnostics.report(split.error());
            return std::nullopt;
        }
        body_begin = split->body_begin;
        article.source.syntax = split->syntax;
        if (const FrontMatterFormat* format = find_front_matter_format(formats, split->syntax)) {
            const Result<FrontMatter> decoded = format->decode(source, split->begin, split->end);
            if (!decoded) {
                diagnostics.report(decoded.error());
                return std::nullopt;
            }
            for (const Diagnostic& warning : decoded->warnings) diagnostics.report(warning);
            if (layout.headless_bundles && is_headless(*decoded)) {
                diagnostics.report(not_an_article(
                    source, "a headless bundle (" + std::string(layout.name) +
                                " renders no page for it; its files serve other pages): skipped"));
                return std::nullopt;
            }
            for (std::size_t i = 0; i < decoded->entries.size(); ++i) {
                article.source.key_positions.emplace_back(decoded->entries[i].first,
                                                          decoded->positions[i]);
            }
            if (options.style || options.engine == nullptr) {
                const FrontMatterStyle style =
                    options.style.value_or(detect_style(*decoded, split->syntax));
                article.source.style = style;
                article.meta = map_front_matter(*decoded, style, source, diagnostics);
            } else {
                article.source.style = options.engine->style;
                article.meta = map_front_matter(*decoded, *options.engine, source, diagnostics);
            }
        }
    }
    body_begin = mdx_body_begin(source, body_begin, &article.meta);
    // What the file name says, where front matter does not say it.
    if (!article.meta.date && file_name.date) article.meta.date = file_name.date;
    if (file_name.in_drafts_folder) article.meta.draft = true;
    article.source.file_language = file_name.language;
    if (article.meta.language.empty()) article.meta.language = file_name.language;
    if (source.path() != "-" && file_name.name != article_stem(source.path()))
        article.source.file_slug = file_name.name;
    // Counting the newlines before the body is all `position` would do here, without building
    // the line table of the whole file that nothing else in a clean read needs.
    const std::string_view text = source.text();
    const std::string_view before_body = text.substr(0, std::min(body_begin, text.size()));
    article.source.body_line =
        1 + static_cast<std::uint32_t>(std::count(before_body.begin(), before_body.end(), '\n'));
    article.source.body_offset = before_body.size();

    if (options.body || article.meta.title.empty()) {
        // A metadata-only read keeps the body's diagnostics out: the full read reports them.
        Diagnostics body_diagnostics;
        Body body = body_format_for_path(formats, source.path()).read(
            source, body_begin, source.text().size(), options.body ? diagnostics : body_diagnostics,
            engine_syntax_for(options));
        article.body = std::move(body.blocks);
        article.footnotes = std::move(body.footnotes);
    }

    if (article.meta.title.empty()) {
        article.meta.title = first_h1_text(article.body);
        article.source.title_origin = TitleOrigin::heading;
        if (article.meta.title.empty()) {
            article.meta.title = source.path() == "-" ? std::string("Untitled")
                                                      : article_name(article.source);
            article.source.title_origin = TitleOrigin::file_name;
        }
    }
    if (may_hold_engine_calls(source.text())) render_front_matter_calls(article);
    remove_dangerous_meta_urls(article, source, diagnostics);
    if (options.body) remove_dangerous_body_urls(article, source, diagnostics);
    if (!options.body) {
        article.body.clear();
        article.footnotes.clear();
    }
    return article;
}

}  // namespace folio
