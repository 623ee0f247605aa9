#include "src/highlight/code_highlighter.hpp"

namespace folio {
namespace {

// Every distinction is made by more than hue, for e-ink and for readers who do not see the
// colours: keywords and types bold, comments italic, strings on a grey tint, alerts
// underlined. Every colour has a contrast of at least 6:1 (WCAG AA asks 4.5:1) against white,
// the site's code background and its dark one, the strings' tint included; a reading system's
// own theme may override the colours, the weights and slants still read.
constexpr std::string_view kStylesheet = R"css(/* highlighted code: folio's hl- classes */
.hl-keyword, .hl-preproc { font-weight: bold; color: #8b1f6b; }
.hl-type { font-weight: bold; color: #0b5f6b; }
.hl-comment { font-style: italic; color: #575a5e; }
.hl-string, .hl-escape { color: #1a5e20; background-color: rgba(128, 128, 128, 0.14); }
.hl-escape { font-weight: bold; }
.hl-number, .hl-constant { color: #9a3a00; }
.hl-function { color: #1d4f99; }
.hl-builtin, .hl-attr { color: #6a3d9a; }
.hl-variable { color: #7a4100; }
.hl-alert, .hl-error { font-weight: bold; text-decoration: underline; color: #b00020; }
@media (prefers-color-scheme: dark) {
  .hl-keyword, .hl-preproc { color: #f0a6d8; }
  .hl-type { color: #7fd3dd; }
  .hl-comment { color: #a6a9ad; }
  .hl-string, .hl-escape { color: #9bd99f; }
  .hl-number, .hl-constant { color: #f5b27d; }
  .hl-function { color: #9dbcf5; }
  .hl-builtin, .hl-attr { color: #cfb0f2; }
  .hl-variable { color: #e8c07d; }
  .hl-alert, .hl-error { color: #ff8a80; }
}
)css";

}  // namespace

std::string_view highlight_stylesheet() {
    return kStylesheet;
}

}  // namespace folio
