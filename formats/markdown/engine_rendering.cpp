#include "formats/markdown/engine_rendering.hpp"

#include <array>
#include <algorithm>
#include <utility>

#include "src/engine/engine_syntax_scan.hpp"
#include "src/render/plain_text.hpp"

namespace folio {
namespace {

using Syntax = EngineCall::Syntax;

bool is_shortcode(const EngineCall& call) {
    return call.syntax == Syntax::shortcode || call.syntax == Syntax::markdown_shortcode;
}

// Shortcodes that many themes ship (notice, alert, admonition, callout, ...): a box with a
// label around Markdown. They are shown as a block quote that starts with the label.
constexpr std::array<std::string_view, 16> kAdmonitions = {
    "notice", "alert",   "admonition", "callout", "hint",   "note",    "tip",       "info",
    "warning", "caution", "danger",    "important", "box",  "panel",   "attention", "success"};
// Collapsible sections (`details`, `expand`): the summary, then the content, always open.
constexpr std::array<std::string_view, 4> kCollapsibles = {"details", "expand", "spoiler", "collapse"};

bool in(std::string_view name, auto const& list) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

/// The named param `key`, else the positional one at `position` (Hugo allows either form).
std::string param(const EngineCall& call, std::string_view key, std::size_t position = 99) {
    for (const auto& [k, v] : call.params) {
        if (!key.empty() && k == key) return v;
    }
    std::size_t n = 0;
    for (const auto& [k, v] : call.params) {
        if (!k.empty()) continue;
        if (n++ == position) return v;
    }
    return {};
}

Inlines text(std::string value) {
    Inlines out;
    if (!value.empty()) out.push_back(Inline{Text{std::move(value)}});
    return out;
}

Inline link(std::string url, std::string label) {
    Link node;
    node.children = text(label.empty() ? url : std::move(label));
    node.url = std::move(url);
    return Inline{std::move(node)};
}

std::string capitalised(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

// The text a paired call wraps, without the line break after its opening tag that authors
// write to put the content on its own lines.
std::string trimmed_inner(const EngineCall& call) {
    std::string inner = call.inner;
    if (inner.starts_with("\r\n")) {
        inner.erase(0, 2);
    } else if (inner.starts_with('\n')) {
        inner.erase(0, 1);
    }
    return inner;
}

// What an embed shortcode links to, with the text of the link; empty URL when it is not one.
std::pair<std::string, std::string> embed(const EngineCall& call) {
    const std::string& name = call.name;
    const std::string title = param(call, "title");
    if (name == "youtube") {
        const std::string id = param(call, "id", 0);
        if (id.empty()) return {};
        return {"https://www.youtube.com/watch?v=" + id, title};
    }
    if (name == "vimeo") {
        const std::string id = param(call, "id", 0);
        if (id.empty()) return {};
        return {"https://vimeo.com/" + id, title};
    }
    if (name == "gist") {
        const std::string user = param(call, "user", 0);
        const std::string id = param(call, "id", 1);
        if (user.empty() || id.empty()) return {};
        const std::string file = param(call, "file", 2);
        return {"https://gist.github.com/" + user + "/" + id, file};
    }
    if (name == "tweet") {
        const std::string user = param(call, "user");
        const std::string id = param(call, "id", 0);
        if (id.empty()) return {};
        return {"https://twitter.com/" + (user.empty() ? std::string("i") : user) + "/status/" + id, ""};
    }
    if (name == "instagram") {
        const std::string id = param(call, "id", 0);
        if (id.empty()) return {};
        return {"https://www.instagram.com/p/" + id + "/", ""};
    }
    return {};
}

// Hugo's figure: the image (linked when `link` is given), then its title and its caption with
// the attribution, which Hugo puts in a `<figcaption>`.
Inlines figure_image(const EngineCall& call) {
    Image image;
    image.url = param(call, "src", 0);
    std::string alt = param(call, "alt");
    if (alt.empty()) alt = param(call, "caption");
    if (alt.empty()) alt = param(call, "title");
    image.alt = text(std::move(alt));
    Inlines out;
    const std::string target = param(call, "link");
    if (target.empty()) {
        out.push_back(Inline{std::move(image)});
    } else {
        Link wrap;
        wrap.url = target;
        wrap.children.push_back(Inline{std::move(image)});
        out.push_back(Inline{std::move(wrap)});
    }
    return out;
}

Blocks figure(const EngineCall& call) {
    Blocks out;
    out.push_back(Block{Paragraph{figure_image(call)}, {}});
    if (const std::string title = param(call, "title"); !title.empty()) {
        out.push_back(Block{Paragraph{{Inline{Strong{text(title)}}}}, {}});
    }
    Inlines caption = text(param(call, "caption"));
    if (const std::string attr = param(call, "attr"); !attr.empty()) {
        if (!caption.empty()) caption.push_back(Inline{Text{" "}});
        const std::string attrlink = param(call, "attrlink");
        caption.push_back(attrlink.empty() ? Inline{Text{attr}} : link(attrlink, attr));
    }
    if (!caption.empty()) out.push_back(Block{Paragraph{std::move(caption)}, {}});
    return out;
}

CodeBlock code_block(const EngineCall& call) {
    CodeBlock code;
    code.info = param(call, "lang", 0);
    code.text = engine_syntax_in_code(trimmed_inner(call));
    if (!code.text.empty() && code.text.back() != '\n') code.text += '\n';
    return code;
}

// Markdown as the engine reads it, but raw HTML shown as text: used for what an unknown call
// wraps, whose template folio cannot know (it may escape, wrap or drop it).
void html_as_text(Blocks& blocks);

void html_as_text(Inlines& inlines) {
    for (Inline& node : inlines) {
        if (auto* raw = std::get_if<RawHtml>(&node.node)) node.node = Text{std::move(raw->html)};
        std::visit(
            [](auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                              std::is_same_v<T, Strikethrough> || std::is_same_v<T, Link>) {
                    html_as_text(n.children);
                } else if constexpr (std::is_same_v<T, EngineInline>) {
                    html_as_text(n.rendered);
                }
            },
            node.node);
    }
}

void html_as_text(Blocks& blocks) {
    for (Block& block : blocks) {
        if (auto* html = std::get_if<HtmlBlock>(&block.node)) {
            std::string source = std::move(html->html);
            while (!source.empty() && (source.back() == '\n' || source.back() == '\r')) source.pop_back();
            block.node = Paragraph{text(std::move(source))};
        }
        std::visit(
            [](auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    html_as_text(n.children);
                } else if constexpr (std::is_same_v<T, BlockQuote>) {
                    html_as_text(n.children);
                } else if constexpr (std::is_same_v<T, EngineBlock>) {
                    html_as_text(n.rendered);
                } else if constexpr (std::is_same_v<T, List>) {
                    for (ListItem& item : n.items) html_as_text(item.children);
                } else if constexpr (std::is_same_v<T, Table>) {
                    for (Inlines& cell : n.header) html_as_text(cell);
                    for (auto& row : n.rows) {
                        for (Inlines& cell : row) html_as_text(cell);
                    }
                }
            },
            block.node);
    }
}

}  // namespace

