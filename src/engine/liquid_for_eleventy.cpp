#include "src/engine/liquid_for_eleventy.hpp"

#include <algorithm>
#include <array>

#include "src/engine/engine_syntax_scan.hpp"

namespace folio {

namespace {

// The tags LiquidJS (Eleventy 3) knows, which mean there what they mean in Jekyll.
constexpr std::array<std::string_view, 15> kLiquidJsTags{
    "assign", "capture", "case",  "comment", "cycle", "decrement", "echo",   "for",
    "if",     "increment", "liquid", "raw",  "tablerow", "unless", "break"};

std::string first_param(const EngineCall& call) {
    for (const auto& [key, value] : call.params)
        if (key.empty()) return value;
    return {};
}

class ForEleventy {
public:
    ForEleventy(std::string_view text, std::size_t offset, std::string_view base_path,
                const std::function<std::string(std::string_view)>& new_url)
        : text_(text), offset_(offset), base_path_(base_path), new_url_(new_url) {}

    EngineTranslation run() {
        const EngineSyntaxScan scan = scan_engine_syntax(text_, EngineSyntaxOptions{false, true});
        for (const EngineSpan& span : scan.spans) call(span);
        std::sort(out_.edits.begin(), out_.edits.end(),
                  [](const SpanEdit& a, const SpanEdit& b) { return a.begin < b.begin; });
        return std::move(out_);
    }

private:
    void call(const EngineSpan& span) {
        const EngineCall& c = span.call;
        if (c.syntax == EngineCall::Syntax::liquid_output) {
            // `{{ site.baseurl }}` alone; any other output of site or page is Eleventy's data
            // under other names, kept as text.
            if (c.name == "site.baseurl" && c.source.find('|') == std::string::npos) {
                edit(span.begin, span.end, std::string(base_path_));
                return;
            }
            keep_as_text(span, "Liquid output `" + c.name + "` is Jekyll's site data, which "
                               "Eleventy does not have");
            return;
        }
        if (c.name == "post_url" || c.name == "link") {
            const std::string written = first_param(c);
            const std::string url = new_url_ ? new_url_(written) : std::string();
            if (url.empty()) {
                keep_as_text(span, "`{% " + c.name + " " + written +
                                       " %}` names no article of this migration");
                return;
            }
            edit(span.begin, span.end, url);
            return;
        }
        if (c.name == "highlight" && span.inner_end < span.end) {
            std::string language;
            bool first = true;
            for (const auto& [key, value] : c.params) {
                if (key.empty() && first) {
                    language = value;
                    first = false;
                    continue;
                }
                out_.untranslated.push_back(
                    {offset_ + span.begin, "migrate.syntax.option-dropped",
                     "highlight option `" + (key.empty() ? value : key) +
                         "` has no Markdown equivalent; it is dropped"});
            }
            // The tags become fences on lines of their own, the code between kept as written.
            const bool newline_after = text_.substr(span.inner_begin).starts_with("\n");
            edit(span.begin, span.inner_begin,
                 "```" + language + (newline_after ? "" : "\n"));
            const bool newline_before =
                span.inner_end > span.inner_begin && text_[span.inner_end - 1] == '\n';
            edit(span.inner_end, span.end, std::string(newline_before ? "" : "\n") + "```");
            return;
        }
        if (std::find(kLiquidJsTags.begin(), kLiquidJsTags.end(), c.name) != kLiquidJsTags.end())
            return;
        keep_as_text(span, "Liquid tag `" + c.name + "` is Jekyll's, and Eleventy has none");
    }

    void keep_as_text(const EngineSpan& span, std::string why) {
        edit(span.begin, span.begin, "{% raw %}");
        edit(span.end, span.end, "{% endraw %}");
        out_.untranslated.push_back({offset_ + span.begin, "migrate.syntax.untranslated",
                                     why + "; it is kept as text (in {% raw %}), which Eleventy "
                                           "shows as written"});
    }

    void edit(std::size_t begin, std::size_t end, std::string replacement) {
        out_.edits.push_back({offset_ + begin, offset_ + end, std::move(replacement)});
    }

    std::string_view text_;
    std::size_t offset_;
    std::string_view base_path_;
    const std::function<std::string(std::string_view)>& new_url_;
    EngineTranslation out_;
};

}  // namespace

EngineTranslation translate_liquid_for_eleventy(
    std::string_view text, std::size_t offset, std::string_view base_path,
    const std::function<std::string(std::string_view reference)>& new_url) {
    if (text.find("{%") == std::string_view::npos && text.find("{{") == std::string_view::npos)
        return {};
    return ForEleventy(text, offset, base_path, new_url).run();
}

}  // namespace folio
