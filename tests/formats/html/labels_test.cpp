#include "formats/html/labels.hpp"

#include <gtest/gtest.h>

namespace folio::html {
namespace {

// A German, French or Spanish site had its dates in its language and every word around them
// (and its code blocks' copy button) in English.
TEST(Labels, SpeakTheLanguagesTheDatesSpeak) {
    EXPECT_EQ(labels_for("de").older, "Älter");
    EXPECT_EQ(labels_for("de-AT").copy, "Kopieren");
    EXPECT_EQ(labels_for("FR").copy, "Copier");
    EXPECT_EQ(labels_for("fr_CA").search, "Rechercher");
    EXPECT_EQ(labels_for("es-MX").newer, "Más recientes");
    EXPECT_EQ(page_of(labels_for("es"), 2, 5), "Página 2 de 5");
    EXPECT_EQ(page_of(labels_for("de"), 2, 5), "Seite 2 von 5");
}

// The mark of a draft `folio serve` shows, in each language the site speaks.
TEST(Labels, MarkADraftInEveryLanguage) {
    EXPECT_EQ(labels_for("en").draft, "Draft");
    EXPECT_EQ(labels_for("nl").draft, "Concept");
    EXPECT_EQ(labels_for("de").draft, "Entwurf");
    EXPECT_EQ(labels_for("fr").draft, "Brouillon");
    EXPECT_EQ(labels_for("es").draft, "Borrador");
}

TEST(Labels, AreDutchForNlAndEnglishForTheRest) {
    EXPECT_EQ(labels_for("nl-BE").older, "Ouder");
    EXPECT_EQ(labels_for("NL").older, "Ouder");
    EXPECT_EQ(labels_for("en").older, "Older");
    EXPECT_EQ(labels_for("pt-BR").older, "Older");
    EXPECT_EQ(labels_for("").older, "Older");
    // A tag that only starts like a known one is not it.
    EXPECT_EQ(labels_for("nld").older, "Older");
    EXPECT_EQ(labels_for("dex").older, "Older");
}

}  // namespace
}  // namespace folio::html
