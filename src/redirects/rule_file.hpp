#pragma once

#include <cstddef>
#include <string>

namespace folio {

/// A host's redirect rule file as written, with how many rules of each kind it holds (hosts
/// limit them separately: Cloudflare Pages, 2,000 exact and 100 pattern rules).
struct RuleFile {
    std::string text;
    std::size_t exact_rules = 0;
    std::size_t pattern_rules = 0;
};

}  // namespace folio
