#include "formats/html/rebuild_plan.hpp"

#include <gtest/gtest.h>

#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::entry;

// A plan and its feed flags, kept together so a view of them stays valid.
struct Planned {
    SitePlan plan;
    std::vector<bool> in_feed;
    PlanView view() const { return {&plan, &in_feed}; }
};

Planned planned(std::vector<SiteEntry> entries, std::vector<bool> in_feed = {}) {
    Planned p;
    in_feed.resize(entries.size(), false);
    p.in_feed = std::move(in_feed);
    p.plan = plan_site(std::move(entries));
    return p;
}

// Five articles a day apart, a..e oldest to newest, all tagged `x` but `e`.
std::vector<SiteEntry> five() {
    return {entry("a", "2025-01-01", {"x"}), entry("b", "2025-01-02", {"x"}),
            entry("c", "2025-01-03", {"x"}), entry("d", "2025-01-04", {"x"}),
            entry("e", "2025-01-05")};
}

TEST(RebuildPlan, ABodyEditRemakesOnlyItsOwnPage) {
    const Planned before = planned(five());
    const Planned after = planned(five());
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {2}, 5);
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{2}));
    EXPECT_FALSE(changes.lists);
    EXPECT_FALSE(changes.feeds);
    EXPECT_TRUE(changes.removed.empty());
    EXPECT_TRUE(changes.link_targets.empty());
}

TEST(RebuildPlan, ATitleEditRemakesTheListsTheNeighboursAndThePagesThatListItAsRelated) {
    const Planned before = planned(five());
    std::vector<SiteEntry> edited = five();
    edited[2].title = "A new title";
    const Planned after = planned(edited);
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {2}, 5);
    // b and d are c's neighbours; a shares tag x with c and lists it as related; e has no tag
    // and is not next to c.
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_TRUE(changes.lists);
    EXPECT_FALSE(changes.feeds);
}

// A shown draft published (or made a draft again): its mark in the lists, and the sitemap and
// search index that leave drafts out, change with it.
TEST(RebuildPlan, ADraftPublishedRemakesTheLists) {
    std::vector<SiteEntry> drafted = five();
    drafted[2].draft = true;
    const Planned before = planned(drafted);
    const Planned after = planned(five());
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {2}, 5);
    EXPECT_TRUE(changes.lists);
    EXPECT_TRUE(plan_rebuild(after.view(), before.view(), {2}, 5).lists);
}

TEST(RebuildPlan, WithoutRelatedPostsATitleEditRemakesOnlyTheNeighbours) {
    const Planned before = planned(five());
    std::vector<SiteEntry> edited = five();
    edited[2].title = "A new title";
    const Planned after = planned(edited);
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {2}, 0);
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{1, 2, 3}));
}

TEST(RebuildPlan, AnEditToAnArticleInTheFeedsRewritesThem) {
    const std::vector<bool> newest_two{false, false, false, true, true};
    const Planned before = planned(five(), newest_two);
    const Planned after = planned(five(), newest_two);
    EXPECT_TRUE(plan_rebuild(before.view(), after.view(), {4}, 5).feeds);
    EXPECT_FALSE(plan_rebuild(before.view(), after.view(), {0}, 5).feeds);
}

TEST(RebuildPlan, ADeletedArticleIsRemovedAndEveryPageThatLinkedItIsRemade) {
    const Planned before = planned(five(), {false, false, false, true, true});
    std::vector<SiteEntry> rest = five();
    rest.erase(rest.begin() + 3);  // d
    const Planned after = planned(rest, {false, false, true, true});
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {}, 5);
    EXPECT_EQ(changes.removed, (std::vector<std::string>{"posts/d/index.html"}));
    // a, b (related through x), c (d's older neighbour, now next to e) and e (d's newer one).
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_TRUE(changes.lists);
    EXPECT_TRUE(changes.feeds);
    EXPECT_EQ(changes.link_targets, (std::vector<std::string>{"/posts/d/"}));
}

TEST(RebuildPlan, ANewDateMovesTheArticleAndRemakesOldAndNewNeighbours) {
    const Planned before = planned(five());
    std::vector<SiteEntry> moved = five();
    moved[0].date = parse_date("2025-01-10");
    moved[0].instant = to_unix_seconds(*moved[0].date);  // a is now the newest
    const Planned after = planned(moved);
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {0}, 0);
    // a itself, b (a's old newer neighbour, now the oldest) and e (a's new older neighbour).
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{0, 1, 4}));
    EXPECT_TRUE(changes.lists);
}

TEST(RebuildPlan, ANewArticleIsMadeWithItsNeighbourAndTheLists) {
    const Planned before = planned(five());
    std::vector<SiteEntry> more = five();
    more.push_back(entry("f", "2025-01-06"));
    const Planned after = planned(more);
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {5}, 5);
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{4, 5}));
    EXPECT_TRUE(changes.lists);
    EXPECT_EQ(changes.link_targets, (std::vector<std::string>{"/posts/f/"}));
}

TEST(RebuildPlan, ANewSpellingOfATagRemakesEveryPageThatNamesIt) {
    std::vector<SiteEntry> entries = five();
    const Planned before = planned(entries);
    // The newest article's spelling names the tag.
    entries[3].tags = {"X"};
    const Planned after = planned(entries);
    const SiteChanges changes = plan_rebuild(before.view(), after.view(), {3}, 0);
    // d changed; a, b and c link the tag under its new name; c and e are d's neighbours.
    EXPECT_EQ(changes.pages, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

}  // namespace
}  // namespace folio::html
