#include "src/meta/front_matter_for_style.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "src/meta/engine_profile.hpp"

namespace folio {

namespace {

Value text(std::string value) {
    return Value{std::move(value)};
}

Value text_list(const std::vector<std::string>& items) {
    ValueList list;
    list.reserve(items.size());
    for (const std::string& item : items) list.push_back(text(item));
    return Value{std::move(list)};
}

// One name reads back as a one-element list; both styles accept the string form.
Value one_or_list(const std::vector<std::string>& items) {
    return items.size() == 1 ? text(items.front()) : text_list(items);
}

Value cover_map(const Cover& cover) {
    // `image` is written even when empty: a cover map is a cover (PaperMod's archetype).
    Map map{{"image", text(cover.source)}};
    if (!cover.alt.empty()) map.emplace_back("alt", text(cover.alt));
    if (!cover.caption.empty()) map.emplace_back("caption", text(cover.caption));
    map.insert(map.end(), cover.extra.begin(), cover.extra.end());
    return Value{std::move(map)};
}

bool only_source(const Cover& cover) {
    return cover.alt.empty() && cover.caption.empty() && cover.extra.empty() &&
           !cover.source.empty();
}

class Builder {
public:
    explicit Builder(StyledFrontMatter& out) : out_(out) {}

    void add(std::string key, Value value) {
        out_.entries.emplace_back(std::move(key), std::move(value));
    }

    void add_extra(const Map& extra) {
        for (const auto& [key, value] : extra) {
            if (find(out_.entries, key) != nullptr) {
                out_.clashing.push_back(key);
                continue;
            }
            add(key, value);
        }
    }

