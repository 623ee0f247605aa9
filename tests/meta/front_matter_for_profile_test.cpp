#include <gtest/gtest.h>

#include <algorithm>

#include "src/meta/engine_profile.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/meta/map_front_matter.hpp"
#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

Meta every_field() {
    Meta meta;
    meta.title = "T";
    meta.date = ymd(2024, 1, 2);
    meta.updated = ymd(2024, 2, 3);
    meta.summary = "S";
    meta.description = "D";
    meta.tags = {"a", "b"};
    meta.categories = {"C"};
    meta.authors = {"Ana"};
    meta.cover = Cover{"x.png", "", "", {}};
    meta.draft = true;
    meta.slug = "my-slug";
    meta.language = "nl";
    meta.url = "/old/";
    meta.guid = "tag:example.org,2024:1";
    meta.extra = {{"series", text("house")}, {"weight", integer(3)}};
    return meta;
}

std::vector<std::string> keys(const StyledFrontMatter& styled) {
    std::vector<std::string> out;
    for (const auto& entry : styled.entries) out.push_back(entry.first);
    return out;
}

TEST(FrontMatterForProfile, WritesEachFieldUnderTheTargetsFirstKey) {
    const StyledFrontMatter astro =
        front_matter_for_profile(every_field(), *find_engine_profile("astro"));
    EXPECT_EQ(keys(astro), (std::vector<std::string>{"title", "pubDate", "updatedDate", "draft",
                                                     "slug", "author", "tags", "categories",
                                                     "summary", "lang", "description", "url",
                                                     "guid", "series", "weight", "heroImage"}));
    // Astro has no key for these: folio's names, said so.
    EXPECT_EQ(astro.kept_as_extra, (std::vector<std::string>{"categories", "summary", "url"}));
    EXPECT_EQ(*find(astro.entries, "heroImage"), text("x.png"));

    const StyledFrontMatter nextjs =
        front_matter_for_profile(every_field(), *find_engine_profile("nextjs"));
    // One category is one string under style A's singular key.
    EXPECT_EQ(*find(nextjs.entries, "category"), text("C"));
    EXPECT_EQ(*find(nextjs.entries, "excerpt"), text("S"));
    EXPECT_NE(find(nextjs.entries, "coverImage"), nullptr);
}

TEST(FrontMatterForProfile, LeavesAJekyllDraftToItsFolderAndHugosDraftAlwaysWritten) {
    const StyledFrontMatter jekyll =
        front_matter_for_profile(every_field(), *find_engine_profile("jekyll"));
    EXPECT_EQ(find(jekyll.entries, "draft"), nullptr);
    EXPECT_EQ(find(jekyll.entries, "published"), nullptr);
    EXPECT_EQ(*find(jekyll.entries, "excerpt"), text("S"));
    EXPECT_EQ(*find(jekyll.entries, "last_modified_at"), date_value(ymd(2024, 2, 3)));

    Meta published = every_field();
    published.draft = false;
    const StyledFrontMatter hugo =
        front_matter_for_profile(published, *find_engine_profile("hugo"));
    EXPECT_EQ(*find(hugo.entries, "draft"), boolean(false));
    // PaperMod's cover map, last, for TOML's `[cover]` table.
    EXPECT_EQ(hugo.entries.back().first, "cover");
    EXPECT_EQ(*find(hugo.entries, "author"), text("Ana"));
}

TEST(FrontMatterForProfile, WritesAnExpiryDateUnderHugosNameEverywhere) {
    Meta meta = every_field();
    meta.expires = ymd(2030, 1, 1);
    for (const EngineProfile& profile : engine_profiles()) {
        const StyledFrontMatter styled = front_matter_for_profile(meta, profile);
        ASSERT_NE(find(styled.entries, "expiryDate"), nullptr) << profile.name;
        EXPECT_EQ(*find(styled.entries, "expiryDate"), date_value(ymd(2030, 1, 1))) << profile.name;
        const bool named = std::find(styled.kept_as_extra.begin(), styled.kept_as_extra.end(),
                                     "expiryDate") != styled.kept_as_extra.end();
        EXPECT_EQ(named, profile.name != "hugo") << profile.name;
    }
}

TEST(FrontMatterForProfile, ReadsBackAsTheSameMetaWithTheTargetsProfile) {
    for (const EngineProfile& profile : engine_profiles()) {
        Meta meta = every_field();
        // A draft in Jekyll is one by its folder, which this test has none of.
        if (profile.name == "jekyll") meta.draft = false;
        const StyledFrontMatter styled = front_matter_for_profile(meta, profile);
        FrontMatter fm;
        fm.entries = styled.entries;
        fm.positions.resize(fm.entries.size());
        Diagnostics diagnostics;
        const Meta back = map_front_matter(fm, profile, SourceText("p.md", ""), diagnostics);
        EXPECT_TRUE(diagnostics.items().empty()) << profile.name << printed(diagnostics);
        EXPECT_EQ(back.title, meta.title) << profile.name;
        EXPECT_EQ(back.date, meta.date) << profile.name;
        EXPECT_EQ(back.tags, meta.tags) << profile.name;
        EXPECT_EQ(back.authors, meta.authors) << profile.name;
        EXPECT_EQ(back.draft, meta.draft) << profile.name;
        EXPECT_EQ(back.guid, meta.guid) << profile.name;
        EXPECT_EQ(back.description, meta.description) << profile.name;
        ASSERT_TRUE(back.cover) << profile.name;
        EXPECT_EQ(back.cover->source, "x.png") << profile.name;
        // A field kept under folio's name comes back as that extra key; the others as fields.
        const auto kept = [&](std::string_view name) {
            return std::find(styled.kept_as_extra.begin(), styled.kept_as_extra.end(), name) !=
                   styled.kept_as_extra.end();
        };
        EXPECT_EQ(back.summary.empty(), kept("summary")) << profile.name;
        EXPECT_EQ(back.categories.empty(), kept("categories")) << profile.name;
        EXPECT_EQ(!back.updated, kept("updated")) << profile.name;
        EXPECT_EQ(back.slug.empty(), kept("slug")) << profile.name;
        EXPECT_NE(find(back.extra, "series"), nullptr) << profile.name;
    }
}

}  // namespace
}  // namespace folio
