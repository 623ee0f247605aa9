#include "src/verify/verify_site.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace folio::verify {
namespace {

namespace fs = std::filesystem;

fs::path fresh_folder(const char* name) {
    const fs::path folder = fs::path(testing::TempDir()) / "verify_site_test" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

void write(const fs::path& path, std::string_view text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> printed(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) out.push_back(format_diagnostic(d));
    return out;
}

TEST(VerifySite, ChecksLinksImagesAndFragmentsInsideTheSite) {
    const fs::path site = fresh_folder("links");
    write(site / "index.html",
          "<a href=\"posts/a/#intro\">a</a> <a href=\"/posts/a/#nowhere\">b</a>\n"
          "<img src=\"/img/missing.png\"> <a href=\"https://elsewhere.example/\">c</a>\n"
          "<a href=\"mailto:me@example.org\">m</a> <a href=\"#top\">top</a> <a href=\"/moved\">d</a>\n");
    write(site / "posts/a/index.html", "<h2 id=\"intro\">Intro</h2><link rel=\"stylesheet\" href=\"../../s.css\">");
    write(site / "s.css", "");
    write(site / "_redirects", "/moved /posts/a/\n");
    Diagnostics diagnostics;
    VerifyOptions options;
    options.new_site = site.string();
    const Result<VerifyResult> result = verify_site(options, diagnostics);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->pages, 2U);
    EXPECT_EQ(result->links_checked, 6U);
    EXPECT_EQ(result->links_external, 1U);
    EXPECT_EQ(result->links_broken, 2U);
    EXPECT_TRUE(result->failed());
    const std::string page = (site / "index.html").string();
    EXPECT_EQ(printed(diagnostics),
              (std::vector<std::string>{
                  page + ":1:40: error: broken fragment '/posts/a/#nowhere': no id 'nowhere' in "
                         "posts/a/index.html [verify.broken-fragment]\n"
                         "    <a href=\"posts/a/#intro\">a</a> <a href=\"/posts/a/#nowhere\">b</a>\n"
                         "                                           ^\n",
                  page + ":2:10: error: broken image '/img/missing.png' [verify.broken-link]\n"
                         "    <img src=\"/img/missing.png\"> <a href=\"https://elsewhere.example/\">c</a>\n"
                         "             ^\n"}));
}

TEST(VerifySite, FollowsOldUrlsAndSaysWhereEachOneFails) {
    const fs::path root = fresh_folder("old");
    const fs::path site = root / "new";
    write(site / "posts/a/index.html", "<p>a</p>");
    write(site / "2019/a/index.html",
          "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/posts/a/\">");
    write(root / "vercel.json", R"({"redirects": [{"source": "/blog/:slug", "destination": "/2019/:slug/"}]})");
    write(root / "old.txt", "https://old.example/blog/a\n/2019/a/\n/blog/b\n/never/\n");
    Diagnostics diagnostics;
    VerifyOptions options;
    options.new_site = site.string();
    options.old_urls = (root / "old.txt").string();
    options.redirect_files = {(root / "vercel.json").string()};
    options.base_url = "https://example.org/";
    const Result<VerifyResult> result = verify_site(options, diagnostics);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->old_urls.size(), 4U);
    EXPECT_EQ(result->old_reaching, 2U);
    EXPECT_EQ(result->old_urls[0].resolution.file, "posts/a/index.html");
    EXPECT_EQ(result->old_urls[0].resolution.hops.size(), 2U);
    const std::string vercel = (root / "vercel.json").string();
    EXPECT_EQ(printed(diagnostics),
              (std::vector<std::string>{
                  "/blog/b: error: reaches no page: /blog/b -> /2019/b/ (308 " + vercel +
                      ":1), where there is no file and no redirect [verify.old-url]\n",
                  "/never/: error: reaches no page: no file and no redirect for '/never/' [verify.old-url]\n"}));
    const std::string json = verify_report_json(*result, diagnostics);
    // With notes for the URLs that reach, each names its page and chain.
    options.note_reaching = true;
    Diagnostics noted;
    ASSERT_TRUE(verify_site(options, noted));
    EXPECT_EQ(format_diagnostic(noted.items()[0]),
              "https://old.example/blog/a: note: reaches posts/a/index.html: /blog/a -> /2019/a/ (308 " + vercel +
                  ":1) -> /posts/a/ (redirect page 2019/a/index.html) [verify.reaches]\n");
    EXPECT_NE(json.find("\"old_urls_failing\": 2"), std::string::npos);
    EXPECT_NE(json.find("\"via\": \"redirect page 2019/a/index.html\""), std::string::npos);
}