    /// Adds a typed field after the extra keys; an extra key of that name gives way.
    void add_replacing(std::string key, Value value) {
        auto& entries = out_.entries;
        const auto old = std::find_if(entries.begin(), entries.end(),
                                      [&](const auto& entry) { return entry.first == key; });
        if (old != entries.end()) {
            out_.clashing.push_back(key);
            entries.erase(old);
        }
        add(std::move(key), std::move(value));
    }

private:
    StyledFrontMatter& out_;
};

// The keys Hugo 0.111 reads as a page's dates (its default `frontmatter` configuration), in
// any case: their values must be dates or the page does not build.
bool hugo_reads_as_date(std::string_view key) {
    std::string lower(key);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string_view name : {"date", "lastmod", "modified", "publishdate", "pubdate",
                                        "published", "expirydate", "unpublishdate"}) {
        if (lower == name) return true;
    }
    return false;
}

bool is_date_for_hugo(const Value& value) {
    if (std::holds_alternative<Date>(value.data)) return date_problem(std::get<Date>(value.data)).empty();
    const auto* text = std::get_if<std::string>(&value.data);
    if (text == nullptr) return false;
    const std::optional<Date> date = parse_date(*text);
    return date && date_problem(*date).empty();
}

// An author map kept whole in extra (`{name, picture}`, see `read_names`) already holds the
// names: writing them again under the same key would clash.
bool authors_kept_in_extra(const Meta& meta) {
    for (const std::string_view key : {"author", "authors"}) {
        const Value* value = find(meta.extra, key);
        if (value == nullptr) continue;
        if (std::holds_alternative<Map>(value->data)) return true;
        const auto* list = std::get_if<ValueList>(&value->data);
        if (list != nullptr && !list->empty() && std::holds_alternative<Map>(list->front().data))
            return true;
    }
    return false;
}

// Keys every engine spells the same way.
void shared_keys(const Meta& meta, Builder& b) {
    if (!meta.description.empty()) b.add("description", text(meta.description));
    if (!meta.url.empty()) b.add("url", text(meta.url));
    if (!meta.guid.empty()) b.add("guid", text(meta.guid));
}

void style_a(const Meta& meta, StyledFrontMatter& out) {
    Builder b(out);
    if (!meta.title.empty()) b.add("title", text(meta.title));
    // The JavaScript engine writes its date as a quoted string; the mapper parses it back.
    if (meta.date) b.add("date", text(format_rfc3339(*meta.date)));
    if (!meta.categories.empty()) b.add("category", one_or_list(meta.categories));
    if (!meta.summary.empty()) b.add("excerpt", text(meta.summary));
    if (meta.cover && only_source(*meta.cover)) b.add("featuredImage", text(meta.cover->source));
    if (!meta.tags.empty()) b.add("tags", text_list(meta.tags));
    if (!meta.authors.empty() && !authors_kept_in_extra(meta))
        b.add("author", one_or_list(meta.authors));
    if (meta.draft) b.add("draft", Value{true});
    if (!meta.slug.empty()) b.add("slug", text(meta.slug));
    if (!meta.language.empty()) b.add("language", text(meta.language));
    shared_keys(meta, b);
    // Style A has no key for these: they keep Hugo's names, which style B reads again.
    if (meta.updated) {
        b.add("lastmod", Value{*meta.updated});
        out.kept_as_extra.emplace_back("lastmod");
    }
    if (meta.expires) {
        b.add("expiryDate", Value{*meta.expires});
        out.kept_as_extra.emplace_back("expiryDate");
    }
    if (meta.cover && !only_source(*meta.cover)) {
        b.add("cover", cover_map(*meta.cover));
        out.kept_as_extra.emplace_back("cover");
    }
    b.add_extra(meta.extra);
}

void merge_aliases(Map& extra, const FrontMatterExtras& extras, Builder& b);
void drop_non_dates(Map& extra, StyledFrontMatter& out);

void style_b(const Meta& meta, bool hugo, StyledFrontMatter& out, const FrontMatterExtras& extras) {
    Builder b(out);
    if (!meta.title.empty()) b.add("title", text(meta.title));
    if (meta.date) b.add("date", Value{*meta.date});
    if (meta.updated) b.add("lastmod", Value{*meta.updated});
    if (meta.expires) b.add("expiryDate", Value{*meta.expires});
    // Hugo files say `draft` either way, as `hugo new` does; YAML writes it only when set.
    if (meta.draft || hugo) b.add("draft", Value{meta.draft});
    if (!meta.slug.empty()) b.add("slug", text(meta.slug));
    if (!meta.authors.empty() && !authors_kept_in_extra(meta))
        b.add("author", one_or_list(meta.authors));
    if (!meta.tags.empty()) b.add("tags", text_list(meta.tags));
    if (!meta.categories.empty()) b.add("categories", text_list(meta.categories));
    if (!meta.summary.empty()) b.add("summary", text(meta.summary));
    if (!meta.language.empty()) b.add("language", text(meta.language));
    shared_keys(meta, b);
    Map extra = meta.extra;
    merge_aliases(extra, extras, b);
    if (hugo) drop_non_dates(extra, out);
    b.add_extra(extra);
    // Last, so TOML can write it as a `[cover]` table after every plain key.
    if (meta.cover) b.add_replacing("cover", cover_map(*meta.cover));
}

// Old URLs under `key` (Hugo's `aliases`, Jekyll's `redirect_from`): merged into a list the
// article has under that key, else a key of their own.
void merge_redirect_key(Map& extra, std::string_view key, const std::vector<std::string>& urls,
                        Builder& b) {
    if (urls.empty()) return;
    ValueList merged;
    auto existing = std::find_if(extra.begin(), extra.end(),
                                 [key](const auto& entry) { return entry.first == key; });
    if (existing != extra.end()) {
        if (const auto* list = std::get_if<ValueList>(&existing->second.data)) merged = *list;
    }
    for (const std::string& url : urls) {
        if (std::find(merged.begin(), merged.end(), text(url)) == merged.end())
            merged.push_back(text(url));
    }
    if (existing != extra.end() && std::holds_alternative<ValueList>(existing->second.data)) {
        existing->second = Value{std::move(merged)};
    } else {
        b.add(std::string(key), Value{std::move(merged)});
    }
}

void merge_aliases(Map& extra, const FrontMatterExtras& extras, Builder& b) {
    merge_redirect_key(extra, "aliases", extras.aliases, b);
    merge_redirect_key(extra, "redirect_from", extras.redirect_from, b);
}

void drop_non_dates(Map& extra, StyledFrontMatter& out) {
    std::erase_if(extra, [&out](const auto& entry) {
        if (!hugo_reads_as_date(entry.first) || is_date_for_hugo(entry.second)) return false;
        out.not_dates.push_back(entry.first);
        return true;
    });
}

}  // namespace

