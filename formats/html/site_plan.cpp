#include <algorithm>
#include <map>
#include <numeric>

#include "formats/html/html_site.hpp"
#include "src/text/slug.hpp"

namespace folio::html {

namespace {

// Groups entries by the slug of each name `names_of` gives; the first spelling names the term.
// An entry that lists two names with the same slug is counted once.
template <typename NamesOf>
void group_terms(const SitePlan& plan, std::string_view fallback, NamesOf names_of,
                 std::vector<Term>& terms, std::vector<std::vector<std::size_t>>& per_entry) {
    std::map<std::string, Term> by_slug;
    std::map<std::string, std::string> slug_of_name;
    std::size_t unnamed = 0;
    for (const std::size_t index : plan.newest_first) {
        for (const std::string& name : names_of(plan.entries[index])) {
            auto known = slug_of_name.find(name);
            if (known == slug_of_name.end()) {
                std::string slug = slugify(name);
                // A name of only symbols (`🎉`, `C#`→`c` is fine) still needs a page of its own.
                if (slug.empty()) slug = std::string(fallback) + '-' + std::to_string(++unnamed);
                known = slug_of_name.emplace(name, std::move(slug)).first;
            }
            Term& term = by_slug[known->second];
            if (term.slug.empty()) {
                term.slug = known->second;
                term.name = name;
            }
            if (term.entries.empty() || term.entries.back() != index) term.entries.push_back(index);
        }
    }
    std::map<std::string, std::size_t> index_of_slug;
    for (auto& [slug, term] : by_slug) {
        index_of_slug.emplace(slug, terms.size());
        terms.push_back(std::move(term));
    }
    per_entry.assign(plan.entries.size(), {});
    for (std::size_t i = 0; i < plan.entries.size(); ++i) {
        for (const std::string& name : names_of(plan.entries[i])) {
            const auto slug = slug_of_name.find(name);
            if (slug == slug_of_name.end()) continue;
            const std::size_t term = index_of_slug.at(slug->second);
            if (std::find(per_entry[i].begin(), per_entry[i].end(), term) == per_entry[i].end())
                per_entry[i].push_back(term);
        }
    }
}

}  // namespace

SitePlan plan_site(std::vector<SiteEntry> entries) {
    SitePlan plan;
    plan.entries = std::move(entries);
    plan.newest_first.resize(plan.entries.size());
    std::iota(plan.newest_first.begin(), plan.newest_first.end(), std::size_t{0});
    std::stable_sort(plan.newest_first.begin(), plan.newest_first.end(),
                     [&](std::size_t a, std::size_t b) {
                         const auto& x = plan.entries[a].instant;
                         const auto& y = plan.entries[b].instant;
                         if (x.has_value() != y.has_value()) return x.has_value();
                         return x && *x > *y;
                     });
    plan.rank.resize(plan.entries.size());
    for (std::size_t place = 0; place < plan.newest_first.size(); ++place)
        plan.rank[plan.newest_first[place]] = place;
    for (std::size_t i = 0; i < plan.entries.size(); ++i) {
        plan.by_permalink.emplace(plan.entries[i].permalink, i);
        if (!plan.entries[i].source_name.empty())
            plan.by_source_name.emplace(plan.entries[i].source_name, i);
    }
    // A new permalink wins over an old one that happens to be the same path.
    for (std::size_t i = 0; i < plan.entries.size(); ++i) {
        if (!plan.entries[i].old_permalink.empty())
            plan.by_permalink.emplace(plan.entries[i].old_permalink, i);
    }
    group_terms(
        plan, "tag", [](const SiteEntry& e) -> const auto& { return e.tags; }, plan.tags,
        plan.entry_tags);
    group_terms(
        plan, "category", [](const SiteEntry& e) -> const auto& { return e.categories; },
        plan.categories, plan.entry_categories);
    return plan;
}

}  // namespace folio::html
