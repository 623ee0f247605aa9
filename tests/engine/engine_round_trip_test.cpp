// Hugo → Jekyll → Hugo and Jekyll → Hugo → Jekyll on a corpus of our own (round_trip/): every
// line outside the edits either way reports is byte-identical to the source, and the
// constructs neither engine's syntax touches (reference links, definition lists, alerts, raw
// HTML, footnotes, escapes, list numbering) are on such lines.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "src/engine/engine_translation.hpp"

namespace folio {
namespace {

const EngineSyntaxOptions kHugo{true, false};
const EngineSyntaxOptions kLiquid{false, true};

std::string reference(std::string_view written) {
    if (written == "/posts/checklist") return "2020-01-05-checklist";
    if (written == "2020-01-05-checklist" || written == "_posts/2020-01-05-checklist.md")
        return "/posts/checklist";
    return {};
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// The 0-based lines of `text` that `edits` touch.
std::set<std::size_t> touched(const std::string& text, const std::vector<SpanEdit>& edits) {
    std::set<std::size_t> out;
    for (const SpanEdit& e : edits) {
        const auto first = static_cast<std::size_t>(
            std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(e.begin), '\n'));
        const auto last = static_cast<std::size_t>(
            std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(e.end), '\n'));
        for (std::size_t l = first; l <= last; ++l) out.insert(l);
    }
    return out;
}

struct Pass {
    std::string text;
    std::set<std::size_t> touched;
};

Pass translate(const std::string& text, EngineSyntaxOptions from, EngineSyntaxOptions to) {
    const EngineTranslation t = translate_engine_syntax(text, 0, {from, to, reference});
    WrittenBody body;
    body.text = text;
    return {apply_span_edits(body, t.edits), touched(text, t.edits)};
}

void expect_round_trip(const std::string& folder, EngineSyntaxOptions from, EngineSyntaxOptions to,
                       const std::vector<std::string>& must_stay) {
    const std::filesystem::path dir =
        std::filesystem::path(FOLIO_TEST_DATA_DIR) / "engine" / "round_trip" / folder;
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        ++files;
        const std::string source = read(entry.path());
        const Pass there = translate(source, from, to);
        const Pass back = translate(there.text, to, from);
        EXPECT_NE(there.text, source) << entry.path() << ": nothing was translated";
        const std::vector<std::string> before = lines(source);
        const std::vector<std::string> after = lines(back.text);
        // The corpus has no call spanning lines, so lines keep their numbers either way.
        ASSERT_EQ(before.size(), after.size()) << entry.path();
        std::size_t same = 0;
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (there.touched.count(i) || back.touched.count(i)) continue;
            EXPECT_EQ(after[i], before[i]) << entry.path() << ':' << i + 1;
            ++same;
        }
        for (const std::string& line : must_stay) {
            const auto at = std::find(before.begin(), before.end(), line);
            ASSERT_NE(at, before.end()) << "the corpus lost its line: " << line;
            const auto i = static_cast<std::size_t>(at - before.begin());
            EXPECT_FALSE(there.touched.count(i) || back.touched.count(i)) << line;
        }
        EXPECT_GT(same, before.size() / 2) << entry.path();
    }
    EXPECT_GT(files, 0u);
}

TEST(EngineRoundTrip, HugoToJekyllToHugoKeepsEveryLineOutsideTheEdits) {
    expect_round_trip("hugo", kHugo, kLiquid,
                      {"> [!NOTE]", "> The policy manual changes every few months\\!",
                       ": A definition list item, which Goldmark reads with its extension.",
                       "<details>", "1. two", "[^1]: Footnotes stay where they are.",
                       "Packaging a tool for Debian is mostly _reading_ policy. See the [previous post][prev]"});
}

TEST(EngineRoundTrip, JekyllToHugoToJekyllKeepsEveryLineOutsideTheEdits) {
    expect_round_trip("jekyll", kLiquid, kHugo,
                      {"> [!TIP]", ": A kramdown definition list.", "<div class=\"aside\" markdown=\"1\">",
                       "[^note]: It stays.", "+ two", "  \"hello #{name}\""});
}

// Where a round trip cannot give the source back, the line is one the first pass reported.
TEST(EngineRoundTrip, HighlightAndPostUrlComeBackByteForByte) {
    const std::string hugo = "{{< highlight sh \"linenos=table\" >}}\nls\n{{< /highlight >}}\n";
    EXPECT_EQ(translate(translate(hugo, kHugo, kLiquid).text, kLiquid, kHugo).text, hugo);
    const std::string jekyll = "A [ref]({% post_url 2020-01-05-checklist %}).\n";
    EXPECT_EQ(translate(translate(jekyll, kLiquid, kHugo).text, kHugo, kLiquid).text, jekyll);
}

}  // namespace
}  // namespace folio
