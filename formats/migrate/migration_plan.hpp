#pragma once

// The first pass of a migration: where every article goes and what its old and new URLs
// are, decided before any is written, so that a link to an article later in the input is
// rewritten too.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/migrate/article_links.hpp"
#include "src/ast/article.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

struct MigrateJob;

/// Each article's old and new URL rules: the old ones by the source engine's rules when that
/// engine is known, else (`old_rules`: none) `--old-permalink` in folio's syntax or front
/// matter `url`.
struct UrlPlan {
    std::optional<UrlRules> old_rules;
    UrlRules new_rules;
};

/// Where an article goes, decided between the passes.
struct PlannedArticle {
    std::string source;
    bool draft = false;  ///< never published: its old URL is nobody's link
    std::string old_url;
    std::string old_query_url;  ///< an imported WordPress post's `/?p=123`, redirected too
    std::string new_path;
    std::string new_url;
};

/// Every article's place in the migrated site, by its place in the input. Holds references
/// to the job, the target and the URL rules, which must outlive it.
class MigrationPlan {
public:
    MigrationPlan(const MigrateJob& job, const EngineProfile& target, const UrlPlan& urls)
        : job_(job), target_(target), urls_(urls) {}

    /// Makes room for `count` articles (the input's files).
    void resize(std::size_t count) { articles_.resize(count); }

    /// Plans the article at `index` of the input; for a page of the site (`Meta::page`) found
    /// in the site's root, `page_root` is the folder its old URL is the path below.
    void add(std::size_t index, const Article& article, const std::string* page_root = nullptr);

    const PlannedArticle& at(std::size_t index) const { return articles_.at(index); }
    const std::vector<PlannedArticle>& articles() const { return articles_; }
    /// The old and new URLs of every article planned, for rewriting links.
    const ArticleIndex& index() const { return index_; }

    /// How the target's engine syntax names the article a source reference names: Hugo's
    /// `ref` takes the page's path in the content folder, Jekyll's `post_url` the post's file
    /// stem, Eleventy the new URL. Empty when the reference names no article of the migration
    /// or the target has no such call: the call is then left as written and warned about.
    std::string reference_in_target(std::string_view reference) const;

private:
    const MigrateJob& job_;
    const EngineProfile& target_;
    const UrlPlan& urls_;
    std::vector<PlannedArticle> articles_;
    ArticleIndex index_;
    // Each article's new path by the name references give it (`reference_name`).
    std::map<std::string, std::string, std::less<>> new_path_by_name_;
    std::map<std::string, std::string, std::less<>> new_url_by_path_;
};

}  // namespace folio
