#!/usr/bin/env bash
# bench_hugo_site SITE ARTICLES [features|minimal]: makes SITE a Hugo site of the ARTICLES
# folder's files (hard links where it can) with a layout of its own. Shared by bench/html.sh (a
# full build) and bench/serve.sh (`hugo server`'s rebuilds).
#
# `features` (the default) renders what folio's site shows now, each with Hugo's built-in means:
# on each article page the title, date, `.ReadingTime`, category, tags, summary, cover, the
# body with fenced code highlighted by Chroma (CSS classes, as folio's `hl-` classes), the copy
# button's script on pages with code, `.TableOfContents` (H2–H4) where the article asks for one
# (`toc` or `ShowToc`), up to 5 related posts by shared tags (`.Site.RegularPages.Related` on a
# `tags` index) and previous/next; on every page the meta description, canonical link, Open
# Graph and Twitter tags (Hugo's internal templates, plus the cover as og:image and
# twitter:image) and JSON-LD (`BlogPosting` on articles, `WebSite` on the home page); numbered
# pagination (Hugo's internal template, 20 a page) on the home page and every tag and category
# page; an archive page grouped by year and month (`.GroupByDate "2006-01"`); RSS (`feed.xml`)
# and Atom (`atom.xml`) of the 20 newest articles with full content, item authors and an XSL
# stylesheet, and a feeds page; a search page with its script and the index Hugo sites use
# (`index.json`, the home page's JSON output: title, permalink, date, tags, categories, summary
# cut at 240 bytes and the body's distinct words cut at 480 bytes); `robots.txt` naming the
# sitemap (`enableRobotsTXT`), the sitemap, 404 and a stylesheet.
#
# `minimal` is the layout html.sh used before folio's site had those features: title, date,
# tags, summary and the body on each page; a paginated list (20 per page) on the home page and
# on every tag and category page; the sitemap and the home page's RSS. Kept as it was, so the
# ratio against it can be measured again (HUGO_LAYOUT=minimal), including its two faults: its
# previous/next links come out empty (`.PrevInSection` finds nothing with the `section` kind
# disabled) and it has no 404 layout, so Hugo writes no 404.html.
bench_hugo_site() {
  local site=$1 articles=$2 layout=${3:-features}
  rm -rf "$site"
  mkdir -p "$site/content" "$site/layouts/_default"
  # Hard links: the same files Hugo and folio read, without copying 50 MB.
  cp -al "$articles" "$site/content/posts" 2>/dev/null ||
    { rm -rf "$site/content/posts"; cp -r "$articles" "$site/content/posts"; }
  case "$layout" in
    features) bench_hugo_features_layout "$site" ;;
    minimal) bench_hugo_minimal_layout "$site" ;;
    *) echo "bench_hugo_site: unknown layout '$layout' (features or minimal)" >&2; return 2 ;;
  esac
}

bench_hugo_minimal_layout() {
  local site=$1
  cat >"$site/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title><meta name="description" content="{{ .Params.summary }}{{ .Params.excerpt }}">
<link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><header><a href="{{ "" | relURL }}">{{ site.Title }}</a></header><main><article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ with .Params.category }}<a href="{{ "category/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</p>
<ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
<p>{{ .Params.summary }}{{ .Params.excerpt }}</p>{{ .Content }}</article>
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></main></body></html>
HTML
  cat >"$site/layouts/_default/list.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><main><h1>{{ .Title }}</h1>{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
