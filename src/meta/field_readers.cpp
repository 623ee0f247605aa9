#include "src/meta/field_readers.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace folio {

namespace {

// `a map`, `an integer`, `null`: the value's type as a message names it.
std::string described_type(const Value& value) {
    const std::string_view name = type_name(value);
    if (name == "null") return "null";
    return (name == "integer" ? "an " : "a ") + std::string(name);
}

FieldOutcome reject(FieldProblems& problems, Severity severity, std::string code,
                    std::string message) {
    problems.push_back({severity, std::move(code), std::move(message)});
    return FieldOutcome::rejected;
}

FieldOutcome wrong_type(FieldProblems& problems, std::string_view key, std::string_view wanted,
                        const Value& value, Severity severity = Severity::warning) {
    return reject(problems, severity, "meta.type",
                  "'" + std::string(key) + "' must be " + std::string(wanted) + ", not " +
                      described_type(value));
}

FieldOutcome checked_date(const Date& date, std::string_view as_written, std::optional<Date>& out,
                          FieldProblems& problems) {
    const std::string problem = date_problem(date);
    if (!problem.empty()) {
        return reject(problems, Severity::error, "meta.date.impossible",
                      "impossible date '" + std::string(as_written) + "': " + problem);
    }
    out = date;
    return FieldOutcome::set;
}

}  // namespace

FieldOutcome read_text(std::string_view key, const Value& value, std::string& out,
                       FieldProblems& problems) {
    if (std::holds_alternative<Null>(value.data)) return FieldOutcome::empty;
    const auto* text = std::get_if<std::string>(&value.data);
    if (text == nullptr) return wrong_type(problems, key, "a string", value);
    out = *text;
    return text->empty() ? FieldOutcome::empty : FieldOutcome::set;
}

// What the engines take for a boolean when it is not one: YAML 1.1's words (Hugo's YAML
// decoder, Jekyll's Psych: `yes`, `on`, `y`), and what Go's strconv.ParseBool gives Hugo's
// `cast.ToBool` for a string or a number (`"true"`, `"1"`, `"T"`, `1`).
std::optional<bool> engine_boolean(const Value& value) {
    if (const auto* flag = std::get_if<bool>(&value.data)) return *flag;
    if (const auto* number = std::get_if<std::int64_t>(&value.data)) {
        if (*number == 0 || *number == 1) return *number == 1;
        return std::nullopt;
    }
    const auto* text = std::get_if<std::string>(&value.data);
    if (text == nullptr) return std::nullopt;
    for (const std::string_view word : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On",
                                        "ON", "y", "Y", "t", "T", "1"})
        if (*text == word) return true;
    for (const std::string_view word : {"false", "False", "FALSE", "no", "No", "NO", "off", "Off",
                                        "OFF", "n", "N", "f", "F", "0"})
        if (*text == word) return false;
    return std::nullopt;
}

FieldOutcome read_bool(std::string_view key, const Value& value, bool& out,
                       FieldProblems& problems) {
    if (std::holds_alternative<Null>(value.data)) return FieldOutcome::empty;
    if (const auto* flag = std::get_if<bool>(&value.data)) {
        out = *flag;
        return FieldOutcome::set;
    }
    const std::optional<bool> as_engines_read_it = engine_boolean(value);
    if (!as_engines_read_it) {
        return wrong_type(problems, key, "true or false", value, Severity::error);
    }
    out = *as_engines_read_it;
    const std::string written = std::holds_alternative<std::string>(value.data)
                                    ? "the string \"" + std::get<std::string>(value.data) + "\""
                                    : "the number " + std::to_string(std::get<std::int64_t>(value.data));
    problems.push_back({Severity::warning, "meta.bool.spelling",
                        "'" + std::string(key) + "' is " + written +
                            ", not true or false: read as " + (out ? "true" : "false") +
                            ", as Hugo and Jekyll read it; write " + std::string(key) + ": " +
                            (out ? "true" : "false")});
    return FieldOutcome::set;
}

FieldOutcome read_text_list(std::string_view key, const Value& value, std::vector<std::string>& out,
                            FieldProblems& problems) {
    if (std::holds_alternative<Null>(value.data)) return FieldOutcome::empty;
    if (const auto* text = std::get_if<std::string>(&value.data)) {
        if (text->empty()) return FieldOutcome::empty;
        out = {*text};
        return FieldOutcome::set;
    }
    const auto* list = std::get_if<ValueList>(&value.data);
    if (list == nullptr) return wrong_type(problems, key, "a string or a list of strings", value);
    // All or nothing: a list with one bad item stays whole in extra rather than half-mapped.
    // A null item (an empty entry: `[a, , b]`, a `-` with nothing after it) holds nothing to
    // keep: it is left out, with a warning. Kept in extra, the list would turn into the field
    // in any target that cannot hold null (TOML drops it) on the way back.
    std::vector<std::string> items;
    std::vector<std::size_t> nulls;
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (std::holds_alternative<Null>((*list)[i].data)) {
            nulls.push_back(i + 1);
            continue;
        }
        const auto* item = std::get_if<std::string>(&(*list)[i].data);
        if (item == nullptr) {
            return reject(problems, Severity::warning, "meta.type",
                          "'" + std::string(key) + "' must be a list of strings, but item " +
                              std::to_string(i + 1) + " is " + described_type((*list)[i]));
        }
        items.push_back(*item);
    }
    for (const std::size_t i : nulls) {
        problems.push_back({Severity::warning, "meta.list.null",
                            "item " + std::to_string(i) + " of '" + std::string(key) +
                                "' is null (an empty entry): left out"});
    }
    if (items.empty()) return FieldOutcome::empty;
    out = std::move(items);
    return FieldOutcome::set;
}

