#include "src/text/mojibake.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>

#include "src/text/utf8.hpp"

namespace folio {
namespace {

TEST(FindMojibake, FindsUtf8ReadAsMacRoman) {
    const auto runs = find_mojibake("ge√Øntegreerde");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].offset, 2u);
    EXPECT_EQ(runs[0].length, 5u);  // √ (3 bytes) and Ø (2 bytes)
    EXPECT_EQ(runs[0].found, "√Ø");
    EXPECT_EQ(runs[0].repaired, "ï");
    EXPECT_EQ(runs[0].codec, "Mac Roman");
}

TEST(FindMojibake, FindsUtf8ReadAsWindows1252) {
    const auto runs = find_mojibake("cafÃ© and itâ€™s");
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].offset, 3u);
    EXPECT_EQ(runs[0].found, "Ã©");
    EXPECT_EQ(runs[0].repaired, "é");
    EXPECT_EQ(runs[0].codec, "Windows-1252");
    EXPECT_EQ(runs[1].found, "â€™");
    EXPECT_EQ(runs[1].repaired, "’");
    EXPECT_EQ(runs[1].codec, "Windows-1252");
}

TEST(FindMojibake, JoinsAdjacentSequencesOfOneCodePageIntoOneRun) {
    const auto runs = find_mojibake("Ã©Ã¨!");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].found, "Ã©Ã¨");
    EXPECT_EQ(runs[0].repaired, "éè");
}

TEST(FindMojibake, AcceptsC1ControlsForTheBytesWindows1252LeavesUndefined) {
    // `”` is E2 80 9D; 0x9D is undefined in Windows-1252 and lenient decoders give U+009D.
    const auto runs = find_mojibake("â€œquotedâ€\u009D");
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].repaired, "“");
    EXPECT_EQ(runs[1].repaired, "”");
    // ISO 8859-1 readers turn every byte 0x80..0x9F into a C1 control, even defined ones.
    EXPECT_EQ(repair_mojibake("it\u00E2\u0080\u0099s"), "it’s");
}

TEST(FindMojibake, FindsFourByteEmojiAndTheByteOrderMark) {
    EXPECT_EQ(repair_mojibake("ðŸ˜€ fun"), "😀 fun");
    EXPECT_EQ(repair_mojibake("\uF8FFüòÄ fun"), "😀 fun");  // Mac Roman F0 is the Apple logo
    EXPECT_EQ(repair_mojibake("ï»¿title"), "\uFEFFtitle");
    EXPECT_EQ(repair_mojibake("Ôªøtitle"), "\uFEFFtitle");
}

// Every letter and sign of Latin-1 and Latin Extended-A, written in UTF-8 and read as
// Windows-1252, is found and repaired, behind ASCII of every length up to the eight bytes the
// search skips at a time and before more ASCII. The characters of the mistake are mostly
// below U+0180 (looked up in a table) and partly above it (`€` `‚` `„`, searched).
TEST(FindMojibake, FindsEveryTwoByteLatinCharacterReadAsWindows1252) {
    // Windows-1252's 0x80..0x9F; its five undefined bytes as the C1 controls lenient decoders give.
    constexpr std::array<char32_t, 32> k80 = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    const auto as_windows_1252 = [&](unsigned char byte) {
        std::string out;
        append_utf8(out, byte >= 0x80 && byte < 0xA0 ? k80[byte - 0x80] : char32_t{byte});
        return out;
    };
    for (char32_t c = 0xA0; c < 0x180; ++c) {
        std::string meant;
        append_utf8(meant, c);
        std::string misread;
        for (const char byte : meant) misread += as_windows_1252(static_cast<unsigned char>(byte));
        const std::string before(c % 10, 'a');
        const auto runs = find_mojibake(before + misread + " b");
        ASSERT_EQ(runs.size(), 1u) << "U+" << std::hex << static_cast<unsigned>(c);
        EXPECT_EQ(runs[0].offset, before.size());
        EXPECT_EQ(runs[0].found, misread);
        EXPECT_EQ(runs[0].repaired, meant);
        EXPECT_EQ(runs[0].codec, "Windows-1252");
    }
}

TEST(FindMojibake, RepairsEveryRunAndLeavesTheRestAlone) {
    EXPECT_EQ(repair_mojibake("naÃ¯ve cafÃ© â€” ok"), "naïve café — ok");
    EXPECT_EQ(repair_mojibake("caf√©‚Äôs ‚Äî ok"), "café’s — ok");
    EXPECT_EQ(repair_mojibake("Romanian È™i"), "Romanian și");
}

TEST(FindMojibake, IgnoresASequenceThatIsCutShort) {
    // `â€` without its third byte (a dropped 0x9D) is not UTF-8: nothing to repair reliably.
    EXPECT_TRUE(find_mojibake("â€ end").empty());
    EXPECT_TRUE(find_mojibake("Ã").empty());
}

TEST(FindMojibake, DoesNotFlagOrdinaryEuropeanText) {
    for (const char* text : {
             "café",
             "geïntegreerde",
             "Ärger",
             "Ångström",
             "naïve",
             "€ 5",
             "a — b",
             "😀 ❤️ 👍🏽",
             "Straße",
             "„Fuß“",
             "“Ärger”",
             "—Über",
             "«Él» dijo",
             "…Écoute",
             "‘école’",
             "¿Qué pasó?",
             "Ça coûte 5 €",
             "Øresund",
             "Łódź",
             "Dvořák",
             "l’été",
             "À bientôt",
             "30 °C",
             "© 2025",
             "ÉCOLE ÉLÉMENTAIRE",
             "Ex-Ægypt",
             "Tiếng Việt",
             "日本語",
         }) {
        EXPECT_TRUE(find_mojibake(text).empty()) << text;
        EXPECT_EQ(repair_mojibake(text), text);
    }
}

TEST(FindMojibake, SkipsInvalidUtf8InTheSearchedText) {
    EXPECT_EQ(repair_mojibake("\xFF"
                              "cafÃ©"),
              "\xFF"
              "café");
}

}  // namespace
}  // namespace folio
