#pragma once

namespace folio {

/// Which engine syntax a body reader recognises. An engine profile turns off the one its
/// engine does not process (Jekyll knows no shortcodes; a Hugo post may show `{% raw %}`).
struct EngineSyntaxOptions {
    bool hugo = true;    ///< `{{< >}}`, `{{% %}}` shortcodes
    bool liquid = true;  ///< `{% %}` tags and `{{ site.* }}`, `{{ page.* }}` outputs
};

}  // namespace folio
