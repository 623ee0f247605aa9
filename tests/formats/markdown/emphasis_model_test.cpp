#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "formats/markdown/emphasis_model.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "tests/render/ast_builders.hpp"

namespace folio {
namespace {

using Kind = SpanEvent::Kind;

std::vector<DelimiterRun> runs_of(std::string_view text) {
    std::vector<DelimiterRun> runs;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c != '*' && c != '_' && c != '~') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] == c) ++end;
        runs.push_back({i, end - i, c});
        i = end;
    }
    return runs;
}

// The inlines the model's events make of `text`: what md4c should read from it.
Inlines inlines_from_model(std::string_view text) {
    const std::vector<SpanEvent> events = md4c_span_events(text, runs_of(text));
    std::vector<Inlines> open(1);
    std::string pending;
    const auto flush = [&] {
        if (!pending.empty()) open.back().push_back(test::text(pending));
        pending.clear();
    };
    std::size_t next = 0;
    for (std::size_t at = 0; at < text.size();) {
        if (next == events.size() || events[next].at != at) {
            pending += text[at++];
            continue;
        }
        flush();
        const SpanEvent& e = events[next++];
        std::size_t width = e.kind == Kind::strong ? 2 : 1;
        if (e.kind == Kind::strikethrough)
            width = text.substr(at, 2) == "~~" ? 2 : 1;
        if (e.enter) {
            open.emplace_back();
        } else {
            Inlines children = std::move(open.back());
            open.pop_back();
            open.back().push_back(e.kind == Kind::emphasis ? test::emphasis(std::move(children))
                                  : e.kind == Kind::strong
                                      ? test::strong(std::move(children))
                                      : test::strikethrough(std::move(children)));
        }
        at += width;
    }
    flush();
    return open.front();
}

// Every string of up to six characters made of `*`, `_`, `~`, a letter, punctuation, a blank
// and a non-ASCII letter, read by md4c (through the reader) and by the model, gives the same
// spans: the model is what the writer trusts instead of parsing its own output.
TEST(EmphasisModel, AgreesWithMd4cOnEveryShortLineOfDelimiters) {
    const std::vector<std::string> alphabet = {"*", "_", "~", "a", ".", " ", "\xc3\xa9"};
    std::vector<std::string> lines = {""};
    std::size_t compared = 0;
    for (int length = 1; length <= 6; ++length) {
        std::vector<std::string> longer;
        for (const std::string& line : lines)
            for (const std::string& c : alphabet) longer.push_back(line + c);
        lines = std::move(longer);
        for (const std::string& line : lines) {
            if (line.front() == ' ' || line.back() == ' ') continue;  // a line is trimmed
            const SourceText source("a.md", line + "\n");
            Diagnostics diagnostics;
            const Body body = read_markdown_body(source, 0, source.text().size(), diagnostics);
            // Lines that md4c reads as a list item, a thematic break or a heading are left out.
            if (body.blocks.size() != 1) continue;
            const auto* paragraph = std::get_if<Paragraph>(&body.blocks[0].node);
            if (paragraph == nullptr) continue;
            ASSERT_EQ(inlines_from_model(line), paragraph->children) << "line: " << line;
            ++compared;
        }
    }
    EXPECT_GT(compared, 90000u);
}

TEST(EmphasisModel, SplitsALongerOpenerFromItsInnerEnd) {
    // `***a** b*`: the `**` closer takes the inner two characters of the opener.
    EXPECT_EQ(md4c_span_events("***a** b*", runs_of("***a** b*")),
              (std::vector<SpanEvent>{{0, Kind::emphasis, true},
                                      {1, Kind::strong, true},
                                      {4, Kind::strong, false},
                                      {8, Kind::emphasis, false}}));
}

TEST(EmphasisModel, AppliesTheRuleOfThreeOnlyInsideWords) {
    // md4c's reading of `*_**.**_.*`: three separate spans (CommonMark nests them).
    const std::string_view line = "*_**.**_.*";
    EXPECT_EQ(md4c_span_events(line, runs_of(line)).size(), 6u);
    // `a*b**c*`: inside a word the rule of three keeps `**` from closing `*`.
    EXPECT_EQ(md4c_span_events("a*b**c*", runs_of("a*b**c*")),
              (std::vector<SpanEvent>{{1, Kind::emphasis, true}, {6, Kind::emphasis, false}}));
}

// The intended spans of `text`: those md4c reads from it (the model agrees with md4c on them).
std::vector<IntendedSpan> spans_read_from(std::string_view text) {
    std::vector<IntendedSpan> spans;
    std::vector<SpanEvent> open;
    for (const SpanEvent& e : md4c_span_events(text, runs_of(text))) {
        if (e.enter) {
            open.push_back(e);
        } else {
            spans.push_back({open.back().at, e.at, e.kind});
            open.pop_back();
        }
    }
    return spans;
}

TEST(EmphasisModel, FindsNoDepartureWhereMd4cMakesTheIntendedSpans) {
    for (const std::string_view line : {"*a*", "***a** b*", "_a **b** c_", "****.**L* r**.***",
                                        "~~a ~b~ c~~", "*a* **b**"}) {
        SCOPED_TRACE(line);
        EXPECT_EQ(md4c_first_departure(line, runs_of(line), spans_read_from(line)),
                  std::string_view::npos);
    }
}

TEST(EmphasisModel, ReportsWhereMd4cFirstDepartsFromTheIntendedSpans) {
    // `**a*`: strong meant from 0 to 3 (one `*` short); md4c makes emphasis from 1 to 3.
    EXPECT_EQ(md4c_first_departure("**a*", runs_of("**a*"), {{0, 3, Kind::strong}}), 3u);
    // `a*(b*`: the opening run sits between a letter and punctuation, so md4c never keeps it
    // as an opener: the departure is where it opens.
    EXPECT_EQ(md4c_first_departure("a*(b*", runs_of("a*(b*"), {{1, 4, Kind::emphasis}}), 1u);
    // `*.*.a*.*`, meant as EM("." EM(".a") "."): the inner opening run, punctuation on both
    // sides, closes the outer one at 2 instead.
    EXPECT_EQ(md4c_first_departure("*.*.a*.*", runs_of("*.*.a*.*"),
                                   {{2, 5, Kind::emphasis}, {0, 7, Kind::emphasis}}),
              2u);
    // A span md4c makes that was not meant: `*a*` written as text.
    EXPECT_EQ(md4c_first_departure("*a*", runs_of("*a*"), {}), 2u);
}

}  // namespace
}  // namespace folio
