#pragma once

// A Markdown file holding one front matter, decoded where it stands by one of the front-matter
// readers: what the YAML, TOML and JSON reader tests look at.

#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio::testing {

class DecodedFrontMatter {
public:
    using Decode = Result<FrontMatter> (*)(const SourceText&, std::size_t, std::size_t);

    /// The file `before` + `front_matter` + `after`, its front matter decoded by `decode`.
    DecodedFrontMatter(Decode decode, const std::string& before, const std::string& front_matter,
                       const std::string& after)
        : source("a.md", before + front_matter + after),
          result(decode(source, before.size(), before.size() + front_matter.size())) {}

    const Map& entries() const { return result->entries; }
    /// The value of `key`, or the string `<missing>`.
    const Value& at(std::string_view key) const {
        static const Value missing{std::string("<missing>")};
        const Value* value = find(result->entries, key);
        return value ? *value : missing;
    }
    std::string error() const { return format_diagnostic(result.error()); }

    SourceText source;
    Result<FrontMatter> result;
};

inline Value text(const char* s) { return Value{std::string(s)}; }

}  // namespace folio::testing
