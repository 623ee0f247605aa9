#include "src/engine/engine_translation.hpp"

#include <algorithm>
#include <optional>

#include "src/engine/code_ranges.hpp"
#include "src/engine/engine_syntax_scan.hpp"
#include "src/engine/shortcode_param.hpp"
#include "src/render/html_escape.hpp"

namespace folio {

namespace {

bool is_liquid(const EngineCall& call) {
    return call.syntax == EngineCall::Syntax::liquid_tag ||
           call.syntax == EngineCall::Syntax::liquid_output;
}

// The first positional param, or the one called `key`, or empty.
std::string param(const EngineCall& call, std::string_view key, bool positional_first = true) {
    if (positional_first) {
        for (const auto& [k, v] : call.params)
            if (k.empty()) return v;
    }
    for (const auto& [k, v] : call.params)
        if (k == key) return v;
    return {};
}

std::string html_text(std::string_view value) {
    std::string out;
    for (char c : value) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string liquid_param(std::string_view value) {
    if (!value.empty() && value.find_first_of(" \t\n\"'{}%") == std::string_view::npos)
        return std::string(value);
    return '"' + std::string(value) + '"';
}

class Translator {
public:
    Translator(std::string_view text, std::size_t offset, const EngineTranslationOptions& options)
        : text_(text), offset_(offset), options_(options) {}

    EngineTranslation run() {
        // A body of no known engine may be about one: a Jekyll sample in a Hugo post's code is
        // text to Hugo, and must not become a shortcode Hugo runs. Code is left alone there.
        if (options_.from.hugo && options_.from.liquid) code_ = code_ranges(text_);
        EngineSyntaxOptions scan_options = options_.from;
        // Only the calls the target does not process are translated; the others are text to it.
        scan_options.hugo = scan_options.hugo && !options_.to.hugo && options_.to.liquid;
        scan_options.liquid = scan_options.liquid && !options_.to.liquid && options_.to.hugo;
        if (scan_options.hugo || scan_options.liquid) region(0, text_.size(), scan_options);
        std::sort(result_.edits.begin(), result_.edits.end(),
                  [](const SpanEdit& a, const SpanEdit& b) { return a.begin < b.begin; });
        return std::move(result_);
    }

private:
    // Translates the calls of `text_[begin, end)`, and guards its other text.
    void region(std::size_t begin, std::size_t end, const EngineSyntaxOptions& scan_options) {
        const std::string_view part = text_.substr(begin, end - begin);
        const EngineSyntaxScan scan = scan_engine_syntax(part, scan_options);
        std::size_t at = begin;
        for (const EngineSpan& found : scan.spans) {
            EngineSpan span = found;
            span.begin += begin;
            span.end += begin;
            span.inner_begin += begin;
            span.inner_end += begin;
            guard_text(at, span.begin);
            if (!in_code(span.begin)) call(span, scan_options);
            at = span.end;
        }
        guard_text(at, end);
    }

    void edit(std::size_t begin, std::size_t end, std::string replacement) {
        result_.edits.push_back({offset_ + begin, offset_ + end, std::move(replacement)});
    }

    void left(const EngineSpan& span, std::string message) {
        result_.untranslated.push_back(
            {offset_ + span.begin, "migrate.syntax.untranslated", std::move(message)});
    }

    void dropped(const EngineSpan& span, std::string message) {
        result_.untranslated.push_back(
            {offset_ + span.begin, "migrate.syntax.option-dropped", std::move(message)});
    }

    bool paired(const EngineSpan& span) const { return span.inner_end < span.end; }

    std::string reference(std::string_view written) const {
        if (!options_.article_reference || written.empty()) return {};
        return options_.article_reference(written);
    }

    // Text a Hugo source shows as it is but Liquid would run (`{{ .Title }}` in a Go template
    // sample, a stray `{%`): kept as text for Liquid inside `{% raw %}`. Hugo's own source only.
    void guard_text(std::size_t begin, std::size_t end) {
        if (options_.from.liquid || !options_.to.liquid) return;
        std::size_t i = begin;
        while (i + 1 < end) {
            const std::size_t brace = text_.find('{', i);
            if (brace == std::string_view::npos || brace + 1 >= end) return;
            if (text_[brace + 1] != '{' && text_[brace + 1] != '%') {
                i = brace + 1;
                continue;
            }
            // To the last `}}` or `%}` on that line, so that one sample stays one raw span.
            std::size_t line_end = text_.find('\n', brace);
            if (line_end == std::string_view::npos || line_end > end) line_end = end;
            const std::string_view line = text_.substr(brace, line_end - brace);
            const std::size_t close = std::max(line.rfind("}}") == std::string_view::npos
                                                   ? 0
                                                   : line.rfind("}}") + 2,
                                               line.rfind("%}") == std::string_view::npos
                                                   ? 0
                                                   : line.rfind("%}") + 2);
            const std::size_t stop = brace + std::max<std::size_t>(close, 2);
            edit(brace, stop,
                 "{% raw %}" + std::string(text_.substr(brace, stop - brace)) + "{% endraw %}");
            i = stop;
        }
    }

    void call(const EngineSpan& span, const EngineSyntaxOptions& scan_options) {
        if (is_liquid(span.call))
            liquid_to_hugo(span, scan_options);
        else
            hugo_to_liquid(span, scan_options);
    }

    // ---- Liquid → Hugo

    void liquid_to_hugo(const EngineSpan& span, const EngineSyntaxOptions& scan_options) {
        const EngineCall& call = span.call;
        const std::string& name = call.name;
        if (call.syntax == EngineCall::Syntax::liquid_output) {
            if ((name == "site.baseurl" || name == "site.url") && call.params.empty()) {
                // Hugo content has no variable for it: links stay site-absolute, which
                // Hugo's `baseURL` resolves (with `canonifyURLs`, or a root base URL).
                edit(span.begin, span.end, "");
            } else if ((name == "page.title" || name == "page.description") && call.params.empty()) {
                edit(span.begin, span.end, "{{< param " + name.substr(5) + " >}}");
            } else {
                left(span, "Liquid output `" + name + "` has no Hugo equivalent; it is left as " +
                               "written, and Hugo shows it as text");
            }
            return;
        }
        if (name == "highlight" && paired(span)) {
            std::string head = "{{< highlight";
            std::string language = param(call, "");
            if (!language.empty()) head += ' ' + shortcode_param(language);
            std::vector<std::string> options;
            bool first = true;
            for (const auto& [key, value] : call.params) {
                if (key.empty() && first) {
                    first = false;
                    continue;
                }
                if (key.empty() && value == "linenos")
                    options.push_back("linenos=table");
                else if (key == "mark_lines")
                    options.push_back("hl_lines=" + value);
                else
                    dropped(span, "highlight option `" + (key.empty() ? value : key) +
                                      "` has no Hugo equivalent; it is dropped");
            }
            if (!options.empty()) {
                std::string joined;
                for (const std::string& o : options) joined += (joined.empty() ? "" : ",") + o;
                head += ' ' + shortcode_param(joined);
            }
            edit(span.begin, span.inner_begin, head + " >}}");
            edit(span.inner_end, span.end, "{{< /highlight >}}");
            region(span.inner_begin, span.inner_end, scan_options);
            return;
        }
        if ((name == "raw" || name == "comment") && call.inner.empty()) {
            edit(span.begin, span.end, "");
            return;
        }
        if (name == "raw") {
            edit(span.begin, span.inner_begin, "");
            const std::string escaped = escape_shortcodes_in_code(call.inner);
            if (escaped != call.inner) edit(span.inner_begin, span.inner_end, escaped);
            edit(span.inner_end, span.end, "");
            return;
        }
        if (name == "comment") {
            if (call.inner.find("--") != std::string::npos) {
                left(span, "Liquid comment holds `--`, which an HTML comment cannot; it is left "
                           "as written, and Hugo shows it as text");
                return;
            }
            // Hugo 0.111 has no comment shortcode; an HTML comment is never shown (Goldmark
            // without `unsafe` writes `<!-- raw HTML omitted -->`, a comment too).
            edit(span.begin, span.inner_begin, "<!--");
            edit(span.inner_end, span.end, "-->");
            return;
        }
        if (name == "post_url" || name == "link") {
            const std::string written = param(call, "");
            const std::string target = reference(written);
            if (target.empty()) {
                left(span, "`{% " + name + " " + written + " %}` names no article of this " +
                               "migration; it is left as written, and Hugo shows it as text");
                return;
            }
            // Quoted, as Hugo's documentation writes every `ref` path.
            edit(span.begin, span.end, "{{< ref \"" + target + "\" >}}");
            return;
        }
        if (name == "gist") {
            // jekyll-gist: `{% gist user/id [file] %}`; Hugo's built-in needs the user too.
            const std::string path = param(call, "");
            const std::size_t slash = path.find('/');
            if (slash != std::string::npos && slash > 0 && slash + 1 < path.size()) {
                std::string shortcode = "{{< gist " + shortcode_param(path.substr(0, slash)) +
                                        ' ' + shortcode_param(path.substr(slash + 1));
                int positional = 0;
                for (const auto& [key, value] : call.params)
                    if (key.empty() && positional++ == 1) shortcode += ' ' + shortcode_param(value);
                edit(span.begin, span.end, shortcode + " >}}");
                return;
            }
        }
        if (name == "twitter" || name == "tweet") {
            // jekyll-twitter-plugin: `{% twitter https://twitter.com/user/status/id %}`.
            // A `?s=20` in the URL reads as `key=value` to the scanner: put it back together.
            std::string url;
            if (!call.params.empty())
                url = call.params[0].first.empty()
                          ? call.params[0].second
                          : call.params[0].first + '=' + call.params[0].second;
            if (std::optional<std::string> tweet = tweet_shortcode(url)) {
                edit(span.begin, span.end, *tweet);
                return;
            }
        }
        if (name == "include") {
            if (std::optional<std::string> shortcode = include_as_shortcode(call)) {
                edit(span.begin, span.end, *shortcode);
                return;
            }
        }
        left(span, "Liquid tag `" + name + "` has no Hugo equivalent; it is left as written, " +
                       "and Hugo shows it as text");
    }

    // `{% include youtube.html id="x" %}` and Minimal Mistakes' `{% include video id="x"
    // provider="youtube" %}`: the common ways Jekyll blogs embed a video; and Minimal
    // Mistakes' `{% include figure image_path="a.png" alt="A" caption="C" %}`.
    static std::optional<std::string> include_as_shortcode(const EngineCall& call) {
        std::string file = param(call, "");
        if (file.ends_with(".html")) file.resize(file.size() - 5);
        if (file == "figure") {
            const std::string src = param(call, "image_path", false);
            if (src.empty()) return std::nullopt;
            std::string out = "{{< figure src=" + quoted_shortcode_param(src);
            for (const auto& [key, value] : call.params) {
                if (key == "alt" || key == "caption")
                    out += ' ' + key + '=' + quoted_shortcode_param(value);
                else if (!key.empty() && key != "image_path")
                    return std::nullopt;  // `class`, `popup`: the theme's own
            }
            return out + " >}}";
        }
        std::string provider;
        if (file == "youtube" || file == "vimeo")
            provider = file;
        else if (file == "video")
            provider = param(call, "provider", false);
        if (provider != "youtube" && provider != "vimeo") return std::nullopt;
        std::string id = param(call, "id", false);
        if (id.empty()) id = param(call, "video_id", false);
        if (id.empty()) return std::nullopt;
        return "{{< " + provider + ' ' + shortcode_param(id) + " >}}";
    }

    // Hugo 0.111's `tweet` for a status URL of twitter.com or x.com.
    static std::optional<std::string> tweet_shortcode(std::string_view url) {
        for (const std::string_view host : {"https://twitter.com/", "https://x.com/",
                                            "https://mobile.twitter.com/"}) {
            if (!url.starts_with(host)) continue;
            const std::string_view rest = url.substr(host.size());
            const std::size_t status = rest.find("/status/");
            if (status == std::string_view::npos || status == 0) return std::nullopt;
            std::string_view id = rest.substr(status + 8);
            id = id.substr(0, id.find_first_of("/?#"));
            if (id.empty() || id.find_first_not_of("0123456789") != std::string_view::npos)
                return std::nullopt;
            return "{{< tweet user=\"" + std::string(rest.substr(0, status)) + "\" id=\"" +
                   std::string(id) + "\" >}}";
        }
        return std::nullopt;
    }

    // ---- Hugo → Liquid

    void hugo_to_liquid(const EngineSpan& span, const EngineSyntaxOptions& scan_options) {
        const EngineCall& call = span.call;
        const std::string& name = call.name;
        if (call.escaped) {
            // Hugo shows the call unescaped; Liquid does so inside `raw`.
            edit(span.begin, span.end,
                 "{% raw %}" +
                     engine_syntax_in_code(text_.substr(span.begin, span.end - span.begin),
                                           EngineSyntaxOptions{true, false}) +
                     "{% endraw %}");
            return;
        }
        if (name == "highlight" && paired(span)) {
            std::string head = "{% highlight";
            std::string language;
            std::string hugo_options;
            int positional = 0;
            for (const auto& [key, value] : call.params) {
                if (!key.empty()) continue;
                if (positional == 0) language = value;
                if (positional == 1) hugo_options = value;
                ++positional;
            }
            if (!language.empty()) head += ' ' + liquid_param(language);
            for (std::size_t i = 0; i < hugo_options.size();) {
                std::size_t comma = hugo_options.find(',', i);
                if (comma == std::string::npos) comma = hugo_options.size();
                std::string option = hugo_options.substr(i, comma - i);
                i = comma + 1;
                option.erase(0, option.find_first_not_of(' '));
                const std::size_t eq = option.find('=');
                const std::string key = option.substr(0, eq);
                const std::string value = eq == std::string::npos ? "" : option.substr(eq + 1);
                if (key == "linenos" && value != "false")
                    head += " linenos";
                else if (key == "hl_lines")
                    head += " mark_lines=" + liquid_param(value);
                else if (!key.empty() && !(key == "linenos" && value == "false"))
                    dropped(span, "highlight option `" + key +
                                      "` has no Jekyll equivalent; it is dropped");
            }
            edit(span.begin, span.inner_begin, head + " %}");
            edit(span.inner_end, span.end, "{% endhighlight %}");
            region(span.inner_begin, span.inner_end, scan_options);
            return;
        }
        if ((name == "ref" || name == "relref") && !paired(span)) {
            const std::string written = param(call, "path");
            const std::string target = reference(written);
            if (target.empty()) {
                left(span, "`" + name + " " + written + "` names no article of this migration; " +
                               "it is left as written");
                return;
            }
            const bool post = target.find_first_of("/.") == std::string::npos;
            edit(span.begin, span.end,
                 std::string(post ? "{% post_url " : "{% link ") + target + " %}");
            return;
        }
        if ((name == "youtube" || name == "vimeo") && !paired(span)) {
            const std::string id = param(call, "id");
            if (!id.empty()) {
                const std::string src = name == "youtube"
                                            ? "https://www.youtube.com/embed/" + id
                                            : "https://player.vimeo.com/video/" + id;
                std::string title = param(call, "title", false);
                if (title.empty()) title = name == "youtube" ? "YouTube video" : "Vimeo video";
                edit(span.begin, span.end,
                     "<iframe src=\"" + escape_html(src) + "\" title=\"" + escape_html(title) +
                         "\" allowfullscreen></iframe>");
                return;
            }
        }
        if (name == "figure" && !paired(span)) {
            if (std::optional<std::string> figure = figure_for_liquid(span)) {
                edit(span.begin, span.end, *figure);
                return;
            }
        }
        if (name == "param" && !paired(span)) {
            const std::string key = param(call, "");
            if (!key.empty() && key.find_first_of(" .\"'{}") == std::string::npos) {
                edit(span.begin, span.end, "{{ page." + key + " }}");
                return;
            }
        }
        left(span, "shortcode `" + name + "` has no Liquid equivalent; it is left as written");
    }

    // A figure as Liquid targets show it: a Markdown image when it has only a source and alt
    // text, else the `<figure>` Hugo 0.111 renders.
    std::optional<std::string> figure_for_liquid(const EngineSpan& span) {
        const EngineCall& call = span.call;
        const std::string src = param(call, "src", false);
        if (src.empty()) return std::nullopt;
        std::string alt, title, caption, link, attr, width, height, css_class;
        for (const auto& [key, value] : call.params) {
            if (key == "src") continue;
            else if (key == "alt") alt = value;
            else if (key == "title") title = value;
            else if (key == "caption") caption = value;
            else if (key == "link") link = value;
            else if (key == "attr") attr = value;
            else if (key == "width") width = value;
            else if (key == "height") height = value;
            else if (key == "class") css_class = value;
            else
                dropped(span, "figure param `" + (key.empty() ? value : key) +
                                  "` has no equivalent in a Liquid target; it is dropped");
        }
        // Hugo shows a figure's title as a heading in the caption, not as the image's tooltip.
        if (caption.empty() && link.empty() && attr.empty() && title.empty() && width.empty() &&
            height.empty() && css_class.empty() && alt.find_first_of("[]\n") == std::string::npos &&
            src.find_first_of(" ()<>") == std::string::npos)
            return "![" + alt + "](" + src + ')';
        std::string out = "<figure";
        if (!css_class.empty()) out += " class=\"" + escape_html(css_class) + '"';
        out += '>';
        if (!link.empty()) out += "<a href=\"" + escape_html(link) + "\">";
        out += "<img src=\"" + escape_html(src) + "\" alt=\"" +
               escape_html(alt.empty() ? (caption.empty() ? title : caption) : alt) + '"';
        if (!width.empty()) out += " width=\"" + escape_html(width) + '"';
        if (!height.empty()) out += " height=\"" + escape_html(height) + '"';
        out += '>';
        if (!link.empty()) out += "</a>";
        if (!title.empty() || !caption.empty() || !attr.empty()) {
            out += "<figcaption>";
            if (!title.empty()) out += "<h4>" + html_text(title) + "</h4>";
            if (!caption.empty() || !attr.empty()) {
                out += "<p>" + html_text(caption);
                if (!attr.empty()) out += (caption.empty() ? "" : " ") + html_text(attr);
                out += "</p>";
            }
            out += "</figcaption>";
        }
        return out + "</figure>";
    }

    // Whether `at` lies in one of `code_` (sorted, disjoint).
    bool in_code(std::size_t at) const {
        const auto after = std::upper_bound(
            code_.begin(), code_.end(), at,
            [](std::size_t a, const CodeRange& r) { return a < r.begin; });
        return after != code_.begin() && at < std::prev(after)->end;
    }

    std::string_view text_;
    std::size_t offset_;
    const EngineTranslationOptions& options_;
    EngineTranslation result_;
    std::vector<CodeRange> code_;
};

// The 1-based column of byte `at` of `line`, in UTF-8 characters.
std::uint32_t column_of(std::string_view line, std::size_t at) {
    std::uint32_t column = 1;
    for (std::size_t i = 0; i < at && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

}  // namespace

bool translates_engine_syntax(const EngineTranslationOptions& options) {
    return (options.from.hugo && !options.to.hugo && options.to.liquid) ||
           (options.from.liquid && !options.to.liquid && options.to.hugo);
}

EngineTranslation translate_engine_syntax(std::string_view text, std::size_t offset,
                                          const EngineTranslationOptions& options) {
    if (!translates_engine_syntax(options)) return {};
    // Most bodies hold no engine syntax at all: two searches are cheaper than the scan, which
    // stops at every `{` of every code sample.
    if (text.find("{{") == std::string_view::npos && text.find("{%") == std::string_view::npos)
        return {};
    return Translator(text, offset, options).run();
}

void report_untranslated(const EngineTranslation& translation, std::string_view text,
                         std::size_t offset, std::uint32_t first_line, const std::string& path,
                         Diagnostics& diagnostics) {
    std::size_t line_start = 0;
    std::uint32_t line = first_line;
    std::size_t scanned = 0;
    std::vector<UntranslatedCall> calls = translation.untranslated;
    std::stable_sort(calls.begin(), calls.end(),
                     [](const UntranslatedCall& a, const UntranslatedCall& b) {
                         return a.offset < b.offset;
                     });
    for (const UntranslatedCall& call : calls) {
        const std::size_t at = std::min(call.offset - offset, text.size());
        for (; scanned < at; ++scanned) {
            if (text[scanned] == '\n') {
                ++line;
                line_start = scanned + 1;
            }
        }
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view source_line = text.substr(line_start, line_end - line_start);
        diagnostics.report(Diagnostic{Severity::warning, call.code, call.message, path, line,
                                      column_of(source_line, at - line_start),
                                      std::string(source_line)});
    }
}

}  // namespace folio
