#include "formats/html/search_page.hpp"

#include "formats/html/labels.hpp"
#include "formats/html/page_frame.hpp"
#include "formats/html/search_index.hpp"
#include "src/render/html_escape.hpp"

namespace folio::html {

namespace {

// Plain ES2017 and the DOM, nothing else: it runs from file://, where a page may add a script
// element but not fetch() a file, so the index is scripts that add to a global. The words it
// shows come from the page's data- attributes, so it holds no language of its own. Results are
// made with textContent, never innerHTML: titles are the authors' text, not markup.
constexpr std::string_view kScript = R"js(// folio's site search: the index is loaded on first use; every word of the query must match.
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
  var shards = Number(words.shards) || 1;
  var records = [];
  var loaded = 0;  // shards in, newest first
  var loading = false;
  var timer = 0;
  var focusFirst = false;  // Enter was pressed: the first result takes the focus once shown
  var language = document.documentElement.lang || undefined;

  // Letters that Unicode does not decompose into a base letter and an accent (ß æ œ ø đ ł ı þ
  // ð), written as escapes so that the script reads the same in any encoding it is served in.
  var spelled = { "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0111": "d",
                  "\u0142": "l", "\u0131": "i", "\u00fe": "th", "\u00f0": "d" };
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u00df\u00e6\u0153\u00f8\u0111\u0142\u0131\u00fe\u00f0]/g,
               function (c) { return spelled[c]; });
  }

  function prepare(added) {
    added.forEach(function (a) {
      records.push({ article: a, title: fold(a[1]), terms: fold(a[3].join(" ")),
                     summary: fold(a[4]), body: fold(a[5]) });
    });
  }

  // One shard after another, newest first: the results of the newest articles show while the
  // older ones load.
  function load() {
    if (loading || loaded === shards) return;
    loading = true;
    var script = document.createElement("script");
    script.src = loaded === 0 ? "search-index.js" : "search-index-" + (loaded + 1) + ".js";
    script.onload = function () {
      prepare((window.folioSearchIndex || []).slice(records.length));
      loaded += 1;
      loading = false;
      show();
      load();
    };
    script.onerror = function () {
      loading = false;
      status.textContent = words.failed;
      if (fallback) fallback.hidden = false;
    };
    document.head.appendChild(script);
  }

  // Title over tags and categories over summary over body; a word missing everywhere: no match.
  function score(record, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; ++i) {
      var t = terms[i];
      var points = record.title.indexOf(t) >= 0 ? 8 : record.terms.indexOf(t) >= 0 ? 4
                 : record.summary.indexOf(t) >= 0 ? 2 : record.body.indexOf(t) >= 0 ? 1 : 0;
      if (points === 0) return 0;
      total += points;
    }
    return total;
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
    if (a[6]) li.lang = a[6];
    if (a[7]) li.dir = a[7];
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
    if (loaded === 0) {
      load();
      return;
    }
    var terms = fold(query).split(/\s+/).filter(Boolean);
    var found = [];
    records.forEach(function (record, at) {
      var points = score(record, terms);
      if (points > 0) found.push([points, at]);
    });
    // Records are newest first, so equal scores keep that order.
    found.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1]; });
    var fragment = document.createDocumentFragment();
    found.slice(0, limit).forEach(function (hit) {
      fragment.appendChild(item(records[hit[1]].article));
    });
    // A shard that arrives while the reader is on a result must not take the focus away.
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
    if (loaded < shards) text += words.more;
    status.textContent = text;
    // Which query the list shows, and whether older articles are still to come, for scripts and
    // tests that wait for it.
    list.setAttribute("data-query", query);
    if (loaded < shards) list.setAttribute("data-partial", "");
    else list.removeAttribute("data-partial");
    var first = list.querySelector("a");
    if (focusFirst && first) first.focus();
    focusFirst = false;
  }

  field.addEventListener("focus", load);
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
    load();
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
    append_data(main, "more", labels.searching_older);
    append_data(main, "shards", std::to_string(search_shard_count(plan)));
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
