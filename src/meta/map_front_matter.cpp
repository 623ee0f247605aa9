#include "src/meta/map_front_matter.hpp"

#include <array>
#include <span>

#include "src/meta/field_readers.hpp"

namespace folio {

namespace {

/// The typed fields of Meta, to notice when two keys (`author`, `authors`) fill the same one.
enum class Field {
    title,
    date,
    updated,
    summary,
    tags,
    categories,
    authors,
    cover,
    draft,
    slug,
    language,
    count
};

using Reader = FieldOutcome (*)(std::string_view key, const Value& value, Meta& meta,
                                FieldProblems& problems);

/// One front-matter key that fills a typed field.
struct KeyRule {
    std::string_view key;
    Field field;
    Reader read;
};

FieldOutcome title(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text(k, v, m.title, p);
}
FieldOutcome date(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_date(k, v, m.date, p);
}
FieldOutcome updated(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_date(k, v, m.updated, p);
}
FieldOutcome summary(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text(k, v, m.summary, p);
}
FieldOutcome tags(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text_list(k, v, m.tags, p);
}
FieldOutcome categories(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text_list(k, v, m.categories, p);
}
FieldOutcome authors(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text_list(k, v, m.authors, p);
}
FieldOutcome cover(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_cover(k, v, m.cover, p);
}
FieldOutcome cover_source(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_cover_source(k, v, m.cover, p);
}
FieldOutcome draft(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_bool(k, v, m.draft, p);
}
FieldOutcome slug(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text(k, v, m.slug, p);
}
FieldOutcome language(std::string_view k, const Value& v, Meta& m, FieldProblems& p) {
    return read_text(k, v, m.language, p);
}

// Keys are matched case-sensitively, as the engines write them; docs/formats/front-matter.md
// has the same tables.
constexpr std::array common_keys{
    KeyRule{"title", Field::title, title},      KeyRule{"date", Field::date, date},
    KeyRule{"draft", Field::draft, draft},      KeyRule{"slug", Field::slug, slug},
    KeyRule{"tags", Field::tags, tags},         KeyRule{"authors", Field::authors, authors},
    KeyRule{"author", Field::authors, authors}, KeyRule{"language", Field::language, language},
    KeyRule{"lang", Field::language, language},
};
constexpr std::array style_a_keys{
    KeyRule{"category", Field::categories, categories}, KeyRule{"excerpt", Field::summary, summary},
    KeyRule{"featuredImage", Field::cover, cover_source},
    KeyRule{"featuredimage", Field::cover, cover_source},  // the same key after Hugo lowercased it
};
constexpr std::array style_b_keys{
    KeyRule{"categories", Field::categories, categories},
    KeyRule{"summary", Field::summary, summary},
    KeyRule{"lastmod", Field::updated, updated},
    KeyRule{"updated", Field::updated, updated},
    KeyRule{"modified", Field::updated, updated},
    KeyRule{"cover", Field::cover, cover},
};

const KeyRule* find_rule(std::span<const KeyRule> rules, std::string_view key) {
    for (const KeyRule& rule : rules) {
        if (rule.key == key) return &rule;
    }
    return nullptr;
}

// A key of the other style is not looked up at all: it stays in extra like any unknown key.
const KeyRule* rule_for(std::string_view key, FrontMatterStyle style) {
    if (const KeyRule* rule = find_rule(common_keys, key)) return rule;
    switch (style) {
        case FrontMatterStyle::a: return find_rule(style_a_keys, key);
        case FrontMatterStyle::b: return find_rule(style_b_keys, key);
        case FrontMatterStyle::none: return nullptr;
    }
    return nullptr;
}

}  // namespace

Meta map_front_matter(const FrontMatter& front_matter, FrontMatterStyle style,
                      const SourceText& source, Diagnostics& diagnostics) {
    Meta meta;
    // Which key filled each field, so a second key for the same field is kept, not applied.
    std::array<std::string_view, static_cast<std::size_t>(Field::count)> filled_by{};
    for (std::size_t i = 0; i < front_matter.entries.size(); ++i) {
        const auto& [key, value] = front_matter.entries[i];
        const SourcePos pos =
            i < front_matter.positions.size() ? front_matter.positions[i] : SourcePos{};
        const KeyRule* rule = rule_for(key, style);
        if (rule == nullptr) {
            meta.extra.emplace_back(key, value);
            continue;
        }
        std::string_view& owner = filled_by[static_cast<std::size_t>(rule->field)];
        if (!owner.empty()) {
            diagnostics.report(source.diagnostic_at(
                Severity::warning, "meta.duplicate",
                "'" + key + "' is ignored: '" + std::string(owner) + "' already set that field",
                pos));
            meta.extra.emplace_back(key, value);
            continue;
        }
        FieldProblems problems;
        switch (rule->read(key, value, meta, problems)) {
            case FieldOutcome::set: owner = rule->key; break;
            case FieldOutcome::empty: break;
            case FieldOutcome::rejected: meta.extra.emplace_back(key, value); break;
        }
        for (FieldProblem& problem : problems) {
            diagnostics.report(source.diagnostic_at(problem.severity, std::move(problem.code),
                                                    std::move(problem.message), pos));
        }
    }
    return meta;
}

}  // namespace folio
