#include "src/text/reader_labels.hpp"

#include <array>
#include <utility>

#include "src/text/ascii_case.hpp"

namespace folio {

namespace {

constexpr ReaderLabels kEnglish{"Contents", "Landmarks", "Cover", "Title page", "Start",
                                "Notes", "Footnotes", "Back to reference"};

constexpr std::array<std::pair<std::string_view, ReaderLabels>, 4> kOthers{{
    {"nl", {"Inhoud", "Oriëntatiepunten", "Omslag", "Titelpagina", "Begin", "Noten",
            "Voetnoten", "Terug naar verwijzing"}},
    {"de", {"Inhalt", "Orientierungspunkte", "Umschlag", "Titelseite", "Anfang", "Anmerkungen",
            "Fußnoten", "Zurück zur Verweisstelle"}},
    {"fr", {"Table des matières", "Repères", "Couverture", "Page de titre", "Début", "Notes",
            "Notes de bas de page", "Retour à l’appel de note"}},
    {"es", {"Índice", "Puntos de referencia", "Cubierta", "Portada", "Inicio", "Notas",
            "Notas al pie", "Volver a la referencia"}},
}};

}  // namespace

const ReaderLabels& reader_labels(std::string_view language) {
    const std::string primary = ascii_lower(language.substr(0, language.find_first_of("-_")));
    for (const auto& [code, labels] : kOthers) {
        if (primary == code) return labels;
    }
    return kEnglish;
}

}  // namespace folio