bool is_known_engine_call(const EngineCall& call) {
    if (call.escaped) return true;
    const std::string& name = call.name;
    if (is_shortcode(call)) {
        return name == "figure" || name == "highlight" || name == "ref" || name == "relref" ||
               name == "param" || !embed(call).first.empty() || in(name, kAdmonitions) ||
               in(name, kCollapsibles);
    }
    // `page.x` is the article's front matter, filled in once the whole article is read.
    if (call.syntax == Syntax::liquid_output) {
        return name == "site.baseurl" || name == "site.url" || name.starts_with("page.");
    }
    return name == "highlight" || name == "raw" || name == "comment" || name == "post_url" ||
           name == "link";
}

Blocks render_engine_blocks(const EngineCall& call, const OffsetMap& inner_map,
                            const ReadInnerMarkdown& read_inner) {
    const std::string& name = call.name;
    Blocks out;
    if (call.escaped) {
        out.push_back(Block{Paragraph{render_engine_inlines(call)}, {}});
        return out;
    }
    const bool liquid_tag = call.syntax == Syntax::liquid_tag;
    if (is_shortcode(call) && name == "figure") return figure(call);
    if ((is_shortcode(call) || liquid_tag) && name == "highlight") {
        out.push_back(Block{code_block(call), {}});
        return out;
    }
    if (liquid_tag && name == "comment") return out;
    if (liquid_tag && name == "raw") return read_inner(call.inner, inner_map, false);
    const bool known = is_known_engine_call(call);
    if (is_shortcode(call) && (in(name, kAdmonitions) || in(name, kCollapsibles))) {
        std::string label = param(call, "title");
        if (label.empty() && name == "notice") label = param(call, "", 1);
        if (label.empty() && in(name, kCollapsibles)) label = param(call, "summary", 0);
        if (label.empty()) label = param(call, "type", 0);
        if (label.empty()) label = param(call, "theme");
        if (label.empty()) label = name;
        BlockQuote quote;
        quote.children.push_back(Block{Paragraph{{Inline{Strong{text(capitalised(label))}}}}, {}});
        Blocks inner = read_inner(call.inner, inner_map, true);
        for (Block& block : inner) quote.children.push_back(std::move(block));
        out.push_back(Block{std::move(quote), {}});
        return out;
    }
    if (!known) {
        // Shown as text: the Markdown of a paired call, its raw HTML never live.
        if (call.inner.empty()) return out;
        out = read_inner(call.inner, inner_map, true);
        html_as_text(out);
        return out;
    }
    Inlines inlines = render_engine_inlines(call);
    if (!inlines.empty()) out.push_back(Block{Paragraph{std::move(inlines)}, {}});
    return out;
}

