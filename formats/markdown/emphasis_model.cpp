#include "formats/markdown/emphasis_model.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <tuple>

#include "formats/markdown/flanking_classes.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

using Level = FlankingClass;

Level level_of(char32_t c) {
    if (c == '\n' || c == '\r') return Level::blank;  // the edge of a line
    if (c < 0x80) {
        if (c == ' ' || c == '\t' || c == '\v' || c == '\f') return Level::blank;
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
            (c >= 123 && c <= 126))
            return Level::punctuation;
        return Level::word;
    }
    if (is_non_ascii_white_space(c)) return Level::blank;
    if (is_non_ascii_punctuation(c)) return Level::punctuation;
    return Level::word;
}

Level level_before(std::string_view text, std::size_t at) {
    if (at == 0) return Level::blank;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return level_of(next_code_point(text, start));
}

Level level_after(std::string_view text, std::size_t at) {
    if (at >= text.size()) return Level::blank;
    return level_of(next_code_point(text, at));
}

struct Mark {
    std::size_t end;
    char character;
    bool can_open;
    bool can_close;
    bool intraword;       // a word character on both sides (the rule of three)
    std::size_t mod3;     // length of the whole run, modulo 3, kept when the mark is split
    bool resolved = false;
    bool opener = false;
    std::size_t partner = 0;
};

// md4c's opener chains: six for `*` (inside a word or not × length modulo 3), one for `_`,
// one for each length of `~`.
constexpr std::size_t kUnderscoreChain = 6;
constexpr std::size_t kChains = 9;

class Pairing {
public:
    /// `trace`: keep what `formed`, `pushed` and `first_undo` report.
    explicit Pairing(std::map<std::size_t, Mark> marks, bool trace = false)
        : marks_(std::move(marks)), trace_(trace) {}

    /// Every span made, in the order md4c makes them (a later pairing may undo one).
    const std::vector<IntendedSpan>& formed() const { return formed_; }
    /// The characters of every run kept as an opener, when it was kept.
    const std::vector<std::pair<std::size_t, std::size_t>>& pushed() const { return pushed_; }
    /// The first closer whose pairing undid an earlier pair (npos: none).
    std::size_t first_undo() const { return first_undo_; }

    void run() {
        // A split closer leaves its rest as a new mark right behind it, visited next.
        for (auto it = marks_.begin(); it != marks_.end(); ++it) analyze(it->first);
    }

    std::vector<SpanEvent> events() const {
        std::vector<SpanEvent> out;
        for (const auto& [begin, mark] : marks_) {
            if (!mark.resolved || !mark.opener) continue;
            const Mark& closer = marks_.at(mark.partner);
            if (mark.character == '~') {
                out.push_back({begin, SpanEvent::Kind::strikethrough, true});
                out.push_back({mark.partner, SpanEvent::Kind::strikethrough, false});
                continue;
            }
            // md4c enters emphasis first, then strong ones; it leaves in the opposite order.
            std::size_t at = begin;
            if ((mark.end - at) % 2 == 1) out.push_back({at++, SpanEvent::Kind::emphasis, true});
            for (; at < mark.end; at += 2) out.push_back({at, SpanEvent::Kind::strong, true});
            at = mark.partner;
            for (; at + 1 < closer.end; at += 2)
                out.push_back({at, SpanEvent::Kind::strong, false});
            if ((closer.end - at) % 2 == 1) out.push_back({at, SpanEvent::Kind::emphasis, false});
        }
        std::sort(out.begin(), out.end(),
                  [](const SpanEvent& a, const SpanEvent& b) { return a.at < b.at; });
        return out;
    }

private:
    std::size_t chain_of(std::size_t begin) const {
        const Mark& m = marks_.at(begin);
        if (m.character == '*') return (m.intraword ? 0 : 3) + m.mod3;
        if (m.character == '_') return kUnderscoreChain;
        return m.end - begin == 1 ? 7 : 8;
    }

