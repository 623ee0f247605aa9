#include "formats/html/labels.hpp"

#include "src/text/ascii_case.hpp"

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
                          "Copy",
                          "Copied",
                          "Copy failed",
                          "Draft"};

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
                        "Kopiëren",
                        "Gekopieerd",
                        "Kopiëren mislukt",
                        "Concept"};

constexpr Labels kGerman{"Startseite",
                         "Älter",
                         "Neuer",
                         "Schlagwörter",
                         "Kategorien",
                         "Schlagwort",
                         "Kategorie",
                         "Seite nicht gefunden",
                         "Unter dieser Adresse gibt es keine Seite. Der Index führt alle Artikel auf.",
                         "Seiten",
                         "Weitere Artikel",
                         "Feeds",
                         "Seite",
                         "von",
                         "Min. Lesezeit",
                         "Archiv",
                         "Verwandte Artikel",
                         "Von",
                         "Suche",
                         "Artikel durchsuchen",
                         "Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet ist. "
                         "Alle Artikel stehen im",
                         "Keine Artikel gefunden.",
                         "1 Artikel gefunden.",
                         "{n} Artikel gefunden.",
                         " Die ersten {n} werden gezeigt.",
                         "Der Suchindex konnte nicht geladen werden.",
                         "Kopieren",
                         "Kopiert",
                         "Kopieren fehlgeschlagen",
                         "Entwurf"};

constexpr Labels kFrench{"Accueil",
                         "Plus anciens",
                         "Plus récents",
                         "Étiquettes",
                         "Catégories",
                         "Étiquette",
                         "Catégorie",
                         "Page introuvable",
                         "Il n’y a pas de page à cette adresse. L’index liste tous les articles.",
                         "Pages",
                         "Autres articles",
                         "Flux",
                         "Page",
                         "sur",
                         "min de lecture",
                         "Archives",
                         "Articles liés",
                         "Par",
                         "Rechercher",
                         "Rechercher dans les articles",
                         "La recherche a besoin de JavaScript, désactivé dans ce navigateur. Tous "
                         "les articles figurent dans les",
                         "Aucun article trouvé.",
                         "1 article trouvé.",
                         "{n} articles trouvés.",
                         " Les {n} premiers sont affichés.",
                         "L’index de recherche n’a pas pu être chargé.",
                         "Copier",
                         "Copié",
                         "Échec de la copie",
                         "Brouillon"};

constexpr Labels kSpanish{"Inicio",
                          "Anteriores",
                          "Más recientes",
                          "Etiquetas",
                          "Categorías",
                          "Etiqueta",
                          "Categoría",
                          "Página no encontrada",
                          "No hay ninguna página en esta dirección. El índice enumera todos los "
                          "artículos.",
                          "Páginas",
                          "Más artículos",
                          "Feeds",
                          "Página",
                          "de",
                          "min de lectura",
                          "Archivo",
                          "Relacionados",
                          "Por",
                          "Buscar",
                          "Buscar en los artículos",
                          "La búsqueda necesita JavaScript, que está desactivado en este navegador. "
                          "Todos los artículos están en el",
                          "No se encontró ningún artículo.",
                          "1 artículo encontrado.",
                          "{n} artículos encontrados.",
                          " Se muestran los {n} primeros.",
                          "No se pudo cargar el índice de búsqueda.",
                          "Copiar",
                          "Copiado",
                          "No se pudo copiar",
                          "Borrador"};

}  // namespace

const Labels& labels_for(std::string_view language) {
    const std::string primary = ascii_lower(language.substr(0, language.find_first_of("-_")));
    if (primary == "nl") return kDutch;
    if (primary == "de") return kGerman;
    if (primary == "fr") return kFrench;
    if (primary == "es") return kSpanish;
    return kEnglish;
}

std::string page_of(const Labels& labels, std::size_t page, std::size_t pages) {
    return std::string(labels.page) + ' ' + std::to_string(page) + ' ' + std::string(labels.of) +
           ' ' + std::to_string(pages);
}

}  // namespace folio::html
