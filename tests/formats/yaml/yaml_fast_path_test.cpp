#include "formats/yaml/yaml_fast_path.hpp"

#include <gtest/gtest.h>

#include <string>

#include "formats/yaml/yaml_front_matter.hpp"

namespace folio {
namespace {

// A Markdown file whose YAML front matter starts on line 2, after the `---` fence.
struct YamlFile {
    explicit YamlFile(const std::string& front_matter)
        : source("a.md", "---\n" + front_matter + "---\nBody text.\n"),
          end(4 + front_matter.size()),
          fast(decode_simple_yaml_front_matter(source, 4, end)) {}

    Result<FrontMatter> decode() const { return decode_yaml_front_matter(source, 4, end); }
    Result<FrontMatter> decode_with_yaml_cpp() const {
        return decode_yaml_front_matter_with_yaml_cpp(source, 4, end);
    }

    SourceText source;
    std::size_t end;
    std::optional<FrontMatter> fast;
};

Value text(const char* s) { return Value{std::string(s)}; }

std::string where(const SourcePos& pos) {
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

TEST(YamlFastPath, DecodesHugoPaperModFrontMatter) {
    const YamlFile file(
        "title: \"From Blog to EPUB\"\n"
        "date: 2026-03-02T07:45:00-05:00\n"
        "tags: [\"epub\", e-books, 3]\n"
        "draft: false\n"
        "# the cover PaperMod shows\n"
        "cover:\n"
        "  image: \"/img/cover.jpg\"\n"
        "  alt: 'It''s green'\n"
        "\n"
        "series:\n"
        "  - Publishing\n"
        "  - 'Blogging'\n"
        "weight: 7 # after the others\n");
    ASSERT_TRUE(file.fast.has_value());
    const Map& entries = file.fast->entries;
    ASSERT_EQ(entries.size(), 7u);
    EXPECT_EQ(entries[0], (std::pair<std::string, Value>("title", text("From Blog to EPUB"))));
    EXPECT_TRUE(std::holds_alternative<Date>(entries[1].second.data));
    EXPECT_EQ(entries[2].second,
              (Value{ValueList{text("epub"), text("e-books"), Value{std::int64_t{3}}}}));
    EXPECT_EQ(entries[3].second, Value{false});
    EXPECT_EQ(entries[4].second,
              (Value{Map{{"image", text("/img/cover.jpg")}, {"alt", text("It's green")}}}));
    EXPECT_EQ(entries[5].second, (Value{ValueList{text("Publishing"), text("Blogging")}}));
    EXPECT_EQ(entries[6].second, Value{std::int64_t{7}});

    // Values are placed where they start; a nested map or list where its first line starts.
    const std::vector<SourcePos>& at = file.fast->positions;
    ASSERT_EQ(at.size(), 7u);
    EXPECT_EQ(where(at[0]), "2:8");
    EXPECT_EQ(where(at[2]), "4:7");
    EXPECT_EQ(where(at[4]), "8:3");
    EXPECT_EQ(where(at[5]), "12:3");
    EXPECT_EQ(where(at[6]), "14:9");
}

TEST(YamlFastPath, DecodesDoubleQuotedEscapesAsUtf8) {
    const YamlFile file("title: \"a\\\"b \\u00e9 \\U0001F600 \\x41 \\t\\\\ \\/\"\n");
    ASSERT_TRUE(file.fast.has_value());
    EXPECT_EQ(file.fast->entries[0].second, text("a\"b \xC3\xA9 \xF0\x9F\x98\x80 A \t\\ /"));
}

TEST(YamlFastPath, TypesPlainScalarsAndKeepsQuotedOnesText) {
    const YamlFile file("a: 12\nb: '12'\nc: ~\nd: \"true\"\ne: true\nf: C# rocks # comment\n");
    ASSERT_TRUE(file.fast.has_value());
    const Map& entries = file.fast->entries;
    EXPECT_EQ(entries[0].second, Value{std::int64_t{12}});
    EXPECT_EQ(entries[1].second, text("12"));
    EXPECT_EQ(entries[2].second, Value{Null{}});
    EXPECT_EQ(entries[3].second, text("true"));
    EXPECT_EQ(entries[4].second, Value{true});
    EXPECT_EQ(entries[5].second, text("C# rocks"));
}

TEST(YamlFastPath, PlacesAnEmptyValueAtItsKey) {
    const YamlFile file("title: x\nsummary:\nnext: y\n");
    ASSERT_TRUE(file.fast.has_value());
    EXPECT_EQ(file.fast->entries[1].second, Value{Null{}});
    EXPECT_EQ(where(file.fast->positions[1]), "3:1");
}

TEST(YamlFastPath, LeavesEverythingUnusualToYamlCpp) {
    for (const char* document : {
             "title: &a x\nother: *a\n",   // anchors and aliases
             "title: !!str 12\n",          // tags
             "title: |\n  block\n",        // block scalars
             "title: {a: 1}\n",            // flow maps
             "title: plain\n  folded\n",   // multi-line plain scalars
             "title: \"two\n  lines\"\n",  // multi-line quoted scalars
             "title:\tx\n",                // tabs
             "\"quoted key\": x\n",        // keys other than plain words
             "a: 1\na: 2\n",               // duplicate keys
             "title: a: b\n",              // errors of every kind
         }) {
        const YamlFile file(document);
        EXPECT_FALSE(file.fast.has_value()) << document;
    }
}

TEST(YamlFastPath, LeavesErrorsAndTheirMessagesToYamlCpp) {
    for (const char* document : {"title: \"a\\q\"\n", "title: a: b\n",
                                 "tags: [a, b\n", "null: x\n"}) {
        const YamlFile file(document);
        const Result<FrontMatter> decoded = file.decode();
        const Result<FrontMatter> by_yaml_cpp = file.decode_with_yaml_cpp();
        ASSERT_FALSE(decoded.ok()) << document;
        ASSERT_FALSE(by_yaml_cpp.ok()) << document;
        EXPECT_EQ(format_diagnostic(decoded.error()), format_diagnostic(by_yaml_cpp.error()));
    }
    const YamlFile duplicate("a: 1\na: 2\n");
    const Result<FrontMatter> repeated = duplicate.decode();
    ASSERT_TRUE(repeated.ok());
    ASSERT_EQ(repeated->warnings.size(), 1u);
    EXPECT_EQ(format_diagnostic(repeated->warnings[0]),
              "a.md:3:1: warning: duplicate key 'a': the last value is used, as Hugo does "
              "[front-matter.duplicate-key]\n"
              "    a: 2\n"
              "    ^\n");
}

TEST(YamlFastPath, LeavesMapsOfHundredsOfKeysToYamlCpp) {
    std::string small;
    for (int i = 0; i < 200; ++i) {
        small += "key" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    }
    std::string large = small;
    for (int i = 200; i < 300; ++i) large += "key" + std::to_string(i) + ": x\n";
    const YamlFile fast(small);
    ASSERT_TRUE(fast.fast.has_value());
    EXPECT_EQ(fast.fast->entries.size(), 200u);
    EXPECT_EQ(where(fast.fast->positions[199]), "201:9");
    const YamlFile slow(large);
    EXPECT_FALSE(slow.fast.has_value());
    ASSERT_TRUE(slow.decode().ok());
    EXPECT_EQ(slow.decode()->entries.size(), 300u);
}

TEST(YamlFastPath, ReadsOnlyCommentsAsNoKeysAtAll) {
    const YamlFile file("# nothing yet\n\n");
    ASSERT_TRUE(file.fast.has_value());
    EXPECT_TRUE(file.fast->entries.empty());
}

}  // namespace
}  // namespace folio
