// The two ways a chapter page is made must give the same document: `chapter_around` puts the
// renderer's body in as it is, `build_chapter` parses and re-serialises it.
#include "formats/epub/chapter.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "formats/markdown/markdown_reader.hpp"
#include "src/render/html_body.hpp"

namespace folio::epub {
namespace {

ChapterHeading sample_heading() {
    ChapterHeading heading;
    heading.title = "A & B <title>";
    heading.language = "nl";
    heading.date_iso = "2025-11-03";
    heading.date_human = "3 november 2025";
    heading.categories = {"AI & Technologie"};
    heading.tags = {"a", "b"};
    heading.summary = "Summary \"quoted\"";
    heading.id_prefix = "c3-";
    return heading;
}

/// The page as pugixml reads it, written back in one canonical form.
std::string canonical(const std::string& page) {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(page.data(), page.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    EXPECT_TRUE(parsed) << parsed.description() << "\n" << page;
    std::ostringstream out;
    document.save(out, "", pugi::format_raw);
    return out.str();
}

struct Compared {
    bool raw_html = false;
    bool same = false;
};

/// Renders `markdown` as the EPUB writer does and builds the chapter both ways.
Compared compare(const std::string& markdown) {
    Diagnostics diagnostics;
    const SourceText source("a.md", markdown);
    const Body body = read_markdown_body(source, 0, source.text().size(), diagnostics);
    Compared result;
    std::vector<SectionEntry> sections;
    HtmlOptions options;
    options.id_prefix = "c3-";
    options.heading_ids = true;
    options.cell_alignment = HtmlOptions::CellAlignment::css_class;
    options.on_heading = [&](int level, std::string_view id, std::string_view inner) {
        if (level != 2) return;
        if (std::optional<SectionEntry> entry = section_entry(id, inner))
            sections.push_back(std::move(*entry));
    };
    options.raw_html = [&](std::string_view html, bool) {
        result.raw_html = true;
        return std::string(html);
    };
    const std::string html = render_html(body.blocks, body.footnotes, options);
    if (result.raw_html) return result;
    const std::optional<ChapterDocument> direct = chapter_around(sample_heading(), html, sections);
    const std::optional<ChapterDocument> parsed = build_chapter(sample_heading(), html);
    EXPECT_TRUE(direct.has_value()) << markdown;
    EXPECT_TRUE(parsed.has_value()) << markdown;
    if (!direct || !parsed) return result;
    result.same = canonical(direct->bytes) == canonical(parsed->bytes) &&
                  direct->sections.size() == parsed->sections.size();
    EXPECT_EQ(canonical(direct->bytes), canonical(parsed->bytes)) << markdown;
    EXPECT_EQ(direct->sections.size(), parsed->sections.size()) << markdown;
    for (std::size_t i = 0; i < std::min(direct->sections.size(), parsed->sections.size()); ++i) {
        result.same = result.same && direct->sections[i].id == parsed->sections[i].id &&
                      direct->sections[i].title == parsed->sections[i].title;
        EXPECT_EQ(direct->sections[i].id, parsed->sections[i].id) << markdown;
        EXPECT_EQ(direct->sections[i].title, parsed->sections[i].title) << markdown;
    }
    return result;
}

TEST(ChapterAround, GivesTheDocumentOfTheParsingPath) {
    for (const std::string markdown : {
             "",
             "Just a paragraph with *emphasis*, **strong**, `code <x>` & \\<escapes> \"quotes\" 'x' &amp; &#x27;.",
             "## A heading & more\n\nText.\n\n## A heading & more\n\n## `code` *in* [a link](/x)\n",
             "## ![only an image](/i.png)\n\n## 🙂\n\n## a\\\nb\n\n## 1 &lt; 2 &gt; 0 &quot;q&quot;\n",
             "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
             "> ## quoted heading\n>\n> - item\n>   ## in a list\n",
             "Text[^1].\n\n[^1]: A note with ## no heading\n\n## After[^1]\n",
             "- [x] done\n- [ ] todo\n\n1. one\n2. two\n",
             "```js\nconst a = 1 < 2 && 3 > 2;\n```\n\n    indented\n",
             "Line one  \nline two\\\nthree ~~struck~~ www.example.org <https://a.b/?q=1&r=2>",
             "## Setext\nover two lines\n---\n",
             "## The $\\alpha < \\beta$ rule\n\nSo $x^2$ and\n\n$$\\frac{a}{b}$$\n",
         }) {
        const Compared result = compare(markdown);
        EXPECT_FALSE(result.raw_html) << markdown;
        EXPECT_TRUE(result.same) << markdown;
    }
}

// A table of contents cannot show MathML: a heading's math is listed as its TeX (the
// MathML's own text and its annotation ran together as `α\alpha`).
TEST(SectionEntry, ListsMathInAHeadingAsItsTex) {
    Diagnostics diagnostics;
    const SourceText source("a.md", "## The $\\alpha$ rule\n");
    const Body body = read_markdown_body(source, 0, source.text().size(), diagnostics);
    std::string inner;
    HtmlOptions options;
    options.heading_ids = true;
    options.on_heading = [&](int, std::string_view, std::string_view html) { inner = html; };
    render_html(body.blocks, body.footnotes, options);
    const std::optional<SectionEntry> entry = section_entry("the-alpha-rule", inner);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->title, "The \\alpha rule");
}

// chapter_around writes the page's start as text, build_chapter through pugixml: byte for byte
// the same whatever the heading holds (markup characters, controls, NUL, white space in
// attributes, empty fields, each kind of cover).
TEST(ChapterAround, WritesTheHeadingAsPugixmlDoes) {
    const std::vector<std::string> values = {
        "",
        "plain",
        "A & B <c> \"d\" 'e' > f",
        "tab\there\nline\rcr",
        std::string("nul\0after", 9),
        "ctrl\x01\x1F end",
        "\xEF\xBF\xBE non-character, caf\xC3\xA9 \xF0\x9F\x99\x82",
        "\x01",
    };
    std::size_t compared = 0;
    for (std::size_t v = 0; v < values.size(); ++v) {
        const std::string& value = values[v];
        const std::string& other = values[(v + 3) % values.size()];
        for (int variant = 0; variant < 6; ++variant) {
            ChapterHeading heading;
            heading.title = value;
            heading.language = variant % 2 == 0 ? "nl" : other;
            heading.id_prefix = "c" + std::to_string(v) + "-" + (variant == 5 ? value : "");
            if (variant != 1) {
                heading.date_iso = variant == 2 ? value : "2025-11-03";
                heading.date_human = other;
            }
            if (variant == 0 || variant == 3) heading.categories = {value, other};
            if (variant == 0 || variant == 4) heading.tags = {other, "t"};
            heading.summary = variant == 3 ? "" : other;
            ChapterCover cover;
            switch (variant) {
                case 0: cover.href = value; cover.alt = other; cover.caption = value; break;
                case 1: cover.href = "img/x.png"; cover.alt = value; break;
                case 2: cover.caption = value; cover.link = other; break;
                case 3: cover.alt = other; break;
                case 4: cover.link = value; break;
                default: break;
            }
            if (variant != 5) heading.cover = cover;
            const std::optional<ChapterDocument> direct = chapter_around(heading, "", {});
            const std::optional<ChapterDocument> parsed = build_chapter(heading, "");
            ASSERT_TRUE(direct.has_value());
            ASSERT_TRUE(parsed.has_value());
            EXPECT_EQ(direct->bytes, parsed->bytes) << "value " << v << ", variant " << variant;
            ++compared;
        }
    }
    EXPECT_EQ(compared, values.size() * 6);
}

TEST(ChapterAround, RefusesABodyWithACharacterXmlRefuses) {
    EXPECT_FALSE(chapter_around(sample_heading(), "<p>a\x01</p>", {}).has_value());
}

// Every example of the GFM spec (Debian's cmark-gfm) without raw HTML: the same document
// either way.
TEST(ChapterAround, GivesTheDocumentOfTheParsingPathForEverySpecExample) {
    gzFile file = gzopen("/usr/share/doc/cmark-gfm/spec.txt.gz", "rb");
    ASSERT_NE(file, nullptr) << "the cmark-gfm package (scripts/packages/test-core.txt)";
    std::string spec;
    char buffer[65536];
    for (int n = 0; (n = gzread(file, buffer, sizeof buffer)) > 0;) spec.append(buffer, static_cast<std::size_t>(n));
    gzclose(file);
    const std::string fence = "```````````````````````````````` example";
    std::size_t compared = 0;
    std::size_t examples = 0;
    for (std::size_t at = spec.find(fence); at != std::string::npos; at = spec.find(fence, at + 1)) {
        const std::size_t start = spec.find('\n', at) + 1;
        const std::size_t end = spec.find("\n.\n", start);
        ASSERT_NE(end, std::string::npos);
        std::string markdown = spec.substr(start, end + 1 - start);
        for (std::size_t tab = markdown.find("→"); tab != std::string::npos;
             tab = markdown.find("→", tab))
            markdown.replace(tab, std::string("→").size(), "\t");
        ++examples;
        const Compared result = compare(markdown);
        if (result.raw_html) continue;
        ++compared;
        if (!result.same) ADD_FAILURE() << "spec example " << examples;
    }
    EXPECT_GT(examples, 600u);
    EXPECT_GT(compared, 500u);
    std::printf("chapter_around: %zu of %zu spec examples compared (the rest hold raw HTML)\n",
                compared, examples);
}

}  // namespace
}  // namespace folio::epub
