#include "cli/serve_options.hpp"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include "tests/support/temp_dir.hpp"

namespace folio::cli {
namespace {

using testing::TempDir;

// folio's commands as far as folio.toml's tables go: serve, and html whose table serve reads.
struct ServeApp {
    CLI::App app{"folio"};
    CLI::App* serve = nullptr;
    ServeCommandOptions options;
    SiteCommandOptions html;

    ServeApp() {
        serve = app.add_subcommand("serve");
        add_serve_options(*serve, options);
        add_site_options(*app.add_subcommand("html"), html);
    }
};

// folio.toml saved while `folio serve` runs is applied again under the command line, as at
// start: its title and tables are the new ones, and what the command line gave still wins.
TEST(ServeOptions, ASavedFolioTomlIsReadAgainUnderTheCommandLine) {
    TempDir dir;
    const std::string config =
        dir.write("folio.toml", "title = \"First\"\n[serve]\npage_size = 3\nrelated = 4\n");
    ServeApp start;
    start.app.parse("serve posts -o site --config " + config + " --related 2", false);
    const GivenOptions given = given_options(*start.serve);

    Diagnostics problems;
    std::optional<ServeSettings> first = read_serve_settings(start.app, given, problems);
    ASSERT_TRUE(first) << problems.items().size();
    EXPECT_EQ(site_job(first->options.site, first->config).title, "First");
    EXPECT_EQ(first->options.site.page_size, 3U);
    EXPECT_EQ(first->options.site.related, 2U);  // the command line wins
    EXPECT_EQ(first->options.site.inputs, std::vector<std::string>{"posts"});
    EXPECT_EQ(first->options.site.output, "site");
    EXPECT_TRUE(first->options.site.publication.drafts);  // serve shows drafts

    dir.write("folio.toml", "title = \"Second\"\n[html]\ndrafts = false\n");
    std::optional<ServeSettings> second = read_serve_settings(start.app, given, problems);
    ASSERT_TRUE(second);
    EXPECT_EQ(site_job(second->options.site, second->config).title, "Second");
    EXPECT_EQ(second->options.site.page_size, html::kDefaultPageSize);  // gone from the file
    EXPECT_FALSE(second->options.site.publication.drafts);
    EXPECT_FALSE(problems.has_errors());
}

TEST(ServeOptions, AFolioTomlThatDoesNotReadIsAnErrorAtItsPlace) {
    TempDir dir;
    const std::string config = dir.write("folio.toml", "title = \"First\"\n");
    ServeApp start;
    start.app.parse("serve posts -o site --config " + config, false);
    dir.write("folio.toml", "title = \"First\n");
    Diagnostics problems;
    EXPECT_FALSE(read_serve_settings(start.app, given_options(*start.serve), problems));
    ASSERT_TRUE(problems.has_errors());
    EXPECT_EQ(format_diagnostic(problems.items().front()).rfind(config + ":1:", 0), 0U)
        << format_diagnostic(problems.items().front());

    // A value an option refuses, too.
    dir.write("folio.toml", "[serve]\npage_size = \"many\"\n");
    Diagnostics refused;
    EXPECT_FALSE(read_serve_settings(start.app, given_options(*start.serve), refused));
    ASSERT_TRUE(refused.has_errors());
    EXPECT_EQ(format_diagnostic(refused.items().front()).rfind(config + ":2:", 0), 0U)
        << format_diagnostic(refused.items().front());
}

}  // namespace
}  // namespace folio::cli
