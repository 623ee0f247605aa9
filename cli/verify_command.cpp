#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "src/output/output_file.hpp"
#include "src/verify/verify_site.hpp"

namespace folio::cli {

namespace {

struct VerifyCommandOptions {
    verify::VerifyOptions verify;
    std::string report;
    std::string host = "netlify";
};

std::string count(std::size_t n, const char* word, const char* plural) {
    return std::to_string(n) + ' ' + (n == 1 ? word : plural);
}

int run_verify(VerifyCommandOptions options, bool quiet) {
    options.verify.cloudflare = options.host == "cloudflare";
    Diagnostics diagnostics;
    Result<verify::VerifyResult> result = verify::verify_site(options.verify, diagnostics);
    if (!result) {
        diagnostics.report(result.error());
        print_diagnostics(diagnostics);
        flush_diagnostics();
        return kExitUsage;
    }
    print_diagnostics(diagnostics);
    flush_diagnostics();
    if (!options.report.empty()) {
        const std::string json = verify::verify_report_json(*result, diagnostics);
        if (const std::optional<Diagnostic> problem = write_file_atomically(options.report, json)) {
            std::cerr << format_diagnostic(*problem);
            return kExitUsage;
        }
    }
    const verify::VerifyResult& r = *result;
    // Inputs that could not be read (a missing sitemap, a broken vercel.json) make the run
    // unable to say "all reach": that is an error too.
    const std::size_t input_errors = diagnostics.count(Severity::error) -
                                     (r.old_urls.size() - r.old_reaching) - r.links_broken;
    if (!quiet) {
        std::cerr << "folio verify: ";
        if (!options.verify.old_urls.empty()) {
            std::cerr << count(r.old_urls.size(), "old URL", "old URLs") << ": " << r.old_reaching
                      << " reach a page, " << r.old_urls.size() - r.old_reaching << " fail; ";
        }
        std::cerr << count(r.pages, "page", "pages") << ", "
                  << count(r.links_checked, "link", "links") << " checked ("
                  << r.links_external << " external, not fetched), " << r.links_broken << " broken";
        if (r.redirect_rules > 0) std::cerr << "; " << count(r.redirect_rules, "redirect rule", "redirect rules");
        if (input_errors > 0) std::cerr << "; " << count(input_errors, "input error", "input errors");
        std::cerr << '\n';
    }
    return r.failed() || input_errors > 0 ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_verify_command(CLI::App& app) {
    auto options = std::make_shared<VerifyCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "verify",
        "Check that every old URL reaches a page of the new built site, through its redirects, "
        "and that its links, images and #fragments resolve (docs/verify.md)");
    command->add_option("--old", options->verify.old_urls,
                        "The old site's URLs: its sitemap.xml (or sitemap index), a list (one URL "
                        "or path per line), a CSV of old,new URLs or a folder holding a built copy of it");
    command->add_option("--new", options->verify.new_site,
                        "The new site as its engine built it (a folder of HTML); its own _redirects, "
                        ".htaccess and vercel.json are read")
        ->required();
    command->add_option("--redirects", options->verify.redirect_files,
                        "More redirect rules: _redirects (Netlify, Cloudflare Pages), netlify.toml, "
                        "vercel.json, .htaccess, nginx map (*.conf, *.map); repeatable, in order")
        ->allow_extra_args(false);
    command->add_option("--base-url", options->verify.base_url,
                        "The new site's URL, like https://example.org/blog/: absolute links and "
                        "redirects to it are the site's own");
    command->add_option("--host", options->host,
                        "How the host applies _redirects: netlify (a file at the path wins over "
                        "a rule not forced with !, the default) or cloudflare (rules always apply)")
        ->check(CLI::IsMember({"netlify", "cloudflare"}));
    command->add_option("--report", options->report, "Also write every result as JSON to this file");
    command->add_option("--threads", options->verify.threads, "Worker threads (default: one per core)");
    return [options, command] {
        const auto given = [command](const char* name) {
            const CLI::Option* option = command->get_parent()->get_option_no_throw(name);
            return option != nullptr && option->count() > 0;
        };
        VerifyCommandOptions run = *options;
        run.verify.note_reaching = given("--verbose") && !given("--quiet");
        return run_verify(std::move(run), given("--quiet"));
    };
}

}  // namespace folio::cli
