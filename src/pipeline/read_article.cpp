#include "src/pipeline/read_article.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "src/engine/front_matter_calls.hpp"
#include "src/meta/map_front_matter.hpp"
#include "src/pipeline/split_front_matter.hpp"
#include "src/render/html_body.hpp"

namespace folio {

namespace {

std::string first_h1_text(const Blocks& body) {
    for (const Block& block : body) {
        if (const auto* heading = std::get_if<Heading>(&block.node)) {
            if (heading->level == 1) return plain_text(heading->children);
        }
    }
    return {};
}

}  // namespace

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
        split && split->body_begin != begin) {
        diagnostics.report(source.diagnostic(
            Severity::warning, "input.changed",
            "the file changed while it was being converted: its body is read as it is now, "
            "its metadata as it was",
            split->body_begin));
        begin = split->body_begin;
    }
    Body body = body_format_for_path(formats, source.path()).read(source, begin, source.text().size(),
                                                     diagnostics, engine);
    article.body = std::move(body.blocks);
    article.footnotes = std::move(body.footnotes);
    render_front_matter_calls(article);
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
    if (source.invalid_utf8_offset() != std::string_view::npos) {
        diagnostics.report(source.diagnostic(
            Severity::warning, "input.utf8",
            "the file is not valid UTF-8: each invalid byte is read as U+FFFD (\xEF\xBF\xBD); "
            "convert the file to UTF-8 to keep what it meant",
            source.invalid_utf8_offset()));
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
            const FrontMatterStyle style =
                options.style.value_or(detect_style(*decoded, split->syntax));
            article.source.style = style;
            for (std::size_t i = 0; i < decoded->entries.size(); ++i) {
                article.source.key_positions.emplace_back(decoded->entries[i].first,
                                                          decoded->positions[i]);
            }
            article.meta = map_front_matter(*decoded, style, source, diagnostics);
        }
    }
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
            options.engine);
        article.body = std::move(body.blocks);
        article.footnotes = std::move(body.footnotes);
    }

    if (article.meta.title.empty()) {
        article.meta.title = first_h1_text(article.body);
        article.source.title_origin = TitleOrigin::heading;
        if (article.meta.title.empty()) {
            article.meta.title = source.path() == "-" ? std::string("Untitled")
                                                      : article_stem(source.path());
            article.source.title_origin = TitleOrigin::file_name;
        }
    }
    render_front_matter_calls(article);
    if (!options.body) {
        article.body.clear();
        article.footnotes.clear();
    }
    return article;
}

}  // namespace folio
