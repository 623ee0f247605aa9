#include "cli/usage.hpp"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <array>

#include "cli/config_tables.hpp"
#include "cli/terminal.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::cli {
namespace {

using testing::TempDir;

// An app shaped like folio's: a command with a few options.
struct App {
    CLI::App app{"folio"};
    CLI::App* epub = nullptr;
    std::string title;
    std::string config;
    std::string order = "date";
    bool drafts = false;
    bool toc = true;

    App() {
        epub = app.add_subcommand("epub", "a book");
        epub->add_option("--title", title);
        epub->add_option("--config", config);
        epub->add_option("--order", order)->check(CLI::IsMember({"date", "title"}));
        epub->add_flag("--drafts", drafts);
        epub->add_flag_callback("--no-toc", [this] { toc = false; });
        app.add_subcommand("feed", "a feed");
    }
};

TEST(Usage, NamesTheCommandAUserAskedFor) {
    std::array<char*, 4> argv{const_cast<char*>("folio"), const_cast<char*>("-q"),
                              const_cast<char*>("epbu"), const_cast<char*>("x.md")};
    EXPECT_EQ(requested_command(4, argv.data()), "epbu");
    std::array<char*, 2> bare{const_cast<char*>("folio"), const_cast<char*>("--version")};
    EXPECT_EQ(requested_command(2, bare.data()), "");
}

TEST(Usage, FindsCommandsByNameWithoutThrowing) {
    App app;
    EXPECT_EQ(command_named(app.app, "epub"), app.epub);
    EXPECT_EQ(command_named(app.app, "serve"), nullptr);
}

TEST(Usage, SuggestsTheNearestOptionOfTheRunningCommand) {
    App app;
    EXPECT_EQ(unknown_options_message(app.app, app.epub,
                                      "The following arguments were not expected: x --titel"),
              "folio epub: error: unknown option '--titel'; did you mean '--title'?\n"
              "folio epub: error: unexpected argument 'x'\n"
              "Run 'folio help epub' for the options.\n");
}

TEST(ConfigTables, GiveTheRunningCommandWhatTheCommandLineDidNot) {
    const TempDir dir;
    const std::string config = dir.write(
        "folio.toml", "[epub]\ntitle = \"From the table\"\ndrafts = true\norder = \"title\"\n");
    App app;
    const std::array<const char*, 6> argv{"folio", "epub", "--config", config.c_str(),
                                          "--order", "date"};
    app.app.parse(static_cast<int>(argv.size()), argv.data());
    EXPECT_TRUE(apply_config_tables(app.app, *app.epub));
    EXPECT_EQ(app.title, "From the table");
    EXPECT_TRUE(app.drafts);
    EXPECT_EQ(app.order, "date");  // the command line wins
}

TEST(ConfigTables, RefuseAValueTheOptionRefuses) {
    const TempDir dir;
    const std::string config = dir.write("folio.toml", "[epub]\norder = \"random\"\n");
    App app;
    const std::array<const char*, 4> argv{"folio", "epub", "--config", config.c_str()};
    app.app.parse(static_cast<int>(argv.size()), argv.data());
    ::testing::internal::CaptureStderr();
    EXPECT_FALSE(apply_config_tables(app.app, *app.epub));
    flush_diagnostics();
    const std::string printed = ::testing::internal::GetCapturedStderr();
    EXPECT_NE(printed.find("folio.toml:2:9: error: 'order' in [epub]"), std::string::npos)
        << printed;
}

TEST(ConfigTables, ReadAFalseSettingAsTheOptionThatTurnsItOff) {
    const TempDir dir;
    const std::string off = dir.write("off/folio.toml", "[epub]\ntoc = false\n");
    App app;
    const std::array<const char*, 4> argv{"folio", "epub", "--config", off.c_str()};
    app.app.parse(static_cast<int>(argv.size()), argv.data());
    ::testing::internal::CaptureStderr();
    EXPECT_TRUE(apply_config_tables(app.app, *app.epub));
    flush_diagnostics();
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
    EXPECT_FALSE(app.toc);

    // `toc = true` is the default: nothing to do, and no "not an option" warning.
    const std::string on = dir.write("on/folio.toml", "[epub]\ntoc = true\n");
    App other;
    const std::array<const char*, 4> argv_on{"folio", "epub", "--config", on.c_str()};
    other.app.parse(static_cast<int>(argv_on.size()), argv_on.data());
    ::testing::internal::CaptureStderr();
    EXPECT_TRUE(apply_config_tables(other.app, *other.epub));
    flush_diagnostics();
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
    EXPECT_TRUE(other.toc);
}

}  // namespace
}  // namespace folio::cli
