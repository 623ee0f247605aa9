#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace folio {

/// Keeps the `limit` newest of a stream of values (0 keeps all), so a feed of the newest 20 of
/// 10,000 articles never holds more than a few dozen articles at once. Values arrive in input
/// order with the instant (Unix seconds) that orders them; equal instants keep input order.
template <typename T>
class NewestFirst {
public:
    explicit NewestFirst(std::size_t limit) : limit_(limit) {}

    /// Considers one value; it may be dropped at once or later when newer ones arrive.
    void add(std::int64_t instant, T value) {
        entries_.push_back({instant, next_order_++, std::move(value)});
        // Trimming at twice the limit keeps the amortised cost per value constant.
        if (limit_ > 0 && entries_.size() >= 2 * limit_ + 16) trim();
    }

    /// The kept values, newest first; the collector is empty afterwards.
    std::vector<T> take() {
        trim();
        std::vector<T> out;
        out.reserve(entries_.size());
        for (Entry& entry : entries_) out.push_back(std::move(entry.value));
        entries_.clear();
        return out;
    }

private:
    struct Entry {
        std::int64_t instant;
        std::size_t order;
        T value;
    };

    void trim() {
        const auto newer = [](const Entry& a, const Entry& b) {
            return a.instant != b.instant ? a.instant > b.instant : a.order < b.order;
        };
        if (limit_ > 0 && entries_.size() > limit_) {
            std::nth_element(entries_.begin(),
                             entries_.begin() + static_cast<std::ptrdiff_t>(limit_), entries_.end(),
                             newer);
            entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(limit_), entries_.end());
        }
        std::sort(entries_.begin(), entries_.end(), newer);
    }

    std::size_t limit_;
    std::size_t next_order_ = 0;
    std::vector<Entry> entries_;
};

}  // namespace folio
