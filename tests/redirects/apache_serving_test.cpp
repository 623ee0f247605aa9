// The .htaccess rules served by Debian's Apache 2.4 (skipped where it is not installed): every
// old URL, exact or folded, encoded or not, answers 301 with its new URL.

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>
#include <vector>

#include "src/redirects/htaccess_redirects.hpp"
#include "tests/redirects/http_get.hpp"
#include "tests/redirects/redirect_test_data.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

constexpr const char* kApache = "/usr/sbin/apache2";

TEST(ApacheServing, EveryOldUrlAnswersAPermanentRedirectToItsNewUrl) {
    if (!fs::exists(kApache)) GTEST_SKIP() << "needs Debian's apache2 (scripts/packages/test-redirects.txt)";
    auto redirects = testing::dated_redirects();
    redirects.push_back({"/2022/01/01/old-name/", "/posts/new-name/", "renamed.md"});
    redirects.push_back({"/about%20me.html", "/about/", "about.md"});
    redirects.push_back({"/q/%22x%22&%24/", "/posts/q%20&%241/", "q.md"});
    const FoldedRedirects folded = fold_redirects(redirects, testing::new_urls_of(redirects));
    ASSERT_EQ(folded.patterns.size(), 1u);

    testing::TempDir dir;
    const int port = testing::free_port();
    const std::string root = dir.path().string();
    dir.write("site/.htaccess", write_htaccess_redirects(folded).text);
    dir.write("site/posts/first/index.html", "first\n");
    const std::string modules = "/usr/lib/apache2/modules/";
    const std::string config = dir.write(
        "httpd.conf",
        "ServerRoot \"" + root + "\"\nListen 127.0.0.1:" + std::to_string(port) +
            "\nPidFile " + root + "/httpd.pid\nErrorLog " + root + "/error.log\n"
            "DefaultRuntimeDir " + root + "\n"
            "LoadModule mpm_event_module " + modules + "mod_mpm_event.so\n"
            "LoadModule authz_core_module " + modules + "mod_authz_core.so\n"
            "LoadModule alias_module " + modules + "mod_alias.so\n"
            "LoadModule dir_module " + modules + "mod_dir.so\n"
            "User nobody\nGroup nogroup\nServerName old.example\n"
            "DocumentRoot \"" + root + "/site\"\nDirectoryIndex index.html\n"
            "<Directory \"" + root + "/site\">\n  AllowOverride FileInfo\n  Require all granted\n"
            "</Directory>\n");
    // The server's user (nobody) must read the site, whatever the umask made of the folder.
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    // In the foreground (-X), as this test's child, so that it is reaped here.
    std::vector<std::string> args{kApache, "-f", config, "-X"};
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, kApache, nullptr, nullptr, argv.data(), environ), 0);
    for (int i = 0; i < 100 && testing::http_get(port, "/").empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // Apache names the host as the request did (no port), and escapes with lowercase hex.
    const std::string moved = "HTTP/1.1 301 Moved Permanently http://old.example";
    EXPECT_EQ(testing::http_get(port, "/2019/03/04/first/"), moved + "/posts/first/");
    EXPECT_EQ(testing::http_get(port, "/2020/05/06/second/?utm=x"), moved + "/posts/second/?utm=x");
    EXPECT_EQ(testing::http_get(port, "/2021/07/08/caf%C3%A9/"), moved + "/posts/caf%c3%a9/");
    EXPECT_EQ(testing::http_get(port, "/2022/01/01/old-name/"), moved + "/posts/new-name/");
    EXPECT_EQ(testing::http_get(port, "/about%20me.html"), moved + "/about/");
    EXPECT_EQ(testing::http_get(port, "/q/%22x%22&%24/"), moved + "/posts/q%20&$1/");
    EXPECT_EQ(testing::http_get(port, "/posts/first/"), "HTTP/1.1 200 OK");
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
}

}  // namespace
}  // namespace folio
