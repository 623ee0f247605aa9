#include <gtest/gtest.h>

#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

// Key and type name of every extra entry, in order: what `inspect` would show.
std::vector<std::pair<std::string, std::string>> keys_and_types(const Map& map) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [key, value] : map) out.emplace_back(key, std::string(type_name(value)));
    return out;
}

TEST(RealisticFrontMatter, MapsAJavaScriptEnginePostCompletely) {
    const std::string file =
        "---\n"
        "title: \"Waarom AI & Technologie ertoe doen\"\n"
        "date: \"2025-12-21\"\n"
        "category: \"AI & Technologie\"\n"
        "excerpt: \"Een korte blik op geïntegreerde systemen.\"\n"
        "featuredImage: \"/blog/images/Why It's Late.png\"\n"
        "author: \"Jan de Vries\"\n"
        "tags: [\"AI\", \"Onderwijs\"]\n"
        "readingTime: 7\n"
        "summary: \"not style A\"\n"
        "published: true\n"
        "---\n"
        "Body\n";
    const auto fm = front_matter({
        {"title", text("Waarom AI & Technologie ertoe doen"), {2, 8}},
        {"date", text("2025-12-21"), {3, 7}},
        {"category", text("AI & Technologie"), {4, 11}},
        {"excerpt", text("Een korte blik op geïntegreerde systemen."), {5, 10}},
        {"featuredImage", text("/blog/images/Why It's Late.png"), {6, 16}},
        {"author", text("Jan de Vries"), {7, 9}},
        {"tags", list({text("AI"), text("Onderwijs")}), {8, 7}},
        {"readingTime", integer(7), {9, 14}},
        {"summary", text("not style A"), {10, 10}},
        {"published", boolean(true), {11, 12}},
    });
    ASSERT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::a);
    const auto out = map_in(fm, FrontMatterStyle::a, file);

    const Meta& meta = out.meta;
    EXPECT_EQ(meta.title, "Waarom AI & Technologie ertoe doen");
    EXPECT_EQ(meta.date, ymd(2025, 12, 21));
    EXPECT_FALSE(meta.updated.has_value());
    EXPECT_EQ(meta.summary, "Een korte blik op geïntegreerde systemen.");
    EXPECT_EQ(meta.tags, (std::vector<std::string>{"AI", "Onderwijs"}));
    EXPECT_EQ(meta.categories, (std::vector<std::string>{"AI & Technologie"}));
    EXPECT_EQ(meta.authors, (std::vector<std::string>{"Jan de Vries"}));
    ASSERT_TRUE(meta.cover.has_value());
    EXPECT_EQ(*meta.cover, (Cover{"/blog/images/Why It's Late.png", "", "", {}}));
    EXPECT_FALSE(meta.draft);
    EXPECT_EQ(meta.slug, "");
    EXPECT_EQ(meta.language, "");
    EXPECT_EQ(keys_and_types(meta.extra),
              (std::vector<std::pair<std::string, std::string>>{
                  {"readingTime", "integer"}, {"summary", "string"}, {"published", "bool"}}));
    EXPECT_EQ(meta.extra, (Map{{"readingTime", integer(7)},
                               {"summary", text("not style A")},
                               {"published", boolean(true)}}));
    EXPECT_TRUE(out.diagnostics.items().empty()) << printed(out.diagnostics);
}

