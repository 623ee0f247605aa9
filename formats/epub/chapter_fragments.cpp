#include "formats/epub/chapter_fragments.hpp"

#include <algorithm>
#include <unordered_set>

#include "src/render/html_escape.hpp"
#include "src/render/html_tags.hpp"

namespace folio::epub {

std::string settle_fragment_links(std::string page, const std::string& id_prefix,
                                  std::vector<std::string>& missing) {
    if (page.find("href=\"#") == std::string::npos) return page;
    const std::vector<HtmlTag> tags = scan_html_tags(page);
    std::unordered_set<std::string> ids;
    for (const HtmlTag& tag : tags) {
        if (const std::string* id = tag.attribute("id")) ids.insert(*id);
    }
    std::string out;
    std::size_t copied = 0;
    for (const HtmlTag& tag : tags) {
        const std::string* href = tag.closing ? nullptr : tag.attribute("href");
        if (href == nullptr || !href->starts_with('#') || href->size() < 2) continue;
        const std::string fragment = href->substr(1);
        if (ids.count(fragment) > 0) continue;
        std::string target;
        if (ids.count(id_prefix + fragment) > 0) {
            target = '#' + id_prefix + fragment;
        } else if (std::find(missing.begin(), missing.end(), fragment) == missing.end()) {
            missing.push_back(fragment);
        }
        out.append(page, copied, tag.begin - copied);
        out += '<';
        out += tag.name;
        for (const HtmlAttribute& a : tag.attributes) {
            if (a.name == "href" && target.empty()) continue;
            out += ' ';
            out += a.name;
            out += "=\"";
            append_escaped_html(out, a.name == "href" ? target : a.value);
            out += '"';
        }
        out += tag.self_closing ? "/>" : ">";
        copied = tag.end;
    }
    if (copied == 0) return page;
    out.append(page, copied, std::string::npos);
    return out;
}

}  // namespace folio::epub
