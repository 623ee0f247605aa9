#include "src/output/article_file.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <stdexcept>

#include "src/engine/engine_translation.hpp"
#include "src/engine/kramdown_attributes.hpp"
#include "src/engine/liquid_for_eleventy.hpp"
#include "src/output/front_matter_copy.hpp"
#include "src/render/title_heading.hpp"

namespace folio {

namespace {

// Whether `inner` lies within `outer`.
bool within(const SpanEdit& inner, const SpanEdit& outer) {
    return inner.begin >= outer.begin && inner.end <= outer.end;
}

EngineTranslationOptions translation_options(const ArticleFileOptions& options) {
    EngineTranslationOptions translation;
    if (options.source_engine) translation.from = options.source_engine->syntax;
    translation.to = options.target_engine->syntax;
    translation.article_reference = options.article_reference;
    return translation;
}

// A body the Markdown writer wrote (it writes engine calls as they were written), translated
// for the target engine. The calls left are reported where the file has them when the body
// as written is at hand, else at the body's first line.
std::string translated_written_body(std::string text, const Article& article,
                                    const ArticleFileOptions& options, Diagnostics& diagnostics) {
    const EngineTranslationOptions translation = translation_options(options);
    EngineTranslation edits = translate_engine_syntax(text, 0, translation);
    if (options.written_body) {
        const WrittenBody& body = *options.written_body;
        report_untranslated(translate_engine_syntax(body.text, body.offset, translation),
                            body.text, body.offset, article.source.body_line,
                            article.source.path, diagnostics);
    } else {
        for (const UntranslatedCall& call : edits.untranslated)
            diagnostics.report(Diagnostic{Severity::warning, call.code, call.message,
                                          article.source.path, article.source.body_line, 0, {}});
    }
    if (edits.edits.empty()) return text;
    WrittenBody written;
    written.text = std::move(text);
    return apply_span_edits(written, std::move(edits.edits));
}

// `edits` with the translation's added. A body edit inside a translated call (an image moved
// in a `figure`) is made in the call's translation instead; a translated call inside a body
// edit (the removed title heading) goes with it. A call whose translation does not show the
// moved text, or that a body edit cuts across, is left as written and listed in `left`.
std::vector<SpanEdit> with_translation(std::vector<SpanEdit> edits,
                                       std::vector<SpanEdit> translated, const WrittenBody& body,
                                       std::vector<UntranslatedCall>& left) {
    std::vector<SpanEdit> kept;
    for (SpanEdit& call : translated) {
        if (std::any_of(edits.begin(), edits.end(),
                        [&](const SpanEdit& e) { return within(call, e); }))
            continue;
        bool placed = true;
        std::string replacement = call.replacement;
        std::vector<std::size_t> inside;
        for (std::size_t i = 0; i < edits.size() && placed; ++i) {
            const SpanEdit& e = edits[i];
            if (e.end <= call.begin || e.begin >= call.end) continue;
            const std::string_view moved =
                std::string_view(body.text).substr(e.begin - body.offset, e.end - e.begin);
            const std::size_t at = replacement.find(moved);
            placed = within(e, call) && !moved.empty() && at != std::string::npos;
            if (placed) replacement.replace(at, moved.size(), e.replacement);
            inside.push_back(i);
        }
        if (!placed) {
            left.push_back({call.begin, "migrate.syntax.untranslated",
                            "this call is left as written: an edit of the copy falls inside it"});
            continue;
        }
        for (auto i = inside.rbegin(); i != inside.rend(); ++i)
            edits.erase(edits.begin() + static_cast<std::ptrdiff_t>(*i));
        call.replacement = std::move(replacement);
        kept.push_back(std::move(call));
    }
    edits.insert(edits.end(), std::make_move_iterator(kept.begin()),
                 std::make_move_iterator(kept.end()));
    return edits;
}

void count_edits(const ArticleFileOptions& options, const char* kind, std::size_t n) {
    if (options.edits_made != nullptr && n > 0) (*options.edits_made)[kind] += n;
}

// kramdown's attribute lists mean something to Jekyll only: a Jekyll post (or one of an
// unknown engine) moving to another engine has them translated or taken out.
bool reads_kramdown(const ArticleFileOptions& options) {
    return options.target_engine->name != "jekyll" &&
           (options.source_engine == nullptr || options.source_engine->name == "jekyll");
}

// Adds the edits of kramdown's attribute lists to `edits`, but none inside another edit (a
// removed title heading takes its `{: #id}` with it), and warns at each list taken out.
void kramdown_attributes(const Article& article, const ArticleFileOptions& options,
                         const WrittenBody& body, std::vector<SpanEdit>& edits,
                         Diagnostics& diagnostics) {
    const std::string_view target = options.target_engine->name;
    EngineTranslation lists = translate_kramdown_attributes(
        body.text, body.offset,
        target == "hugo" ? BlockAttributes::goldmark : BlockAttributes::none,
        target == "hugo"    ? SizedImageForm::hugo_figure
        : target == "astro" ? SizedImageForm::none
                            : SizedImageForm::html);
    const auto overlaps = [&](std::size_t begin, std::size_t end) {
        return std::any_of(edits.begin(), edits.end(), [&](const SpanEdit& e) {
            return begin < e.end && e.begin < end;
        });
    };
    std::erase_if(lists.untranslated, [&](const UntranslatedCall& list) {
        return overlaps(list.offset, list.offset + 1);
    });
    // A sized image's edit covers the image: its moved destination is made inside it.
    std::vector<SpanEdit> around;
    std::erase_if(lists.edits, [&](SpanEdit& edit) {
        const bool covers = std::any_of(edits.begin(), edits.end(), [&](const SpanEdit& e) {
            return edit.begin <= e.begin && e.end <= edit.end && e.end > e.begin;
        });
        if (covers) around.push_back(std::move(edit));
        return covers;
    });
    const std::size_t before = edits.size();
    for (SpanEdit& edit : lists.edits)
        if (!overlaps(edit.begin, edit.end)) edits.push_back(std::move(edit));
    std::size_t made = edits.size() - before;
    if (!around.empty()) {
        const std::size_t left_before = lists.untranslated.size();
        made += around.size();
        edits = with_translation(std::move(edits), std::move(around), body, lists.untranslated);
        made -= lists.untranslated.size() - left_before;
    }
    count_edits(options, "kramdown-attributes", made);
    report_untranslated(lists, body.text, body.offset, article.source.body_line,
                        article.source.path, diagnostics);
}

// Jekyll's own Liquid, which stops Eleventy's build, translated or kept as text; none of it
// inside another edit (a removed title heading).
void liquid_for_eleventy(const Article& article, const ArticleFileOptions& options,
                         const WrittenBody& body, std::vector<SpanEdit>& edits,
                         Diagnostics& diagnostics) {
    EngineTranslation liquid = translate_liquid_for_eleventy(body.text, body.offset,
                                                             options.base_path,
                                                             options.article_reference);
    const std::size_t before = edits.size();
    for (SpanEdit& edit : liquid.edits) {
        const bool inside = std::any_of(edits.begin(), edits.end(), [&](const SpanEdit& e) {
            return edit.begin < e.end && e.begin < edit.end;
        });
        if (!inside) edits.push_back(std::move(edit));
    }
    count_edits(options, "liquid", edits.size() - before);
    report_untranslated(liquid, body.text, body.offset, article.source.body_line,
                        article.source.path, diagnostics);
}

// The body as written with its edits, or empty (and a note why) when one cannot be placed.
std::optional<std::string> copied_body(const Article& article, const ArticleFileOptions& options,
                                       Diagnostics& diagnostics) {
    std::string why;
    const WrittenBody& body = *options.written_body;
    std::optional<std::vector<SpanEdit>> edits = copied_body_edits(
        article, body, options.moved, options.without_title_heading, why);
    if (!edits) {
        diagnostics.report(
            Diagnostic{Severity::note,
                       "output.body.written",
                       "the body is written from its AST, not copied as written: " + why,
                       article.source.path,
                       article.source.body_line,
                       0,
                       {}});
        return std::nullopt;
    }
    if (options.target_engine) {
        EngineTranslation translation =
            translate_engine_syntax(body.text, body.offset, translation_options(options));
        if (!translation.edits.empty()) {
            const std::size_t before = edits->size();
            edits = with_translation(std::move(*edits), std::move(translation.edits), body,
                                     translation.untranslated);
            // Moved references inside a translated call are made in it: counted as the call.
            count_edits(options, "engine-syntax", edits->size() - std::min(before, edits->size()));
        }
        report_untranslated(translation, body.text, body.offset, article.source.body_line,
                            article.source.path, diagnostics);
        if (reads_kramdown(options)) kramdown_attributes(article, options, body, *edits, diagnostics);
        if (options.source_engine && options.source_engine->name == "jekyll" &&
            options.target_engine->name == "eleventy")
            liquid_for_eleventy(article, options, body, *edits, diagnostics);
    }
    return apply_span_edits(body, *edits);
}

// The front matter: copied as written where the target writes its syntax and the copy is
// safe, else written anew by the syntax's writer.
std::string written_front_matter(const Article& article, const ArticleFileOptions& options,
                                 const Map& entries, const FrontMatterFormat& format,
                                 const FrontMatterWriteOptions& write_options,
                                 Diagnostics& diagnostics) {
    const WrittenFrontMatter* written = options.written_front_matter;
    if (written && written->syntax == format.syntax) {
        std::string why;
        if (std::optional<std::string> copied = copied_front_matter(
                *written, entries, format, write_options, article.source, diagnostics, why))
            return std::move(*copied);
        diagnostics.report(Diagnostic{Severity::note,
                                      "output.front-matter.written",
                                      "the front matter is written anew, not copied as written: " +
                                          why,
                                      article.source.path,
                                      1,
                                      0,
                                      {}});
    }
    return format.write(entries, write_options, article.source, diagnostics);
}

// `text` (LF line ends, as every writer gives) with CRLF line ends.
std::string with_crlf(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

}  // namespace

FrontMatterSyntax front_matter_syntax(FrontMatterTarget target) {
    switch (target) {
        case FrontMatterTarget::style_a_yaml:
        case FrontMatterTarget::style_b_yaml:
            return FrontMatterSyntax::yaml;
        case FrontMatterTarget::hugo_toml:
            return FrontMatterSyntax::toml;
    }
    return FrontMatterSyntax::yaml;
}

std::string write_article_file(const Article& article, const ArticleFileOptions& options,
                               const Registry& formats, Diagnostics& diagnostics) {
    const FrontMatterSyntax syntax =
        options.profile ? options.profile->output.syntax : front_matter_syntax(options.target);
    const FrontMatterFormat* front_matter = find_front_matter_format(formats, syntax);
    if (!front_matter || !front_matter->write)
        throw std::logic_error("the registry has no writer for the front matter of " +
                               std::string(options.profile ? options.profile->name
                                                           : target_name(options.target)));
    const BodyFormat* body_format = find_body_format(formats, options.body_format);
    if (!body_format || !body_format->write)
        throw std::logic_error("the registry has no writer for the body format '" +
                               std::string(options.body_format) + "'");

    const StyledFrontMatter styled =
        options.profile ? front_matter_for_profile(article.meta, *options.profile, options.extras)
                        : front_matter_for_style(article.meta, options.target, options.extras);
    if (options.profile) {
        report_front_matter_changes(styled, *options.profile, article.source, diagnostics);
    } else {
        report_front_matter_changes(styled, options.target, article.source, diagnostics);
    }
    // Style A is the JavaScript engine's YAML, which quotes every string.
    const FrontMatterWriteOptions write_options{
        .quote_all_strings =
            !options.profile && options.target == FrontMatterTarget::style_a_yaml,
        .dates_as_yaml_timestamps =
            options.profile != nullptr && options.profile->output.yaml_timestamps_only};
    std::string out = written_front_matter(article, options, styled.entries, *front_matter,
                                           write_options, diagnostics);

    if (options.written_body &&
        body_format_for_path(formats, article.source.path).name == body_format->name) {
        if (std::optional<std::string> copied = copied_body(article, options, diagnostics)) {
            // A file without front matter had its body at the very top: a blank line sets
            // it off from the front matter written now. Otherwise the blank line (or none)
            // after the old front matter is the body's first bytes.
            if (article.source.syntax == FrontMatterSyntax::none && !copied->empty() &&
                copied->front() != '\n' && copied->front() != '\r')
                out += '\n';
            if (options.written_body->crlf_file) out = with_crlf(out);
            return out + *copied;
        }
    }
    const std::span<const Block> body = options.without_title_heading
                                            ? body_without_title_heading(article)
                                            : std::span<const Block>(article.body);
    std::string body_text =
        body_format->write(body, article.footnotes, article.source, diagnostics);
    if (options.target_engine && body_format->name == "markdown")
        body_text = translated_written_body(std::move(body_text), article, options, diagnostics);
    if (!body_text.empty()) out += '\n' + body_text;
    return out;
}

}  // namespace folio
