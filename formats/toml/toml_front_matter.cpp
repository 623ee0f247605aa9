#include "formats/toml/toml_front_matter.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "formats/toml/toml_date_text.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxDepth = 64;
constexpr const char* kSyntax = "front-matter.toml.syntax";

std::string too_deep_message() {
    return "front matter nests deeper than " + std::to_string(kMaxDepth) + " levels";
}

// Converts toml++ nodes into `Value`s. toml++ positions are 1-based lines and columns (in
// characters) inside the snippet; the snippet starts at a line start, so only lines shift.
class Converter {
public:
    Converter(const SourceText& source, std::size_t begin)
        : source_(source), first_line_(source.position(begin).line) {}

    SourcePos file_position(const toml::source_position& pos) const {
        if (pos.line == 0) return source_.position(source_.line_offset(first_line_));
        return {first_line_ + pos.line - 1, pos.column};
    }

    Result<FrontMatter> top_level(const toml::table& root) {
        FrontMatter out;
        for (const auto& entry : in_source_order(root)) {
            auto value = convert(*entry.node, 1);
            if (!value) return value.error();
            out.entries.emplace_back(std::string(entry.key->str()), std::move(*value));
            out.positions.push_back(file_position(entry.node->source().begin));
        }
        return out;
    }

    Diagnostic error(std::string code, std::string message, SourcePos pos) const {
        return source_.diagnostic_at(Severity::error, std::move(code), std::move(message), pos);
    }

private:
    struct Entry {
        const toml::key* key;
        const toml::node* node;
    };

    // toml++ tables are sorted by key; a key remembers where it was written, which gives the
    // source order back.
    static std::vector<Entry> in_source_order(const toml::table& table) {
        std::vector<Entry> entries;
        for (auto&& [key, node] : table) entries.push_back({&key, &node});
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            const auto& pa = a.key->source().begin;
            const auto& pb = b.key->source().begin;
            return std::pair(pa.line, pa.column) < std::pair(pb.line, pb.column);
        });
        return entries;
    }

    Result<Value> convert(const toml::node& node, std::size_t depth) {
        if (depth > kMaxDepth) {
            return error("front-matter.too-large", too_deep_message(),
                         file_position(node.source().begin));
        }
        if (const auto* table = node.as_table()) {
            Map map;
            for (const auto& entry : in_source_order(*table)) {
                auto value = convert(*entry.node, depth + 1);
                if (!value) return value.error();
                map.emplace_back(std::string(entry.key->str()), std::move(*value));
            }
            return Value{std::move(map)};
        }
        if (const auto* array = node.as_array()) {
            ValueList list;
            list.reserve(array->size());
            for (const auto& item : *array) {
                auto value = convert(item, depth + 1);
                if (!value) return value.error();
                list.push_back(std::move(*value));
            }
            return Value{std::move(list)};
        }
        if (const auto* text = node.as_string()) return Value{text->get()};
        if (const auto* integer = node.as_integer()) return Value{integer->get()};
        if (const auto* number = node.as_floating_point()) return Value{number->get()};
        if (const auto* flag = node.as_boolean()) return Value{flag->get()};
        if (const auto* date = node.as_date()) return Value{to_date(date->get(), nullptr, node)};
        if (const auto* date_time = node.as_date_time()) {
            const toml::date_time& dt = date_time->get();
            Date out = to_date(dt.date, &dt.time, node);
            if (dt.offset) out.offset_minutes = dt.offset->minutes;
            return Value{out};
        }
        if (const auto* time = node.as_time()) return Value{local_time_text(time->get(), node)};
        return error(kSyntax, "invalid TOML: unsupported value", file_position(node.source().begin));
    }

    Date to_date(const toml::date& date, const toml::time* time, const toml::node& node) const {
        Date out;
        out.year = date.year;
        out.month = date.month;
        out.day = date.day;
        if (time) {
            out.has_time = true;
            out.hour = time->hour;
            out.minute = time->minute;
            out.second = time->second;
            out.nanosecond = static_cast<int>(time->nanosecond);
            const Date written = written_form(node);
            out.fraction_digits = written.fraction_digits;
            out.offset_is_z = written.offset_is_z;
        }
        return out;
    }

    // A bare local time has no date, so it cannot be a `Date`: it is kept as the text
    // "HH:MM:SS" (with its fraction digits as written) for the mapper to use or report.
    std::string local_time_text(const toml::time& time, const toml::node& node) const {
        std::array<char, 16> buffer{};
        std::snprintf(buffer.data(), buffer.size(), "%02d:%02d:%02d", time.hour, time.minute,
                      time.second);
        std::string out = buffer.data();
        const int digits = fraction_digits_of(literal_text(node), time.nanosecond);
        if (digits > 0) {
            std::snprintf(buffer.data(), buffer.size(), "%09u", time.nanosecond);
            out += '.';
            out.append(buffer.data(), static_cast<std::size_t>(digits));
        }
        return out;
    }

    std::string_view literal_text(const toml::node& node) const {
        const auto pos = file_position(node.source().begin);
        const std::string& text = source_.text();
        std::size_t offset = source_.line_offset(pos.line);
        // Columns count characters: step over whole UTF-8 sequences.
        for (std::uint32_t column = 1; column < pos.column && offset < text.size(); ++column) {
            ++offset;
            while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
                ++offset;
            }
        }
        return toml_date_text_at(text, offset);
    }

    // The digits and offset spelling of a date-time, read back from its source text.
    Date written_form(const toml::node& node) const {
        const std::string_view literal = literal_text(node);
        if (auto parsed = parse_date(literal)) return *parsed;
        Date fallback;
        fallback.fraction_digits = fraction_digits_of(literal, 0);
        return fallback;
    }

    // Fraction digits after the seconds of a time literal (`07:32:00.50` → 2); when the text
    // cannot be found, the fewest digits that keep `nanosecond` exact.
    static int fraction_digits_of(std::string_view literal, std::uint32_t nanosecond) {
        const std::size_t dot = literal.find('.');
        if (dot != std::string_view::npos) {
            int digits = 0;
            for (std::size_t i = dot + 1; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i) {
                ++digits;
            }
            return std::min(digits, 9);
        }
        if (!literal.empty() || nanosecond == 0) return 0;
        int digits = 9;
        while (nanosecond % 10 == 0) {
            nanosecond /= 10;
            --digits;
        }
        return digits;
    }

    const SourceText& source_;
    std::uint32_t first_line_;
};

