#include "src/meta/map_front_matter.hpp"

#include <array>
#include <span>

#include "src/meta/engine_profile.hpp"

#include "src/meta/field_readers.hpp"

namespace folio {

namespace {

using F = MetaField;
constexpr std::size_t kFieldCount = static_cast<std::size_t>(MetaField::guid) + 1;

// Today's two styles, as profiles: what is read when no engine is named or detected. A key of
// the other style is not looked up at all: it stays in extra like any unknown key.
// docs/formats/front-matter.md has the same tables.
constexpr std::array kStyleAKeys{
    KeyMeaning{"title", F::title},     KeyMeaning{"date", F::date},
    KeyMeaning{"draft", F::draft},     KeyMeaning{"slug", F::slug},
    KeyMeaning{"tags", F::tags},       KeyMeaning{"authors", F::authors},
    KeyMeaning{"author", F::authors},  KeyMeaning{"language", F::language},
    KeyMeaning{"lang", F::language},   KeyMeaning{"category", F::categories},
    KeyMeaning{"excerpt", F::summary}, KeyMeaning{"featuredImage", F::cover_path},
    KeyMeaning{"featuredimage", F::cover_path},  // the same key after Hugo lowercased it
    KeyMeaning{"description", F::description},
    KeyMeaning{"url", F::url},         KeyMeaning{"guid", F::guid},
};
constexpr std::array kStyleBKeys{
    KeyMeaning{"title", F::title},          KeyMeaning{"date", F::date},
    KeyMeaning{"draft", F::draft},          KeyMeaning{"slug", F::slug},
    KeyMeaning{"tags", F::tags},            KeyMeaning{"authors", F::authors},
    KeyMeaning{"author", F::authors},       KeyMeaning{"language", F::language},
    KeyMeaning{"lang", F::language},        KeyMeaning{"categories", F::categories},
    KeyMeaning{"summary", F::summary},      KeyMeaning{"lastmod", F::updated},
    KeyMeaning{"updated", F::updated},      KeyMeaning{"modified", F::updated},
    KeyMeaning{"cover", F::cover},          KeyMeaning{"description", F::description},
    KeyMeaning{"url", F::url},              KeyMeaning{"guid", F::guid},
    KeyMeaning{"expiryDate", F::expires},   KeyMeaning{"expirydate", F::expires},
};
// Both styles' own keys, for front matter in no style (read with `--style` unset and nothing
// to tell).
constexpr std::array kCommonKeys{
    KeyMeaning{"title", F::title},     KeyMeaning{"date", F::date},
    KeyMeaning{"draft", F::draft},     KeyMeaning{"slug", F::slug},
    KeyMeaning{"tags", F::tags},       KeyMeaning{"authors", F::authors},
    KeyMeaning{"author", F::authors},  KeyMeaning{"language", F::language},
    KeyMeaning{"lang", F::language},   KeyMeaning{"description", F::description},
    KeyMeaning{"url", F::url},         KeyMeaning{"guid", F::guid},
};
constexpr EngineProfile kNoStyle{"no style", FrontMatterStyle::none, kCommonKeys, {}, false,
                                 {}, false, false, {}};
constexpr EngineProfile kStyleA{"style a", FrontMatterStyle::a, kStyleAKeys, {}, false, {},
                                false, false, {}};
constexpr EngineProfile kStyleB{"style b", FrontMatterStyle::b, kStyleBKeys, {}, false, {},
                                false, false, {}};

// The article of a publication flag that means nothing is a draft until its author says.
void hold_back(Meta& meta, FieldProblems& problems) {
    meta.draft = true;
    if (!problems.empty()) problems.back().message += ": the article is held back as a draft";
}

FieldOutcome read_field(MetaField field, std::string_view k, const Value& v, Meta& m,
                        FieldProblems& p) {
    switch (field) {
        case F::title: return read_text(k, v, m.title, p);
        case F::date: return read_date(k, v, m.date, p);
        case F::updated: return read_date(k, v, m.updated, p);
        case F::expires: return read_date(k, v, m.expires, p);
        case F::summary: return read_text(k, v, m.summary, p);
        case F::description: return read_text(k, v, m.description, p);
        case F::tags: return read_text_list(k, v, m.tags, p);
        case F::categories: return read_text_list(k, v, m.categories, p);
        case F::authors: return read_names(k, v, m.authors, p);
        case F::cover: return read_cover(k, v, m.cover, p);
        case F::cover_image: return read_image(k, v, m.cover, p);
        case F::cover_path: return read_cover_source(k, v, m.cover, p);
        // A publication flag no engine reads as a boolean holds the article back: a draft
        // must never go out by accident (the error says so; `--drafts` still shows it).
        case F::draft: {
            const FieldOutcome outcome = read_bool(k, v, m.draft, p);
            if (outcome == FieldOutcome::rejected) hold_back(m, p);
            return outcome;
        }
        case F::published: {
            bool published = true;
            const FieldOutcome outcome = read_bool(k, v, published, p);
            if (outcome == FieldOutcome::set) m.draft = !published;
            if (outcome == FieldOutcome::rejected) hold_back(m, p);
            return outcome;
        }
        case F::slug: return read_text(k, v, m.slug, p);
        case F::language: return read_text(k, v, m.language, p);
        case F::url: return read_text(k, v, m.url, p);
        case F::guid: return read_text(k, v, m.guid, p);
    }
    return FieldOutcome::rejected;
}

// `draft` and Jekyll's `published` fill the same field.
std::size_t slot_of(MetaField field) {
    return static_cast<std::size_t>(field == F::published ? F::draft : field);
}

const KeyMeaning* find_key(std::span<const KeyMeaning> keys, std::string_view key) {
    for (const KeyMeaning& meaning : keys) {
        if (meaning.key == key) return &meaning;
    }
    return nullptr;
}

}  // namespace

const EngineProfile& profile_for_style(FrontMatterStyle style) {
    switch (style) {
        case FrontMatterStyle::a: return kStyleA;
        case FrontMatterStyle::b: return kStyleB;
        case FrontMatterStyle::none: return kNoStyle;
    }
    return kStyleB;
}

Meta map_front_matter(const FrontMatter& front_matter, FrontMatterStyle style,
                      const SourceText& source, Diagnostics& diagnostics) {
    return map_front_matter(front_matter, profile_for_style(style), source, diagnostics);
}

Meta map_front_matter(const FrontMatter& front_matter, const EngineProfile& profile,
                      const SourceText& source, Diagnostics& diagnostics) {
    Meta meta;
    // Which key filled each field, so a second key for the same field is kept, not applied.
    std::array<std::string_view, kFieldCount> filled_by{};
    const auto report = [&](FieldProblems& problems, SourcePos pos) {
        for (FieldProblem& problem : problems) {
            diagnostics.report(source.diagnostic_at(problem.severity, std::move(problem.code),
                                                    std::move(problem.message), pos));
        }
    };
    for (std::size_t i = 0; i < front_matter.entries.size(); ++i) {
        const auto& [key, value] = front_matter.entries[i];
        const SourcePos pos =
            i < front_matter.positions.size() ? front_matter.positions[i] : SourcePos{};
        const KeyMeaning* rule = find_key(profile.keys, key);
        if (rule == nullptr) {
            meta.extra.emplace_back(key, value);
            continue;
        }
        std::string_view& owner = filled_by[slot_of(rule->field)];
        if (!owner.empty()) {
            diagnostics.report(source.diagnostic_at(
                Severity::warning, "meta.duplicate",
                "'" + key + "' is ignored: '" + std::string(owner) + "' already set that field",
                pos));
            meta.extra.emplace_back(key, value);
            continue;
        }
        FieldProblems problems;
        switch (read_field(rule->field, key, value, meta, problems)) {
            case FieldOutcome::set: owner = rule->key; break;
            case FieldOutcome::empty: break;
            case FieldOutcome::rejected: meta.extra.emplace_back(key, value); break;
            case FieldOutcome::set_and_kept:
                owner = rule->key;
                meta.extra.emplace_back(key, value);
                break;
        }
        report(problems, pos);
    }
    // Fallbacks stay in extra as written; the first one present fills a field still unset.
    // A value the field cannot take is left alone without a word: the key is kept either way.
    for (const KeyMeaning& fallback : profile.fallbacks) {
        if (!filled_by[slot_of(fallback.field)].empty()) continue;
        const Value* value = find(meta.extra, fallback.key);
        if (value == nullptr) continue;
        Meta trial = meta;
        FieldProblems ignored;
        const FieldOutcome outcome = read_field(fallback.field, fallback.key, *value, trial, ignored);
        if (outcome == FieldOutcome::set || outcome == FieldOutcome::set_and_kept) {
            meta = std::move(trial);
            filled_by[slot_of(fallback.field)] = fallback.key;
        }
    }
    return meta;
}

}  // namespace folio
