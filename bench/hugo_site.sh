#!/usr/bin/env bash
# bench_hugo_site SITE ARTICLES: makes SITE a Hugo site of the ARTICLES folder's files (hard
# links where it can) with a minimal layout that renders what folio's pages show: title, date,
# tags, summary, the body and the previous/next links on each page; a paginated list (20 per
# page) on the home page and on every tag and category page; sitemap, 404 and the home page's
# RSS. Shared by bench/html.sh (a full build) and bench/serve.sh (`hugo server`'s rebuilds).
bench_hugo_site() {
  local site=$1 articles=$2
  rm -rf "$site"
  mkdir -p "$site/content" "$site/layouts/_default"
  # Hard links: the same files Hugo and folio read, without copying 50 MB.
  cp -al "$articles" "$site/content/posts" 2>/dev/null ||
    { rm -rf "$site/content/posts"; cp -r "$articles" "$site/content/posts"; }
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
