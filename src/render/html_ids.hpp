#pragma once

// Element ids the HTML renderer makes up: heading anchors and footnote ids. Internal to
// src/render; writers only see them through HtmlOptions.

#include <string>
#include <string_view>
#include <unordered_map>

namespace folio {

/// A heading's text as GitHub (github-slugger) turns it into an anchor: lowercase, punctuation
/// and symbols dropped, every space a hyphen (`Foo & Bar` → `foo--bar`, as GitHub writes it).
/// Letters and digits of any script are kept. Empty when nothing is left.
std::string github_heading_slug(std::string_view text);

/// A footnote label made usable inside an `id` and a `#fragment`: ASCII letters, digits, `-`,
/// `_`, `.` and non-ASCII characters are kept, everything else becomes `-`.
std::string footnote_id_label(std::string_view label);

/// Hands out ids unique within one rendered document, the way github-slugger does: the first
/// `foo` stays `foo`, later ones become `foo-1`, `foo-2`, skipping any already taken.
class IdRegistry {
public:
    /// `base`, or `base-N` for the smallest N that keeps it unique; the result is taken.
    std::string claim(const std::string& base);

private:
    /// Every id taken, with how many suffixes have been tried for it as a base.
    std::unordered_map<std::string, int> taken_;
};

}  // namespace folio
