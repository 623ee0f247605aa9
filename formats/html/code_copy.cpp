#include "formats/html/code_copy.hpp"

#include <utility>

#include "src/highlight/code_highlighter.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {
namespace {

// Inline, so that it works from file:// with no file beside the page and costs no request.
// The button goes in a wrapper beside the <pre>, not inside it, so that it stays in place when
// the code scrolls sideways and is not part of what is copied.
// The button's words come from the labels of the page's language, as data- attributes of the
// script element: HTML-escaped there like every other attribute, so no word needs escaping
// for JavaScript.
constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var data = document.currentScript.dataset;
  var words = [data.copy, data.copied, data.failed];
  function copied(button, ok) {
    button.textContent = ok ? words[1] : words[2];
    setTimeout(function () { button.textContent = words[0]; }, 2000);
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  document.querySelectorAll("pre").forEach(function (pre) {
    var box = document.createElement("div");
    box.className = "code-box";
    pre.parentNode.insertBefore(box, pre);
    box.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-code";
    button.textContent = words[0];
    button.addEventListener("click", function () {
      var text = pre.textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button, true); },
                                                 function () { copied(button, fallback(text)); });
      } else {
        copied(button, fallback(text));
      }
    });
    box.appendChild(button);
  });
})();
</script>
)js";

constexpr std::string_view kButtonStyles = R"css(/* the copy button the page's script adds beside each code block */
.code-box { position: relative; }
.copy-code { position: absolute; top: 0.4em; right: 0.4em; font: inherit; font-size: 0.8rem;
  padding: 0.15em 0.6em; color: var(--text); background: var(--background);
  border: 1px solid var(--rule); border-radius: 4px; cursor: pointer; }
.copy-code:focus-visible { outline: 2px solid var(--link); }
)css";

}  // namespace

bool has_code_block(std::string_view body_html) {
    return body_html.find("<pre>") != std::string_view::npos ||
           body_html.find("<pre ") != std::string_view::npos;
}

std::string copy_button_script(const Labels& labels) {
    std::string script = "<script";
    for (const auto& [name, word] : {std::pair{"copy", labels.copy},
                                     std::pair{"copied", labels.copied},
                                     std::pair{"failed", labels.copy_failed}}) {
        script += " data-";
        script += name;
        script += "=\"";
        append_escaped_html(script, word);
        script += '"';
    }
    script += '>';
    script += kScript;
    return script;
}

std::string code_stylesheet(bool highlighted) {
    std::string css(kButtonStyles);
    if (highlighted) css += highlight_stylesheet();
    return css;
}

}  // namespace folio::html
