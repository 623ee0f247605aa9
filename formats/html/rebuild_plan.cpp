#include "formats/html/rebuild_plan.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "formats/html/related_posts.hpp"

namespace folio::html {

namespace {

using Match = std::optional<std::size_t>;

// What the list pages, the archive, the sitemap and the search index show of an entry (a
// draft's mark, or its absence from the sitemap and search; not its table of contents or its
// file's name).
bool same_in_lists(const SiteEntry& a, const SiteEntry& b) {
    return a.title == b.title && a.permalink == b.permalink && a.page_file == b.page_file &&
           a.date == b.date && a.updated == b.updated && a.instant == b.instant &&
           a.summary == b.summary && a.language == b.language && a.tags == b.tags &&
           a.categories == b.categories && a.draft == b.draft;
}

// The neighbour `step` places from `entry` in the site's order (+1 older, -1 newer).
Match neighbour(const SitePlan& plan, std::size_t entry, int step) {
    const std::size_t rank = plan.rank[entry];
    if (step < 0 && rank == 0) return std::nullopt;
    if (step > 0 && rank + 1 >= plan.newest_first.size()) return std::nullopt;
    return plan.newest_first[step < 0 ? rank - 1 : rank + 1];
}

// Whole entries compared: a page may be made again for a field it does not show, never left
// as it was when one it shows changed.
bool same_entry(const SitePlan& before, Match a, const SitePlan& after, Match b) {
    if (!a || !b) return a.has_value() == b.has_value();
    return before.entries[*a] == after.entries[*b];
}

// The tags and categories an article page links, as their pages are named and spelled.
std::vector<std::pair<std::string_view, std::string_view>> terms_shown(const SitePlan& plan,
                                                                      std::size_t entry) {
    std::vector<std::pair<std::string_view, std::string_view>> shown;
    for (const std::size_t t : plan.entry_tags[entry])
        shown.emplace_back(plan.tags[t].slug, plan.tags[t].name);
    shown.emplace_back("", "");  // tags end here, categories begin
    for (const std::size_t c : plan.entry_categories[entry])
        shown.emplace_back(plan.categories[c].slug, plan.categories[c].name);
    return shown;
}

const Term* term_by_slug(const std::vector<Term>& terms, std::string_view slug) {
    const auto at = std::lower_bound(terms.begin(), terms.end(), slug,
                                     [](const Term& t, std::string_view s) { return t.slug < s; });
    return at != terms.end() && at->slug == slug ? &*at : nullptr;
}

// Keys of `a` that lead to another page file in `b` or are missing there, and the other way
// round, into `out`.
template <typename Map>
void changed_keys(const SitePlan& before, const Map& a, const SitePlan& after, const Map& b,
                  std::set<std::string>& out) {
    for (const auto& [key, entry] : a) {
        const auto other = b.find(key);
        if (other == b.end() ||
            before.entries[entry].page_file != after.entries[other->second].page_file)
            out.insert(key);
    }
    for (const auto& [key, entry] : b) {
        if (a.find(key) == a.end()) out.insert(key);
    }
}

}  // namespace

SiteChanges plan_rebuild(const PlanView& before, const PlanView& after,
                         const std::vector<std::size_t>& edited, std::size_t related) {
    const SitePlan& old_plan = *before.plan;
    const SitePlan& new_plan = *after.plan;
    const std::size_t count = new_plan.entries.size();
    SiteChanges changes;

    std::unordered_map<std::string_view, std::size_t> old_by_page;
    for (std::size_t j = 0; j < old_plan.entries.size(); ++j)
        old_by_page.emplace(old_plan.entries[j].page_file, j);
    std::vector<Match> match(count);
    std::vector<bool> old_kept(old_plan.entries.size(), false);
    for (std::size_t i = 0; i < count; ++i) {
        if (const auto at = old_by_page.find(new_plan.entries[i].page_file);
            at != old_by_page.end()) {
            match[i] = at->second;
            old_kept[at->second] = true;
        }
    }
    std::vector<bool> remake(count, false);
    for (const std::size_t i : edited) {
        if (i < count) remake[i] = true;
    }
    // Entries that are new or differ, and the old entries that went: what other pages show.
    std::vector<std::size_t> changed_new;
    std::vector<std::size_t> changed_old;
    for (std::size_t i = 0; i < count; ++i) {
        if (!match[i]) {
            remake[i] = true;
            changed_new.push_back(i);
            changes.lists = true;
        } else if (!(old_plan.entries[*match[i]] == new_plan.entries[i])) {
            remake[i] = true;
            changed_new.push_back(i);
            changed_old.push_back(*match[i]);
            if (!same_in_lists(old_plan.entries[*match[i]], new_plan.entries[i]))
                changes.lists = true;
        }
    }
    for (std::size_t j = 0; j < old_plan.entries.size(); ++j) {
        if (old_kept[j]) continue;
        changes.removed.push_back(old_plan.entries[j].page_file);
        changed_old.push_back(j);
        changes.lists = true;
        if ((*before.in_feed)[j]) changes.feeds = true;
    }
    std::sort(changes.removed.begin(), changes.removed.end());
    // Equal instants keep input order, so a renamed file can move without any entry changing.
    if (!changes.lists) {
        for (std::size_t place = 0; place < count; ++place) {
            if (old_plan.entries[old_plan.newest_first[place]].page_file !=
                new_plan.entries[new_plan.newest_first[place]].page_file) {
                changes.lists = true;
                break;
            }
        }
    }

    for (std::size_t i = 0; i < count; ++i) {
        const bool was_in_feed = match[i] && (*before.in_feed)[*match[i]];
        if ((*after.in_feed)[i] != was_in_feed || ((*after.in_feed)[i] && remake[i]))
            changes.feeds = true;
        if (remake[i]) continue;
        const std::size_t j = *match[i];
        if (!same_entry(old_plan, neighbour(old_plan, j, +1), new_plan,
                        neighbour(new_plan, i, +1)) ||
            !same_entry(old_plan, neighbour(old_plan, j, -1), new_plan,
                        neighbour(new_plan, i, -1)) ||
            terms_shown(old_plan, j) != terms_shown(new_plan, i))
            remake[i] = true;
    }

    // Related posts are found through the tags: only articles sharing a tag with an entry that
    // changed, came or went can list other posts now.
    if (related > 0 && !(changed_new.empty() && changed_old.empty())) {
        std::set<std::string_view> slugs;
        for (const std::size_t i : changed_new) {
            for (const std::size_t t : new_plan.entry_tags[i]) slugs.insert(new_plan.tags[t].slug);
        }
        for (const std::size_t j : changed_old) {
            for (const std::size_t t : old_plan.entry_tags[j]) slugs.insert(old_plan.tags[t].slug);
        }
        std::set<std::size_t> candidates;
        for (const std::string_view slug : slugs) {
            if (const Term* term = term_by_slug(new_plan.tags, slug))
                candidates.insert(term->entries.begin(), term->entries.end());
        }
        for (const std::size_t i : candidates) {
            if (remake[i]) continue;
            const std::vector<std::size_t> now = related_entries(new_plan, i, related);
            const std::vector<std::size_t> then = related_entries(old_plan, *match[i], related);
            bool same = now.size() == then.size();
            for (std::size_t k = 0; same && k < now.size(); ++k)
                same = old_plan.entries[then[k]] == new_plan.entries[now[k]];
            if (!same) remake[i] = true;
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (remake[i]) changes.pages.push_back(i);
    }

    std::set<std::string> targets;
    changed_keys(old_plan, old_plan.by_permalink, new_plan, new_plan.by_permalink, targets);
    changed_keys(old_plan, old_plan.by_source_name, new_plan, new_plan.by_source_name, targets);
    std::set_symmetric_difference(old_plan.unpublished.begin(), old_plan.unpublished.end(),
                                  new_plan.unpublished.begin(), new_plan.unpublished.end(),
                                  std::inserter(targets, targets.end()));
    changes.link_targets.assign(targets.begin(), targets.end());
    return changes;
}

}  // namespace folio::html
