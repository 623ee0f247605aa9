#include "src/engine/kramdown_image_size.hpp"

#include <utility>
#include <vector>

#include "src/engine/shortcode_param.hpp"
#include "src/render/html_escape.hpp"

namespace folio {

namespace {

bool space(char c) { return c == ' ' || c == '\t'; }

// `width="50%" height=200` as pairs; nullopt when a token is anything but `width` or
// `height` with a value.
std::optional<std::vector<std::pair<std::string, std::string>>> sizes_of(std::string_view list) {
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t at = 0;
    while (at < list.size()) {
        if (space(list[at])) {
            ++at;
            continue;
        }
        const std::size_t equals = list.find('=', at);
        if (equals == std::string_view::npos) return std::nullopt;
        const std::string_view key = list.substr(at, equals - at);
        if (key != "width" && key != "height") return std::nullopt;
        at = equals + 1;
        std::string value;
        if (at < list.size() && (list[at] == '"' || list[at] == '\'')) {
            const std::size_t close = list.find(list[at], at + 1);
            if (close == std::string_view::npos) return std::nullopt;
            value = list.substr(at + 1, close - at - 1);
            at = close + 1;
        } else {
            const std::size_t start = at;
            while (at < list.size() && !space(list[at])) ++at;
            value = list.substr(start, at - start);
        }
        if (value.empty() || value.find_first_of("\"<>&{}") != std::string::npos)
            return std::nullopt;
        out.emplace_back(std::string(key), std::move(value));
    }
    if (out.empty()) return std::nullopt;
    return out;
}

// `text` in a double-quoted attribute or shortcode parameter, escaped as that form reads it.
std::string quoted(std::string_view text, SizedImageForm form) {
    return form == SizedImageForm::html ? '"' + escape_html(text) + '"'
                                        : quoted_shortcode_param(text);
}

struct ImageText {
    std::string_view alt;
    std::string_view source;
    std::string_view title;
};

// `![alt](src)` or `![alt](src "title")` or `![alt](<src> 'title')` exactly: nothing
// nested in the alt text, no reference image.
std::optional<ImageText> image_at(std::string_view image) {
    if (!image.starts_with("![") || !image.ends_with(')')) return std::nullopt;
    const std::size_t middle = image.find("](");
    if (middle == std::string_view::npos) return std::nullopt;
    ImageText out;
    out.alt = image.substr(2, middle - 2);
    if (out.alt.find_first_of("[]") != std::string_view::npos) return std::nullopt;
    std::string_view rest = image.substr(middle + 2, image.size() - middle - 3);
    while (!rest.empty() && space(rest.front())) rest.remove_prefix(1);
    while (!rest.empty() && space(rest.back())) rest.remove_suffix(1);
    if (rest.starts_with('<')) {
        const std::size_t close = rest.find('>');
        if (close == std::string_view::npos) return std::nullopt;
        out.source = rest.substr(1, close - 1);
        rest.remove_prefix(close + 1);
    } else {
        std::size_t end = 0;
        while (end < rest.size() && !space(rest[end])) ++end;
        out.source = rest.substr(0, end);
        rest.remove_prefix(end);
    }
    while (!rest.empty() && space(rest.front())) rest.remove_prefix(1);
    if (!rest.empty()) {
        const char quote = rest.front();
        if ((quote != '"' && quote != '\'') || rest.size() < 2 || rest.back() != quote)
            return std::nullopt;
        out.title = rest.substr(1, rest.size() - 2);
    }
    if (out.source.empty() || out.source.find_first_of("\"<> ") != std::string_view::npos)
        return std::nullopt;
    return out;
}

}  // namespace

std::optional<SizedImage> sized_image(std::string_view text, std::size_t line_begin,
                                      std::size_t list_begin, std::string_view list,
                                      SizedImageForm form) {
    if (form == SizedImageForm::none || list_begin == 0 || text[list_begin - 1] != ')')
        return std::nullopt;
    const std::optional<std::vector<std::pair<std::string, std::string>>> sizes = sizes_of(list);
    if (!sizes) return std::nullopt;
    // The last `![` on the line whose image ends right at the list.
    std::size_t begin = text.rfind("![", list_begin);
    while (begin != std::string_view::npos && begin >= line_begin) {
        if (std::optional<ImageText> image = image_at(text.substr(begin, list_begin - begin))) {
            // Hugo's figure shows a `title` as a caption heading, not as the image's title:
            // such an image keeps the warning rather than change what it says.
            if (form == SizedImageForm::hugo_figure && !image->title.empty()) return std::nullopt;
            std::string out = form == SizedImageForm::html ? "<img src=" : "{{< figure src=";
            out += quoted(image->source, form);
            out += " alt=" + quoted(image->alt, form);
            if (!image->title.empty()) out += " title=" + quoted(image->title, form);
            for (const auto& [key, value] : *sizes) out += " " + key + "=" + quoted(value, form);
            out += form == SizedImageForm::html ? ">" : " >}}";
            return SizedImage{begin, std::move(out)};
        }
        if (begin == 0) break;
        begin = text.rfind("![", begin - 1);
    }
    return std::nullopt;
}

}  // namespace folio
