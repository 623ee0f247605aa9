#include "formats/json/json_front_matter.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <limits>
#include <string>
#include <utility>

#include "formats/json/json_object_scan.hpp"

namespace folio {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxDepth = 64;
constexpr const char* kSyntax = "front-matter.json.syntax";

// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing
// object key - unexpected '}'; expected string literal" → "unexpected '}'; expected string
// literal". The position is printed separately and "last read" repeats the source line.
std::string tidy_parse_message(std::string message) {
    if (const auto id = message.find("] "); message.rfind("[json.exception.", 0) == 0 &&
                                            id != std::string::npos) {
        message.erase(0, id + 2);
    }
    if (const auto header = message.find(": "); message.rfind("parse error", 0) == 0 &&
                                                header != std::string::npos) {
        message.erase(0, header + 2);
    }
    if (message.rfind("syntax error while parsing ", 0) == 0) {
        if (const auto dash = message.find(" - "); dash != std::string::npos) message.erase(0, dash + 3);
    }
    if (const auto last_read = message.find("; last read: "); last_read != std::string::npos) {
        const auto expected = message.find("; expected ", last_read);
        message.erase(last_read, expected == std::string::npos ? std::string::npos : expected - last_read);
    }
    return "invalid JSON: " + message;
}

// Objects and arrays nest at most kMaxDepth deep (checked before), so recursion is bounded.
Value to_value(const Json& json) {
    switch (json.type()) {
        case Json::value_t::null:
        case Json::value_t::discarded: return Value{Null{}};
        case Json::value_t::boolean: return Value{json.get<bool>()};
        case Json::value_t::string: return Value{json.get<std::string>()};
        case Json::value_t::number_integer: return Value{json.get<std::int64_t>()};
        case Json::value_t::number_unsigned: {
            // nlohmann reads every non-negative integer as unsigned; only those above int64
            // need the float fallback.
            const auto number = json.get<std::uint64_t>();
            if (number <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                return Value{static_cast<std::int64_t>(number)};
            }
            return Value{static_cast<double>(number)};
        }
        case Json::value_t::number_float: return Value{json.get<double>()};
        case Json::value_t::binary: return Value{Null{}};  // never produced by the text parser
        case Json::value_t::array: {
            ValueList list;
            list.reserve(json.size());
            for (const auto& item : json) list.push_back(to_value(item));
            return Value{std::move(list)};
        }
        case Json::value_t::object: {
            Map map;
            for (const auto& [key, item] : json.items()) map.emplace_back(key, to_value(item));
            return Value{std::move(map)};
        }
    }
    return Value{Null{}};
}

// nlohmann's number overflow error has no position, only the literal: find it in the text.
std::size_t locate_quoted_literal(std::string_view snippet, const std::string& message) {
    const auto open = message.find('\'');
    const auto close = message.rfind('\'');
    if (open == std::string::npos || close <= open) return 0;
    const auto found = snippet.find(std::string_view(message).substr(open + 1, close - open - 1));
    return found == std::string_view::npos ? 0 : found;
}

}  // namespace

Result<FrontMatter> decode_json_front_matter(const SourceText& source, std::size_t begin,
                                             std::size_t end) {
    const std::string_view snippet = std::string_view(source.text()).substr(begin, end - begin);
    Json root;
    try {
        root = Json::parse(snippet.begin(), snippet.end());
    } catch (const Json::parse_error& failure) {
        const std::size_t read = failure.byte > 0 ? failure.byte - 1 : 0;
        return source.diagnostic(Severity::error, kSyntax, tidy_parse_message(failure.what()),
                                 begin + read);
    } catch (const Json::exception& failure) {
        // e.g. out_of_range 406, "number overflow parsing '1e999'".
        return source.diagnostic(Severity::error, kSyntax, tidy_parse_message(failure.what()),
                                 begin + locate_quoted_literal(snippet, failure.what()));
    }
    if (!root.is_object()) {
        return source.diagnostic(Severity::error, "front-matter.not-a-map",
                                 "front matter must be a JSON object, not " +
                                     std::string(root.is_array() ? "an array" : "a single value"),
                                 begin + snippet.find_first_not_of(" \t\n"));
    }
    const JsonObjectScan scan = scan_json_object(snippet, kMaxDepth);
    if (scan.too_deep) {
        return source.diagnostic(Severity::error, "front-matter.too-large",
                                 "front matter nests deeper than " + std::to_string(kMaxDepth) +
                                     " levels",
                                 begin + *scan.too_deep);
    }
    if (scan.duplicate_key) {
        return source.diagnostic(Severity::error, "front-matter.duplicate-key",
                                 "duplicate key '" + scan.duplicate_name + "'",
                                 begin + *scan.duplicate_key);
    }
    FrontMatter out;
    for (const auto& [key, item] : root.items()) out.entries.emplace_back(key, to_value(item));
    for (const std::size_t offset : scan.top_level_values) {
        out.positions.push_back(source.position(begin + offset));
    }
    return out;
}

}  // namespace folio
