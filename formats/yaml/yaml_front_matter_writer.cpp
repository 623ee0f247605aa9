#include "formats/yaml/yaml_front_matter_writer.hpp"

#include <yaml-cpp/yaml.h>

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

#include "formats/yaml/yaml_scalar.hpp"

namespace folio {

namespace {

// Shortest text that reads back as the same double, always recognisably a float.
std::string float_text(double value) {
    if (std::isnan(value)) return ".nan";
    if (std::isinf(value)) return value > 0 ? ".inf" : "-.inf";
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string out(buffer.data(), result.ptr);
    if (out.find_first_of(".e") == std::string::npos) out += ".0";
    return out;
}

// yaml-cpp writes these in a plain scalar as they are, but a reader takes CR, NEL (U+0085) and
// the Unicode line and paragraph separators for line breaks and rejects the other C0 controls:
// the value would end early or not read back. A double-quoted scalar escapes them.
bool needs_quotes_for_characters(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7f) return true;
        if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85)
            return true;
        if (c == 0xe2 && s.substr(i + 1, 2) == "\x80\xa8") return true;
        if (c == 0xe2 && s.substr(i + 1, 2) == "\x80\xa9") return true;
        if (c == 0xef && s.substr(i + 1, 2) == "\xbb\xbf") return true;
    }
    return false;
}

bool is_scalar(const Value& value) {
    return !std::holds_alternative<ValueList>(value.data) &&
           !std::holds_alternative<Map>(value.data);
}

class YamlWriter {
public:
    explicit YamlWriter(const YamlWriteOptions& options) : options_(options) {
        out_.SetIndent(2);
        out_.SetBoolFormat(YAML::TrueFalseBool);
        out_.SetOutputCharset(YAML::EmitNonAscii);
    }

    void map(const Map& map) {
        out_ << YAML::BeginMap;
        for (const auto& [key, value] : map) {
            out_ << YAML::Key;
            string(key, false);
            out_ << YAML::Value;
            write(value);
        }
        out_ << YAML::EndMap;
    }

    std::string text() const { return out_.c_str(); }

private:
    void write(const Value& value) {
        std::visit([&](const auto& v) { this->scalar(v); }, value.data);
    }

    void scalar(const Null&) { out_ << YAML::Null; }
    void scalar(const std::string& s) { string(s, options_.quote_all_strings); }
    void scalar(bool b) { out_ << b; }
    void scalar(std::int64_t i) { out_ << i; }
    void scalar(double d) { out_ << float_text(d); }
    void scalar(const Date& d) { out_ << format_rfc3339(d); }
    void scalar(const ValueList& list) {
        const bool flow = std::all_of(list.begin(), list.end(), is_scalar);
        if (flow) out_ << YAML::Flow;
        out_ << YAML::BeginSeq;
        for (const Value& item : list) write(item);
        out_ << YAML::EndSeq;
    }
    void scalar(const Map& m) {
        if (m.empty()) out_ << YAML::Flow;
        map(m);
    }

    void string(const std::string& s, bool quote) {
        // A plain scalar is typed by its text when read back: quote what would change type.
        if (quote || needs_quotes_for_characters(s) ||
            !std::holds_alternative<std::string>(type_plain_yaml_scalar(s).data)) {
            out_ << YAML::DoubleQuoted << s;
        } else {
            out_ << s;
        }
    }

    const YamlWriteOptions& options_;
    YAML::Emitter out_;
};

}  // namespace

std::string write_yaml_front_matter(const Map& entries, const YamlWriteOptions& options) {
    if (entries.empty()) return {};
    YamlWriter writer(options);
    writer.map(entries);
    std::string out = writer.text();
    out += '\n';
    return out;
}

std::string write_yaml_front_matter_block(const Map& entries,
                                          const FrontMatterWriteOptions& options, const Source&,
                                          Diagnostics&) {
    return "---\n" +
           write_yaml_front_matter(entries, {.quote_all_strings = options.quote_all_strings}) +
           "---\n";
}

}  // namespace folio
