#include "src/engine/media_subpath.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "src/ast/walk.hpp"

namespace folio {

namespace {

// As Chirpy's refactor-content.html decides: a path with a scheme (`https:`, `data:`) or one
// that starts at the site's root is the author's own.
bool relative(std::string_view url) {
    if (url.empty() || url.front() == '/' || url.front() == '#') return false;
    const std::size_t colon = url.find(':');
    return colon == std::string_view::npos || url.find('/') < colon;
}

std::string prefixed(std::string_view prefix, std::string_view url) {
    while (url.starts_with("./")) url.remove_prefix(2);
    std::string out(prefix);
    if (out.empty() || out.back() != '/') out += '/';
    return out + std::string(url);
}

}  // namespace

bool apply_media_subpath(Article& article) {
    Map& extra = article.meta.extra;
    auto key = std::find_if(extra.begin(), extra.end(),
                            [](const auto& entry) { return entry.first == "media_subpath"; });
    if (key == extra.end()) {
        key = std::find_if(extra.begin(), extra.end(),
                           [](const auto& entry) { return entry.first == "img_path"; });
    }
    if (key == extra.end()) return false;
    const auto* text = std::get_if<std::string>(&key->second.data);
    const std::string prefix = text ? *text : std::string();
    extra.erase(key);
    if (prefix.empty()) return true;
    if (article.meta.cover && relative(article.meta.cover->source))
        article.meta.cover->source = prefixed(prefix, article.meta.cover->source);
    const auto images = [&](Blocks& blocks) {
        for_each_inline(blocks, [&](Inline& item) {
            auto* image = std::get_if<Image>(&item.node);
            if (image == nullptr || !relative(image->url)) return;
            if (image->written_url.empty()) image->written_url = image->url;
            image->url = prefixed(prefix, image->url);
        });
    };
    images(article.body);
    for (Footnote& note : article.footnotes) images(note.children);
    return true;
}

}  // namespace folio
