#!/usr/bin/env python3
"""Builds HTML sites with the real `folio html` and checks what the HTML issue asks of them:

  * the Nu HTML checker (vnu.jar from the npm package vnu-jar) reports no error and no
    warning on any page of the site built from examples/ (its "info" lines are allowed);
  * every internal link and image (href, src) resolves to a file of the site, and every
    `#fragment` to an id on the page it points at;
  * every tag and category page lists exactly the published articles with that tag, newest
    first, and the index lists them all;
  * drafts are absent by default and present with --drafts, marked as drafts (through the Nu
    checker) and still absent from the sitemap, feeds and search index;
  * the same input gives the same bytes twice;
  * nothing is written outside SITE_DIR, whatever slugs, permalinks or image paths say;
  * a second run removes the pages the first wrote and it does not, and nothing else;
  * without a base URL, no feeds, sitemap or canonical links, and a note says why;
  * the pages a reader expects (built with 4 articles a page, --toc and a favicon): author,
    reading time, Open Graph, Twitter card and BlogPosting JSON-LD on each article, a table of
    contents, related posts, the archive, numbered pagination, robots.txt and the favicon;
  * search: the search page (through the Nu checker with the rest), linked from every page, and
    its index, which parses and lists every published article and no draft; `search = false`
    in [html] leaves it out.
"""
import argparse
import filecmp
import html.parser
import json
import os
import pathlib
import shutil
import subprocess
import sys
import urllib.parse

failures = []
# The examples link each other by their URLs on the old blog.
OLD_URLS = ["--old-permalink", "/blog/:slug"]


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


def run(args, ok_codes=(0,)):
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode not in ok_codes:
        print(proc.stdout, proc.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"{args[0]} {args[1]} exited with {proc.returncode}")
    return proc


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []  # (attribute, value)
        self.ids = set()
        self.entry_links = []  # hrefs of article links in <ol class="entries">
        self._in_entries = 0
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if name in attrs and attrs[name] is not None:
                self.links.append((tag, attrs[name]))
        if tag == "ol" and "entries" in (attrs.get("class") or ""):
            self._in_entries += 1
        if tag == "h2" and self._in_entries:
            self._in_h2 = True
        if tag == "a" and self._in_h2:
            self.entry_links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "ol" and self._in_entries:
            self._in_entries -= 1
        if tag == "h2":
            self._in_h2 = False


def parse(path):
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def site_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def check_links(root):
    pages = {p: parse(p) for p in root.rglob("*.html")}
    checked = 0
    for page, parsed in pages.items():
        for tag, url in parsed.links:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or url.startswith("//"):
                continue
            target = page if not parts.path else (page.parent / urllib.parse.unquote(parts.path))
            target = pathlib.Path(os.path.normpath(target))
            name = f"{page.relative_to(root)}: <{tag}> {url}"
            check(root in target.parents or target == root, f"{name} leaves the site")
            check(target.is_file(), f"{name} does not resolve to a file")
            if parts.fragment and target.suffix == ".html" and target.is_file():
                ids = pages[target].ids if target in pages else parse(target).ids
                check(urllib.parse.unquote(parts.fragment) in ids,
                      f"{name}: no id '{parts.fragment}' on the target page")
            checked += 1
    check(checked > 100, f"only {checked} internal links were found")
    return pages


def listed_pages(root, first):
    """The article pages a (possibly paginated) list links to, following its rel=next pages."""
    listed = []
    page = first
    while True:
        parsed = parse(page)
        listed += [os.path.normpath(page.parent / href) for href in parsed.entry_links]
        text = page.read_text(encoding="utf-8")
        marker = 'rel="next" href="'
        if marker not in text:
            return listed
        href = text.split(marker, 1)[1].split('"', 1)[0]
        page = pathlib.Path(os.path.normpath(page.parent / href))


def inspect(folio, args):
    out = run([folio, "inspect", *args]).stdout
    return json.loads(out)["articles"]


def sort_key(article):
    return article["meta"]["date"]["value"] if article["meta"]["date"] else ""


