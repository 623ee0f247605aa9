#pragma once

// Internal to src/meta: turning one front-matter value into one typed Meta field. Each reader
// either fills its field, finds the value empty (null, ""), or rejects it with a problem; the
// mapper keeps a rejected key in `Meta::extra`, so a reader never loses a value.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// What a reader did with a value.
enum class FieldOutcome {
    set,       ///< the field now holds the value; the key is consumed
    empty,     ///< null or an empty value: the field stays unset and the key is consumed
    rejected,  ///< wrong type or unusable: the key must stay in `extra`
    /// the field now holds part of the value and the key stays in `extra` for the rest
    /// (Next.js's `author: {name, picture}`: the name is the author, the picture is kept)
    set_and_kept,
};

/// A diagnostic about one value, before its position is known.
struct FieldProblem {
    Severity severity = Severity::warning;
    std::string code;
    std::string message;
};
using FieldProblems = std::vector<FieldProblem>;

/// `key` holds text: a string (may be empty) or null. Anything else is `meta.type`.
FieldOutcome read_text(std::string_view key, const Value& value, std::string& out,
                       FieldProblems& problems);

/// `value` as Hugo and Jekyll read a boolean: true and false themselves, YAML 1.1's words
/// (`yes`, `on`, `y`), what Go's strconv.ParseBool takes from a string (`"true"`, `"T"`, `"1"`)
/// and the numbers 0 and 1; nullopt for anything else (`maybe`, a list).
std::optional<bool> engine_boolean(const Value& value);

/// `key` holds true or false, or null (false). What Hugo or Jekyll would read as a boolean
/// (`"true"`, YAML 1.1's `yes`/`on`, `1`) is read as they read it, with a `meta.bool.spelling`
/// warning; anything else (`maybe`, a list) is rejected with a `meta.type` error.
FieldOutcome read_bool(std::string_view key, const Value& value, bool& out,
                       FieldProblems& problems);

/// `key` holds a list of strings, a single string (one item; "" is none) or null.
FieldOutcome read_text_list(std::string_view key, const Value& value, std::vector<std::string>& out,
                            FieldProblems& problems);

/// `key` holds a date: a decoded Date, or a string `parse_date` accepts (front matter quoted
/// it, or it came from JSON); null is no date. Errors: `meta.date.invalid`,
/// `meta.date.impossible`, and `meta.type` for other types, all of severity error.
FieldOutcome read_date(std::string_view key, const Value& value, std::optional<Date>& out,
                       FieldProblems& problems);

/// Style B's `cover`: a map (`image`, `alt`, `caption`, other keys to `Cover::extra`) or a
/// string (the image). A sub-key of the wrong type is a warning and lands in `Cover::extra`.
FieldOutcome read_cover(std::string_view key, const Value& value, std::optional<Cover>& out,
                        FieldProblems& problems);

/// Style A's `featuredImage`: a string path or URL, the cover's source; "" or null is none.
FieldOutcome read_cover_source(std::string_view key, const Value& value, std::optional<Cover>& out,
                               FieldProblems& problems);

/// An image given as a path or URL, or as a map with `url`, `src` or `path` and maybe `alt`
/// (Next.js's `ogImage: {url}`, jekyll-seo-tag's `image: {path}`); other keys of the map go to
/// `Cover::extra`. "" or null is none.
FieldOutcome read_image(std::string_view key, const Value& value, std::optional<Cover>& out,
                        FieldProblems& problems);

/// Authors as names (`read_text_list`), or as maps with a `name` (`{name, picture}`), one or a
/// list of them: the names fill the field and, when a map holds more than its name, the key
/// stays in `extra` too (`set_and_kept`), so the picture is not lost.
FieldOutcome read_names(std::string_view key, const Value& value, std::vector<std::string>& out,
                        FieldProblems& problems);

}  // namespace folio
