#!/usr/bin/env python3
"""Feeds that browsers and readers both like (issue 22), on real output:

  * `folio feed` writes feed.xsl beside an RSS and an Atom feed of examples/posts; Debian's
    xsltproc turns each feed into an HTML page through it, and the Nu HTML checker finds no
    error in those pages (nor in the site's feeds.html and its own feeds' pages);
  * feedparser still reads both feeds cleanly with the <?xml-stylesheet?> in, and the JSON
    Feed is the same bytes with or without the stylesheet option;
  * `--ping` POSTs `hub.mode=publish&hub.url=<feed URL>` to a WebSub hub: a local HTTP server
    on 127.0.0.1 records it; a hub that answers 500 is a warning naming it, the feed is still
    written and the run succeeds.
"""
import argparse
import http.server
import pathlib
import shutil
import subprocess
import sys
import threading
import urllib.parse

import feedparser  # Debian's python3-feedparser, under /usr/bin/python3

BASE = "https://example.org/"


def check(condition, message):
    if not condition:
        print("FAIL:", message)
        sys.exit(1)


class Hub(http.server.BaseHTTPRequestHandler):
    """Records each POST; answers with the status the server was given."""

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        self.server.posts.append((self.path, self.headers.get("Content-Type"),
                                  self.rfile.read(length).decode()))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def start_hub(status):
    server = http.server.HTTPServer(("127.0.0.1", 0), Hub)
    server.posts = []
    server.status = status
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def folio(args, *extra):
    return subprocess.run([args.folio, *extra], capture_output=True, text=True)


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
    posts = str(pathlib.Path(args.examples) / "posts")
    common = ["--base-url", BASE, "--title", "Example & friends", "--description",
              "Notes on books & feeds", "--author", "Ann Author <ann@example.org>",
              "--time-zone", "Europe/Amsterdam"]

    # --- feeds, a hub that takes the ping --------------------------------------------------
    hub = start_hub(202)
    hub_url = f"http://127.0.0.1:{hub.server_port}/hub"
    feeds = work / "feeds"
    for name, fmt in (("feed.xml", "rss"), ("atom.xml", "atom")):
        run = folio(args, "feed", posts, "-o", str(feeds / name), "--format", fmt, "--hub",
                    hub_url, "--ping", *common)
        check(run.returncode == 0, f"folio feed --format {fmt}: {run.returncode}\n{run.stderr}")
        check("feed.ping" not in run.stderr, run.stderr)
        text = (feeds / name).read_text()
        check('<?xml-stylesheet type="text/xsl" href="feed.xsl"?>' in text, f"{name}: no PI")
        check(f'href="{hub_url}"' in text and 'rel="hub"' in text, f"{name}: no hub link")
        parsed = feedparser.parse(str(feeds / name))
        check(not parsed.bozo, f"{name}: feedparser: {parsed.get('bozo_exception')}")
        check(parsed.feed.get("subtitle") == "Notes on books & feeds",
              f"{name}: description {parsed.feed.get('subtitle')!r}")
        check(all(entry.get("author") for entry in parsed.entries), f"{name}: an item has no author")
    check((feeds / "feed.xsl").is_file(), "no feed.xsl beside the feeds")
    expected = [("/hub", "application/x-www-form-urlencoded",
                 "hub.mode=publish&hub.url=" + urllib.parse.quote(BASE + name, safe=""))
                for name in ("feed.xml", "atom.xml")]
    check(hub.posts == expected, f"the hub got {hub.posts}, expected {expected}")
    hub.shutdown()

    # --- a hub that fails: a warning, the feed written ----------------------------------------
    broken = start_hub(500)
    broken_url = f"http://127.0.0.1:{broken.server_port}/"
    out = work / "broken" / "feed.xml"
    run = folio(args, "feed", posts, "-o", str(out), "--hub", broken_url, "--ping", *common)
    check(run.returncode == 0, f"a failing hub failed the run: {run.returncode}\n{run.stderr}")
    check(f"warning: the WebSub hub {broken_url} was not told" in run.stderr and "HTTP 500" in
          run.stderr and "[feed.ping]" in run.stderr, f"no warning naming the hub:\n{run.stderr}")
    check(out.is_file() and len(broken.posts) == 1, "the feed was not written or not pinged")
    broken.shutdown()

    # --- the JSON Feed does not change with the stylesheet option ------------------------------
    with_sheet = folio(args, "feed", posts, "-o", "-", "--format", "json", *common)
    without = folio(args, "feed", posts, "-o", "-", "--format", "json", "--no-stylesheet", *common)
    check(with_sheet.returncode == 0 and with_sheet.stdout == without.stdout,
          "the JSON Feed changed with --no-stylesheet")
    check(not (work / "feed.xsl").exists(), "standard output wrote a stylesheet")

    # --- the site: feeds.html, feed.xsl beside its feeds -------------------------------------
    site = work / "site"
    run = subprocess.run([args.folio, "html", posts, "-o", str(site), "--base-url", BASE],
                         capture_output=True, text=True, cwd=args.examples)
    check(run.returncode == 0, f"folio html: {run.returncode}\n{run.stderr}")
    for name in ("feeds.html", "feed.xsl", "feed.xml", "atom.xml"):
        check((site / name).is_file(), f"the site has no {name}")
    check('href="feeds.html"' in (site / "index.html").read_text(),
          "the footer does not link feeds.html")

    # --- every feed through its stylesheet, then the Nu checker ------------------------------
    pages = []
    for folder in (feeds, site):
        for name in ("feed.xml", "atom.xml"):
            page = work / f"{folder.name}-{name}.html"
            result = subprocess.run(["xsltproc", "-o", str(page), str(folder / "feed.xsl"),
                                     str(folder / name)], capture_output=True, text=True)
            check(result.returncode == 0, f"xsltproc {folder.name}/{name}: {result.stderr}")
            html = page.read_text()
            check("This is a web feed." in html and (BASE + name) in html,
                  f"{page.name}: no subscribe hint with the feed's address")
            pages.append(page)
    feed_page = (work / "feeds-feed.xml.html").read_text()
    check("Example &amp; friends" in feed_page and "Notes on books &amp; feeds" in feed_page,
          "the page lacks the feed's title or description")
    # Each item's author by name (RSS's `mail (Name)` shown as the name).
    check(" · Ann Author</p>" in feed_page and "ann@example.org" not in feed_page,
          "the page does not name the items' author")
    titles = [entry.title for entry in feedparser.parse(str(feeds / "feed.xml")).entries]
    check(len(titles) > 1 and feed_page.count("<article>") == len(titles),
          "the page does not list every item")
    pages.append(site / "feeds.html")
    result = subprocess.run([args.java, "-jar", args.vnu, "--errors-only",
                             *map(str, pages)], capture_output=True, text=True)
    check(result.returncode == 0 and not result.stderr.strip(),
          f"Nu checker on {len(pages)} pages:\n{result.stderr}")
    print(f"feed pages: {len(pages)} pages from xsltproc and the site, Nu: 0 errors; "
          f"hub pinged {len(expected)} times, a failing hub warned")


if __name__ == "__main__":
    main()