    void analyze(std::size_t begin) {
        Mark& mark = marks_.at(begin);
        if (mark.resolved) return;
        if (mark.can_close) {
            if (const auto opener = find_opener(begin)) {
                close(*opener, begin);
                return;
            }
        }
        if (mark.can_open) {
            chains_[chain_of(begin)].push_back(begin);
            if (trace_) pushed_.emplace_back(begin, mark.end);
        }
    }

    std::optional<std::size_t> find_opener(std::size_t begin) const {
        const Mark& mark = marks_.at(begin);
        if (mark.character == '~') {
            const auto& chain = chains_[chain_of(begin)];
            if (chain.empty()) return std::nullopt;
            return chain.front();
        }
        if (mark.character == '_') {
            const auto& chain = chains_[kUnderscoreChain];
            if (chain.empty()) return std::nullopt;
            return chain.back();
        }
        // The rule of three: which chains a closer may take its opener from.
        const std::size_t mod3 = mark.mod3;
        const std::array<bool, 6> allowed = {
            true,
            mod3 != 2,
            mod3 != 1,
            true,
            !mark.intraword || mod3 != 2,
            !mark.intraword || mod3 != 1,
        };
        std::optional<std::size_t> best;
        for (std::size_t c = 0; c < allowed.size(); ++c) {
            if (!allowed[c] || chains_[c].empty()) continue;
            const std::size_t candidate = chains_[c].back();
            if (!best || marks_.at(candidate).end > marks_.at(*best).end) best = candidate;
        }
        return best;
    }

    void close(std::size_t opener, std::size_t closer) {
        if (marks_.at(closer).character != '~') {
            const std::size_t opener_size = marks_.at(opener).end - opener;
            const std::size_t closer_size = marks_.at(closer).end - closer;
            if (opener_size > closer_size) {
                // The inner part of the opener pairs; the rest stays an opener.
                Mark inner = marks_.at(opener);
                const std::size_t inner_begin = inner.end - closer_size;
                marks_.at(opener).end = inner_begin;
                const std::size_t chain = chain_of(opener);
                marks_.emplace(inner_begin, inner);
                chains_[chain].push_back(inner_begin);
                opener = inner_begin;
            } else if (opener_size < closer_size) {
                Mark rest = marks_.at(closer);
                marks_.at(closer).end = closer + opener_size;
                marks_.emplace(closer + opener_size, rest);
            }
        }
        roll_back(opener, closer);
        auto& chain = chains_[chain_of(opener)];
        chain.erase(std::remove(chain.begin(), chain.end(), opener), chain.end());
        Mark& o = marks_.at(opener);
        Mark& c = marks_.at(closer);
        o.resolved = c.resolved = true;
        o.opener = true;
        o.partner = closer;
        c.partner = opener;
        if (trace_) record_spans(opener, closer);
    }

    // The spans one pair makes, as `events` writes them: `~` one strikethrough; `*` and `_`
    // emphasis outermost when the count is odd, then strong ones inwards.
    void record_spans(std::size_t opener, std::size_t closer) {
        const Mark& o = marks_.at(opener);
        if (o.character == '~') {
            formed_.push_back({opener, closer, SpanEvent::Kind::strikethrough});
            return;
        }
        const std::size_t count = o.end - opener;
        std::size_t at = opener;
        std::size_t end = closer + count;  // the inner end of the closing run, going out
        if (count % 2 == 1) formed_.push_back({at++, --end, SpanEvent::Kind::emphasis});
        for (; at < o.end; at += 2) {
            end -= 2;
            formed_.push_back({at, end, SpanEvent::Kind::strong});
        }
    }

    // md_rollback(MD_ROLLBACK_CROSSING): openers after `opener` that are still waiting are
    // dropped; a pair that crosses into the range loses its closer, and its opener waits again
    // (md4c puts it into the chain of `opener`, whatever its own).
    void roll_back(std::size_t opener, std::size_t closer) {
        for (auto& chain : chains_) {
            while (!chain.empty() && chain.back() >= opener) chain.pop_back();
        }
        const std::size_t reopened_chain = chain_of(opener);
        auto it = marks_.lower_bound(closer);
        while (it != marks_.begin()) {
            --it;
            if (it->first <= opener) break;
            Mark& mark = it->second;
            if (!mark.resolved || mark.opener || mark.partner >= opener) continue;
            Mark& crossed = marks_.at(mark.partner);
            crossed.resolved = crossed.opener = false;
            first_undo_ = std::min(first_undo_, closer);
            chains_[reopened_chain].push_back(mark.partner);
            mark.resolved = false;
        }
    }