Inlines render_engine_inlines(const EngineCall& call) {
    const std::string& name = call.name;
    if (call.escaped) {
        // Hugo shows the call itself, without the comment marks that kept it from running.
        std::string shown = call.source;
        if (const std::size_t open = shown.find("/*"); open != std::string::npos) shown.erase(open, 2);
        if (const std::size_t close = shown.rfind("*/"); close != std::string::npos) shown.erase(close, 2);
        return text(std::move(shown));
    }
    Inlines out;
    if (is_shortcode(call)) {
        if (name == "figure") return figure_image(call);
        if (name == "highlight") {
            std::string code = engine_syntax_in_code(trimmed_inner(call));
            while (!code.empty() && (code.back() == '\n' || code.back() == '\r')) code.pop_back();
            out.push_back(Inline{Code{std::move(code)}});
            return out;
        }
        if (name == "ref" || name == "relref") return text(engine_url_text(call));
        if (const auto [url, label] = embed(call); !url.empty()) {
            out.push_back(link(url, label));
            return out;
        }
        // `param` needs the front matter, which a body reader does not see; the rest wraps
        // text, shown as text.
        if (name == "param") return out;
        return text(trimmed_inner(call));
    }
    if (call.syntax == Syntax::liquid_output) {
        return name.starts_with("page.") ? Inlines{} : text(engine_url_text(call));
    }
    if (name == "highlight") {
        out.push_back(Inline{Code{trimmed_inner(call)}});
        return out;
    }
    if (name == "post_url" || name == "link") return text(engine_url_text(call));
    if (name == "comment") return out;
    return text(call.inner);
}

std::string engine_url_text(const EngineCall& call) {
    const std::string& name = call.name;
    if (call.escaped) return call.source;
    if (is_shortcode(call) && (name == "ref" || name == "relref")) return param(call, "path", 0);
    // post_url names a post without its extension; as a file name, every writer finds it.
    if (call.syntax == Syntax::liquid_tag && name == "post_url") return param(call, "", 0) + ".md";
    if (call.syntax == Syntax::liquid_tag && name == "link") return param(call, "", 0);
    // Empty: a site-absolute path stays one, and the book and the site resolve it on their
    // own base URL.
    if (call.syntax == Syntax::liquid_output && (name == "site.baseurl" || name == "site.url")) {
        return {};
    }
    return call.source;
}

}  // namespace folio
