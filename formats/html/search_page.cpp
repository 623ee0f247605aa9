#include "formats/html/search_page.hpp"

#include "formats/html/labels.hpp"
#include "formats/html/page_frame.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {

namespace {

// Plain ES2017 and the DOM, nothing else: it runs from file://, where a page may add a script
// element but not fetch() a file, so the index is scripts that add to globals. The words it
// shows come from the page's data- attributes, so it holds no language of its own. Results are
// made with textContent, never innerHTML: titles are the authors' text, not markup. Its fold(),
// its word characters and its keys are the index's (src/text/search_fold.cpp): a word typed
// must be spelled as the index spells it.
constexpr std::string_view kScript = R"js(// folio's site search: loads the index's files a query needs.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var field = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  if (!form || !field || !status || !list) return;
  if (fallback) fallback.hidden = true;
  var words = form.dataset;
  var root = words.root || "../";
  var limit = 50;
  var scripts = {};  // file name: "loading", "loaded" or "failed"
  var keys = null;  // the keys of the index's word files, once search-index.js is in
  var matched = { query: null, found: [] };  // the last query's results, ranked
  var timer = 0;
  var focusFirst = false;  // Enter was pressed: the first result takes the focus once shown
  var language = document.documentElement.lang || undefined;

  // Letters that Unicode does not decompose into a base letter and an accent (ß æ œ ø đ ł ı þ
  // ð), and the final sigma, written as escapes so that the script reads the same in any
  // encoding it is served in.
  var spelled = { "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0111": "d",
                  "\u0142": "l", "\u0131": "i", "\u00fe": "th", "\u00f0": "d", "\u03c2": "\u03c3" };
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u00df\u00e6\u0153\u00f8\u0111\u0142\u0131\u00fe\u00f0\u03c2]/g,
               function (c) { return spelled[c]; });
  }

  // Between words: ASCII's signs, Latin-1's, the punctuation and symbol blocks, emoji.
  var separators = new RegExp("[^0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff" +
    "\\u2c00-\\u2fff\\u3040-\\ufe2f\\ufe50-\\ufeff\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a" +
    "\\uff66-\\uffef\\u{10000}-\\u{1efff}\\u{1fb00}-\\u{10ffff}]+", "u");
  // Chinese and Japanese, written without spaces: the index has each pair of characters.
  var unspaced = new RegExp("^[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff" +
    "\\u{20000}-\\u{3ffff}]$", "u");

  // The query's words as the index has them, each once; a run of Chinese or Japanese gives its
  // pairs (its last character alone, which the index also has, would add nothing).
  function terms(query) {
    var out = [];
    function add(word) {
      if (word && out.indexOf(word) < 0) out.push(word);
    }
    fold(query).split(separators).forEach(function (token) {
      var run = [];
      var other = "";
      function endRun() {
        if (run.length === 1) add(run[0]);
        for (var i = 0; i + 1 < run.length; ++i) add(run[i] + run[i + 1]);
        run = [];
      }
      Array.from(token).forEach(function (c) {
        if (unspaced.test(c)) {
          add(other);
          other = "";
          run.push(c);
        } else {
          endRun();
          other += c;
        }
      });
      endRun();
      add(other);
    });
    return out;
  }

  // Which word file holds a word: its first character when Chinese or Japanese, else its first
  // two; the file is named by the key's UTF-8 in hex.
  function key(word) {
    var chars = Array.from(word);
    return unspaced.test(chars[0]) ? chars[0] : chars.slice(0, 2).join("");
  }
  function wordFile(k) {
    var hex = "";
    new TextEncoder().encode(k).forEach(function (b) {
      hex += (b < 16 ? "0" : "") + b.toString(16);
    });
    return "search-words-" + hex + ".js";
  }

  // A script of the index, loaded once: "loaded" when it is in. Each arrival shows the results
  // again, of the query in the field then.
  function need(file) {
    if (!scripts[file]) {
      scripts[file] = "loading";
      var script = document.createElement("script");
      script.src = file;
      script.onload = function () {
        scripts[file] = "loaded";
        show();
      };
      script.onerror = function () {
        scripts[file] = "failed";
        show();
      };
      document.head.appendChild(script);
    }
    return scripts[file];
  }

  // Asks for every file in `files`: "loaded" once all are in, "failed" (the reader is told)
  // when one could not be loaded, else "loading".
  function have(files) {
    var states = files.map(need);
    if (states.indexOf("failed") >= 0) {
      status.textContent = words.failed;
      if (fallback) fallback.hidden = false;
      return "failed";
    }
    return states.every(function (state) { return state === "loaded"; }) ? "loaded" : "loading";
  }

  // Each query word matches the words of the index it starts; an article scores, for each, the
  // best field it is in (title over tags and categories over summary over body) and must have
  // them all. Returns [points, article number] pairs.
  function match(wanted) {
    var total = null;
    var shards = window.folioSearchWords || {};
    for (var w = 0; w < wanted.length; ++w) {
      var t = wanted[w];
      var best = new Map();
      (shards[key(t)] || []).forEach(function (entry) {
        if (entry[0].lastIndexOf(t, 0) !== 0) return;
        var article = 0;
        entry[1].forEach(function (n) {
          article += n >> 2;
          var points = 1 << (n & 3);
          if (!(best.get(article) >= points)) best.set(article, points);
        });
      });
      if (total === null) {
        total = best;
      } else {
        total.forEach(function (points, article) {
          if (best.has(article)) total.set(article, points + best.get(article));
          else total.delete(article);
        });
      }
    }
    var found = [];
    (total || new Map()).forEach(function (points, article) { found.push([points, article]); });
    // Articles are numbered newest first, so equal scores show the newer first.
    found.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1]; });
    return found;
  }

  function day(text) {
    var parts = text.split("-");
    try {
      return new Date(+parts[0], +parts[1] - 1, +parts[2])
        .toLocaleDateString(language, { year: "numeric", month: "long", day: "numeric" });
    } catch (e) {
      return text;
    }
  }

  function item(a) {
    var li = document.createElement("li");
    if (a[5]) li.lang = a[5];
    if (a[6]) li.dir = a[6];
    var link = document.createElement("a");
    link.href = root + a[0];
    link.textContent = a[1];
    li.appendChild(link);
    if (a[2]) {
      var time = document.createElement("time");
      time.dateTime = a[2];
      time.textContent = day(a[2]);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(time);
    }
    if (a[4]) {
      var summary = document.createElement("p");
      summary.textContent = a[4];
      li.appendChild(summary);
    }
    return li;
  }

  // The query in the address, so a search can be reloaded, bookmarked and shared.
  function keep(query) {
    try {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query);
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.href);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the search works all the same.
    }
  }

  // Shows the results of the query in the field once the files it needs are in (asking for
  // them when they are not: their arrival calls this again).
  function show() {
    var query = field.value.trim();
    keep(query);
    if (!query) {
      list.textContent = "";
      list.removeAttribute("data-query");
      status.textContent = "";
      focusFirst = false;
      return;
    }
    if (have(["search-index.js"]) !== "loaded") return;
    var index = window.folioSearchIndex;
    if (!keys) keys = new Set(index.keys);
    var wanted = terms(query);
    // A word without a file for its key matches nothing, and so does the query.
    var none = wanted.length === 0 || wanted.some(function (t) { return !keys.has(key(t)); });
    if (!none && have(wanted.map(function (t) { return wordFile(key(t)); })) !== "loaded") return;
    // Each article file that arrives shows the same results again: they are matched once.
    if (matched.query !== query) matched = { query: query, found: none ? [] : match(wanted) };
    var found = matched.found;
    var shown = found.slice(0, limit);
    var chunks = [];
    shown.forEach(function (hit) {
      var file = "search-articles-" + (Math.floor(hit[1] / index.chunk) + 1) + ".js";
      if (chunks.indexOf(file) < 0) chunks.push(file);
    });
    if (have(chunks) === "failed") return;
    // The results are shown from the first as their articles' files arrive, all of them at once
    // from disk, the first ones first on a slow network.
    var articles = window.folioSearchArticles || {};
    var ready = [];
    for (var i = 0; i < shown.length; ++i) {
      var chunk = articles[Math.floor(shown[i][1] / index.chunk) + 1];
      if (!chunk) break;
      ready.push(chunk[shown[i][1] % index.chunk]);
    }
    if (shown.length > 0 && ready.length === 0) return;
    var fragment = document.createDocumentFragment();
    ready.forEach(function (article) { fragment.appendChild(item(article)); });
    // Results that arrive while the reader is on one must not take the focus away.
    var focused = list.contains(document.activeElement) ? document.activeElement.href : "";
    list.textContent = "";
    list.appendChild(fragment);
    if (focused) {
      var again = Array.prototype.find.call(list.querySelectorAll("a"),
                                            function (link) { return link.href === focused; });
      if (again) again.focus();
    }
    var count = found.length;
    var text = count === 0 ? words.none : count === 1 ? words.one
             : words.many.replace("{n}", String(count));
    if (count > limit) text += words.first.replace("{n}", String(limit));
    status.textContent = text;
    // Which query the list shows, and whether more of its results are still to come, for
    // scripts and tests that wait for it.
    list.setAttribute("data-query", query);
    if (ready.length < shown.length) list.setAttribute("data-partial", "");
    else list.removeAttribute("data-partial");
    var first = list.querySelector("a");
    if (focusFirst && first) first.focus();
    focusFirst = false;
  }

  // The list of keys comes first, while the reader starts typing.
  field.addEventListener("focus", function () { need("search-index.js"); });
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(show, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    focusFirst = true;
    show();
  });
  // Down from the field to the first result, up and down between results, up again to the field.
  field.addEventListener("keydown", function (event) {
    var first = list.querySelector("a");
    if (event.key === "ArrowDown" && first) {
      event.preventDefault();
      first.focus();
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < links.length) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? links[at - 1] : field).focus();
    }
  });

  var start = new URLSearchParams(window.location.search).get("q");
  if (start) {
    field.value = start;
    show();
  }
})();
)js";