def check_lists(folio, root, config, posts, drafts):
    articles = [a for a in inspect(folio, ["--config", config, posts])
                if drafts or not a["meta"]["draft"]]
    page_of = {a["slug"]: os.path.normpath(root / "posts" / a["slug"] / "index.html") for a in articles}
    for kind, folder in (("tags", "tags"), ("categories", "categories")):
        names = {}
        for a in articles:
            for name in a["meta"][kind]:
                names.setdefault(name, []).append(a["slug"])
        for name, slugs in names.items():
            matches = [p for p in (root / folder).iterdir() if p.is_dir()]
            # The page of a tag is found by its heading, not by guessing the slug rule.
            pages = [p / "index.html" for p in matches
                     if f": {html_escape(name)}</h1>" in (p / "index.html").read_text(encoding="utf-8")]
            check(len(pages) == 1, f"{kind} '{name}': {len(pages)} pages, expected 1")
            if pages:
                listed = listed_pages(root, pages[0])
                check(sorted(listed) == sorted(page_of[s] for s in slugs),
                      f"{kind} '{name}' lists {listed}, expected the pages of {slugs}")
    listed = listed_pages(root, root / "index.html")
    check(sorted(listed) == sorted(page_of.values()),
          f"the index lists {len(listed)} articles, expected {len(page_of)}")
    return articles


def html_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def check_vnu(java, vnu, *roots):
    pages = sorted(str(p) for root in roots for p in root.rglob("*.html"))
    errors = subprocess.run([java, "-jar", vnu, "--errors-only", *pages], capture_output=True, text=True)
    check(errors.returncode == 0 and not errors.stderr.strip(),
          f"vnu --errors-only on {len(pages)} pages:\n{errors.stderr}")
    everything = subprocess.run([java, "-jar", vnu, *pages], capture_output=True, text=True)
    warnings = [line for line in everything.stderr.splitlines() if ": info:" not in line]
    check(not warnings, "vnu warnings:\n" + "\n".join(warnings))
    print(f"vnu: {len(pages)} pages, 0 errors, {len(warnings)} warnings")


HOSTILE = {
    "escape.md": '---\ntitle: "Escape"\ndate: 2026-01-01\nslug: "../../../escaped"\n---\n\n'
                 '![x](../../../../../etc/passwd) ![y](<../outside.png>)\n',
    "dots.md": '---\ntitle: "Dots"\ndate: 2026-01-02\nslug: ".."\ntags: ["../../x", "🎉"]\n---\n\nBody.\n',
    "reserved.md": '---\ntitle: "Reserved"\ndate: 2026-01-03\n---\n\nBody.\n',
}


def check_confinement(folio, work):
    corpus = work / "hostile"
    parent = work / "confined"
    for folder in (corpus, parent):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for name, text in HOSTILE.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (work / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    site = parent / "site"
    proc = run([folio, "html", str(corpus), "-o", str(site)], ok_codes=(0, 1))
    # A permalink that takes a name the site needs is refused, the others still written.
    refused = run([folio, "html", str(corpus), "-o", str(parent / "site2"),
                   "--permalink", "/tags/:slug/"], ok_codes=(1,))
    check("html.permalink.unusable" in refused.stderr, "a permalink under tags/ was not refused")
    check([p.name for p in parent.iterdir()] and sorted(p.name for p in parent.iterdir()) == ["site", "site2"],
          f"files appeared next to SITE_DIR: {sorted(p.name for p in parent.iterdir())}")
    check(not (work / "escaped").exists() and not (work.parent / "escaped").exists(),
          "a slug of ../ wrote outside the site")
    for path in site.rglob("*"):
        check(site in path.resolve().parents, f"{path} is outside the site")
    print(f"confinement: {len(site_files(site))} files, all inside; stderr:\n{proc.stderr}")


def check_stale(folio, work, config, posts):
    site = work / "stale"
    shutil.rmtree(site, ignore_errors=True)
    run([folio, "html", *OLD_URLS, "--config", config, posts, "-o", str(site)], ok_codes=(0,))
    first = set(site_files(site))
    # Files that are not folio's: a user's own, at the root and inside a page's folder.
    (site / "CNAME").write_text("example.org\n")
    (site / "posts" / "why-its-late" / "notes.txt").write_text("mine\n")
    subset = work / "subset"
    shutil.rmtree(subset, ignore_errors=True)
    subset.mkdir()
    for post in pathlib.Path(posts).iterdir():
        if post.name not in ("why-its-late.md", "koffie-en-code.md"):
            (subset / post.name).write_bytes(post.read_bytes())
    run([folio, "html", *OLD_URLS, "--config", config, str(subset), "-o", str(site)], ok_codes=(0,))
    second = set(site_files(site))
    fresh = work / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    run([folio, "html", *OLD_URLS, "--config", config, str(subset), "-o", str(fresh)], ok_codes=(0,))
    expected = set(site_files(fresh)) | {"CNAME", "posts/why-its-late/notes.txt"}
    check(second == expected, f"after the second run: extra {sorted(second - expected)}, "
                              f"missing {sorted(expected - second)}")
    check("posts/koffie-en-code/index.html" in first and not (site / "posts" / "koffie-en-code").exists(),
          "the removed article's folder is still there")
    check("tags/werkplek/index.html" in first and not (site / "tags" / "werkplek").exists(),
          "the tag page of a tag no article has any more is still there")
    check((site / "posts" / "why-its-late" / "notes.txt").is_file() and (site / "CNAME").is_file(),
          "a file folio did not write was removed")
    # A hostile manifest line is never followed outside the site.
    victim = work / "victim.txt"
    victim.write_text("keep\n")
    with open(site / ".folio-manifest", "a") as manifest:
        manifest.write("../victim.txt\n/etc/hostname\n")
    proc = run([folio, "html", *OLD_URLS, "--config", config, str(subset), "-o", str(site)], ok_codes=(0,))
    check(victim.is_file(), "a manifest line made folio remove a file outside the site")
    check("html.manifest.outside" in proc.stderr, "no warning about a manifest line outside the site")


FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
           '<circle cx="8" cy="8" r="7" fill="#0b57d0"/></svg>\n')


