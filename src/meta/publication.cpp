#include "src/meta/publication.hpp"

#include <vector>

namespace folio {

namespace {

std::int64_t instant(const Date& date, const TimeZone& zone) {
    return to_unix_seconds(place_in_zone(date, zone));
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
    if (!rules.future && meta.date && instant(*meta.date, rules.zone) > *rules.now) {
        return Unpublished::future;
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
