#include "src/verify/html_page_scan.hpp"

#include <gumbo.h>

#include <cctype>
#include <memory>

#include "src/text/ascii_case.hpp"

namespace folio::verify {

namespace {

struct GumboOutputDeleter {
    const GumboOptions* options;
    void operator()(GumboOutput* output) const { gumbo_destroy_output(options, output); }
};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

void add_link(ScannedPage& page, const GumboAttribute& attribute, std::string url, std::string_view kind) {
    if (trimmed(url).empty()) return;
    page.links.push_back(PageLink{std::move(url), kind, attribute.value_start.line,
                                  attribute.value_start.column});
}

void scan_element(const GumboElement& element, ScannedPage& page) {
    const GumboVector& attributes = element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
        if (std::string_view(attribute->name) == "id" && attribute->value[0] != '\0')
            page.ids.insert(attribute->value);
    }
    const auto attribute = [&](const char* name) { return gumbo_get_attribute(&attributes, name); };
    switch (element.tag) {
        case GUMBO_TAG_A:
            if (const GumboAttribute* name = attribute("name"); name && name->value[0] != '\0')
                page.ids.insert(name->value);
            [[fallthrough]];
        case GUMBO_TAG_AREA:
        case GUMBO_TAG_LINK:
            if (const GumboAttribute* href = attribute("href")) add_link(page, *href, href->value, "link");
            break;
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_SOURCE:
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_TRACK: {
            const std::string_view kind = element.tag == GUMBO_TAG_IMG      ? "image"
                                          : element.tag == GUMBO_TAG_SCRIPT ? "script"
                                                                            : "source";
            if (const GumboAttribute* src = attribute("src")) add_link(page, *src, src->value, kind);
            if (const GumboAttribute* srcset = attribute("srcset")) {
                for (std::string& url : srcset_urls(srcset->value)) add_link(page, *srcset, std::move(url), kind);
            }
            break;
        }
        case GUMBO_TAG_BASE:
            if (const GumboAttribute* href = attribute("href"); href && !page.base_href)
                page.base_href = std::string(trimmed(href->value));
            break;
        case GUMBO_TAG_META: {
            const GumboAttribute* equiv = attribute("http-equiv");
            const GumboAttribute* content = attribute("content");
            if (equiv && content && equals_ascii_lower(trimmed(equiv->value), "refresh") && !page.refresh_url)
                page.refresh_url = refresh_target(content->value);
            break;
        }
        default:
            break;
    }
}

}  // namespace

std::optional<std::string> refresh_target(std::string_view content) {
    std::size_t i = 0;
    while (i < content.size() && (std::isdigit(static_cast<unsigned char>(content[i])) || content[i] == '.' ||
                                  std::isspace(static_cast<unsigned char>(content[i]))))
        ++i;
    if (i < content.size() && (content[i] == ';' || content[i] == ',')) ++i;
    std::string_view rest = trimmed(content.substr(i));
    if (rest.size() >= 3 && equals_ascii_lower(rest.substr(0, 3), "url")) {
        const std::string_view after = trimmed(rest.substr(3));
        if (!after.empty() && after.front() == '=') rest = trimmed(after.substr(1));
    }
    if (!rest.empty() && (rest.front() == '\'' || rest.front() == '"')) {
        const char quote = rest.front();
        rest.remove_prefix(1);
        rest = rest.substr(0, rest.find(quote));
    }
    if (rest.empty()) return std::nullopt;
    return std::string(rest);
}

std::vector<std::string> srcset_urls(std::string_view srcset) {
    std::vector<std::string> urls;
    std::size_t i = 0;
    while (i < srcset.size()) {
        while (i < srcset.size() && (std::isspace(static_cast<unsigned char>(srcset[i])) || srcset[i] == ','))
            ++i;
        const std::size_t start = i;
        while (i < srcset.size() && !std::isspace(static_cast<unsigned char>(srcset[i]))) ++i;
        std::string_view url = srcset.substr(start, i - start);
        // A URL followed directly by a comma has no descriptor.
        const bool ends_candidate = !url.empty() && url.back() == ',';
        while (!url.empty() && url.back() == ',') url.remove_suffix(1);
        if (!url.empty()) urls.emplace_back(url);
        if (!ends_candidate) {
            while (i < srcset.size() && srcset[i] != ',') ++i;  // the descriptor
        }
    }
    return urls;
}

ScannedPage scan_html_page(std::string_view html) {
    GumboOptions options = kGumboDefaultOptions;
    options.tab_stop = 1;    // columns count characters, as diagnostics do
    options.max_errors = 0;  // parse errors are not reported: no need to collect them
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, html.data(), html.size()), GumboOutputDeleter{&options});
    ScannedPage page;
    if (!output) return page;
    // Iterative: a page nested thousands deep must not overflow the stack.
    std::vector<const GumboNode*> stack{output->root};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
        const GumboElement& element = node->v.element;
        scan_element(element, page);
        for (unsigned i = element.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode*>(element.children.data[i - 1]));
    }
    return page;
}

}  // namespace folio::verify
