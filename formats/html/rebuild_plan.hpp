#pragma once

// Which files of a built site an edit changes, from the site's plan before and after it: what
// `folio serve` rewrites after a save instead of the whole site. Pure: plans in, a list out.

#include <cstddef>
#include <string>
#include <vector>

#include "formats/html/html_site.hpp"

namespace folio::html {

/// A site's plan with what else decides its pages: which entries are in the feeds.
struct PlanView {
    const SitePlan* plan = nullptr;
    const std::vector<bool>* in_feed = nullptr;  ///< per entry of `plan`
};

/// What a rebuild rewrites.
struct SiteChanges {
    /// Entries of the new plan whose article page is made again, ascending: the edited ones,
    /// new ones, and those whose page shows something that changed (their neighbours' titles
    /// and places, related posts, a tag's spelling).
    std::vector<std::size_t> pages;
    /// Page files of the old plan that no article has any more (deleted, left out, moved to
    /// another permalink), sorted.
    std::vector<std::string> removed;
    /// The index, tag, category and archive pages and the sitemap: an entry's place, title,
    /// date, summary, tags, categories or language changed, or one came or went.
    bool lists = false;
    /// `feed.xml` and `atom.xml`: an entry in them changed or they hold other entries.
    bool feeds = false;
    /// Addresses (permalinks, old permalinks) and source names (`post` of `post.md`) that now
    /// lead elsewhere or nowhere: a body linking to one is written differently, so the caller
    /// also remakes the pages whose source mentions one (the plans do not know the bodies).
    std::vector<std::string> link_targets;
};

/// Compares `before` and `after`: `edited` are entries of `after` whose file changed (their
/// page is always made again, their body may have changed); `related` is the site's number of
/// related posts. Entries are matched by their page file.
SiteChanges plan_rebuild(const PlanView& before, const PlanView& after,
                         const std::vector<std::size_t>& edited, std::size_t related);

}  // namespace folio::html