FieldOutcome read_date(std::string_view key, const Value& value, std::optional<Date>& out,
                       FieldProblems& problems) {
    if (std::holds_alternative<Null>(value.data)) return FieldOutcome::empty;
    if (const auto* date = std::get_if<Date>(&value.data)) {
        return checked_date(*date, format_rfc3339(*date), out, problems);
    }
    if (const auto* text = std::get_if<std::string>(&value.data)) {
        std::optional<Date> parsed = parse_date(*text);
        // The Astro blog template's `pubDate: 'Jul 08 2022'`, which its schema's
        // z.coerce.date() reads: a date key holds it, so it is read as one.
        if (!parsed) parsed = parse_month_name_date(*text);
        if (!parsed) {
            return reject(problems, Severity::error, "meta.date.invalid",
                          "invalid date '" + *text +
                              "': expected a date like 2025-12-21 or 2025-12-21T10:00:00Z");
        }
        return checked_date(*parsed, *text, out, problems);
    }
    // A date the writer meant but we cannot read is an error: feeds and sorting need it.
    return wrong_type(problems, key, "a date", value, Severity::error);
}

FieldOutcome read_cover(std::string_view key, const Value& value, std::optional<Cover>& out,
                        FieldProblems& problems) {
    if (std::holds_alternative<std::string>(value.data) ||
        std::holds_alternative<Null>(value.data)) {
        return read_cover_source(key, value, out, problems);
    }
    const auto* map = std::get_if<Map>(&value.data);
    if (map == nullptr) return wrong_type(problems, key, "a map or a string", value);
    Cover cover;
    const std::string prefix = std::string(key) + '.';
    const auto text_field = [&](std::string_view name) -> std::string* {
        if (name == "image") return &cover.source;
        if (name == "alt") return &cover.alt;
        if (name == "caption") return &cover.caption;
        return nullptr;
    };
    std::vector<std::string_view> seen;
    for (const auto& [name, item] : *map) {
        std::string* field = text_field(name);
        const bool repeated = std::find(seen.begin(), seen.end(), name) != seen.end();
        if (field == nullptr || repeated ||
            read_text(prefix + name, item, *field, problems) == FieldOutcome::rejected) {
            cover.extra.emplace_back(name, item);
            continue;
        }
        seen.push_back(name);
    }
    out = std::move(cover);
    return FieldOutcome::set;
}

FieldOutcome read_cover_source(std::string_view key, const Value& value, std::optional<Cover>& out,
                               FieldProblems& problems) {
    std::string source;
    const FieldOutcome outcome = read_text(key, value, source, problems);
    if (outcome == FieldOutcome::set) {
        out = Cover{};
        out->source = std::move(source);
    }
    return outcome;
}

FieldOutcome read_image(std::string_view key, const Value& value, std::optional<Cover>& out,
                        FieldProblems& problems) {
    const auto* map = std::get_if<Map>(&value.data);
    if (map == nullptr) {
        if (std::holds_alternative<std::string>(value.data) ||
            std::holds_alternative<Null>(value.data))
            return read_cover_source(key, value, out, problems);
        return wrong_type(problems, key, "a string or a map with 'url'", value);
    }
    Cover cover;
    const std::string prefix = std::string(key) + '.';
    for (const auto& [name, item] : *map) {
        std::string* field = nullptr;
        if ((name == "url" || name == "src" || name == "path") && cover.source.empty())
            field = &cover.source;
        else if (name == "alt" && cover.alt.empty())
            field = &cover.alt;
        if (field == nullptr ||
            read_text(prefix + name, item, *field, problems) == FieldOutcome::rejected)
            cover.extra.emplace_back(name, item);
    }
    if (cover.source.empty()) {
        return reject(problems, Severity::warning, "meta.type",
                      "'" + std::string(key) + "' is a map without 'url', 'src' or 'path'");
    }
    out = std::move(cover);
    return FieldOutcome::set;
}

FieldOutcome read_names(std::string_view key, const Value& value, std::vector<std::string>& out,
                        FieldProblems& problems) {
    // One shape for both: a single author map is a list of one.
    std::vector<const Map*> people;
    if (const auto* map = std::get_if<Map>(&value.data)) {
        people.push_back(map);
    } else if (const auto* list = std::get_if<ValueList>(&value.data);
               list != nullptr && !list->empty() &&
               std::holds_alternative<Map>(list->front().data)) {
        for (const Value& item : *list) {
            const auto* person = std::get_if<Map>(&item.data);
            if (person == nullptr) return wrong_type(problems, key, "a list of maps with 'name'", item);
            people.push_back(person);
        }
    } else {
        return read_text_list(key, value, out, problems);
    }
    std::vector<std::string> names;
    bool more_than_names = false;
    for (const Map* person : people) {
        const Value* name = find(*person, "name");
        const auto* text = name != nullptr ? std::get_if<std::string>(&name->data) : nullptr;
        if (text == nullptr) {
            return reject(problems, Severity::warning, "meta.type",
                          "'" + std::string(key) + "' is a map without a 'name' string");
        }
        names.push_back(*text);
        more_than_names = more_than_names || person->size() > 1;
    }
    out = std::move(names);
    return more_than_names ? FieldOutcome::set_and_kept : FieldOutcome::set;
}

}  // namespace folio
