#include <gtest/gtest.h>

#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

// What a style-B writer emits: set typed fields under Hugo's names, then `extra` as it is.
// Empty fields are not written, which is why the mapper treats null and "" as unset.
FrontMatter as_style_b(const Meta& meta) {
    FrontMatter fm;
    const auto add = [&](std::string key, Value value) {
        fm.entries.emplace_back(std::move(key), std::move(value));
    };
    const auto strings = [](const std::vector<std::string>& items) {
        ValueList out;
        for (const auto& item : items) out.push_back(text(item));
        return Value{out};
    };
    if (!meta.title.empty()) add("title", text(meta.title));
    if (meta.date) add("date", date_value(*meta.date));
    if (meta.updated) add("lastmod", date_value(*meta.updated));
    if (meta.draft) add("draft", boolean(true));
    if (!meta.slug.empty()) add("slug", text(meta.slug));
    if (!meta.authors.empty()) add("authors", strings(meta.authors));
    if (!meta.tags.empty()) add("tags", strings(meta.tags));
    if (!meta.categories.empty()) add("categories", strings(meta.categories));
    if (!meta.summary.empty()) add("summary", text(meta.summary));
    if (meta.cover) {
        Map cover{{"image", text(meta.cover->source)},
                  {"alt", text(meta.cover->alt)},
                  {"caption", text(meta.cover->caption)}};
        cover.insert(cover.end(), meta.cover->extra.begin(), meta.cover->extra.end());
        add("cover", Value{cover});
    }
    if (!meta.language.empty()) add("language", text(meta.language));
    fm.entries.insert(fm.entries.end(), meta.extra.begin(), meta.extra.end());
    fm.positions.resize(fm.entries.size());
    return fm;
}

TEST(MetaRoundTrip, IsStableForNullsRejectedValuesAndStyleAKeys) {
    const auto first =
        map_in(front_matter({{"title", map({{"nl", text("Hallo")}})},
                             {"summary", null()},
                             {"date", text("2026-02-30")},
                             {"excerpt", text("E")},
                             {"tags", text("ai")},
                             {"cover", map({{"image", text("")}, {"hidden", boolean(true)}})},
                             {"doelgroep", text("ouders")}}),
               FrontMatterStyle::b);
    const auto second = map_in(as_style_b(first.meta), FrontMatterStyle::b);
    EXPECT_EQ(second.meta, first.meta);
    const auto third = map_in(as_style_b(second.meta), FrontMatterStyle::b);
    EXPECT_EQ(third.meta, second.meta);
}

TEST(MetaRoundTrip, TurnsAStyleAFileIntoTheSameMetaInStyleB) {
    const auto from_a =
        map_in(front_matter({{"title", text("T")},
                             {"date", text("2025-12-21")},
                             {"category", text("AI & Technologie")},
                             {"excerpt", text("E")},
                             {"featuredImage", text("/blog/images/Why It's Late.png")}}),
               FrontMatterStyle::a);
    const auto in_b = map_in(as_style_b(from_a.meta), FrontMatterStyle::b);
    EXPECT_EQ(in_b.meta, from_a.meta);
    EXPECT_TRUE(in_b.diagnostics.items().empty());
}

}  // namespace
}  // namespace folio
