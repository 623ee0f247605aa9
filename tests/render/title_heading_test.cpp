#include <gtest/gtest.h>

#include "src/render/title_heading.hpp"

namespace folio {
namespace {

Article with_heading(std::string title, std::string heading, int level = 1) {
    Article a;
    a.meta.title = std::move(title);
    a.body.push_back(Block{Heading{level, {Inline{Text{std::move(heading)}}}, false}, {}});
    a.body.push_back(Block{Paragraph{{Inline{Text{"Body."}}}}, {}});
    return a;
}

TEST(TitleHeading, LeavesOutAFirstH1ThatRepeatsTheTitleIgnoringCaseAndSpaces) {
    const Article a = with_heading("Why It's  Late", "why it's late");
    EXPECT_TRUE(starts_with_title_heading(a));
    ASSERT_EQ(body_without_title_heading(a).size(), 1u);
    EXPECT_TRUE(std::holds_alternative<Paragraph>(body_without_title_heading(a)[0].node));
}

TEST(TitleHeading, KeepsOtherHeadingsAndATitleTakenFromTheHeading) {
    EXPECT_FALSE(starts_with_title_heading(with_heading("Title", "Another")));
    EXPECT_FALSE(starts_with_title_heading(with_heading("Title", "Title", 2)));
    Article from_heading = with_heading("Title", "Title");
    from_heading.source.title_origin = TitleOrigin::heading;
    EXPECT_FALSE(starts_with_title_heading(from_heading));
    EXPECT_EQ(body_without_title_heading(from_heading).size(), 2u);
}

}  // namespace
}  // namespace folio