// toml++ says "Error while parsing key-value pair: cannot redefine existing integer 'a'";
// the reader needs the second half, and the stable code for what went wrong.
Diagnostic parse_failure(const Converter& converter, const SourceText& source,
                         const toml::parse_error& failure) {
    std::string detail(failure.description());
    if (const auto colon = detail.find(": "); detail.rfind("Error while parsing", 0) == 0 &&
                                              colon != std::string::npos) {
        detail.erase(0, colon + 2);
    }
    SourcePos pos = converter.file_position(failure.source().begin);
    if (detail.find("exceeded maximum nested value depth") != std::string::npos) {
        return converter.error("front-matter.too-large", too_deep_message(), pos);
    }
    if (detail.rfind("cannot redefine existing", 0) == 0) {
        // toml++ points at the redefining value; the key at the start of the line is what
        // the writer has to change.
        const std::string_view line = source.line_text(pos.line);
        const std::size_t first = line.find_first_not_of(" \t");
        if (first != std::string_view::npos) pos.column = static_cast<std::uint32_t>(first + 1);
        return converter.error("front-matter.duplicate-key", "invalid TOML: " + detail, pos);
    }
    return converter.error(kSyntax, "invalid TOML: " + detail, pos);
}

}  // namespace

Result<FrontMatter> decode_toml_front_matter(const SourceText& source, std::size_t begin,
                                             std::size_t end) {
    const std::string_view snippet = std::string_view(source.text()).substr(begin, end - begin);
    Converter converter(source, begin);
#if TOML_EXCEPTIONS
    try {
        const toml::table root = toml::parse(snippet);
        return converter.top_level(root);
    } catch (const toml::parse_error& failure) {
        return parse_failure(converter, source, failure);
    } catch (const std::bad_alloc&) {
        throw;  // out of memory is not a syntax error
    } catch (const std::exception& failure) {
        return source.diagnostic(Severity::error, kSyntax,
                                 std::string("invalid TOML: ") + failure.what(), begin);
    }
#else
    const toml::parse_result result = toml::parse(snippet);
    if (!result) return parse_failure(converter, source, result.error());
    return converter.top_level(result.table());
#endif
}

}  // namespace folio
