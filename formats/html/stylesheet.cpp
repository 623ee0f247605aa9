#include "formats/html/html_site.hpp"

namespace folio::html {

namespace {

// One small stylesheet, no web fonts, no JavaScript. Phones first: nothing may be wider than
// the screen, so tables and code scroll inside their own box and long words wrap.
constexpr std::string_view kStylesheet = R"css(/* folio: the plain HTML site's stylesheet */
:root {
  color-scheme: light dark;
  --text: #1d1d1f;
  --muted: #5f6368;
  --background: #fdfdfc;
  --surface: #f1f1ee;
  --rule: #d6d6d2;
  --link: #0b57d0;
  --draft: #9a4a00;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6e6e3;
    --muted: #a4a7ab;
    --background: #17181a;
    --surface: #232528;
    --rule: #3a3d41;
    --link: #8ab4f8;
    --draft: #ffb870;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto;
  max-width: 42rem;
  padding: 1rem 1.25rem 3rem;
  background: var(--background);
  color: var(--text);
  font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  overflow-wrap: break-word;
}
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; overflow-wrap: anywhere; }
h1 { font-size: 1.9rem; margin-top: 0.5em; }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.2rem; }
a { color: var(--link); }
p, ul, ol, dl, blockquote, pre, table, figure { margin: 0 0 1.1em; }
img, video { max-width: 100%; height: auto; }
figure { margin-left: 0; margin-right: 0; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.3em; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid var(--rule); color: var(--muted); }
.markdown-alert { margin: 0 0 1.1em; padding: 0.5em 1em; border-left: 4px solid var(--link); background: var(--surface); }
.markdown-alert > :last-child { margin-bottom: 0; }
.markdown-alert-title { font-weight: 600; margin-bottom: 0.4em; }
.markdown-alert-warning, .markdown-alert-caution { border-left-color: #c2410c; }
dt { font-weight: 600; }
dd { margin: 0 0 0.5em 1.5em; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
code, kbd, samp, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--surface); border-radius: 3px; padding: 0.1em 0.3em; overflow-wrap: anywhere; }
pre { background: var(--surface); border-radius: 4px; padding: 0.8em 1em; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; overflow-wrap: normal; }
/* A wide table scrolls sideways inside its own box instead of widening the page. */
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { border: 1px solid var(--rule); padding: 0.35em 0.7em; vertical-align: top; }
th { background: var(--surface); }
header.site { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
  gap: 0.5em 1.5em; border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; padding-bottom: 0.5rem; }
.site-title { margin: 0; font-weight: 700; font-size: 1.15rem; }
.site-title a { color: inherit; text-decoration: none; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 1em; }
.post-meta, .count { color: var(--muted); font-size: 0.95rem; }
/* A shown draft's mark: a word in a frame, so it does not rely on its colour (6:1 and more). */
.draft { display: inline-block; color: var(--draft); border: 1px solid currentColor;
  border-radius: 0.3em; padding: 0 0.35em; font-size: 0.8rem; font-weight: 600;
  line-height: 1.5; vertical-align: middle; text-decoration: none; }
.summary { font-size: 1.1rem; color: var(--muted); }
ul.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em; }
ul.tags a { display: inline-block; background: var(--surface); border-radius: 1em; padding: 0 0.7em;
  font-size: 0.9rem; text-decoration: none; }
ol.entries { list-style: none; padding: 0; }
ol.entries h2 { margin: 1.2em 0 0.2em; font-size: 1.3rem; }
ol.entries .post-meta { margin: 0 0 0.4em; }
nav.neighbours, nav.pages { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1em;
  border-top: 1px solid var(--rule); margin-top: 2.5em; padding-top: 1em; }
nav.neighbours a { flex: 1 1 14em; }
nav.neighbours a[rel="next"] { text-align: right; }
nav.pages ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2em 0.6em; }
nav.pages ol a { display: inline-block; min-width: 2em; padding: 0.1em 0.4em; text-align: center;
  border-radius: 4px; text-decoration: none; }
nav.pages a[aria-current="page"] { background: var(--surface); color: var(--text); font-weight: 700;
  outline: 1px solid var(--rule); }
/* A table of contents that folds without JavaScript (<details>). */
details.toc { background: var(--surface); border-radius: 4px; padding: 0.5em 1em; margin: 0 0 1.5em; }
details.toc summary { cursor: pointer; font-weight: 600; }
details.toc ul { margin: 0.3em 0 0.3em; padding-left: 1.2em; }
details.toc > nav > ul { padding-left: 0.2em; list-style: none; }
nav.related { border-top: 1px solid var(--rule); margin-top: 2.5em; }
nav.related h2 { font-size: 1.15rem; margin-top: 1em; }
nav.related ul { display: block; }
nav.related li { margin: 0.3em 0; }
ul.archive { list-style: none; padding: 0; }
ul.archive li { margin: 0.25em 0; }
ul.archive time { color: var(--muted); font-size: 0.9rem; display: inline-block; min-width: 9em; }
.label { display: block; color: var(--muted); font-size: 0.85rem; }
.footnotes { font-size: 0.92rem; border-top: 1px solid var(--rule); margin-top: 2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
footer.site { margin-top: 3em; color: var(--muted); font-size: 0.9rem; }
)css";

}  // namespace

OutputFile write_stylesheet() {
    return {std::string(kStylesheetFile), std::string(kStylesheet)};
}

}  // namespace folio::html
