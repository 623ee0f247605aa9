#include "formats/migrate/migration_plan.hpp"

#include "formats/migrate/migrate_job.hpp"
#include "formats/migrate/target_layout.hpp"
#include "src/import/old_query_url.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio {

namespace {

// The name a Liquid or Hugo reference to a post comes down to: `post_url`'s
// `2010-07-21-name`, `link`'s `_posts/2010-07-21-name.md`, `ref`'s `posts/name.md` or a
// bundle's `posts/name/index.md` all name the file's stem (the bundle's folder).
std::string reference_name(std::string_view path) {
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    std::string_view name = path.substr(path.rfind('/') + 1);  // npos + 1 == 0
    const std::size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    if (name == "index" || name == "_index") {
        path = path.substr(0, path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/'));
        return reference_name(path);
    }
    return std::string(name);
}

}  // namespace

void MigrationPlan::add(std::size_t index, const Article& article, const std::string* page_root) {
    PlannedArticle& entry = articles_[index];
    entry.source = article.source.path;
    entry.draft = article.meta.draft;
    if (!article.source.old_url.empty()) {
        entry.old_url = article.source.old_url;  // an imported post's own old address
    } else if (urls_.old_rules) {
        entry.old_url = page_root ? urls_.old_rules->page_url_of(article, *page_root)
                                  : urls_.old_rules->url_of(article);
    } else {
        entry.old_url = job_.old_permalink.empty()
                            ? article.meta.url
                            : expand_permalink(job_.old_permalink, article, job_.section);
    }
    entry.old_query_url = old_query_url(article);
    entry.new_path = article_output_path(article, target_);
    entry.new_url = new_url(article, target_, urls_.new_rules);
    index_.add(article, entry.old_url, entry.new_url);
    new_path_by_name_.emplace(reference_name(article.source.path), entry.new_path);
    new_url_by_path_.emplace(entry.new_path, entry.new_url);
}

std::string MigrationPlan::reference_in_target(std::string_view reference) const {
    const auto found = new_path_by_name_.find(reference_name(reference));
    if (found == new_path_by_name_.end()) return {};
    std::string_view path = found->second;
    if (target_.name == "hugo") {
        if (path.starts_with("content/")) path.remove_prefix(8);
        if (path.ends_with("/index.md")) path.remove_suffix(9);
        else if (path.ends_with(".md")) path.remove_suffix(3);
        return '/' + std::string(path);
    }
    if (target_.name == "jekyll" && path.starts_with("_posts/")) {
        path.remove_prefix(7);
        return std::string(path.substr(0, path.rfind('.')));
    }
    // An engine without a reference tag (Eleventy) gets the article's new URL itself.
    if (target_.name == "eleventy") return new_url_by_path_.at(found->second);
    return {};
}

}  // namespace folio
