#include "src/web/dangerous_urls.hpp"

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

#include "src/ast/walk.hpp"
#include "src/web/url_safety.hpp"

namespace folio {
namespace {

/// What a diagnostic quotes of a URL: enough to find it, never a whole `data:` payload.
std::string quoted(std::string_view url) {
    constexpr std::size_t kShown = 40;
    std::string shown;
    for (const char c : url.substr(0, kShown)) {
        shown += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
    if (url.size() > kShown) shown += "...";
    return "'" + shown + "'";
}

class BodyCleaner {
public:
    BodyCleaner(const SourceText& source, Diagnostics& diagnostics)
        : source_(source), diagnostics_(diagnostics) {}

    void run(Inlines& inlines) {
        for (std::size_t i = 0; i < inlines.size();) {
            Inline& item = inlines[i];
            // Most of a body is text and line ends, which hold no URL and nothing inside.
            if (std::holds_alternative<Text>(item.node) || std::holds_alternative<SoftBreak>(item.node)) {
                ++i;
                continue;
            }
            std::optional<Inlines> replacement;
            std::visit(
                [&](auto& node) {
                    using T = std::decay_t<decltype(node)>;
                    if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                                  std::is_same_v<T, Strikethrough>) {
                        run(node.children);
                    } else if constexpr (std::is_same_v<T, Link>) {
                        run(node.children);
                        if (const std::string scheme = dangerous_url_scheme(node.url); !scheme.empty()) {
                            warn(node.at, "link to a " + scheme + ": URL " + quoted(node.url) +
                                              " is not written; its text is kept without the link");
                            replacement = std::move(node.children);
                        }
                    } else if constexpr (std::is_same_v<T, Image>) {
                        run(node.alt);
                        if (const std::string scheme = dangerous_url_scheme(node.url); !scheme.empty()) {
                            warn(node.at, "image with a " + scheme + ": URL " + quoted(node.url) +
                                              " is not written; its alt text is kept instead");
                            replacement = std::move(node.alt);
                        }
                    } else if constexpr (std::is_same_v<T, EngineInline>) {
                        run(node.rendered);
                    }
                },
                item.node);
            if (!replacement) {
                ++i;
                continue;
            }
            const std::size_t count = replacement->size();
            inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
            inlines.insert(inlines.begin() + static_cast<std::ptrdiff_t>(i),
                           std::make_move_iterator(replacement->begin()),
                           std::make_move_iterator(replacement->end()));
            // The spliced nodes were cleaned already, as children.
            i += count;
        }
    }

private:
    void warn(SourcePos at, std::string message) {
        diagnostics_.report(source_.diagnostic_at(Severity::warning, "url.dangerous",
                                                  std::move(message), at));
    }

    const SourceText& source_;
    Diagnostics& diagnostics_;
};

SourcePos key_position(const Article& article, std::initializer_list<std::string_view> keys) {
    for (const auto& [key, at] : article.source.key_positions) {
        for (const std::string_view wanted : keys) {
            if (key == wanted) return at;
        }
    }
    return {};
}

/// Removes every dangerous string from `value`'s lists and maps; true when `value` itself is
/// one (the caller removes it). `found` collects what went.
bool strip_value(Value& value, std::vector<std::string>& found) {
    if (const auto* text = std::get_if<std::string>(&value.data)) {
        if (is_dangerous_url(*text)) {
            found.push_back(*text);
            return true;
        }
        return false;
    }
    if (auto* list = std::get_if<ValueList>(&value.data)) {
        std::erase_if(*list, [&found](Value& item) { return strip_value(item, found); });
    } else if (auto* map = std::get_if<Map>(&value.data)) {
        std::erase_if(*map, [&found](auto& entry) { return strip_value(entry.second, found); });
    }
    return false;
}

}  // namespace

void remove_dangerous_body_urls(Article& article, const SourceText& source,
                                Diagnostics& diagnostics) {
    BodyCleaner cleaner(source, diagnostics);
    for_each_inline_run(article.body, [&cleaner](Inlines& run) { cleaner.run(run); });
    for (Footnote& note : article.footnotes) {
        for_each_inline_run(note.children, [&cleaner](Inlines& run) { cleaner.run(run); });
    }
}

void remove_dangerous_meta_urls(Article& article, const SourceText& source,
                                Diagnostics& diagnostics) {
    const auto warn = [&](SourcePos at, const std::string& what, std::string_view url,
                          const std::string& kept) {
        diagnostics.report(source.diagnostic_at(
            Severity::warning, "url.dangerous",
            what + " is a " + dangerous_url_scheme(url) + ": URL " + quoted(url) +
                " and is not written" + kept,
            at));
    };
    Meta& meta = article.meta;
    if (meta.cover && is_dangerous_url(meta.cover->source)) {
        warn(key_position(article, {"cover", "image", "featuredImage", "featured_image", "images"}),
             "the cover image", meta.cover->source, "; its caption and alt text stay");
        meta.cover->source.clear();
    }
    if (meta.cover) {
        std::vector<std::string> found;
        std::erase_if(meta.cover->extra, [&found](auto& entry) { return strip_value(entry.second, found); });
        for (const std::string& url : found)
            warn(key_position(article, {"cover"}), "a value of the cover", url, "");
    }
    if (is_dangerous_url(meta.url)) {
        warn(key_position(article, {"url"}), "the page URL", meta.url, "");
        meta.url.clear();
    }
    if (is_dangerous_url(meta.guid)) {
        warn(key_position(article, {"guid"}), "the feed id", meta.guid, "");
        meta.guid.clear();
    }
    for (auto it = meta.extra.begin(); it != meta.extra.end();) {
        std::vector<std::string> found;
        const bool whole = strip_value(it->second, found);
        for (const std::string& url : found)
            warn(key_position(article, {it->first}), "a value of '" + it->first + "'", url, "");
        it = whole ? meta.extra.erase(it) : it + 1;
    }
}

}  // namespace folio
