#include <gtest/gtest.h>

#include "src/text/reader_labels.hpp"

namespace folio {
namespace {

TEST(ReaderLabels, FollowTheLanguagesPrimarySubtagInAnyCase) {
    EXPECT_EQ(reader_labels("nl").contents, "Inhoud");
    EXPECT_EQ(reader_labels("NL-be").notes, "Noten");
    EXPECT_EQ(reader_labels("de_DE").back_to_reference, "Zurück zur Verweisstelle");
    EXPECT_EQ(reader_labels("fr").contents, "Table des matières");
}

TEST(ReaderLabels, AreEnglishForOtherLanguagesAndNone) {
    EXPECT_EQ(reader_labels("ja").contents, "Contents");
    EXPECT_EQ(reader_labels("").landmarks, "Landmarks");
    EXPECT_EQ(reader_labels("nld").contents, "Contents");  // a three-letter code is another language
}

}  // namespace
}  // namespace folio