<ol>{{ range (.Paginate $pages).Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time>{{ .Date.Format "2 January 2006" }}</time></p><p>{{ .Params.summary }}{{ .Params.excerpt }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}</main></body></html>
HTML
  cat >"$site/config.toml" <<'TOML'
baseURL = "https://example.org/"
title = "HTML benchmark"
languageCode = "nl"
paginate = 20
disableKinds = ["section", "robotsTXT"]
[taxonomies]
tag = "tags"
category = "category"
[outputs]
home = ["HTML", "RSS"]
page = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
TOML
}

bench_hugo_features_layout() {
  local site=$1
  mkdir -p "$site/static"
  cat >"$site/config.toml" <<'TOML'
baseURL = "https://example.org/"
title = "HTML benchmark"
languageCode = "nl"
paginate = 20
rssLimit = 20
enableRobotsTXT = true
disableKinds = ["section"]
[taxonomies]
tag = "tags"
category = "category"
[outputs]
home = ["HTML", "RSS", "Atom", "JSON"]
page = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
[outputFormats.RSS]
baseName = "feed"
[mediaTypes."application/atom+xml"]
suffixes = ["xml"]
[outputFormats.Atom]
mediaType = "application/atom+xml"
baseName = "atom"
rel = "alternate"
[related]
includeNewer = true
threshold = 1
toLower = false
[[related.indices]]
name = "tags"
weight = 1
[markup.goldmark.renderer]
unsafe = true
[markup.highlight]
codeFences = true
noClasses = false
guessSyntax = false
[markup.tableOfContents]
startLevel = 2
endLevel = 4
TOML
  # The pages folio writes besides the articles and lists; `list = "never"` keeps them out of
  # .Site.RegularPages, so out of the lists, feeds, related posts and search index.
  local page
  for page in archive search feeds; do
    printf -- '---\ntitle: "%s"\nlayout: %s\n_build:\n  list: never\n---\n' \
      "${page^}" "$page" >"$site/content/$page.md"
  done

  cat >"$site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
{{ $description := .Params.description | default .Params.summary | default .Params.excerpt }}{{ if and (not $description) .IsPage }}{{ $description = .Summary | plainify }}{{ end }}{{ $description = $description | default site.Title }}
<title>{{ .Title }} – {{ site.Title }}</title><meta name="description" content="{{ $description }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ template "_internal/opengraph.html" . }}{{ template "_internal/twitter_cards.html" . }}
{{ range .Params.tags }}<meta property="article:tag" content="{{ . }}">{{ end }}
{{ $cover := .Params.cover.image | default .Params.featuredImage }}{{ with $cover }}<meta property="og:image" content="{{ . | absURL }}"><meta name="twitter:image" content="{{ . | absURL }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ range .AlternativeOutputFormats }}{{ printf `<link rel="%s" type="%s" href="%s" title="%s">` .Rel .MediaType.Type .Permalink site.Title | safeHTML }}{{ end }}
{{ if .IsPage }}<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "BlogPosting" "headline" .Title "description" $description "image" ($cover | default "") "datePublished" (.Date.Format "2006-01-02T15:04:05Z07:00") "dateModified" (.Lastmod.Format "2006-01-02T15:04:05Z07:00") "mainEntityOfPage" (dict "@type" "WebPage" "@id" .Permalink) "url" .Permalink | jsonify | safeJS }}</script>
{{ else if .IsHome }}<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "WebSite" "name" site.Title "url" site.BaseURL "description" $description | jsonify | safeJS }}</script>{{ end }}
</head>
<body><header><p><a href="{{ "" | relURL }}">{{ site.Title }}</a></p><nav><ul><li><a href="{{ "" | relURL }}">Home</a></li>
<li><a href="{{ "archive/" | relURL }}">Archive</a></li><li><a href="{{ "category/" | relURL }}">Categories</a></li>
<li><a href="{{ "tags/" | relURL }}">Tags</a></li><li><a href="{{ "search/" | relURL }}">Search</a></li></ul></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p><a href="{{ "feeds/" | relURL }}">Feeds</a>: <a href="{{ "feed.xml" | relURL }}">RSS</a> · <a href="{{ "atom.xml" | relURL }}">Atom</a></p></footer></body></html>
HTML
  cat >"$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><header><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min read
{{ with .Params.author }} · By {{ . }}{{ end }}{{ with .Params.category }} · <a href="{{ "category/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</p>
<ul>{{ range .Params.tags }}<li><a rel="tag" href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
{{ with .Params.summary | default .Params.excerpt }}<p>{{ . }}</p>{{ end }}</header>
{{ with .Params.cover }}<figure><img src="{{ .image }}" alt="{{ .alt }}">{{ with .caption }}<figcaption>{{ . }}</figcaption>{{ end }}</figure>{{ end }}
{{ with .Params.featuredImage }}<figure><img src="{{ . }}" alt=""></figure>{{ end }}
{{ if and (or .Params.toc .Params.ShowToc) (ne .Params.toc false) }}<details{{ if .Params.TocOpen }} open{{ end }}><summary>Contents</summary>{{ .TableOfContents }}</details>{{ end }}
{{ .Content }}</article>
{{ with first 5 (site.RegularPages.Related .) }}<nav><h2>Related</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}</ul></nav>{{ end }}
<nav>{{ with .Prev }}<a rel="prev" href="{{ .RelPermalink }}">Older: {{ .Title }}</a>{{ end }}
{{ with .Next }}<a rel="next" href="{{ .RelPermalink }}">Newer: {{ .Title }}</a>{{ end }}</nav>
{{ if in .Content "<pre" }}<script>
document.querySelectorAll("pre").forEach(function (pre) {
  var button = document.createElement("button");
  button.type = "button";
  button.textContent = "Copy";
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(pre.innerText).then(function () { button.textContent = "Copied"; },
      function () { button.textContent = "Copy failed"; });
    setTimeout(function () { button.textContent = "Copy"; }, 2000);
  });
  pre.parentNode.insertBefore(button, pre);
});
</script>{{ end }}{{ end }}
HTML
  cat >"$site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
