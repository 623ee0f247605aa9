#include "formats/migrate/migrate_redirects.hpp"

#include <algorithm>
#include <utility>

#include "formats/migrate/migrate_job.hpp"
#include "formats/migrate/target_layout.hpp"

namespace folio {

namespace {

bool wants_redirects(const MigrateJob& job, std::string_view form) {
    return std::find(job.redirects.begin(), job.redirects.end(), form) != job.redirects.end();
}

}  // namespace

PlannedRedirects plan_redirects(const std::vector<PlannedArticle>& articles,
                                const MigrateJob& job, const EngineProfile& target,
                                MigrateReport& report, Diagnostics& diagnostics) {
    PlannedRedirects planned;
    if (job.redirects.empty()) return planned;
    for (const PlannedArticle& entry : articles) {
        if (!entry.old_url.empty() && !entry.draft)
            planned.urls.push_back({entry.old_url, entry.new_url, entry.source});
        if (!entry.old_query_url.empty() && !entry.draft)
            planned.urls.push_back({entry.old_query_url, entry.new_url, entry.source});
    }
    report.old_urls = planned.urls.size();
    RedirectOptions options{std::string(target.name), job.old_base_url, job.base_url};
    planned.outputs = redirect_outputs(planned.urls, options, diagnostics);
    report.redirects = planned.outputs.redirects;
    if (!wants_redirects(job, "engine")) {
        planned.outputs.front_matter.clear();
        planned.outputs.pages.clear();
    }
    return planned;
}

std::vector<OutputFile> redirect_files(RedirectOutputs& outputs, const MigrateJob& job,
                                       const EngineProfile& target) {
    std::vector<OutputFile> files;
    if (job.redirects.empty()) return files;
    static constexpr std::pair<std::string_view, std::string_view> kFormOf[] = {
        {"_redirects", "netlify"},
        {"vercel.json", "vercel"},
        {".htaccess", "apache"},
        {"nginx-redirects.conf", "nginx"},
        {"nginx-redirects-server.conf", "nginx"},
        {"redirects.csv", "csv"},
    };
    const std::string folder = copied_as_is_folder(target);
    for (RedirectFile& page : outputs.pages)
        files.push_back({folder + page.path, std::move(page.text)});
    if (outputs.redirects == 0) return files;
    for (RedirectFile& file : outputs.rule_files) {
        for (const auto& [name, form] : kFormOf) {
            if (file.path == name && wants_redirects(job, form)) {
                files.push_back({folder + file.path, std::move(file.text)});
                break;
            }
        }
    }
    return files;
}

}  // namespace folio