constexpr std::string_view kStyles = R"css(/* the search page */
form.search { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0 0 1em; }
form.search label { flex-basis: 100%; }
form.search input, form.search button { font: inherit; color: var(--text); background: var(--background);
  border: 1px solid var(--muted); border-radius: 4px; padding: 0.3em 0.6em; }
form.search input { flex: 1 1 12em; min-width: 0; }
form.search button { cursor: pointer; }
form.search input:focus-visible, form.search button:focus-visible { outline: 2px solid var(--link); }
#search-status { color: var(--muted); }
ol.search-results { list-style: none; padding: 0; }
ol.search-results li { margin: 0 0 1em; }
ol.search-results time { display: block; color: var(--muted); font-size: 0.9rem; }
ol.search-results p { margin: 0.2em 0 0; }
)css";

// A data- attribute the script reads its words from.
void append_data(std::string& out, std::string_view name, std::string_view value) {
    out += " data-";
    out += name;
    out += "=\"";
    append_escaped_html(out, value);
    out += '"';
}

}  // namespace

OutputFile write_search_page(const SitePlan& plan, const SiteOptions& options) {
    const Labels& labels = labels_for(options.language);
    PageFrame frame;
    frame.file = std::string(kSearchPageFile);
    frame.root = root_prefix(frame.file);
    frame.language = options.language;
    frame.title = std::string(labels.search);
    frame.description = std::string(labels.search) + " – " + options.title;
    frame.author = options.author;
    std::string main = "<h1>" + escape_html(labels.search) + "</h1>\n";
    // Without JavaScript the form reloads the page with `?q=`; the note below then says where
    // the articles are.
    main += "<form id=\"search-form\" class=\"search\" role=\"search\" action=\"index.html\" "
            "method=\"get\"";
    append_data(main, "root", frame.root);
    append_data(main, "none", labels.no_results);
    append_data(main, "one", labels.one_result);
    append_data(main, "many", labels.results);
    append_data(main, "first", labels.first_results);
    append_data(main, "failed", labels.index_missing);
    main += ">\n<label for=\"search-query\">" + escape_html(labels.search_field) +
            "</label>\n<input type=\"search\" id=\"search-query\" name=\"q\" "
            "autocomplete=\"off\" spellcheck=\"false\" enterkeyhint=\"search\">\n"
            "<button type=\"submit\">" +
            escape_html(labels.search) + "</button>\n</form>\n";
    main += "<p id=\"search-fallback\">" + escape_html(labels.search_needs_script) +
            " <a href=\"" + href_to(frame, kArchiveFile) + "\">" + escape_html(labels.archive) +
            "</a>.</p>\n";
    main += "<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n";
    main += "<ol id=\"search-results\" class=\"search-results\"></ol>\n";
    main += "<script src=\"search.js\"></script>\n";
    return {frame.file, page_document(frame, plan, options, main)};
}

OutputFile write_search_script() {
    return {std::string(kSearchScriptFile), std::string(kScript)};
}

std::string_view search_stylesheet() {
    return kStyles;
}

}  // namespace folio::html
