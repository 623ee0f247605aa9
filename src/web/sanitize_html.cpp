#include "src/web/sanitize_html.hpp"

#include <algorithm>

#include "src/render/html_escape.hpp"
#include "src/render/html_tags.hpp"
#include "src/web/html_allow_list.hpp"

namespace folio {
namespace {

class Sanitizer {
public:
    explicit Sanitizer(std::vector<std::string>* removed) : removed_(removed) {}

    std::string run(std::string_view html) {
        const std::vector<HtmlTag> tags = scan_html_tags(html);
        std::string out;
        std::size_t copied = 0;
        for (std::size_t i = 0; i < tags.size(); ++i) {
            const HtmlTag& tag = tags[i];
            text(out, html.substr(copied, tag.begin - copied));
            copied = tag.end;
            const ElementPolicy policy = element_policy(tag.name);
            if (tag.closing) {
                if (policy == ElementPolicy::keep) out.append(html.substr(tag.begin, tag.end - tag.begin));
                continue;
            }
            if (policy == ElementPolicy::drop_whole) {
                note("<" + tag.name + "> element");
                if (tag.self_closing || is_void_element(tag.name)) continue;
                // Everything up to the matching end tag, nested ones counted; without one,
                // the rest of the fragment.
                int depth = 1;
                std::size_t j = i + 1;
                for (; j < tags.size(); ++j) {
                    if (tags[j].name != tag.name || tags[j].self_closing) continue;
                    depth += tags[j].closing ? -1 : 1;
                    if (depth == 0) break;
                }
                i = j < tags.size() ? j : tags.size();
                copied = j < tags.size() ? tags[j].end : html.size();
                continue;
            }
            if (policy == ElementPolicy::unwrap) {
                note("<" + tag.name + "> element (its content is kept)");
                continue;
            }
            start_tag(out, html, tag);
        }
        text(out, html.substr(copied));
        return out;
    }

private:
    /// Text between tags, without comments (old browsers ran scripts in conditional ones),
    /// and with each `<` escaped: it started no tag here, but joined to what follows a removed
    /// tag it could (`<scr<script></script>ipt>`).
    void text(std::string& out, std::string_view between) {
        for (std::size_t at = between.find("<!--"); at != std::string_view::npos;
             at = between.find("<!--")) {
            plain(out, between.substr(0, at));
            const std::size_t end = between.find("-->", at + 4);
            between = end == std::string_view::npos ? std::string_view() : between.substr(end + 3);
        }
        plain(out, between);
    }

    static void plain(std::string& out, std::string_view text) {
        for (const char c : text) {
            if (c == '<') out += "&lt;";
            else out += c;
        }
    }

    void start_tag(std::string& out, std::string_view html, const HtmlTag& tag) {
        std::vector<HtmlAttribute> kept;
        bool changed = false;
        for (const HtmlAttribute& a : tag.attributes) {
            if (!allowed_attribute(a.name)) {
                const bool event = a.name.size() > 2 && a.name.compare(0, 2, "on") == 0;
                note(event ? a.name + " attribute" : "'" + a.name + "' attribute");
                changed = true;
                continue;
            }
            std::string why;
            std::optional<std::string> value = safe_attribute_value(a.name, a.value, why);
            if (!why.empty()) {
                note(why);
                changed = true;
            }
            if (value) kept.push_back({a.name, std::move(*value)});
        }
        if (!changed) {
            out.append(html.substr(tag.begin, tag.end - tag.begin));
            return;
        }
        out += '<';
        out += tag.name;
        for (const HtmlAttribute& a : kept) {
            out += ' ';
            out += a.name;
            out += "=\"";
            append_escaped_html(out, a.value);
            out += '"';
        }
        out += tag.self_closing ? " />" : ">";
    }

    void note(std::string what) {
        if (removed_ == nullptr) return;
        if (std::find(removed_->begin(), removed_->end(), what) == removed_->end())
            removed_->push_back(std::move(what));
    }

    std::vector<std::string>* removed_;
};

}  // namespace

std::string sanitize_raw_html(std::string_view html, std::vector<std::string>* removed) {
    return Sanitizer(removed).run(html);
}

}  // namespace folio
