#include "formats/toml/toml_front_matter_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

namespace folio {

// Written by hand rather than through toml++'s formatter: toml++ 3.3 prints an offset of
// `+00:00` as `Z` and trims fraction digits, while a `Date` must come back exactly as it was
// read, and it chooses inline versus `[table]` layout itself, while key order must survive.
// The tests read every text this writes back through the toml++ decoder.

namespace {

bool is_bare_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
}

void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (u < 0x20 || u == 0x7f) {
                    std::array<char, 8> buffer{};
                    std::snprintf(buffer.data(), buffer.size(), "\\u%04X", u);
                    out += buffer.data();
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void append_key(std::string& out, std::string_view key) {
    if (is_bare_key(key)) {
        out += key;
    } else {
        append_string(out, key);
    }
}

std::string float_text(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string out(buffer.data(), result.ptr);
    if (out.find_first_of(".e") == std::string::npos) out += ".0";
    return out;
}

class TomlWriter {
public:
    explicit TomlWriter(TomlFrontMatter& result) : result_(result) {}

    // Plain keys first, then trailing maps as `[tables]`: TOML puts every key after a table
    // header into that table, so only maps with no plain key after them can be tables.
    void table(const Map& map, const std::string& path) {
        std::size_t tables_from = map.size();
        while (tables_from > 0 && std::holds_alternative<Map>(map[tables_from - 1].second.data))
            --tables_from;
        for (std::size_t i = 0; i < tables_from; ++i) {
            const auto& [key, value] = map[i];
            if (std::holds_alternative<Null>(value.data)) {
                result_.dropped_nulls.push_back(path + key);
                continue;
            }
            append_key(out_, key);
            out_ += " = ";
            inline_value(value, path + key);
            out_ += '\n';
        }
        for (std::size_t i = tables_from; i < map.size(); ++i) {
            const auto& [key, value] = map[i];
            std::string header = header_of(path, key);
            out_ += out_.empty() ? "" : "\n";
            out_ += '[' + header + "]\n";
            table(std::get<Map>(value.data), path + key + '.');
        }
    }

    std::string take() { return std::move(out_); }

private:
    // `path` is dotted with a trailing `.`; the header repeats every key, quoted when needed.
    std::string header_of(const std::string& path, const std::string& key) {
        std::string header = header_prefix_[path];
        if (!header.empty()) header += '.';
        append_key(header, key);
        header_prefix_[path + key + '.'] = header;
        return header;
    }

    void inline_value(const Value& value, const std::string& path) {
        std::visit([&](const auto& v) { this->scalar(v, path); }, value.data);
    }

    void scalar(const Null&, const std::string& path) { result_.dropped_nulls.push_back(path); }
    void scalar(const std::string& s, const std::string&) { append_string(out_, s); }
    void scalar(bool b, const std::string&) { out_ += b ? "true" : "false"; }
    void scalar(std::int64_t i, const std::string&) { out_ += std::to_string(i); }
    void scalar(double d, const std::string&) { out_ += float_text(d); }
    void scalar(const Date& d, const std::string& path) {
        if (date_problem(d).empty()) {
            out_ += format_rfc3339(d);
        } else {
            append_string(out_, format_rfc3339(d));
            result_.quoted_dates.push_back(path);
        }
    }
    void scalar(const ValueList& list, const std::string& path) {
        out_ += '[';
        bool first = true;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (std::holds_alternative<Null>(list[i].data)) {
                result_.dropped_nulls.push_back(path + '[' + std::to_string(i + 1) + ']');
                continue;
            }
            if (!first) out_ += ", ";
            first = false;
            inline_value(list[i], path + '[' + std::to_string(i + 1) + ']');
        }
        out_ += ']';
    }
    void scalar(const Map& map, const std::string& path) {
        out_ += '{';
        bool first = true;
        for (const auto& [key, value] : map) {
            if (std::holds_alternative<Null>(value.data)) {
                result_.dropped_nulls.push_back(path + '.' + key);
                continue;
            }
            out_ += first ? " " : ", ";
            first = false;
            append_key(out_, key);
            out_ += " = ";
            inline_value(value, path + '.' + key);
        }
        out_ += first ? "}" : " }";
    }

    TomlFrontMatter& result_;
    std::string out_;
    std::map<std::string, std::string> header_prefix_;
};

}  // namespace

TomlFrontMatter write_toml_front_matter(const Map& entries) {
    TomlFrontMatter result;
    TomlWriter writer(result);
    writer.table(entries, "");
    result.text = writer.take();
    return result;
}

std::string write_toml_front_matter_block(const Map& entries, const FrontMatterWriteOptions&,
                                          const Source& source, Diagnostics& diagnostics) {
    TomlFrontMatter toml = write_toml_front_matter(entries);
    // The codes keep the name of the command that first wrote TOML (`folio hugo`); `folio
    // markdown --style hugo` reports the same ones.
    for (const std::string& key : toml.dropped_nulls) {
        diagnostics.report(Diagnostic{Severity::warning,
                                      "hugo.toml.null",
                                      "'" + key + "' is null, which TOML cannot hold; left out",
                                      source.path,
                                      0,
                                      0,
                                      {}});
    }
    for (const std::string& key : toml.quoted_dates) {
        diagnostics.report(Diagnostic{Severity::warning,
                                      "hugo.toml.impossible-date",
                                      "'" + key + "' is an impossible date, which TOML cannot "
                                      "hold as a date; written as a string",
                                      source.path,
                                      0,
                                      0,
                                      {}});
    }
    return "+++\n" + toml.text + "+++\n";
}

}  // namespace folio