TEST(VerifySite, PassesASiteWhereEverythingResolves) {
    const fs::path site = fresh_folder("clean");
    write(site / "index.html", "<a href=\"a.html#x\">a</a>");
    write(site / "a.html", "<p id=\"x\">x</p><a href=\"/\">home</a>");
    Diagnostics diagnostics;
    VerifyOptions options;
    options.new_site = site.string();
    options.threads = 3;
    const Result<VerifyResult> result = verify_site(options, diagnostics);
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->failed());
    EXPECT_EQ(result->links_checked, 2U);
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(VerifySite, AppliesEveryRedirectRuleBeforeFilesOnCloudflare) {
    const fs::path root = fresh_folder("cloudflare");
    write(root / "site/kept/index.html", "<p>kept</p>");
    write(root / "site/posts/a/index.html", "<p>a</p>");
    write(root / "site/_redirects", "/kept/ /posts/a/\n");
    write(root / "old.txt", "/kept/\n");
    VerifyOptions options;
    options.new_site = (root / "site").string();
    options.old_urls = (root / "old.txt").string();
    Diagnostics diagnostics;
    EXPECT_EQ(verify_site(options, diagnostics)->old_urls[0].resolution.file, "kept/index.html");
    options.cloudflare = true;
    EXPECT_EQ(verify_site(options, diagnostics)->old_urls[0].resolution.file, "posts/a/index.html");
}

TEST(VerifySite, WarnsThatAbsoluteRedirectsGoUncheckedWithoutABaseUrl) {
    const fs::path root = fresh_folder("no-base");
    write(root / "site/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/gone/\">");
    write(root / "old.txt", "/old/\n");
    VerifyOptions options;
    options.new_site = (root / "site").string();
    options.old_urls = (root / "old.txt").string();
    Diagnostics diagnostics;
    EXPECT_FALSE(verify_site(options, diagnostics)->failed());
    EXPECT_EQ(printed(diagnostics),
              (std::vector<std::string>{options.new_site +
                                        ": warning: 1 old URLs redirect to absolute URLs, counted as leaving "
                                        "the site unchecked: give --base-url to follow the site's own "
                                        "[verify.base-url]\n"}));
    // With it, the redirect is followed, and fails.
    options.base_url = "https://example.org/";
    Diagnostics followed;
    EXPECT_TRUE(verify_site(options, followed)->failed());
}

TEST(VerifySite, ChecksThatEachOldUrlReachesThePageOfItsListedNewUrl) {
    const fs::path root = fresh_folder("csv");
    write(root / "site/posts/a/index.html", "<p>a</p>");
    write(root / "site/posts/b/index.html", "<p>b</p>");
    write(root / "site/_redirects", "/old-a /posts/a/\n/old-b /posts/a/\n");
    write(root / "old.csv", "old,new\n/old-a,/posts/a/\n/old-b,https://example.org/posts/b/\n/old-a,/posts/c/\n");
    VerifyOptions options;
    options.new_site = (root / "site").string();
    options.old_urls = (root / "old.csv").string();
    options.base_url = "https://example.org/";
    Diagnostics diagnostics;
    const Result<VerifyResult> result = verify_site(options, diagnostics);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->old_reaching, 1U);
    EXPECT_FALSE(result->old_urls[1].as_expected);
    const std::string csv = (root / "old.csv").string();
    EXPECT_EQ(printed(diagnostics),
              (std::vector<std::string>{
                  "/old-b: error: reaches posts/a/index.html, not posts/b/index.html, the page of its new URL "
                  "'https://example.org/posts/b/' (listed at " + csv + ":3) [verify.old-url]\n",
                  "/old-a: error: its new URL '/posts/c/' reaches no page (listed at " + csv + ":4) [verify.old-url]\n"}));
}

TEST(VerifySite, ResolvesRelativeLinksAgainstTheBaseElement) {
    const fs::path site = fresh_folder("base-element");
    write(site / "index.html", "<p id=\"home\">home</p>");
    write(site / "docs/img/a.png", "");
    write(site / "docs/guide/index.html",
          "<base href=\"/docs/\"><h2 id=\"setup\">Setup</h2>\n<img src=\"img/a.png\"> <a href=\"#setup\">setup</a>");
    Diagnostics diagnostics;
    VerifyOptions options;
    options.new_site = site.string();
    const Result<VerifyResult> result = verify_site(options, diagnostics);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->links_checked, 2U);
    // `#setup` goes to /docs/, as browsers resolve it against the base, where there is no page.
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].message, "broken link '#setup'");
    EXPECT_EQ(diagnostics.items()[0].line, 2U);
}

TEST(VerifySite, RefusesABaseUrlThatIsNoUrl) {
    Diagnostics diagnostics;
    VerifyOptions options;
    options.new_site = fresh_folder("base").string();
    options.base_url = "example.org";
    const Result<VerifyResult> result = verify_site(options, diagnostics);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "verify.base-url");
}

}  // namespace
}  // namespace folio::verify