TEST(RealisticFrontMatter, MapsAHugoPaperModPostCompletely) {
    const std::string file =
        "---\n"
        "title: \"Geïntegreerde leerlijnen\"\n"
        "date: 2026-02-27T20:25:44.255Z\n"
        "lastmod: \"2026-03-01T09:00:00+01:00\"\n"
        "draft: false\n"
        "slug: geintegreerde-leerlijnen\n"
        "authors: [\"Jan\", \"Piet\"]\n"
        "tags: [\"ai\", \"onderwijs\"]\n"
        "categories: [\"Onderwijs\"]\n"
        "summary: \"Wat scholen nu doen.\"\n"
        "description: \"Zoekmachinetekst\"\n"
        "excerpt: \"not style B\"\n"
        "weight: 3\n"
        "doelgroep: ouders\n"
        "sectie: primair\n"
        "ShowToc: true\n"
        "cover:\n"
        "  image: \"https://images.unsplash.com/photo-1?ixlib=rb-4.0.3&w=1200&q=80\"\n"
        "  alt: \"Klaslokaal\"\n"
        "  caption: \"Foto: Unsplash\"\n"
        "  relative: false\n"
        "  hidden: false\n"
        "  hiddenInList: true\n"
        "  hiddenInSingle: false\n"
        "---\n";
    Date published = ymd(2026, 2, 27);
    published.has_time = true;
    published.hour = 20;
    published.minute = 25;
    published.second = 44;
    published.nanosecond = 255000000;
    published.fraction_digits = 3;
    published.offset_minutes = 0;
    published.offset_is_z = true;
    const Value cover =
        map({{"image", text("https://images.unsplash.com/photo-1?ixlib=rb-4.0.3&w=1200&q=80")},
             {"alt", text("Klaslokaal")},
             {"caption", text("Foto: Unsplash")},
             {"relative", boolean(false)},
             {"hidden", boolean(false)},
             {"hiddenInList", boolean(true)},
             {"hiddenInSingle", boolean(false)}});
    const auto fm = front_matter({
        {"title", text("Geïntegreerde leerlijnen"), {2, 8}},
        {"date", date_value(published), {3, 7}},
        {"lastmod", text("2026-03-01T09:00:00+01:00"), {4, 10}},
        {"draft", boolean(false), {5, 8}},
        {"slug", text("geintegreerde-leerlijnen"), {6, 7}},
        {"authors", list({text("Jan"), text("Piet")}), {7, 10}},
        {"tags", list({text("ai"), text("onderwijs")}), {8, 7}},
        {"categories", list({text("Onderwijs")}), {9, 13}},
        {"summary", text("Wat scholen nu doen."), {10, 10}},
        {"description", text("Zoekmachinetekst"), {11, 14}},
        {"excerpt", text("not style B"), {12, 10}},
        {"weight", integer(3), {13, 9}},
        {"doelgroep", text("ouders"), {14, 12}},
        {"sectie", text("primair"), {15, 9}},
        {"ShowToc", boolean(true), {16, 10}},
        {"cover", cover, {18, 3}},
    });
    ASSERT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::b);
    const auto out = map_in(fm, FrontMatterStyle::b, file);

    const Meta& meta = out.meta;
    EXPECT_EQ(meta.title, "Geïntegreerde leerlijnen");
    EXPECT_EQ(meta.date, published);
    Date modified = ymd(2026, 3, 1);
    modified.has_time = true;
    modified.hour = 9;
    modified.offset_minutes = 60;
    EXPECT_EQ(meta.updated, modified);
    EXPECT_EQ(meta.summary, "Wat scholen nu doen.");
    EXPECT_EQ(meta.tags, (std::vector<std::string>{"ai", "onderwijs"}));
    EXPECT_EQ(meta.categories, (std::vector<std::string>{"Onderwijs"}));
    EXPECT_EQ(meta.authors, (std::vector<std::string>{"Jan", "Piet"}));
    ASSERT_TRUE(meta.cover.has_value());
    EXPECT_EQ(meta.cover->source, "https://images.unsplash.com/photo-1?ixlib=rb-4.0.3&w=1200&q=80");
    EXPECT_EQ(meta.cover->alt, "Klaslokaal");
    EXPECT_EQ(meta.cover->caption, "Foto: Unsplash");
    EXPECT_EQ(meta.cover->extra, (Map{{"relative", boolean(false)},
                                      {"hidden", boolean(false)},
                                      {"hiddenInList", boolean(true)},
                                      {"hiddenInSingle", boolean(false)}}));
    EXPECT_FALSE(meta.draft);
    EXPECT_EQ(meta.slug, "geintegreerde-leerlijnen");
    EXPECT_EQ(meta.language, "");
    EXPECT_EQ(keys_and_types(meta.extra),
              (std::vector<std::pair<std::string, std::string>>{{"excerpt", "string"},
                                                                {"weight", "integer"},
                                                                {"doelgroep", "string"},
                                                                {"sectie", "string"},
                                                                {"ShowToc", "bool"}}));
    EXPECT_EQ(meta.description, "Zoekmachinetekst");
    EXPECT_EQ(meta.extra, (Map{{"excerpt", text("not style B")},
                               {"weight", integer(3)},
                               {"doelgroep", text("ouders")},
                               {"sectie", text("primair")},
                               {"ShowToc", boolean(true)}}));
    EXPECT_TRUE(out.diagnostics.items().empty()) << printed(out.diagnostics);
}

}  // namespace
}  // namespace folio
