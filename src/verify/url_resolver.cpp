#include "src/verify/url_resolver.hpp"

#include <algorithm>

namespace folio::verify {

std::string Resolution::chain(const std::string& start) const {
    std::string out = start;
    for (const Hop& hop : hops) {
        out += " -> " + hop.to + " (";
        if (hop.status != 0) out += std::to_string(hop.status) + ' ';
        out += hop.via + ')';
    }
    return out;
}

UrlResolver::UrlResolver(const BuiltSite& site, const std::unordered_map<std::string, ScannedPage>& pages,
                         std::vector<RedirectRule> rules, SiteAddress address)
    : site_(site), pages_(pages), rules_(std::move(rules)), address_(std::move(address)) {}

const RedirectRule* UrlResolver::first_match(const std::string& path, bool before_files_only,
                                             std::string& destination) const {
    for (const RedirectRule& rule : rules_) {
        if (before_files_only && !rule.before_files) continue;
        if (std::optional<std::string> to = redirect_destination(rule, path)) {
            destination = std::move(*to);
            return &rule;
        }
    }
    return nullptr;
}

Resolution UrlResolver::resolve(const std::string& start) const {
    Resolution result;
    std::vector<std::string> seen{start};
    std::string path = start;
    // Each pass serves a file or takes one redirect.
    for (int redirects = 0;; ++redirects) {
        result.final_path = path;
        if (redirects > kMaxRedirects) {
            result.outcome = Outcome::too_long;
            return result;
        }
        std::string destination;
        std::string file;
        const RedirectRule* rule = first_match(path, true, destination);
        if (rule == nullptr) {
            file = site_.file_for(path);
            if (file.empty()) rule = first_match(path, false, destination);
        }
        std::string via;
        int status = 0;
        if (rule != nullptr) {
            via = rule->where();
            status = rule->status;
            if (status == 404 || status == 410) {
                result.outcome = Outcome::gone;
                result.hops.push_back(Hop{path, via, status});
                return result;
            }
            if (status == 200) {
                // A rewrite serves the destination's file under the same URL.
                const std::optional<SiteTarget> target = site_target(destination, "/", address_);
                if (target) file = site_.file_for(target->path);
                if (!file.empty()) {
                    result.hops.push_back(Hop{target->path, via, status});
                    result.file = file;
                    result.final_path = target->path;
                    result.outcome = Outcome::page;
                    return result;
                }
            }
        } else if (file.empty()) {
            result.outcome = Outcome::missing;
            return result;
        } else {
            const auto page = pages_.find(file);
            if (page == pages_.end() || !page->second.refresh_url) {
                result.file = file;
                result.outcome = Outcome::page;
                return result;
            }
            destination = *page->second.refresh_url;
            via = "redirect page " + file;
        }
        const std::string base = rule != nullptr ? std::string("/") : page_path_of(file);
        const std::optional<SiteTarget> target = site_target(destination, base, address_);
        if (!target) {
            result.hops.push_back(Hop{destination, via, status});
            result.final_path = destination;
            result.outcome = Outcome::external;
            return result;
        }
        result.hops.push_back(Hop{target->path, via, status});
        if (std::find(seen.begin(), seen.end(), target->path) != seen.end()) {
            result.final_path = target->path;
            result.outcome = Outcome::loop;
            return result;
        }
        seen.push_back(target->path);
        path = target->path;
    }
}

}  // namespace folio::verify
