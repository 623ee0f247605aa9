#include "formats/html/unpublished_links.hpp"

#include "src/ast/walk.hpp"

namespace folio::html {

namespace {

class Unlinker {
public:
    Unlinker(const std::function<bool(std::string_view)>& unpublished,
             std::vector<std::pair<std::string, SourcePos>>& removed)
        : unpublished_(unpublished), removed_(removed) {}

    void blocks(Blocks& list) {
        for_each_inline_run(list, [this](Inlines& run) { inlines(run); });
    }

private:
    // A link to remove is replaced in place by its children, which are then looked at too.
    void inlines(Inlines& list) {
        for (std::size_t i = 0; i < list.size();) {
            if (auto* link = std::get_if<Link>(&list[i].node); link && unpublished_(link->url)) {
                removed_.emplace_back(link->url, link->at);
                Inlines children = std::move(link->children);
                list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
                list.insert(list.begin() + static_cast<std::ptrdiff_t>(i),
                            std::make_move_iterator(children.begin()),
                            std::make_move_iterator(children.end()));
                continue;
            }
            std::visit([&](auto& node) { this->inline_node(node); }, list[i].node);
            ++i;
        }
    }
    void inline_node(Text&) {}
    void inline_node(SoftBreak&) {}
    void inline_node(HardBreak&) {}
    void inline_node(Code&) {}
    void inline_node(RawHtml&) {}
    void inline_node(FootnoteReference&) {}
    void inline_node(Math&) {}
    void inline_node(Image&) {}
    void inline_node(Emphasis& n) { inlines(n.children); }
    void inline_node(Strong& n) { inlines(n.children); }
    void inline_node(Strikethrough& n) { inlines(n.children); }
    void inline_node(Link& n) { inlines(n.children); }
    void inline_node(EngineInline& n) { inlines(n.rendered); }

    const std::function<bool(std::string_view)>& unpublished_;
    std::vector<std::pair<std::string, SourcePos>>& removed_;
};

}  // namespace

std::vector<std::pair<std::string, SourcePos>> unlink_unpublished(
    Article& article, const std::function<bool(std::string_view)>& unpublished) {
    std::vector<std::pair<std::string, SourcePos>> removed;
    Unlinker unlinker(unpublished, removed);
    unlinker.blocks(article.body);
    for (Footnote& note : article.footnotes) unlinker.blocks(note.children);
    return removed;
}

}  // namespace folio::html
