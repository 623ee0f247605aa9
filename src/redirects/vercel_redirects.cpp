#include "src/redirects/vercel_redirects.hpp"

#include <cstdio>

#include "src/redirects/query_redirects.hpp"
#include "src/redirects/server_rule_text.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
            out += buffer;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// Literal text in a path-to-regexp source: its special characters backslash-escaped.
std::string source_literal(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("()*+?:{}\\").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// Literal text in a destination, where `:` would start a parameter.
std::string destination_literal(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ':') out += "%3A";
        else out += c;
    }
    return out;
}

std::string source_of(const PatternPath& path) {
    std::string out;
    for (const PatternSegment& segment : path.segments) {
        out += '/';
        out += segment.variable ? ":" + segment.text + source_literal(segment.suffix)
                                : source_literal(segment.text);
    }
    if (out.empty() || path.trailing_slash) out += '/';
    return out;
}

std::string destination_of(const PatternPath& path) {
    std::string out;
    for (const PatternSegment& segment : path.segments) {
        out += '/';
        out += segment.variable ? ":" + segment.text : destination_literal(segment.text);
    }
    if (out.empty() || path.trailing_slash) out += '/';
    return out;
}

}  // namespace

RuleFile write_vercel_redirects(const FoldedRedirects& redirects,
                                std::span<const Redirect> queries) {
    RuleFile file;
    std::string entries;
    auto entry = [&entries](const std::string& source, const std::string& destination,
                            const std::string& has = {}) {
        if (!entries.empty()) entries += ",\n";
        entries += "    {\"source\": " + json_string(source) +
                   (has.empty() ? "" : ", \"has\": [" + has + "]") +
                   ", \"destination\": " + json_string(destination) + ", \"permanent\": true}";
    };
    for (const Redirect& redirect : redirects.exact) {
        entry(source_literal(redirect.from), destination_literal(redirect.to));
        ++file.exact_rules;
    }
    // An old URL that is a query: its path, on the condition that each parameter is there
    // (Vercel reads a value as a regular expression of the whole value).
    for (const Redirect& redirect : queries) {
        const std::optional<std::vector<QueryParameter>> parameters =
            query_parameters(redirect.from);
        if (!parameters) continue;
        std::string has;
        for (const QueryParameter& parameter : *parameters) {
            if (!has.empty()) has += ", ";
            has += "{\"type\": \"query\", \"key\": " + json_string(percent_decode(parameter.name)) +
                   ", \"value\": " + json_string(escape_regex(percent_decode(parameter.value))) +
                   "}";
        }
        entry(source_literal(redirect.from.substr(0, redirect.from.find('?'))),
              destination_literal(redirect.to), has);
        ++file.exact_rules;
    }
    for (const RedirectPattern& pattern : redirects.patterns) {
        entry(source_of(pattern.from), destination_of(pattern.to));
        ++file.pattern_rules;
    }
    file.text = "{\n  \"redirects\": [\n" + entries + (entries.empty() ? "" : "\n") + "  ]\n}\n";
    return file;
}

void check_vercel_limits(const RuleFile& file, Diagnostics& diagnostics) {
    const std::size_t total = file.exact_rules + file.pattern_rules;
    if (total <= kVercelRedirects) return;
    Diagnostic diagnostic;
    diagnostic.severity = Severity::warning;
    diagnostic.code = "redirects.vercel-limit";
    diagnostic.message = std::to_string(total) + " redirects, over the " +
                         std::to_string(kVercelRedirects) +
                         " vercel.json takes: Vercel refuses the deployment; use its bulk "
                         "redirects (the CSV) or fewer exact redirects";
    diagnostic.path = "vercel.json";
    diagnostics.report(std::move(diagnostic));
}

}  // namespace folio