    std::map<std::size_t, Mark> marks_;
    std::array<std::vector<std::size_t>, kChains> chains_;
    bool trace_;
    std::vector<IntendedSpan> formed_;
    std::vector<std::pair<std::size_t, std::size_t>> pushed_;
    std::size_t first_undo_ = std::string_view::npos;
};

// The marks md4c collects from `runs`: adjacent runs of one character joined, flanking from
// the characters beside them, those that can neither open nor close left out.
std::map<std::size_t, Mark> collect_marks(std::string_view text,
                                          const std::vector<DelimiterRun>& runs) {
    std::map<std::size_t, Mark> marks;
    for (std::size_t i = 0; i < runs.size();) {
        const std::size_t begin = runs[i].begin;
        const char character = runs[i].character;
        std::size_t end = begin + runs[i].count;
        for (++i; i < runs.size() && runs[i].begin == end && runs[i].character == character; ++i)
            end += runs[i].count;
        const Level left = level_before(text, begin);
        const Level right = level_after(text, end);
        Mark mark{end, character, false, false, false, (end - begin) % 3};
        if (character == '~') {
            if (end - begin > 2) continue;  // three or more tildes are text
            mark.can_open = right != Level::blank;
            mark.can_close = left != Level::blank;
        } else {
            if (character == '_' && left == Level::word && right == Level::word) continue;
            mark.can_close = left != Level::blank && left >= right;
            mark.can_open = right != Level::blank && right >= left;
            mark.intraword = left == Level::word && right == Level::word;
        }
        if (mark.can_open || mark.can_close) marks.emplace(begin, mark);
    }
    return marks;
}

}  // namespace

FlankingClass flanking_class_before(std::string_view text, std::size_t at) {
    return level_before(text, at);
}

FlankingClass flanking_class_at(std::string_view text, std::size_t at) {
    return level_after(text, at);
}

std::vector<SpanEvent> md4c_span_events(std::string_view text,
                                        const std::vector<DelimiterRun>& runs) {
    Pairing pairing(collect_marks(text, runs));
    pairing.run();
    return pairing.events();
}

std::size_t md4c_first_departure(std::string_view text, const std::vector<DelimiterRun>& runs,
                                 const std::vector<IntendedSpan>& intended) {
    Pairing pairing(collect_marks(text, runs), true);
    pairing.run();
    const auto key = [](const IntendedSpan& s) { return std::tuple(s.close, s.open, s.kind); };
    const auto before = [&](const IntendedSpan& a, const IntendedSpan& b) {
        return key(a) < key(b);
    };
    std::vector<IntendedSpan> made = pairing.formed();
    std::vector<IntendedSpan> meant = intended;
    std::sort(made.begin(), made.end(), before);
    std::sort(meant.begin(), meant.end(), before);
    std::size_t first = pairing.first_undo();
    // Both lists are sorted by the closing character: the first span in one and not in the
    // other is where they part.
    for (std::size_t i = 0, j = 0; i < made.size() || j < meant.size();) {
        if (j == meant.size() || (i < made.size() && before(made[i], meant[j]))) {
            first = std::min(first, made[i++].close);
        } else if (i == made.size() || before(meant[j], made[i])) {
            first = std::min(first, meant[j++].close);
        } else {
            ++i, ++j;
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>> pushed = pairing.pushed();
    std::sort(pushed.begin(), pushed.end());
    for (const IntendedSpan& span : meant) {
        if (span.open >= first) continue;
        auto it = std::upper_bound(pushed.begin(), pushed.end(),
                                   std::pair(span.open, std::string_view::npos));
        if (it == pushed.begin() || std::prev(it)->second <= span.open) first = span.open;
    }
    return first;
}

}  // namespace folio
