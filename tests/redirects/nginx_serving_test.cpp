// The nginx map and snippet served by Debian's nginx (skipped where it is not installed): every
// old URL, exact or folded, encoded or not, answers 301 with its new URL.

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/wait.h>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

#include "src/redirects/nginx_redirects.hpp"
#include "tests/redirects/http_get.hpp"
#include "tests/redirects/redirect_test_data.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNginx = "/usr/sbin/nginx";

// nginx started in the foreground on a configuration, as this test's child (so it is reaped
// here, not left to an init that may not reap), stopped when the test ends.
class Nginx {
public:
    Nginx(const fs::path& prefix, const fs::path& config) {
        const std::string prefix_text = prefix.string();
        const std::string config_text = config.string();
        std::vector<std::string> args{kNginx, "-p", prefix_text, "-c", config_text, "-g", "daemon off;"};
        std::vector<char*> argv;
        for (std::string& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        started_ = posix_spawn(&pid_, kNginx, nullptr, nullptr, argv.data(), environ) == 0;
    }
    ~Nginx() {
        if (!started_) return;
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    Nginx(const Nginx&) = delete;
    Nginx& operator=(const Nginx&) = delete;
    bool started() const { return started_; }

private:
    pid_t pid_ = 0;
    bool started_ = false;
};

TEST(NginxServing, EveryOldUrlAnswersAPermanentRedirectToItsNewUrl) {
    if (!fs::exists(kNginx)) GTEST_SKIP() << "needs Debian's nginx (scripts/packages/test-redirects.txt)";
    auto redirects = testing::dated_redirects();
    redirects.push_back({"/2022/01/01/old-name/", "/posts/new-name/", "renamed.md"});
    redirects.push_back({"/about%20me.html", "/about/", "about.md"});
    const FoldedRedirects folded = fold_redirects(redirects, testing::new_urls_of(redirects));
    ASSERT_EQ(folded.patterns.size(), 1u);
    const NginxRedirects nginx = write_nginx_redirects(folded);

    testing::TempDir dir;
    const int port = testing::free_port();
    dir.write("redirects-map.conf", nginx.map.text);
    dir.write("redirects-server.conf", nginx.server_snippet);
    dir.write("site/posts/first/index.html", "first\n");
    const std::string root = dir.path().string();
    const std::string config = dir.write(
        "nginx.conf",
        "pid " + root + "/nginx.pid;\nerror_log " + root + "/error.log;\nevents {}\nhttp {\n"
        "  access_log off;\n  include " + root + "/redirects-map.conf;\n"
        "  server {\n    listen 127.0.0.1:" + std::to_string(port) + ";\n    root " + root +
        "/site;\n    include " + root + "/redirects-server.conf;\n  }\n}\n");
    const Nginx server(dir.path(), config);
    ASSERT_TRUE(server.started());
    for (int i = 0; i < 50 && testing::http_get(port, "/").empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const std::string site = "http://old.example:" + std::to_string(port);
    EXPECT_EQ(testing::http_get(port, "/2019/03/04/first/"), "HTTP/1.1 301 Moved Permanently " + site + "/posts/first/");
    EXPECT_EQ(testing::http_get(port, "/2020/05/06/second/?utm=x"),
              "HTTP/1.1 301 Moved Permanently " + site + "/posts/second/?utm=x");
    EXPECT_EQ(testing::http_get(port, "/2021/07/08/caf%C3%A9/"),
              "HTTP/1.1 301 Moved Permanently " + site + "/posts/caf%C3%A9/");
    EXPECT_EQ(testing::http_get(port, "/2022/01/01/old-name/"),
              "HTTP/1.1 301 Moved Permanently " + site + "/posts/new-name/");
    EXPECT_EQ(testing::http_get(port, "/about%20me.html"), "HTTP/1.1 301 Moved Permanently " + site + "/about/");
    EXPECT_EQ(testing::http_get(port, "/posts/first/"), "HTTP/1.1 200 OK");
}

}  // namespace
}  // namespace folio
