#include "src/pipeline/config.hpp"

#include <gtest/gtest.h>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

TEST(LoadConfig, ReadsEveryKeyAndResolvesStaticBesideTheFile) {
    const TempDir dir;
    const std::string path = dir.write("site/folio.toml",
                                       "title = \"Mijn blog\"\n"
                                       "base_url = \"https://example.org/\"\n"
                                       "author = \"An\"\n"
                                       "language = \"nl\"\n"
                                       "time_zone = \"Europe/Amsterdam\"\n"
                                       "style = \"a\"\n"
                                       "static = \"static\"\n");
    Diagnostics diagnostics;
    const Result<Config> config = load_config(path, diagnostics);
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->title, "Mijn blog");
    EXPECT_EQ(config->base_url, "https://example.org/");
    EXPECT_EQ(config->language, "nl");
    EXPECT_EQ(config->time_zone, "Europe/Amsterdam");
    EXPECT_EQ(config->style, FrontMatterStyle::a);
    EXPECT_EQ(config->static_dir, (dir.path() / "site/static").generic_string());
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(LoadConfig, WarnsAboutUnknownKeys) {
    const TempDir dir;
    const std::string path = dir.write("folio.toml", "titel = \"typo\"\n[epub]\norder = \"date\"\n");
    Diagnostics diagnostics;
    ASSERT_TRUE(load_config(path, diagnostics).ok());
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "config.unknown-key");
    EXPECT_EQ(diagnostics.items()[0].line, 1u);
}

TEST(LoadConfig, ReportsSyntaxErrorsWithPosition) {
    const TempDir dir;
    const std::string path = dir.write("folio.toml", "title = \"ok\"\nbase_url = \n");
    Diagnostics diagnostics;
    const Result<Config> config = load_config(path, diagnostics);
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, "config.syntax");
    EXPECT_EQ(config.error().line, 2u);
}

TEST(LoadConfig, RejectsAnUnknownStyle) {
    const TempDir dir;
    const std::string path = dir.write("folio.toml", "style = \"c\"\n");
    Diagnostics diagnostics;
    const Result<Config> config = load_config(path, diagnostics);
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(format_diagnostic(config.error()),
              path + ":1:9: error: style must be \"a\" or \"b\", not \"c\" [config.style]\n"
                     "    style = \"c\"\n"
                     "            ^\n");
}

TEST(LoadConfig, AMissingExplicitFileIsAnError) {
    Diagnostics diagnostics;
    const Result<Config> config = load_config("/nonexistent/folio.toml", diagnostics);
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, "input.unreadable");
}

}  // namespace
}  // namespace folio
