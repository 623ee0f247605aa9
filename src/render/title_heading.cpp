#include "src/render/title_heading.hpp"

#include <cctype>
#include <string>

#include "src/render/html_body.hpp"

namespace folio {

namespace {

std::string fold(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

bool starts_with_title_heading(const Article& article) {
    if (article.source.title_origin != TitleOrigin::front_matter || article.body.empty())
        return false;
    const auto* heading = std::get_if<Heading>(&article.body.front().node);
    return heading != nullptr && heading->level == 1 &&
           fold(plain_text(heading->children)) == fold(article.meta.title);
}

std::span<const Block> body_without_title_heading(const Article& article) {
    std::span<const Block> body(article.body);
    return starts_with_title_heading(article) ? body.subspan(1) : body;
}

}  // namespace folio
