#include "formats/migrate/migrate_site_config.hpp"

#include <algorithm>
#include <filesystem>

#include "formats/migrate/migrate_job.hpp"
#include "src/engine/engine_site_config.hpp"
#include "src/web/url.hpp"

namespace folio {

std::string_view user_site_configuration(const EngineProfile& target, const std::string& output) {
    for (const std::string_view name : engine_config_file_names(target)) {
        std::error_code error;
        if (std::filesystem::exists(std::filesystem::path(output) / std::string(name), error))
            return name;
    }
    return {};
}

bool site_page_layout_in_use(const EngineProfile& target, const MigrateJob& job) {
    const std::string_view layout = target.output.site_page_layout;
    if (!job.site || layout.empty()) return false;
    // A configuration there already is the user's unless folio wrote it with this layout; the
    // user's own layouts would not know ours.
    std::error_code error;
    return user_site_configuration(target, job.output).empty() ||
           std::filesystem::is_regular_file(
               std::filesystem::path(job.output) / std::string(layout), error);
}

std::vector<OutputFile> migrate_site_config(const EngineProfile& target, const MigrateJob& job,
                                            const SourceSite& source,
                                            const RedirectOutputs& redirects,
                                            std::span<const ArticleUrls> urls,
                                            const std::set<std::string>& custom_keys,
                                            Diagnostics& diagnostics) {
    if (const std::string_view name = user_site_configuration(target, job.output);
        !name.empty()) {
        diagnostics.report(Diagnostic{Severity::note,
                                      "migrate.site.kept",
                                      "--site writes no configuration: '" + std::string(name) +
                                          "' is there already, and the site is yours",
                                      job.output,
                                      0,
                                      0,
                                      {}});
        return {};
    }
    SiteConfigOptions options;
    // The old site's address, title and language, where its configuration says them: the
    // migrated site is the same blog.
    if (!source.config.base_url.empty()) options.base_url = source.config.base_url;
    if (!job.base_url.empty()) options.base_url = job.base_url;
    options.title = source.config.title;
    options.language = source.config.language;
    if (target.translations_in_file_name && source.config.languages.size() > 1) {
        options.languages.assign(source.config.languages.begin(), source.config.languages.end());
        options.default_language = source.config.default_language;
        options.default_language_in_subdir = source.config.default_language_in_subdir;
    }
    // In the placeholders `engine_site_config` reads, the URLs `new_url_rules` gives.
    if (target.name == "hugo") options.permalink = "/posts/:filename/";
    else if (target.name == "jekyll") options.permalink = "/:year/:month/:day/:slug/";
    else if (target.name == "astro") options.permalink = "/blog/:slug/";
    else options.permalink = "/posts/:slug/";
    if (!job.permalink.empty()) options.permalink = job.permalink;
    options.section = target.name == "astro" ? "blog" : "posts";
    options.custom_keys.assign(custom_keys.begin(), custom_keys.end());
    const bool engine_form =
        std::find(job.redirects.begin(), job.redirects.end(), "engine") != job.redirects.end();
    options.redirect_form = engine_form ? SiteRedirectForm::engine : SiteRedirectForm::none;
    if (engine_form && redirects.front_matter_key.empty()) {
        // The list the rule files hold: none where the URL stays, one per old URL. Its
        // warnings were given with the rule files.
        Diagnostics said_already;
        // Eleventy and Astro write each redirect page at `from` as a file name, so it is
        // decoded, as Hugo's aliases are: `/2020/06/%e6%97%a5/` made a folder of that name,
        // which the server never finds for the request it decodes to `/2020/06/日/`.
        for (Redirect& r : redirects_from(urls, said_already))
            options.redirects.push_back({percent_decode(r.from), std::move(r.to)});
    }
    return engine_site_config(target, options);
}

}  // namespace folio
