#include "src/engine/front_matter_calls.hpp"

#include <cstdint>
#include <string>
#include <variant>

#include "src/ast/walk.hpp"

namespace folio {
namespace {

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& item : list) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The front-matter key a call asks for, or empty when it asks for none.
std::string key_of(const EngineCall& call) {
    if (call.syntax == EngineCall::Syntax::liquid_output && call.name.starts_with("page.")) {
        return call.name.substr(5);
    }
    const bool shortcode = call.syntax == EngineCall::Syntax::shortcode ||
                           call.syntax == EngineCall::Syntax::markdown_shortcode;
    if (shortcode && !call.escaped && call.name == "param" && !call.params.empty()) {
        return call.params.front().second;
    }
    return {};
}

std::string value_of(const Meta& meta, const std::string& key) {
    if (key == "title") return meta.title;
    if (key == "summary" || key == "excerpt" || key == "description") return meta.summary;
    if (key == "slug") return meta.slug;
    if (key == "language" || key == "lang") return meta.language;
    if (key == "author" || key == "authors") return joined(meta.authors);
    if (key == "tags") return joined(meta.tags);
    if (key == "categories") return joined(meta.categories);
    const Value* value = find(meta.extra, key);
    if (value == nullptr) return {};
    if (const auto* text = std::get_if<std::string>(&value->data)) return *text;
    if (const auto* number = std::get_if<std::int64_t>(&value->data)) return std::to_string(*number);
    if (const auto* flag = std::get_if<bool>(&value->data)) return *flag ? "true" : "false";
    return {};
}

Inlines rendered(const Meta& meta, const EngineCall& call) {
    Inlines out;
    if (std::string value = value_of(meta, key_of(call)); !value.empty()) {
        out.push_back(Inline{Text{std::move(value)}});
    }
    return out;
}

// The engine blocks of `blocks`, in quotes, lists and what other engine blocks render.
void fill_blocks(const Meta& meta, Blocks& blocks) {
    for (Block& block : blocks) {
        if (auto* quote = std::get_if<BlockQuote>(&block.node)) fill_blocks(meta, quote->children);
        if (auto* list = std::get_if<List>(&block.node)) {
            for (ListItem& item : list->items) fill_blocks(meta, item.children);
        }
        auto* engine = std::get_if<EngineBlock>(&block.node);
        if (engine == nullptr) continue;
        if (key_of(engine->call).empty()) {
            fill_blocks(meta, engine->rendered);
            continue;
        }
        engine->rendered.clear();
        if (Inlines value = rendered(meta, engine->call); !value.empty()) {
            engine->rendered.push_back(Block{Paragraph{std::move(value)}, block.at});
        }
    }
}

// The blocks first, then every run of inlines once: for_each_inline_run reaches the nested
// runs itself (walking them again for each level of quotes and lists cost a book 1%).
void fill(const Meta& meta, Blocks& blocks) {
    fill_blocks(meta, blocks);
    for_each_inline_run(blocks, [&](Inlines& run) {
        for_each_inline_in(run, [&](Inline& node) {
            auto* engine = std::get_if<EngineInline>(&node.node);
            if (engine != nullptr && !key_of(engine->call).empty()) {
                engine->rendered = rendered(meta, engine->call);
            }
        });
    });
}

}  // namespace

bool may_hold_engine_calls(std::string_view text) {
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        if (i + 1 < text.size() && (text[i + 1] == '{' || text[i + 1] == '%')) return true;
    }
    return false;
}

void render_front_matter_calls(Article& article) {
    fill(article.meta, article.body);
    for (Footnote& note : article.footnotes) fill(article.meta, note.children);
}

}  // namespace folio