StyledFrontMatter front_matter_for_style(const Meta& meta, FrontMatterTarget target,
                                         const FrontMatterExtras& extras) {
    StyledFrontMatter out;
    switch (target) {
        case FrontMatterTarget::style_a_yaml:
            style_a(meta, out);
            break;
        case FrontMatterTarget::style_b_yaml:
            style_b(meta, false, out, extras);
            break;
        case FrontMatterTarget::hugo_toml:
            style_b(meta, true, out, extras);
            break;
    }
    return out;
}

namespace {

// The first key of `profile` that fills one of `fields`, or null.
const KeyMeaning* output_key(const EngineProfile& profile,
                             std::initializer_list<MetaField> fields) {
    for (const KeyMeaning& meaning : profile.keys) {
        if (std::find(fields.begin(), fields.end(), meaning.field) != fields.end())
            return &meaning;
    }
    return nullptr;
}

// The cover as a key that takes an image path (`heroImage`, `coverImage`): the path alone,
// or, with an alt or caption, a map with `url` (the map form the readers take).
Value cover_image_value(const Cover& cover) {
    if (only_source(cover)) return text(cover.source);
    Map map{{"url", text(cover.source)}};
    if (!cover.alt.empty()) map.emplace_back("alt", text(cover.alt));
    if (!cover.caption.empty()) map.emplace_back("caption", text(cover.caption));
    map.insert(map.end(), cover.extra.begin(), cover.extra.end());
    return Value{std::move(map)};
}

}  // namespace

StyledFrontMatter front_matter_for_profile(const Meta& meta, const EngineProfile& profile,
                                           const FrontMatterExtras& extras) {
    using F = MetaField;
    StyledFrontMatter out;
    Builder b(out);
    // Under the target's first key for the field, else folio's own name (reported).
    const auto key_for = [&](std::initializer_list<F> fields, std::string folio_name) {
        if (const KeyMeaning* meaning = output_key(profile, fields))
            return std::string(meaning->key);
        out.kept_as_extra.push_back(folio_name);
        return folio_name;
    };
    const auto text_field = [&](const std::string& value, F field, std::string folio_name) {
        if (!value.empty()) b.add(key_for({field}, std::move(folio_name)), text(value));
    };
    text_field(meta.title, F::title, "title");
    if (meta.date) b.add(key_for({F::date}, "date"), Value{*meta.date});
    if (meta.updated) b.add(key_for({F::updated}, "updated"), Value{*meta.updated});
    // Hugo's name where the target has none, so a later migration back still reads it.
    if (meta.expires) b.add(key_for({F::expires}, "expiryDate"), Value{*meta.expires});
    // A draft in its engine's drafts folder is a draft by its place. TOML files say `draft`
    // either way, as `hugo new` writes them.
    const bool draft_by_place = !profile.output.draft_path.empty();
    if ((meta.draft || profile.output.syntax == FrontMatterSyntax::toml) && !draft_by_place) {
        const KeyMeaning* meaning = output_key(profile, {F::draft, F::published});
        if (meaning && meaning->field == F::published) {
            b.add(std::string(meaning->key), Value{!meta.draft});
        } else {
            b.add(meaning ? std::string(meaning->key) : "draft", Value{meta.draft});
        }
    }
    text_field(meta.slug, F::slug, "slug");
    if (!meta.authors.empty() && !authors_kept_in_extra(meta))
        b.add(key_for({F::authors}, "authors"), one_or_list(meta.authors));
    if (!meta.tags.empty()) b.add(key_for({F::tags}, "tags"), text_list(meta.tags));
    if (!meta.categories.empty()) {
        const std::string key = key_for({F::categories}, "categories");
        // Style A's `category` is one string when there is one.
        b.add(key, key == "category" ? one_or_list(meta.categories) : text_list(meta.categories));
    }
    text_field(meta.summary, F::summary, "summary");
    text_field(meta.language, F::language, "language");
    text_field(meta.description, F::description, "description");
    text_field(meta.url, F::url, "url");
    text_field(meta.guid, F::guid, "guid");
    Map extra = meta.extra;
    merge_aliases(extra, extras, b);
    if (profile.output.strict_date_keys) drop_non_dates(extra, out);
    b.add_extra(extra);
    if (meta.cover) {
        const KeyMeaning* meaning = output_key(profile, {F::cover, F::cover_image, F::cover_path});
        if (meaning && meaning->field == F::cover) {
            b.add_replacing(std::string(meaning->key), cover_map(*meta.cover));
        } else if (meaning && (meaning->field == F::cover_image || only_source(*meta.cover))) {
            b.add_replacing(std::string(meaning->key), cover_image_value(*meta.cover));
        } else {
            // No key, or one for a path alone and the cover has more: folio's own map.
            out.kept_as_extra.emplace_back("cover");
            b.add_replacing("cover", cover_map(*meta.cover));
        }
    }
    return out;
}

