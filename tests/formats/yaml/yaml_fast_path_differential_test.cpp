// The fast YAML path must decode every document it accepts exactly as yaml-cpp does: same keys
// in the same order, same typed values, same positions. These tests hold the two paths against
// each other over real front matter (the examples, a generated corpus) and thousands of
// generated tricky documents, and say how many took the fast path.

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "src/pipeline/split_front_matter.hpp"
#include "tests/formats/yaml/yaml_paths_compare.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using yaml_test::compare_paths;

struct Tally {
    int fast = 0;
    int fallback = 0;
    int yaml_cpp_errors = 0;

    void count(const yaml_test::PathComparison& c) {
        (c.fast ? fast : fallback) += 1;
        if (!c.yaml_cpp_ok) ++yaml_cpp_errors;
    }
    std::string summary(const std::string& what) const {
        return what + ": " + std::to_string(fast + fallback) + " documents, " +
               std::to_string(fast) + " on the fast path, " + std::to_string(fallback) +
               " fell back to yaml-cpp (" + std::to_string(yaml_cpp_errors) +
               " of all are errors for yaml-cpp)";
    }
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Every Markdown file under `dir`, in a stable order, skipping npm's node_modules.
std::vector<fs::path> markdown_files(const fs::path& dir) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
         ++it) {
        if (it->is_directory() && it->path().filename() == "node_modules") {
            it.disable_recursion_pending();
        } else if (it->path().extension() == ".md") {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The YAML front matter of every Markdown file under `dir`, compared both ways.
Tally compare_directory(const fs::path& dir) {
    Tally tally;
    for (const fs::path& file : markdown_files(dir)) {
        const SourceText source(file.string(), read_file(file));
        const auto split = split_front_matter(source);
        if (!split || split->syntax != FrontMatterSyntax::yaml) continue;
        const std::string front_matter =
            source.text().substr(split->begin, split->end - split->begin);
        const auto comparison = compare_paths(front_matter);
        tally.count(comparison);
        EXPECT_EQ(comparison.mismatch, "") << file << "\n" << front_matter;
    }
    return tally;
}

TEST(YamlFastPathDifferential, DecodesTheExamplePostsAsYamlCppDoes) {
    const Tally tally = compare_directory(fs::path(FOLIO_SOURCE_DIR) / "examples" / "posts");
    std::cout << tally.summary("examples/posts") << "\n";
    EXPECT_GE(tally.fast + tally.fallback, 5);
    EXPECT_EQ(tally.fallback, 0) << "every example's front matter is simple YAML";
}

TEST(YamlFastPathDifferential, DecodesEveryTestFixtureAsYamlCppDoes) {
    const Tally tally = compare_directory(fs::path(FOLIO_SOURCE_DIR) / "tests");
    std::cout << tally.summary("Markdown files under tests/") << "\n";
    EXPECT_GE(tally.fast, 5);
}

TEST(YamlFastPathDifferential, DecodesEveryFrontMatterOfAGeneratedCorpusAsYamlCppDoes) {
    const fs::path out = fs::temp_directory_path() /
                         ("folio-yaml-corpus-" + std::to_string(::getpid()));
    const std::string command = "/usr/bin/python3 '" FOLIO_SOURCE_DIR
                                "/bench/generate_corpus.py' '" + out.string() +
                                "' --count 2000 >/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const Tally tally = compare_directory(out / "articles");
    fs::remove_all(out);
    std::cout << tally.summary("generated corpus") << "\n";
    EXPECT_EQ(tally.fast, 2000) << "the benchmark's front matter must all take the fast path";
}

// Documents that exercise one rule each: quoting, escapes, comments, colons, lists, nesting,
// and a good number of shapes the fast path must leave to yaml-cpp.
const char* const kHandWritten[] = {
    "title: Hello\n",
    "title: \"nbsp\\_and next line\\N\"\n\"key\\_with\\Nescapes\": 1\n",
    "title: Hello world  \n",
    "title: 'it''s'\n",
    "title: \"a\\\"b\"\n",
    "title: \"\\u00e9t\\u00E9 \\U0001F600 \\x41\\xe9\"\n",
    "title: \"tab\\there\\nnew \\r \\0 \\a \\b \\v \\f \\e \\/ \\\\ \\' \\ \"\n",
    "title: \"\\L\\P\"\n",
    "title: \"\\N\"\n",
    "title: \"\\_\"\n",
    "title: \"\\q\"\n",
    "title: \"\\uD800\"\n",
    "title: \"\\u12\"\n",
    "title: \"\\U00110000\"\n",
    "title: \"a # not a comment\"\n",
    "title: 'a # not a comment'\n",
    "title: a # a comment\n",
    "title: a# not a comment\n",
    "title: C# and F#\n",
    "title: \"x\" # comment\n",
    "title: \"x\"# no\n",
    "title: \"x\" y\n",
    "title: 'x' y\n",
    "title: a: b\n",
    "title: \"a: b\"\n",
    "title: a:b\n",
    "url: http://example.com/a?b=c#frag\n",
    "title: ends with colon:\n",
    "title: a [b] c, d {e}\n",
    "title: a 'b' \"c\"\n",
    "title: -x\n",
    "title: - x\n",
    "n: -7\nm: +3\nh: 0x1F\no: 0o17\nf: 1.5\ne: 1e3\ni: -.inf\nnan: .nan\n"
    "big: 99999999999999999999\n",
    "a: ~\nb: null\nc: NULL\nd:\ne: true\nf: FALSE\ng: yes\n",
    "d1: 2025-12-21\nd2: 2023-08-10T21:02:22.444Z\nd3: 2026-03-02T07:45:00-05:00\n"
    "d4: 2025-02-30\nv: 1.2.3\n",
    "title: café ☕ 日本語\nnaïve: ja\n",
    "title: ''\nsub: \"\"\n",
    "title: ' lead and trail '\nsub: \" both \"\n",
    "title: 'unterminated\n",
    "title: \"unterminated\n",
    "title: \"multi\n  line\"\n",
    "title: 'multi\n  line'\n",
    "title: plain\n  continued\n",
    "tags: [a, \"b\", 3]\n",
    "tags: []\nmore: [ ]\n",
    "tags: [ a , b ]\n",
    "tags: [a b, 'c d', \"e\"]\n",
    "tags: [a, [b]]\n",
    "tags: [a,]\n",
    "tags: [a, , b]\n",
    "tags: [a: b]\n",
    "tags: [-1, -x, 2.5, true, ~, 2025-01-01]\n",
    "tags: [a\n",
    "tags: [a] x\n",
    "tags: [a] # comment\n",
    "tags: [{a: 1}]\n",
    "tags: [a?b]\n",
    "tags: [a#b]\n",
    "tags: [-]\n",
    "tags: [a,\n  b]\n",
    "tags:\n  - a\n  - 'b'\n  - \"c\"\n  - 4\n",
    "tags:\n- a\n- b\nnext: 1\n",
    "tags:\n    - a\n    - b\n",
    "tags:\n  - a\n   - b\n",
    "tags:\n  - a\n - b\n",
    "tags:\n  -\n  - b\n",
    "tags:\n  - - a\n",
    "tags:\n  - [a, b]\n  - c\n",
    "tags:\n  - a # comment\n  # between\n  - b\n",
    "tags:\n  - a\n    continued\n",
    "authors:\n  - name: Ann\n    url: https://a.example\n  - name: Bob\n",
    "authors:\n- name: Ann\n  url: x\n- name: Bob\n",
    "authors:\n  - name: Ann\n    tags: [a, b]\n    links:\n      - x\n      - y\n",
    "cover:\n  image: \"/img/a.png\"\n  alt: \"Alt\"\n  caption: \"\"\n  relative: false\n",
    "cover:\n    image: a\n    alt: b\ntitle: c\n",
    "cover:\n  image: a\n   alt: b\n",
    "cover:\n  image: a\n alt: b\n",
    "cover:\n  image:\n  alt: b\n",
    "cover:\n  inner:\n    deeper:\n      deepest:\n        bottom: 1\n",
    "cover:\n  inner:\n    deeper: 1\n  back: 2\n",
    "params:\n  a: true\n  b: [a, b, c]\n",
    "a: 1\na: 2\n",
    "cover:\n  a: 1\n  a: 2\n",
    "# leading comment\ntitle: x\n\n   \n# trailing\n",
    "title: x\n  # indented comment\nnext: y\n",
    "title: x\n      # deep comment\n",
    "# only a comment\n",
    "",
    "\n\n",
    "  title: indented\n  sub: too\n",
    "  title: indented\nsub: less\n",
    "title: x\n  sub: more\n",
    "key: # comment\n",
    "key:   \n",
    "key:\n",
    "key:\nnext: 2\n",
    "k.e-y_1: v\n",
    "123: v\n",
    "true: v\n",
    "null: v\n",
    "with space: v\n",
    "\"quoted key\": v\n",
    "'quoted key': v\n",
    "? complex\n: v\n",
    "title: !!str 12\n",
    "title: &a x\nother: *a\n",
    "title: |\n  block\n",
    "title: >\n  folded\n",
    "title: {a: 1}\n",
    "title:\tx\n",
    "\ttitle: x\n",
    "title: x\t\n",
    "title: @x\n",
    "title: `x`\n",
    "title: %x\n",
    "title: ?x\n",
    "title: :x\n",
    "title: x\n---\nmore: y\n",
    "title: x\n...\n",
    "- a\n- b\n",
    "just a scalar\n",
    "title: a\\b\n",
    "title: \"a\\\\b\"\n",
    "title: '\"'\n",
    "title: \"'\"\n",
    "title: x\nextra: [\"a\\\"b\", 'c''d']\n",
    "\xEF\xBB\xBFtitle: bom first\n",
    "title: x\n\xEF\xBB\xBFnext: bom later\n",
    "title: a\xEF\xBB\xBF" "b\nnext: \xC2\xA0nbsp\n",
    "title: nel\xC2\x85here\nls: a\xE2\x80\xA8" "b\n",
    "\xC2\xA0key: x\n",
    "k\xC3\xABy: x\n",
    "title: \xFF\xFE invalid utf-8\n",
    "\xFF\xFEtitle: x\n",
    "title: \x7F\n",
};

TEST(YamlFastPathDifferential, DecodesHandWrittenTrickyDocumentsAsYamlCppDoes) {
    Tally tally;
    for (const char* document : kHandWritten) {
        const auto comparison = compare_paths(document);
        tally.count(comparison);
        EXPECT_EQ(comparison.mismatch, "") << document;
    }
    std::cout << tally.summary("hand-written documents") << "\n";
    EXPECT_GT(tally.fast, 40);
    EXPECT_GT(tally.fallback, 40);
}

// Random front matter assembled from tricky pieces, some of them then damaged by a random
// edit, so the documents cover both what the fast path takes and the edges where it must not.
class DocumentGenerator {
public:
    explicit DocumentGenerator(unsigned seed) : rng_(seed) {}

    std::string document() {
        std::string out;
        const int entries = pick(1, 8);
        for (int i = 0; i < entries; ++i) {
            maybe_noise(out, 0);
            out += key() + ":";
            value(out, 0, 0);
        }
        maybe_noise(out, 0);
        if (chance(15)) damage(out);
        return out;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
    bool chance(int percent) { return pick(1, 100) <= percent; }
    template <std::size_t N>
    const char* one_of(const char* const (&items)[N]) {
        return items[static_cast<std::size_t>(pick(0, static_cast<int>(N) - 1))];
    }

    // Mostly keys and values the fast path takes, with edge cases mixed in often enough that
    // many documents hit one.
    std::string key() {
        static const char* const kKeys[] = {"title", "date", "tags", "a", "b_c", "x-y", "k.v",
                                            "naïve", "123", "true", "cover", "image", "alt",
                                            "draft", "z", "url", "weight", "series"};
        static const char* const kOddKeys[] = {"null", "with space", "\"q\"", "'q'", "-k",
                                               ".k", "k:", "~", "\xEF\xBB\xBFk"};
        if (!chance(95)) return one_of(kOddKeys);
        // A numbered key most of the time, so duplicate keys stay one edge case among many.
        return std::string(one_of(kKeys)) + (chance(85) ? std::to_string(++keys_) : "");
    }

    std::string scalar() {
        static const char* const kScalars[] = {
            "Hello", "Hello world", "a:b", "http://x.y/z?q=1#f", "C# and F#", "value # comment",
            "value #", "trail   ", "12", "-7", "+3", "0x1F", "0o17", "1.5", "1e3", ".nan",
            ".inf", "-.inf", "~", "null", "true", "FALSE", "yes", "no", "2025-12-21",
            "2023-08-10T21:02:22.444Z", "2026-03-02T07:45:00-05:00", "2025-12-21 10:00:00",
            "2025-02-30", "1.2.3", "café", "日本語 ☕", "a [b] c", "a, b", "-x", "x -",
            "a 'b' c", "a \"b\" c", "x:", "a\\b", "'it''s'", "''", "'a # b'", "'a: b'",
            "' lead'", "'trail '", "'x' # c", "\"a\\\"b\"", "\"\"", "\"\\u00e9\"",
            "\"\\U0001F600\"", "\"\\x41\\xe9\"", "\"\\t\\n\\r\\0\"", "\"\\/\"",
            "\"\\ \"", "\"\\L\\P\"", "\"a # b\"", "\"a: b\"", "\"x\" # c", "\"\\\\\"",
            "\"'\"", "[a, \"b\", 3]", "[]", "[ ]", "[a,b]", "[ a , b ]", "[-1, -x]",
            "['x', \"y\"]", "[a b, c]", "[a] # c", "[a #b]", "[true, ~, 2025-01-01, 1.5]",
            "\xC2\xA0nbsp", "ls\xE2\x80\xA8" "x", "\xEF\xBB\xBF" "bom", "nel\xC2\x85",
            "'\xC2\xA0'"};
        static const char* const kOddScalars[] = {
            "a: b", "{x}", "- x", "@x", "`x`", "%x", "!x", "&a x", "*a", "|", ">", "?x", ":x",
            "'unterminated", "'x' y", "\"\\N\"", "\"\\q\"", "\"\\uD800\"", "\"x\"y",
            "\"unterminated", "[a, [b]]", "[a,]", "[a: b]", "[a", "[a] x", "[a?b]", "[a#b]",
            "\"multi", "# comment", "!!str 1", "[a, {b: c}]", "{a: 1}"};
        return chance(90) ? one_of(kScalars) : one_of(kOddScalars);
    }

    // Comment lines, blank lines and lines of spaces, at a random indentation.
    void maybe_noise(std::string& out, int indent) {
        if (chance(15)) out += spaces(pick(0, indent + 4)) + "# note\n";
        if (chance(10)) out += "\n";
        if (chance(5)) out += spaces(pick(1, 6)) + "\n";
    }

    static std::string spaces(int count) {
        return std::string(static_cast<std::size_t>(count), ' ');
    }

    std::string indent_for(int parent) {
        static const int kSteps[] = {2, 2, 2, 2, 2, 4, 4, 1, 3, 0};
        return std::string(static_cast<std::size_t>(parent + kSteps[pick(0, 9)]), ' ');
    }

    // After "key:" — an inline value, nothing, a block list or a nested map.
    void value(std::string& out, int indent, int depth) {
        const int kind = depth >= 3 ? 0 : pick(0, 9);
        if (kind <= 5) {
            out += (chance(90) ? " " : "  ") + scalar() + (chance(10) ? "  " : "") + "\n";
        } else if (kind == 6) {
            out += chance(50) ? "\n" : "   \n";
        } else if (kind == 7 || kind == 8) {
            out += "\n";
            const std::string pad = chance(30) ? std::string(static_cast<std::size_t>(indent), ' ')
                                               : indent_for(indent);
            const int items = pick(1, 4);
            for (int i = 0; i < items; ++i) {
                maybe_noise(out, indent);
                out += pad + "-";
                if (kind == 8 && chance(60)) {
                    const std::string inner(pad.size() + 2, ' ');
                    out += " " + key() + ":";
                    value(out, static_cast<int>(inner.size()), depth + 1);
                    const int more = pick(0, 2);
                    for (int j = 0; j < more; ++j) {
                        out += inner + key() + ":";
                        value(out, static_cast<int>(inner.size()), depth + 1);
                    }
                } else {
                    out += " " + scalar() + "\n";
                }
            }
        } else {
            out += "\n";
            const std::string pad = indent_for(indent);
            const int entries = pick(1, 4);
            for (int i = 0; i < entries; ++i) {
                maybe_noise(out, static_cast<int>(pad.size()));
                out += pad + key() + ":";
                value(out, static_cast<int>(pad.size()), depth + 1);
            }
        }
    }

    // One random edit: a character removed, inserted or swapped for YAML punctuation.
    void damage(std::string& out) {
        if (out.empty()) return;
        static const char kPunctuation[] = " :#-'\"[],{}\t\n!&*|>\\x";
        const auto at = static_cast<std::size_t>(pick(0, static_cast<int>(out.size()) - 1));
        const char c = kPunctuation[pick(0, static_cast<int>(sizeof kPunctuation) - 2)];
        switch (pick(0, 2)) {
            case 0: out.erase(at, 1); break;
            case 1: out.insert(at, 1, c); break;
            case 2: out[at] = c; break;
        }
    }

    std::mt19937 rng_;
    int keys_ = 0;
};

TEST(YamlFastPathDifferential, DecodesThousandsOfGeneratedDocumentsAsYamlCppDoes) {
    DocumentGenerator generator(20261123);
    Tally tally;
    int mismatches = 0;
    for (int i = 0; i < 10000; ++i) {
        const std::string document = generator.document();
        const auto comparison = compare_paths(document);
        tally.count(comparison);
        if (!comparison.mismatch.empty() && ++mismatches <= 10) {
            ADD_FAILURE() << "document " << i << ":\n" << document << "\n" << comparison.mismatch;
        }
    }
    EXPECT_EQ(mismatches, 0);
    std::cout << tally.summary("generated documents") << "\n";
    EXPECT_GT(tally.fast, 2000);
    EXPECT_GT(tally.fallback, 2000);
}

}  // namespace
}  // namespace folio
