#include "formats/html/labels.hpp"

namespace folio::html {

namespace {

constexpr Labels kEnglish{"Home",
                          "Older",
                          "Newer",
                          "Tags",
                          "Categories",
                          "Tag",
                          "Category",
                          "Page not found",
                          "There is no page at this address. The index lists every article.",
                          "Pages",
                          "More articles",
                          "Feeds",
                          "Page",
                          "of",
                          "min read",
                          "Archive",
                          "Related",
                          "By",
                          "Search",
                          "Search the articles",
                          "Searching needs JavaScript, which is off in this browser. Every "
                          "article is listed in the",
                          "No articles found.",
                          "1 article found.",
                          "{n} articles found.",
                          " The first {n} are shown.",
                          "The search index could not be loaded.",
                          " Searching older articles…",
                          "Copy",
                          "Copied",
                          "Copy failed"};

constexpr Labels kDutch{"Home",
                        "Ouder",
                        "Nieuwer",
                        "Tags",
                        "Categorieën",
                        "Tag",
                        "Categorie",
                        "Pagina niet gevonden",
                        "Op dit adres staat geen pagina. De index toont alle artikelen.",
                        "Pagina's",
                        "Meer artikelen",
                        "Feeds",
                        "Pagina",
                        "van",
                        "min leestijd",
                        "Archief",
                        "Gerelateerd",
                        "Door",
                        "Zoeken",
                        "Doorzoek de artikelen",
                        "Zoeken werkt met JavaScript, en dat staat uit in deze browser. Alle "
                        "artikelen staan in het",
                        "Geen artikelen gevonden.",
                        "1 artikel gevonden.",
                        "{n} artikelen gevonden.",
                        " De eerste {n} staan hieronder.",
                        "De zoekindex kon niet worden geladen.",
                        " Oudere artikelen worden doorzocht…",
                        "Kopiëren",
                        "Gekopieerd",
                        "Kopiëren mislukt"};

}  // namespace

const Labels& labels_for(std::string_view language) {
    const bool dutch = language.size() >= 2 && (language[0] == 'n' || language[0] == 'N') &&
                       (language[1] == 'l' || language[1] == 'L') &&
                       (language.size() == 2 || language[2] == '-' || language[2] == '_');
    return dutch ? kDutch : kEnglish;
}

std::string page_of(const Labels& labels, std::size_t page, std::size_t pages) {
    return std::string(labels.page) + ' ' + std::to_string(page) + ' ' + std::string(labels.of) +
           ' ' + std::to_string(pages);
}

}  // namespace folio::html
