#include "src/verify/verify_site.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "src/verify/page_links.hpp"
#include "src/verify/redirect_files.hpp"
#include "src/verify/site_base_url.hpp"

namespace folio::verify {

namespace {

// Runs `work(i)` for every i < count on `threads` workers (0: one per core).
template <typename Work>
void for_each_index(std::size_t count, unsigned threads, const Work& work) {
    unsigned workers = threads != 0 ? threads : std::max(1U, std::thread::hardware_concurrency());
    workers = static_cast<unsigned>(std::min<std::size_t>(workers, std::max<std::size_t>(count, 1)));
    std::atomic<std::size_t> next{0};
    const auto run = [&] {
        for (std::size_t i = next++; i < count; i = next++) work(i);
    };
    std::vector<std::jthread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(run);
    run();
}

// A page of `size` bytes read in one call, with no stream buffer to copy out of.
bool read_page(const std::string& path, std::uintmax_t size, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return !in.bad();
}

std::string outcome_message(const OldUrlCheck& check) {
    const Resolution& r = check.resolution;
    const std::string chain = r.chain(check.path);
    switch (r.outcome) {
        case Outcome::page:
        case Outcome::external: return {};
        case Outcome::missing:
            return r.hops.empty() ? "reaches no page: no file and no redirect for '" + check.path + "'"
                                  : "reaches no page: " + chain + ", where there is no file and no redirect";
        case Outcome::gone: return "reaches no page: answered " + std::to_string(r.hops.back().status) +
                                   " by " + r.hops.back().via;
        case Outcome::loop: return "redirect loop: " + chain;
        case Outcome::too_long:
            return "more than " + std::to_string(kMaxRedirects) + " redirects: " + chain;
    }
    return {};
}

// With a new URL listed for the old one (a CSV's second column): empty when both reach the
// same page, else why not.
std::string expected_page_problem(const OldUrlCheck& check, const UrlResolver& resolver) {
    if (check.old.expected.empty() || check.resolution.outcome != Outcome::page) return {};
    const std::string listed = " (listed at " + check.old.source + ':' + std::to_string(check.old.line) + ')';
    const std::optional<SiteTarget> target = site_target(check.old.expected, "/", resolver.address());
    if (!target) return {};  // another host: nothing on this site to compare with
    const Resolution expected = resolver.resolve(target->path);
    if (expected.outcome != Outcome::page)
        return "its new URL '" + check.old.expected + "' reaches no page" + listed;
    if (expected.file == check.resolution.file) return {};
    return "reaches " + check.resolution.file + ", not " + expected.file + ", the page of its new URL '" +
           check.old.expected + "'" + listed;
}

// The site's own redirect files, at its root, then the ones named.
std::vector<RedirectRule> read_rules(const VerifyOptions& options, Diagnostics& diagnostics) {
    std::vector<std::string> files;
    for (const char* own : {"_redirects", ".htaccess", "vercel.json"}) {
        const std::filesystem::path path = std::filesystem::path(options.new_site) / own;
        std::error_code error;
        if (std::filesystem::is_regular_file(path, error)) files.push_back(path.string());
    }
    files.insert(files.end(), options.redirect_files.begin(), options.redirect_files.end());
    std::vector<RedirectRule> rules;
    for (const std::string& file : files) {
        std::vector<RedirectRule> more = read_redirect_file(file, diagnostics);
        for (RedirectRule& rule : more)
            if (options.cloudflare && rule.kind == PatternKind::placeholders) rule.before_files = true;
        std::move(more.begin(), more.end(), std::back_inserter(rules));
    }
    return rules;
}

}  // namespace

Result<VerifyResult> verify_site(const VerifyOptions& options, Diagnostics& diagnostics) {
    std::string base_url = options.base_url;
    if (base_url.empty()) {
        base_url = base_url_from_sitemap(options.new_site);
        if (!base_url.empty()) {
            diagnostics.report(Diagnostic{Severity::note, "verify.base-url",
                                          "the site's address is taken as " + base_url +
                                              " (from its sitemap; --base-url sets it)",
                                          options.new_site, 0, 0, {}});
        }
    }
    const std::optional<SiteAddress> address = SiteAddress::from_url(base_url);
    if (!address) {
        return Diagnostic{Severity::error, "verify.base-url",
                          "--base-url must be an absolute http(s) URL, like https://example.org/", "", 0, 0, {}};
    }
    Result<BuiltSite> read = BuiltSite::read(options.new_site);
    if (!read) return read.error();
    const BuiltSite& site = *read;
    VerifyResult result;

    // Every page parsed once, in parallel: links, ids, and whether it is a redirect page.
    std::vector<std::string> page_files;
    for (const std::string& file : site.files())
        if (is_html_file(file)) page_files.push_back(file);
    std::vector<ScannedPage> scans(page_files.size());
    std::vector<std::optional<Diagnostic>> scan_problems(page_files.size());
    for_each_index(page_files.size(), options.threads, [&](std::size_t i) {
        const std::string path = site.folder() + '/' + page_files[i];
        std::error_code error;
        const auto size = std::filesystem::file_size(path, error);
        std::string text;
        if (!error && size > kMaxPageBytes) {
            scan_problems[i] = Diagnostic{Severity::warning, "verify.page-too-large",
                                          "larger than " + std::to_string(kMaxPageBytes >> 20) +
                                              " MiB: not parsed, its links are not checked",
                                          path, 0, 0, {}};
        } else if (error || !read_page(path, size, text)) {
            scan_problems[i] = Diagnostic{Severity::warning, "verify.unreadable", "cannot read the page", path, 0, 0, {}};
        } else {
            scans[i] = scan_html_page(text);
        }
    });
    std::unordered_map<std::string, ScannedPage> pages;
    pages.reserve(page_files.size());
    for (std::size_t i = 0; i < page_files.size(); ++i) {
        if (scan_problems[i]) diagnostics.report(*scan_problems[i]);
        pages.emplace(page_files[i], std::move(scans[i]));
    }
    result.pages = page_files.size();

    std::vector<RedirectRule> rules = read_rules(options, diagnostics);
    result.redirect_rules = rules.size();
    const UrlResolver resolver(site, pages, std::move(rules), *address);

    // Old URLs, in the order listed.
    if (!options.old_urls.empty()) {
        for (OldUrl& old : read_old_urls(options.old_urls, diagnostics)) {
            OldUrlCheck check;
            const std::optional<std::string> path = old_url_path(old.url, *address);
            check.old = std::move(old);
            if (!path) {
                diagnostics.report(Diagnostic{Severity::warning, "verify.old-urls",
                                              "not an http(s) URL nor a path: '" + check.old.url + "'",
                                              check.old.source, check.old.line, 0, {}});
                continue;
            }
            check.path = *path;
            check.resolution = resolver.resolve(check.path);
            result.old_urls.push_back(std::move(check));
        }
        std::size_t left_unknown = 0;
        for (const OldUrlCheck& check : result.old_urls)
            if (check.resolution.outcome == Outcome::external && address->host.empty()) ++left_unknown;
        if (left_unknown > 0) {
            // Hugo's alias pages name their target with the site's absolute URL: with no known
            // host they would all pass unchecked.
            diagnostics.report(Diagnostic{Severity::warning, "verify.base-url",
                                          std::to_string(left_unknown) +
                                              " old URLs redirect to absolute URLs, counted as leaving the "
                                              "site unchecked: give --base-url to follow the site's own",
                                          options.new_site, 0, 0, {}});
        }
        for (OldUrlCheck& check : result.old_urls) {
            if (!check.resolution.reached()) {
                diagnostics.report(Diagnostic{Severity::error, "verify.old-url", outcome_message(check),
                                              check.old.url, 0, 0, {}});
                continue;
            }
            if (std::string problem = expected_page_problem(check, resolver); !problem.empty()) {
                check.as_expected = false;
                diagnostics.report(Diagnostic{Severity::error, "verify.old-url", std::move(problem),
                                              check.old.url, 0, 0, {}});
                continue;
            }
            ++result.old_reaching;
            if (options.note_reaching) {
                const Resolution& r = check.resolution;
                diagnostics.report(Diagnostic{Severity::note, "verify.reaches",
                                              (r.outcome == Outcome::page ? "reaches " + r.file
                                                                          : "leaves the site for " + r.final_path) +
                                                  (r.hops.empty() ? std::string() : ": " + r.chain(check.path)),
                                              check.old.url, 0, 0, {}});
            }
        }
    }

    // Links inside the new site, in chunks of pages in parallel, each chunk remembering where
    // the paths it met went (pages share a stylesheet, a navigation, neighbours); reported in
    // page order.
    constexpr std::size_t kPagesPerChunk = 64;
    std::vector<PageLinks> checks(page_files.size());
    const std::size_t chunks = (page_files.size() + kPagesPerChunk - 1) / kPagesPerChunk;
    for_each_index(chunks, options.threads, [&](std::size_t chunk) {
        std::unordered_map<std::string, Resolution> resolved;
        const std::size_t last = std::min(page_files.size(), (chunk + 1) * kPagesPerChunk);
        for (std::size_t i = chunk * kPagesPerChunk; i < last; ++i) {
            checks[i] = check_page_links(page_files[i], pages.at(page_files[i]), pages, resolver, resolved,
                                         site.folder());
        }
    });
    for (PageLinks& check : checks) {
        result.links_checked += check.checked;
        result.links_external += check.external;
        result.links_broken += check.failures.size();
        for (Diagnostic& failure : check.failures) diagnostics.report(std::move(failure));
    }
    return result;
}

}  // namespace folio::verify