<ol>{{ range (.Paginate $pages).Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p><p>{{ .Params.summary }}{{ .Params.excerpt }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}{{ end }}
HTML
  cat >"$site/layouts/_default/archive.html" <<'HTML'
{{ define "main" }}<h1>Archive</h1>{{ $year := "" }}
{{ range site.RegularPages.GroupByDate "2006-01" }}{{ $first := index .Pages 0 }}
{{ if ne ($first.Date.Format "2006") $year }}{{ $year = $first.Date.Format "2006" }}<h2>{{ $year }}</h2>{{ end }}
<h3>{{ $first.Date.Format "January" }}</h3><ul>{{ range .Pages }}<li><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
HTML
  cat >"$site/layouts/_default/search.html" <<'HTML'
{{ define "main" }}<h1>Search</h1>
<form id="search-form" role="search"><label for="search-query">Search the articles</label>
<input type="search" id="search-query" name="q" autocomplete="off"><button type="submit">Search</button></form>
<p id="search-status" role="status" aria-live="polite"></p><ol id="search-results"></ol>
<script src="{{ "search.js" | relURL }}" data-index="{{ "index.json" | relURL }}"></script>{{ end }}
HTML
  cat >"$site/layouts/_default/feeds.html" <<'HTML'
{{ define "main" }}<h1>Feeds</h1>
<p>Follow {{ site.Title }} in a feed reader: copy one of these addresses into it.</p>
<ul><li>RSS: <a href="{{ "feed.xml" | relURL }}">{{ "feed.xml" | absURL }}</a></li>
<li>Atom: <a href="{{ "atom.xml" | relURL }}">{{ "atom.xml" | absURL }}</a></li></ul>{{ end }}
HTML
  cat >"$site/layouts/404.html" <<'HTML'
{{ define "main" }}<h1>Page not found</h1><p><a href="{{ "" | absURL }}">{{ site.Title }}</a></p>{{ end }}
HTML
  cat >"$site/layouts/robots.txt" <<'TXT'
User-agent: *
Allow: /

Sitemap: {{ "sitemap.xml" | absURL }}
TXT
  # The search index as Hugo sites make it: one JSON file for the home page.
  cat >"$site/layouts/index.json" <<'JSON'
{{- $index := slice -}}
{{- range site.RegularPages -}}
{{- $summary := .Params.summary | default .Params.description | default .Params.excerpt | default (.Summary | plainify) -}}
{{- $index = $index | append (dict "title" .Title "url" .RelPermalink "date" (.Date.Format "2006-01-02") "tags" (.Params.tags | default slice) "categories" (.Params.category | default "") "summary" (truncate 240 "" $summary) "words" (truncate 480 "" (delimit (uniq .PlainWords) " "))) -}}
{{- end -}}
{{- $index | jsonify -}}
JSON
  cat >"$site/layouts/index.rss.xml" <<'XML'
{{ printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"feed.xsl\"?>" | safeHTML }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{{ site.Title }}</title><link>{{ .Permalink }}</link><description>{{ site.Title }}</description><language>{{ site.LanguageCode }}</language>
{{ with site.RegularPages }}<lastBuildDate>{{ (index . 0).Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</lastBuildDate>{{ end }}
<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>
{{ range first site.Config.Services.RSS.Limit site.RegularPages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid isPermaLink="true">{{ .Permalink }}</guid>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>{{ with .Params.author }}<author>{{ . }}</author>{{ end }}
{{ range .Params.tags }}<category>{{ . }}</category>{{ end }}{{ with .Params.category }}<category>{{ . }}</category>{{ end }}
<description>{{ .Params.summary | default .Params.excerpt | default (.Summary | plainify) }}</description>
<content:encoded>{{ .Content | html }}</content:encoded></item>
{{ end }}</channel></rss>
XML
  cat >"$site/layouts/index.atom.xml" <<'XML'
{{ printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"feed.xsl\"?>" | safeHTML }}
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{ site.LanguageCode }}"><title>{{ site.Title }}</title>
<id>{{ .Permalink }}</id><link rel="alternate" href="{{ .Permalink }}"/><link rel="self" href="{{ "atom.xml" | absURL }}"/>
{{ with site.RegularPages }}<updated>{{ (index . 0).Date.Format "2006-01-02T15:04:05Z07:00" | safeHTML }}</updated>{{ end }}
{{ range first site.Config.Services.RSS.Limit site.RegularPages }}<entry><title>{{ .Title }}</title><id>{{ .Permalink }}</id><link rel="alternate" href="{{ .Permalink }}"/>
<published>{{ .Date.Format "2006-01-02T15:04:05Z07:00" | safeHTML }}</published><updated>{{ .Lastmod.Format "2006-01-02T15:04:05Z07:00" | safeHTML }}</updated>
{{ with .Params.author }}<author><name>{{ . }}</name></author>{{ end }}
{{ range .Params.tags }}<category term="{{ . }}"/>{{ end }}{{ with .Params.category }}<category term="{{ . }}"/>{{ end }}
<summary>{{ .Params.summary | default .Params.excerpt | default (.Summary | plainify) }}</summary>
<content type="html">{{ .Content | html }}</content></entry>
{{ end }}</feed>
XML
  cat >"$site/static/feed.xsl" <<'XSL'
<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html><head><meta charset="utf-8"/><title><xsl:value-of select="/rss/channel/title | /atom:feed/atom:title"/></title></head>
    <body><h1><xsl:value-of select="/rss/channel/title | /atom:feed/atom:title"/></h1>
    <p>This is a feed: copy its address into a feed reader.</p>
    <ul><xsl:for-each select="/rss/channel/item | /atom:feed/atom:entry">
      <li><a href="{link | atom:link/@href}"><xsl:value-of select="title | atom:title"/></a></li>
    </xsl:for-each></ul></body></html>
  </xsl:template>
</xsl:stylesheet>
XSL
  cat >"$site/static/search.js" <<'JS'
// Loads index.json on the first query and lists the articles that have every word of the query
// as the start of a word of their title, terms, summary or words; titles rank first.
(function () {
  "use strict";
  var script = document.currentScript, index = null;
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  function fold(text) { return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function show() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = [];
    index.forEach(function (a) {
      var title = " " + fold(a.title), rest = " " + fold([a.tags.join(" "), a.categories, a.summary, a.words].join(" "));
      var all = words.every(function (w) { return title.indexOf(" " + w) >= 0 || rest.indexOf(" " + w) >= 0; });
      if (all) found.push({ a: a, rank: words.every(function (w) { return title.indexOf(" " + w) >= 0; }) ? 0 : 1 });
    });
    found.sort(function (x, y) { return x.rank - y.rank; });
    status.textContent = found.length + " articles found.";
    found.slice(0, 50).forEach(function (f) {
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = f.a.url;
      link.textContent = f.a.title;
      item.appendChild(link);
      list.appendChild(item);
    });
  }
  input.addEventListener("input", function () {
    if (index) { show(); return; }
    fetch(script.dataset.index).then(function (r) { return r.json(); }).then(function (data) { index = data; show(); });
  });
  document.getElementById("search-form").addEventListener("submit", function (e) { e.preventDefault(); });
})();
JS
  # The stylesheet: Chroma's classes as `hugo gen chromastyles` writes them, as folio's
  # stylesheet holds its `hl-` rules.
  { printf 'body { max-width: 42rem; margin: 0 auto; padding: 1rem; font-family: sans-serif; line-height: 1.5; }\n'
    hugo gen chromastyles --style=github; } >"$site/static/style.css"
}