def json_ld(text):
    start = text.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(text[start:text.index("</script>", start)])


def script_value(path):
    """The JSON a file of the search index assigns to its global (`... = VALUE;`)."""
    text = path.read_text(encoding="utf-8")
    line = text.index("\n") + 1  # after the comment, the assignment's line
    start = text.rindex(" = ", line, text.find("\n", line)) + len(" = ")
    return json.loads(text[start:text.rindex(";")])


def search_index(site):
    """The articles of search/search-articles-N.js, newest first, and the words of the
    search-words-*.js files by key."""
    records = []
    for chunk in sorted((site / "search").glob("search-articles-*.js"),
                        key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        records += script_value(chunk)
    words = {}
    for shard in (site / "search").glob("search-words-*.js"):
        key = bytes.fromhex(shard.stem.rsplit("-", 1)[1]).decode("utf-8")
        words[key] = script_value(shard)
    return records, words


def check_search(site, articles):
    page = (site / "search" / "index.html").read_text(encoding="utf-8")
    check('<input type="search" id="search-query" name="q"' in page
          and 'href="../archive/index.html">Archief</a>' in page,
          "the search page has no search field or no link to the archive for readers without JavaScript")
    check((site / "search" / "search.js").is_file(), "search/search.js is missing")
    records, words = search_index(site)
    pages = sorted(r[0] for r in records)
    check(pages == sorted(f'posts/{a["slug"]}/index.html' for a in articles),
          f"the search index lists {pages}")
    check(all((site / r[0]).is_file() for r in records), "the search index names a missing page")
    keys = script_value(site / "search" / "search-index.js")["keys"]
    check(sorted(keys) == sorted(words), f"the index's keys {keys} are not its word files {sorted(words)}")
    for key, entries in words.items():
        for word, postings in entries:
            check(word.startswith(key), f"{word!r} is in the file of {key!r}")
            check(sum(p >> 2 for p in postings) < len(records), f"{word!r} names an article not there")
    check(not list((site / "search").glob("search-index-*.js")), "a shard of the old index is left")
    check(all('search/index.html">Zoeken</a>' in p.read_text(encoding="utf-8")
              for p in site.rglob("*.html")), "a page does not link the search page")


def check_reader_pages(site, articles, author):
    """What a reader of a PaperMod site finds, on the site built with READER_OPTIONS."""
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    check("Sitemap: https://example.org/sitemap.xml" in robots, f"robots.txt: {robots!r}")
    check((site / "favicon.svg").read_text(encoding="utf-8") == FAVICON, "favicon.svg not copied")
    index = (site / "index.html").read_text(encoding="utf-8")
    check('<link rel="icon" href="favicon.svg" type="image/svg+xml">' in index, "no favicon link")
    check('"@type": "WebSite"' in index, "the home page has no WebSite JSON-LD")
    # Numbered pagination: 9 articles, 4 a page: 1 (current), 2, 3.
    check('<a href="index.html" aria-current="page" aria-label="Pagina 1 van 3">1</a>' in index
          and 'aria-label="Pagina 3 van 3">3</a>' in index, "index: numbered pagination missing")
    second = (site / "page" / "2" / "index.html").read_text(encoding="utf-8")
    check('aria-current="page" aria-label="Pagina 2 van 3">2</a>' in second,
          "page 2 does not mark itself current")
    archive = (site / "archive" / "index.html").read_text(encoding="utf-8")
    check(all(f'posts/{a["slug"]}/index.html' in archive for a in articles),
          "the archive does not list every article")
    check("<h2 id=\"year-2025\">2025</h2>" in archive and "<h3>september</h3>" in archive,
          "the archive has no year or Dutch month headings")
    check('href="../archive/index.html">Archief</a>' in (site / "tags" / "index.html").read_text(encoding="utf-8"),
          "the navigation does not link the archive")
    tocs = 0
    for a in articles:
        page = (site / "posts" / a["slug"] / "index.html").read_text(encoding="utf-8")
        name = a["slug"]
        title = a["meta"]["title"]
        authors = ", ".join(a["meta"]["authors"]) or author
        check('min leestijd</span>' in page or 'min read</span>' in page, f"{name}: no reading time")
        check(f'<meta name="author" content="{html_escape(authors)}">' in page, f"{name}: no author meta")
        check('<meta name="twitter:card" content="summary' in page, f"{name}: no twitter card")
        check('<meta property="article:published_time"' in page, f"{name}: no published time")
        posting = json_ld(page)
        check(posting["@type"] == "BlogPosting" and posting["headline"] == title
              and posting["author"]["name"] == authors
              and posting["mainEntityOfPage"]["@id"] == f"https://example.org/posts/{name}/",
              f"{name}: JSON-LD {posting}")
        if '<details class="toc">' in page:
            tocs += 1
        shares = any(set(a["meta"]["tags"]) & set(b["meta"]["tags"]) for b in articles if b is not a)
        check(('<nav class="related"' in page) == shares,
              f"{name}: related posts {'missing' if shares else 'though it shares no tag'}")
    check(tocs >= 3, f"only {tocs} articles have a table of contents with --toc")


def reader_post(number):
    """Seven small posts of our own that share tags, for what the examples do not have:
    related posts, pagination with an ellipsis, front-matter tables of contents, a title that
    tries to end the JSON-LD script, and Japanese counted by character."""
    tags = [["rss", "atom"], ["rss"], ["atom", "rss", "json"], ["json"], ["rss"], ["atom"], ["x"]][number]
    title = f"Post {number}" if number != 2 else "Ends </script><!-- here"
    toc = {0: "ShowToc: true\nTocOpen: true\n", 1: "toc: false\n"}.get(number, "")
    body = "## First part\n\nText of the first part.\n\n### Detail\n\nMore.\n\n## Second part\n\nEnd.\n"
    if number == 3:
        body += "\n" + "静的サイトを書く。" * 200 + "\n"  # 1,600 characters: 4 minutes at 500
    return (f'---\ntitle: "{title}"\ndate: 2025-0{number + 1}-10\ntags: {json.dumps(tags)}\n'
            f'{toc}---\n\n{body}')


def check_reader_corpus(folio, work):
    posts = work / "reader-posts"
    posts.mkdir()
    for number in range(7):
        (posts / f"post-{number}.md").write_text(reader_post(number), encoding="utf-8")
    site = work / "reader-site"
    run([folio, "html", str(posts), "-o", str(site), "--base-url", "https://example.org/",
         "--page-size", "1", "--title", "Reader"])
    index = (site / "index.html").read_text(encoding="utf-8")
    check('<li aria-hidden="true">…</li>' in index, "7 pages: no ellipsis on the first")
    page = lambda n: (site / "posts" / f"post-{n}" / "index.html").read_text(encoding="utf-8")
    related = page(0).split('<nav class="related"', 1)[-1]
    check(related.index("posts/post-2/") < related.index("posts/post-4/") and "post-6" not in related,
          "post 0's related posts are not ranked by tags shared")
    check('<details class="toc" open>' in page(0), "ShowToc + TocOpen: no open table of contents")
    check('class="toc"' not in page(1) and 'class="toc"' not in page(4),
          "a table of contents without toc in front matter or --toc")
    posting = json_ld(page(2))
    check(posting["headline"] == "Ends </script><!-- here" and "<!--" not in page(2).split("<body>")[0]
          .replace('content="Ends &lt;/script&gt;&lt;!-- here"', ""), f"the title's script end: {posting}")
    check("4 min read" in page(3), "Japanese is not counted by character")
    return site


def check_reported_once(folio, work):
    """Every article is read twice (metadata to plan the site, then its body): each problem is
    reported once, at its place, the front matter's by the first read and the body's by the
    second. Pages and feed items keep the first read's metadata and slug: a front-matter-only file (closed by `---` at
    the very end) has an empty body, not a rule."""
    posts = work / "once"
    posts.mkdir()
    (posts / "a.md").write_text("---\ntitle: A\ndate: 2025-01-01\nupdated: 2025-02-30\n"
                                "slug: same\n---\n\nText[^1].\n\n[^1]: one\n[^1]: two\n")
    (posts / "b.md").write_text("---\ntitle: B\ndate: 2025-01-02\nslug: same\n---")
    site = work / "once-site"
    proc = run([folio, "html", str(posts), "-o", str(site), "--base-url", "https://example.org/"],
               ok_codes=(1,))
    a, b = posts / "a.md", posts / "b.md"
    for expected in (f"{a}:4:10: error: impossible date", f"{b}:4:7: warning: slug 'same'",
                     f"{a}:11:1: warning: footnote [^1] is defined again"):
        check(proc.stderr.count(expected) == 1, f"not reported once: {expected}\n{proc.stderr}")
    page = (site / "posts" / "same-2" / "index.html").read_text(encoding="utf-8")
    check("<hr" not in page, "a front-matter-only article's page shows a rule")
    # The feeds' items carry ids prefixed with their article's slug, so that two items on one
    # reader page do not share footnote ids (they had an empty prefix: the slug was not known
    # yet on the thread that made the item).
    for name in ("feed.xml", "atom.xml"):
        text = (site / name).read_text(encoding="utf-8")
        check('id="same-' in text and 'id="-' not in text,
              f"{name}: item ids not prefixed with the article's slug")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--vnu", required=True)
    parser.add_argument("--java", default="java")
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    examples = pathlib.Path(args.examples)
    config = str(examples / "folio.toml")
    posts = str(examples / "posts")

    favicon = work / "favicon.svg"
    favicon.write_text(FAVICON, encoding="utf-8")
    reader_options = ["--page-size", "4", "--toc", "--favicon", str(favicon)]
    site = work / "site"
    proc = run([args.folio, "html", *OLD_URLS, *reader_options, "--config", config, posts, "-o", str(site)])
    check("error" not in proc.stderr, f"errors building the examples:\n{proc.stderr}")
    for name in ("index.html", "404.html", "style.css", "sitemap.xml", "feed.xml", "atom.xml",
                 "tags/index.html", "categories/index.html", "archive/index.html", "robots.txt",
                 "search/index.html", "search/search-index.js"):
        check((site / name).is_file(), f"{name} is missing")
    reader_site = check_reader_corpus(args.folio, work)
    check_vnu(args.java, args.vnu, site, reader_site)
    check_links(site)
    check_links(reader_site)
    articles = check_lists(args.folio, site, config, posts, drafts=False)
    check_reader_pages(site, articles, "Marit de Vries")
    check_search(site, articles)
    drafts = [a for a in inspect(args.folio, ["--config", config, posts]) if a["meta"]["draft"]]
    check(drafts, "the examples have no draft to test with")
    for draft in drafts:
        check(not (site / "posts" / draft["slug"]).exists(), f"draft {draft['slug']} has a page")
        for path in site.rglob("*"):
            if path.is_file() and path.suffix in (".html", ".xml", ".js"):
                text = path.read_text(encoding="utf-8")
                check(draft["slug"] not in text and html_escape(draft["meta"]["title"]) not in text,
                      f"draft {draft['slug']} is mentioned in {path.relative_to(site)}")
    for page in ("feed.xml", "atom.xml", "index.html"):
        text = (site / page).read_text(encoding="utf-8")
        if page == "index.html":  # and the index's later pages
            text += "".join(p.read_text(encoding="utf-8") for p in (site / "page").rglob("index.html"))
        check(all(a["meta"]["title"] and html_escape(a["meta"]["title"]) in text for a in articles),
              f"{page} does not name every published article")

    with_drafts = work / "with-drafts"
    run([args.folio, "html", *OLD_URLS, "--config", config, posts, "-o", str(with_drafts), "--drafts"])
    for draft in drafts:
        check((with_drafts / "posts" / draft["slug"] / "index.html").is_file(),
              f"--drafts: draft {draft['slug']} has no page")
        page = with_drafts / "posts" / draft["slug"] / "index.html"
        check(page.is_file() and '<span class="draft">' in page.read_text(encoding="utf-8"),
              f"--drafts: draft {draft['slug']}'s page is not marked as a draft")
        for machine_read in ("sitemap.xml", "feed.xml", "atom.xml", "search/search-index.js"):
            file = with_drafts / machine_read
            check(file.is_file() and f"posts/{draft['slug']}/" not in file.read_text(encoding="utf-8"),
                  f"--drafts: {machine_read} is missing or names draft {draft['slug']}")
    check_lists(args.folio, with_drafts, config, posts, drafts=True)
    check_links(with_drafts)
    # The mark passes the checker, on the drafts' pages and in the archive that lists them.
    check_vnu(args.java, args.vnu, with_drafts / "archive",
              *(with_drafts / "posts" / d["slug"] for d in drafts))

    again = work / "again"
    run([args.folio, "html", *OLD_URLS, *reader_options, "--config", config, posts, "-o", str(again),
         "--threads", "1"])
    same = site_files(site) == site_files(again) and all(
        filecmp.cmp(site / f, again / f, shallow=False) for f in site_files(site))
    check(same, "two runs on the same input gave different bytes")

    relative = work / "relative"
    empty_config = work / "empty.toml"
    empty_config.write_text("")
    proc = run([args.folio, "html", *OLD_URLS, "--config", str(empty_config), "--static",
                str(examples / "static"), posts, "-o", str(relative)])
    check("html.no-base-url" in proc.stderr, "no note about the missing base URL")
    check(not any((relative / f).exists() for f in ("feed.xml", "atom.xml", "sitemap.xml")),
          "feeds or sitemap written without a base URL")
    check('rel="canonical"' not in (relative / "index.html").read_text(encoding="utf-8"),
          "a canonical link without a base URL")
    check_links(relative)

    # The same settings from folio.toml's [html] table.
    table_config = work / "table.toml"
    settings = pathlib.Path(config).read_text(encoding="utf-8").replace(
        'static = "static"', f'static = "{examples / "static"}"')
    table_config.write_text(settings + f'\n[html]\ntoc = true\nrelated = 0\nfavicon = "{favicon}"\n'
                            'search = false\n',
                            encoding="utf-8")
    from_table = work / "from-table"
    run([args.folio, "html", *OLD_URLS, "--config", str(table_config), posts, "-o", str(from_table)])
    page = (from_table / "posts" / "rss-en-atom-zonder-gedoe" / "index.html").read_text(encoding="utf-8")
    check('<details class="toc">' in page and 'class="related"' not in page
          and (from_table / "favicon.svg").is_file(),
          "toc, related and favicon in [html] of folio.toml did not reach the site")
    check(not (from_table / "search").exists() and "search/index.html" not in page,
          "search = false in [html] of folio.toml did not leave search out")

    # A favicon that is not one is a setting to fix: exit 2, and no site is started.
    (work / "favicon.gif").write_bytes(b"GIF89a")
    proc = run([args.folio, "html", "--config", config, posts, "-o", str(work / "no-site"),
                "--favicon", str(work / "favicon.gif")], ok_codes=(2,))
    check("html.favicon" in proc.stderr and not (work / "no-site").exists(),
          f"a .gif favicon was not refused before writing: {proc.stderr}")
    proc = run([args.folio, "html", "--config", config, posts, "-o", str(work / "no-site"),
                "--favicon", str(work / "missing.png")], ok_codes=(2,))
    check("html.favicon" in proc.stderr and not (work / "no-site").exists(),
          "a missing favicon was not refused before writing")

    check_confinement(args.folio, work)
    check_stale(args.folio, work, config, posts)
    check_reported_once(args.folio, work)

    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("html site: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