std::string_view target_name(FrontMatterTarget target) {
    switch (target) {
        case FrontMatterTarget::style_a_yaml:
            return "style A";
        case FrontMatterTarget::style_b_yaml:
            return "style B";
        case FrontMatterTarget::hugo_toml:
            return "Hugo";
    }
    return "style B";
}

namespace {

// Where a front-matter key's value starts, for pointing at it; line 0 when unknown.
Diagnostic at_key(const Source& source, std::string_view key, Severity severity, std::string code,
                  std::string message) {
    Diagnostic d{severity, std::move(code), std::move(message), source.path, 0, 0, {}};
    for (const auto& [name, pos] : source.key_positions) {
        if (name == key) {
            d.line = pos.line;
            d.column = pos.column;
            break;
        }
    }
    return d;
}

}  // namespace

namespace {

void report_changes(const StyledFrontMatter& styled, const std::string& name,
                    std::string_view kept_how, const Source& source, Diagnostics& diagnostics) {
    if (!styled.kept_as_extra.empty()) {
        std::string keys;
        for (const std::string& key : styled.kept_as_extra) {
            keys += (keys.empty() ? "'" : ", '") + key + "'";
        }
        diagnostics.report(Diagnostic{Severity::note,
                                      "front-matter.kept-as-extra",
                                      name + " has no field for " + keys + "; kept as extra keys " +
                                          std::string(kept_how),
                                      source.path,
                                      0,
                                      0,
                                      {}});
    }
    for (const std::string& key : styled.not_dates) {
        diagnostics.report(at_key(source, key, Severity::warning, "front-matter.not-a-date",
                                  "extra key '" + key + "' is left out of the " + name +
                                      " front matter: Hugo reads it as a date, and its value "
                                      "is not one (the page would not build)"));
    }
    for (const std::string& key : styled.clashing) {
        diagnostics.report(at_key(source, key, Severity::warning, "front-matter.clash",
                                  "extra key '" + key + "' is left out of the " + name +
                                      " front matter: a field is written under that name"));
    }
}

}  // namespace

void report_front_matter_changes(const StyledFrontMatter& styled, FrontMatterTarget target,
                                 const Source& source, Diagnostics& diagnostics) {
    report_changes(styled, std::string(target_name(target)), "under Hugo's names", source,
                   diagnostics);
}

void report_front_matter_changes(const StyledFrontMatter& styled, const EngineProfile& profile,
                                 const Source& source, Diagnostics& diagnostics) {
    report_changes(styled, std::string(profile.name), "under folio's names", source,
                   diagnostics);
}

}  // namespace folio
