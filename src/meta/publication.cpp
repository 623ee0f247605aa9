#include "src/meta/publication.hpp"

#include <vector>

#include "src/text/ascii_case.hpp"

namespace folio {

namespace {

std::int64_t instant(const Date& date, const TimeZone& zone) {
    return to_unix_seconds(place_in_zone(date, zone));
}

// Hugo publishes a page at its `publishDate` (`pubdate`, `published`), which falls back on
// `date` and not the other way round: a post written on 1 March with `publishDate` 10 March
// is future until 10 March. Metadata holds `date` as the date, so the later key is in `extra`
// (Hugo reads keys in any case). Only a date value counts: Jekyll's `published` is a boolean.
std::optional<std::int64_t> later_publish_date(const Meta& meta, const TimeZone& zone) {
    std::optional<std::int64_t> latest;
    for (const auto& [key, value] : meta.extra) {
        const auto* date = std::get_if<Date>(&value.data);
        if (date == nullptr) continue;
        const std::string name = ascii_lower(key);
        if (name != "publishdate" && name != "pubdate" && name != "published") continue;
        const std::int64_t at = instant(*date, zone);
        if (!latest || at > *latest) latest = at;
    }
    return latest;
}

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
        out += parts[i];
    }
    return out;
}

}  // namespace

Unpublished unpublished(const Meta& meta, const PublicationRules& rules) {
    if (meta.draft && !rules.drafts) return Unpublished::draft;
    if (!rules.now) return Unpublished::no;
    if (!rules.future && meta.date) {
        std::int64_t publishes = instant(*meta.date, rules.zone);
        if (const auto later = later_publish_date(meta, rules.zone); later && *later > publishes)
            publishes = *later;
        if (publishes > *rules.now) return Unpublished::future;
    }
    if (!rules.expired && meta.expires && instant(*meta.expires, rules.zone) <= *rules.now) {
        return Unpublished::expired;
    }
    return Unpublished::no;
}

void LeftOut::add(Unpublished why) {
    switch (why) {
        case Unpublished::no:
            return;
        case Unpublished::draft:
            ++drafts;
            return;
        case Unpublished::future:
            ++future;
            return;
        case Unpublished::expired:
            ++expired;
            return;
    }
}

std::string LeftOut::note() const {
    if (total() == 0) return {};
    std::vector<std::string> what;
    std::vector<std::string> flags;
    if (drafts > 0) {
        what.push_back(count_of(drafts, "draft", "drafts"));
        flags.emplace_back("--drafts");
    }
    if (future > 0) {
        what.push_back(std::to_string(future) + " dated after this build");
        flags.emplace_back("--future");
    }
    if (expired > 0) {
        what.push_back(std::to_string(expired) + " expired");
        flags.emplace_back("--expired");
    }
    return joined(what) + (total() == 1 ? " is" : " are") + " left out (" + joined(flags) +
           (flags.size() == 1 ? " includes " : " include ") + (total() == 1 ? "it)" : "them)");
}

}  // namespace folio
