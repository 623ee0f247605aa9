#include "formats/wordpress/wordpress_markup.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "formats/wordpress/wpautop.hpp"

namespace folio {

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

/// One shortcode found in the text: `[name attributes]inner[/name]` or without closing tag.
struct Shortcode {
    std::size_t begin = 0;
    std::size_t end = 0;  ///< one past the whole shortcode, closing tag included
    std::string name;
    Attributes attributes;  ///< in order; a positional one has an empty key
    std::string inner;
    bool closed = false;
};

constexpr std::array<std::string_view, 8> kKnown{"caption", "wp_caption", "gallery", "embed",
                                                 "audio",   "video",      "code",    "sourcecode"};

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

std::string escape_html(std::string_view text, bool attribute = false) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"':
                if (attribute) {
                    out += "&quot;";
                    break;
                }
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

// The attributes between the name and `]`, WordPress's `shortcode_parse_atts`: `k="v"`,
// `k='v'`, `k=v`, and positional values.
Attributes parse_attributes(std::string_view text) {
    Attributes out;
    std::size_t i = 0;
    const auto skip_space = [&] {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    };
    const auto value = [&]() -> std::string {
        if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
            const char quote = text[i++];
            const std::size_t end = text.find(quote, i);
            std::string v(text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
            i = end == std::string_view::npos ? text.size() : end + 1;
            return v;
        }
        const std::size_t begin = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        return std::string(text.substr(begin, i - begin));
    };
    for (skip_space(); i < text.size(); skip_space()) {
        if (text[i] == '/' && i + 1 == text.size()) break;  // `[audio src=x /]`
        const std::size_t begin = i;
        while (i < text.size() && is_name_char(text[i])) ++i;
        if (i > begin && i < text.size() && text[i] == '=') {
            std::string key(text.substr(begin, i - begin));
            for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            ++i;
            out.emplace_back(std::move(key), value());
        } else {
            i = begin;
            out.emplace_back("", value());
        }
    }
    return out;
}

std::string attribute(const Attributes& attributes, std::string_view key) {
    for (const auto& [k, v] : attributes)
        if (k == key) return v;
    return {};
}

// The shortcode whose `[` is at `at`, if one starts there (`[[x]]` is an escaped one: none).
std::optional<Shortcode> shortcode_at(std::string_view text, std::size_t at) {
    if (text[at] != '[' || (at > 0 && text[at - 1] == '[')) return std::nullopt;
    std::size_t i = at + 1;
    while (i < text.size() && is_name_char(text[i])) ++i;
    if (i == at + 1 || i >= text.size()) return std::nullopt;
    if (text[i] != ']' && text[i] != ' ' && text[i] != '\t' && text[i] != '/') return std::nullopt;
    if (!std::isalpha(static_cast<unsigned char>(text[at + 1]))) return std::nullopt;
    const std::size_t close = text.find(']', i);
    // Attributes never span a paragraph: `[` of a bracketed remark is no shortcode.
    if (close == std::string_view::npos || text.substr(i, close - i).find("\n\n") != std::string_view::npos)
        return std::nullopt;
    Shortcode code;
    code.begin = at;
    code.name = std::string(text.substr(at + 1, i - at - 1));
    std::string_view attrs = text.substr(i, close - i);
    const bool self_closed = !attrs.empty() && attrs.back() == '/';
    code.attributes = parse_attributes(attrs);
    code.end = close + 1;
    if (!self_closed) {
        const std::string closing = "[/" + code.name + "]";
        const std::size_t end = text.find(closing, code.end);
        // Closed only if no second opening of the same name comes first (unclosed ones in a row).
        const std::size_t next_open = text.find("[" + code.name, code.end);
        if (end != std::string_view::npos && (next_open == std::string_view::npos || next_open > end)) {
            code.inner = std::string(text.substr(code.end, end - code.end));
            code.end = end + closing.size();
            code.closed = true;
        }
    }
    return code;
}

std::string figure_of(const WordPressAttachment& media) {
    std::string out = "<figure><img src=\"" + escape_html(media.url, true) + "\" alt=\"" +
                      escape_html(media.alt, true) + "\" />";
    if (!media.caption.empty()) out += "<figcaption>" + escape_html(media.caption) + "</figcaption>";
    return out + "</figure>";
}

std::string code_block(const Shortcode& code) {
    std::string language = attribute(code.attributes, "lang");
    if (language.empty()) language = attribute(code.attributes, "language");
    std::string out = "<pre><code";
    if (!language.empty()) out += " class=\"language-" + escape_html(language, true) + "\"";
    std::string_view inner = code.inner;
    if (!inner.empty() && inner.front() == '\n') inner.remove_prefix(1);
    // The code is stored as typed: `<` in it is text, never a tag.
    return out + ">" + escape_html(inner) + "</code></pre>";
}

// `[caption]<a><img></a> Text[/caption]`: the image (with its link) and the text after it.
std::string caption_figure(const Shortcode& code) {
    std::string inner = code.inner;
    std::string caption = attribute(code.attributes, "caption");
    if (caption.empty()) {
        std::size_t split = inner.rfind("</a>");
        if (split != std::string::npos) split += 4;
        else if ((split = inner.find("/>")) != std::string::npos) split += 2;
        else if ((split = inner.find('>')) != std::string::npos) split += 1;
        if (split != std::string::npos) {
            caption = inner.substr(split);
            inner.resize(split);
        }
    }
    while (!caption.empty() && std::isspace(static_cast<unsigned char>(caption.front()))) caption.erase(0, 1);
    while (!caption.empty() && std::isspace(static_cast<unsigned char>(caption.back()))) caption.pop_back();
    std::string out = "<figure>" + inner;
    if (!caption.empty()) out += "<figcaption>" + caption + "</figcaption>";
    return out + "</figure>";
}


std::string gallery(const Shortcode& code, std::string_view post_id,
                    const WordPressAttachments& attachments) {
    std::vector<std::string> ids = split_ids(attribute(code.attributes, "ids"));
    if (ids.empty()) {
        ids = split_ids(attribute(code.attributes, "include"));
    }
    if (ids.empty()) {
        for (const auto& [id, media] : attachments)
            if (media.parent == post_id) ids.push_back(id);
        std::sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
    }
    std::string out = "<figure class=\"wp-block-gallery\">";
    for (const std::string& id : ids) {
        const auto found = attachments.find(id);
        if (found != attachments.end()) out += figure_of(found->second);
    }
    return out + "</figure>";
}

std::string media_source(const Shortcode& code, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        if (std::string v = attribute(code.attributes, key); !v.empty()) return v;
    return code.inner;
}

std::optional<std::string> expand(const Shortcode& code, std::string_view post_id,
                                  const WordPressAttachments& attachments) {
    if (code.name == "code" || code.name == "sourcecode") return code_block(code);
    if (code.name == "caption" || code.name == "wp_caption") return caption_figure(code);
    if (code.name == "gallery") return gallery(code, post_id, attachments);
    if (code.name == "embed") {
        std::string url = code.closed ? code.inner : attribute(code.attributes, "");
        const std::string e = escape_html(url, true);
        return "<p><a href=\"" + e + "\">" + e + "</a></p>";
    }
    if (code.name == "audio" || code.name == "video") {
        const std::string url = code.name == "audio"
                                    ? media_source(code, {"src", "mp3", "m4a", "ogg", "wav"})
                                    : media_source(code, {"src", "mp4", "webm", "ogv", "m4v"});
        const std::string e = escape_html(url, true);
        return "<" + code.name + " controls=\"\" src=\"" + e + "\"><a href=\"" + e + "\">" + e +
               "</a></" + code.name + ">";
    }
    return std::nullopt;
}

// Every shortcode of `text` that `expand` knows (only the code ones when `code_only`), expanded.
std::string expand_shortcodes(std::string_view text, std::string_view post_id,
                              const WordPressAttachments& attachments, bool code_only) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t next = text.find('[', i);
        out.append(text.substr(i, (next == std::string_view::npos ? text.size() : next) - i));
        if (next == std::string_view::npos) break;
        i = next;
        if (std::optional<Shortcode> code = shortcode_at(text, i)) {
            const bool is_code = code->name == "code" || code->name == "sourcecode";
            if (is_code || !code_only) {
                if (std::optional<std::string> html = expand(*code, post_id, attachments)) {
                    out += *html;
                    i = code->end;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

// The JSON attribute `"url":"..."` of a block comment (only this one is needed).
std::string json_url(std::string_view json) {
    const std::size_t key = json.find("\"url\"");
    if (key == std::string_view::npos) return {};
    std::size_t i = json.find('"', json.find(':', key) + 1);
    if (i == std::string_view::npos) return {};
    std::string out;
    for (++i; i < json.size() && json[i] != '"'; ++i) {
        if (json[i] == '\\' && i + 1 < json.size()) ++i;  // `\/` in WordPress's JSON
        out += json[i];
    }
    return out;
}

// Block comments removed: `<!-- wp:x {json} -->`, `<!-- /wp:x -->`, `<!-- wp:x /-->`.
std::string remove_block_comments(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::vector<std::string> embed_urls;
    for (std::size_t i = 0; i < text.size();) {
        // Straight to the next comment: a byte-by-byte compare was a sixth of an import's time.
        const std::size_t next = text.find("<!--", i);
        out.append(text.substr(i, (next == std::string_view::npos ? text.size() : next) - i));
        if (next == std::string_view::npos) break;
        i = next;
        if (text.compare(i, 8, "<!-- wp:") == 0 || text.compare(i, 9, "<!-- /wp:") == 0) {
            const std::size_t end = text.find("-->", i);
            if (end == std::string_view::npos) {  // never closed: kept as written
                out.append(text.substr(i));
                break;
            }
            const std::string_view comment = text.substr(i, end + 3 - i);
            const bool closing = comment.starts_with("<!-- /wp:");
            const std::size_t name_at = closing ? 9 : 8;
            std::size_t name_end = name_at;
            while (name_end < comment.size() && (is_name_char(comment[name_end]) || comment[name_end] == '/'))
                ++name_end;
            const std::string_view name = comment.substr(name_at, name_end - name_at);
            // `wp:more` holds WordPress's own `<!--more-->`, the summary break, which stays.
            if (!closing && (name == "embed" || name.starts_with("core-embed/")))
                embed_urls.push_back(json_url(comment));
            i = end + 3;
            continue;
        }
        out += text[i++];
    }
    // Each embed's URL stands alone in its wrapper: a link readers can follow.
    std::size_t from = 0;
    for (const std::string& url : embed_urls) {
        if (url.empty()) continue;
        const std::string bare = "\n" + url + "\n";
        const std::size_t at = out.find(bare, from);
        if (at == std::string::npos) continue;
        const std::string e = escape_html(url, true);
        const std::string link = "\n<a href=\"" + e + "\">" + e + "</a>\n";
        out.replace(at, bare.size(), link);
        from = at + link.size();
    }
    return out;
}

// `<p>[caption ...]...[/caption]</p>` → the shortcode alone, so that its figure is no paragraph's
// child; and `<p><!--more--></p>` → the summary break alone.
std::string shortcode_unautop(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t next = text.find("<p>", i);
        out.append(text.substr(i, (next == std::string_view::npos ? text.size() : next) - i));
        if (next == std::string_view::npos) break;
        i = next;
        if (text.compare(i, 4, "<p>[") == 0) {
            if (std::optional<Shortcode> code = shortcode_at(text, i + 3)) {
                if (is_known_shortcode(code->name) && text.compare(code->end, 4, "</p>") == 0) {
                    out.append(text.substr(i + 3, code->end - i - 3));
                    i = code->end + 4;
                    continue;
                }
            }
        }
        if (text.compare(i, 18, "<p><!--more--></p>") == 0) {
            out += "<!--more-->";
            i += 18;
            continue;
        }
        out += text[i++];
    }
    return out;
}

// Whether an unknown `[name ...]` reads as a plugin's shortcode rather than bracketed prose or
// a Markdown link (`[Update 2020]`, `[text](url)`): shortcode names are lowercase.
bool looks_like_shortcode(std::string_view text, const Shortcode& code) {
    for (char c : code.name)
        if (std::isupper(static_cast<unsigned char>(c))) return false;
    return !(code.end < text.size() && text[code.end] == '(');
}

}  // namespace

bool is_known_shortcode(std::string_view name) {
    for (std::string_view known : kKnown)
        if (known == name) return true;
    return false;
}

std::vector<std::string> split_ids(std::string_view ids) {
    std::vector<std::string> out;
    std::string current;
    for (char c : ids) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            current += c;
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

std::string resolve_wordpress_markup(
    std::string_view content, std::string_view post_id, const WordPressAttachments& attachments,
    const std::function<void(std::size_t offset, std::string_view name)>& unknown) {
    for (std::size_t i = content.find('['); i != std::string_view::npos; i = content.find('[', i + 1)) {
        if (std::optional<Shortcode> code = shortcode_at(content, i)) {
            if (!is_known_shortcode(code->name) && unknown && looks_like_shortcode(content, *code))
                unknown(i, code->name);
        }
    }
    const bool blocks = content.find("<!-- wp:") != std::string_view::npos;
    // As WordPress: code shortcodes before wpautop (SyntaxHighlighter protects them so), the
    // others after it, a shortcode alone in a paragraph taken out of it (`shortcode_unautop`).
    std::string text = expand_shortcodes(content, post_id, attachments, true);
    if (blocks) text = remove_block_comments(text);
    else text = shortcode_unautop(wpautop(text));
    text = expand_shortcodes(text, post_id, attachments, false);
    std::string out;
    out.reserve(text.size());
    // `[[x]]` is how an author writes a shortcode's name as text.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t next = text.find("[[", i);
        out.append(text, i, (next == std::string::npos ? text.size() : next) - i);
        if (next == std::string::npos) break;
        i = next;
        const std::size_t close = text.find("]]", i);
        if (close != std::string::npos && text.find('\n', i) > close) {
            out.append(text, i + 1, close - i);
            i = close + 1;
            continue;
        }
        out += text[i];
    }
    return out;
}

}  // namespace folio
