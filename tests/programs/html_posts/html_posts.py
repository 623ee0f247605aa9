#!/usr/bin/python3
"""Posts written in HTML (issue 19) through every command, with real validators.

    html_posts.py --folio PATH --epubcheck JAR --hugo PATH --work DIR [--generator PATH]

posts/ holds five HTML posts with front matter, written the way WordPress (classic editor and
Gutenberg blocks: figures with captions, a code block, a table, an embed, the footnotes block),
Ghost (cards, markdown-it footnotes) and a Markdown renderer write post HTML, in English,
Chinese and Arabic. Checked:

  * `folio epub posts/*.html`: epubcheck 0 fatals, errors and warnings; both images embedded;
    the notes, the table and the code in the chapters; no iframe in a chapter;
  * `folio feed` and `folio html`: every post is an item and a page (with --vnu, the Nu HTML
    checker finds no error on the pages);
  * `folio render --front-matter`: the body as HTML, footnotes and table included;
  * `folio migrate SITE --to hugo --site` on a Jekyll site whose _posts are these files
    (named as Jekyll names them): every post becomes Markdown that folio reads back as the same
    tree as the HTML it came from (positions aside), the front matter carried; real Hugo
    builds it without a warning and every page shows the post's table, code and notes;
  * the same site migrated `--to jekyll` and built by real Jekyll: every image a page shows,
    raw HTML figures' included, is a file of the built site;
  * with --generator (bench/generate_html_corpus.py), 1 MB of generated posts written as
    Markdown by `folio markdown` read back as the same trees.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "epub"))
from epubcheck_report import epubcheck_problem  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
POSTS = os.path.join(HERE, "posts")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


def run(cmd, cwd=None):
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def without_positions(value):
    if isinstance(value, dict):
        return {k: without_positions(v) for k, v in value.items() if k not in ("line", "column")}
    if isinstance(value, list):
        return [without_positions(v) for v in value]
    return value


def inspect(folio, paths):
    articles = json.loads(run([folio, "inspect", *paths]).stdout)["articles"]
    return {a["slug"]: a for a in articles}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--hugo", default="/usr/bin/hugo")
    parser.add_argument("--work", required=True)
    parser.add_argument("--jekyll", default="jekyll")
    parser.add_argument("--vnu", help="the Nu HTML checker's jar: the site's pages must have no error")
    parser.add_argument("--generator")
    args = parser.parse_args()
    folio = os.path.abspath(args.folio)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    posts = sorted(glob.glob(os.path.join(POSTS, "*.html")))
    slugs = [os.path.splitext(os.path.basename(p))[0] for p in posts]

    # The book.
    book = os.path.join(args.work, "book.epub")
    run([folio, "epub", *posts, "-o", book, "--title", "HTML posts", "--language", "en"])
    problem = epubcheck_problem(args.epubcheck, book)
    check(problem is None, problem or "")
    with zipfile.ZipFile(book) as z:
        names = z.namelist()
        chapters = "".join(z.read(n).decode() for n in names if n.endswith(".xhtml"))
    check(sum(n.endswith(".png") for n in names) == 2, f"both images embedded: {names}")
    check("<iframe" not in chapters, "an iframe left in a chapter")
    for needle in ("With water from the tap", "From a hosted platform", "np.polyfit", "<table",
                   "清晨的港口很安静", "البحر لا يهتم بخططك", "<dl"):
        check(needle in chapters, f"the book lacks {needle!r}")

    # The feed and the site.
    feed = os.path.join(args.work, "feed.xml")
    run([folio, "feed", *posts, "-o", feed, "--base-url", "https://example.org/"])
    items = ET.parse(feed).getroot().findall("./channel/item")
    check(len(items) == len(posts), f"{len(items)} feed items for {len(posts)} posts")
    site = os.path.join(args.work, "site")
    run([folio, "html", *posts, "-o", site, "--base-url", "https://example.org/"])
    for slug in slugs:
        check(os.path.exists(os.path.join(site, "posts", slug, "index.html")), f"no site page for {slug}")

    if args.vnu:
        pages = sorted(glob.glob(os.path.join(site, "posts", "*", "index.html")))
        checked = subprocess.run(["java", "-jar", args.vnu, "--errors-only", *pages],
                                 capture_output=True, text=True)
        check(checked.returncode == 0 and not checked.stderr.strip(),
              f"the Nu checker found errors in the site's pages:\n{checked.stderr[:3000]}")

    # Render.
    rendered = run([folio, "render", "--front-matter", os.path.join(POSTS, "block-editor.html")]).stdout
    for needle in ('<section class="footnotes"', "<table>", 'class="language-python"', "<iframe"):
        check(needle in rendered, f"render lacks {needle!r}")

    # A Jekyll site whose posts are HTML, migrated to Hugo.
    jekyll = os.path.join(args.work, "jekyll")
    os.makedirs(os.path.join(jekyll, "_posts"))
    with open(os.path.join(jekyll, "_config.yml"), "w") as f:
        f.write("title: HTML posts\nurl: https://example.org\npermalink: /:year/:month/:title/\n")
    for post in posts:
        with open(post, encoding="utf-8") as f:
            date = re.search(r"^date: \"?(\d{4}-\d\d-\d\d)", f.read(), re.M)[1]
        shutil.copy(post, os.path.join(jekyll, "_posts", f"{date}-{os.path.basename(post)}"))
    for image in glob.glob(os.path.join(POSTS, "*.png")):
        shutil.copy(image, os.path.join(jekyll, "_posts"))
    hugo_site = os.path.join(args.work, "hugo")
    run([folio, "migrate", jekyll, "--to", "hugo", "-o", hugo_site, "--site"])
    written = sorted(glob.glob(os.path.join(hugo_site, "content", "posts", "*", "index.md")))
    check(len(written) == len(posts), f"{len(written)} Markdown posts written for {len(posts)}")
    before = inspect(folio, posts)
    after = {os.path.basename(os.path.dirname(p)): a
             for p, a in zip(written, json.loads(run([folio, "inspect", *written]).stdout)["articles"])}
    for slug in slugs:
        if slug not in after:
            check(False, f"{slug} was not migrated")
            continue
        check(without_positions(after[slug]["body"]) == without_positions(before[slug]["body"]),
              f"{slug}: the Markdown reads back as another body")
        check(without_positions(after[slug]["footnotes"]) == without_positions(before[slug]["footnotes"]),
              f"{slug}: the Markdown reads back with other footnotes")
        for key in ("title", "date", "tags"):
            check(after[slug]["meta"][key] == before[slug]["meta"][key], f"{slug}: {key} not carried")
    public = os.path.join(args.work, "public")
    build = subprocess.run([args.hugo, "--source", hugo_site, "--destination", public],
                           capture_output=True, text=True)
    check(build.returncode == 0, f"hugo failed:\n{build.stdout}\n{build.stderr}")
    warnings = [l for l in (build.stdout + build.stderr).splitlines() if "WARN" in l or "ERROR" in l]
    check(not warnings, f"hugo warned: {warnings}")
    page = os.path.join(public, "posts", "block-editor", "index.html")
    html = open(page, encoding="utf-8").read() if os.path.exists(page) else ""
    for needle in ("<table>", "polyfit", "footnote", "<iframe", "<figcaption"):
        check(needle in html, f"the Hugo page lacks {needle!r}")

    # The same site migrated to Jekyll, built by real Jekyll: every image a page shows (raw
    # HTML figures included, whose `src` moves to /assets/<slug>/) is a file of the site.
    jekyll_site = os.path.join(args.work, "jekyll-out")
    run([folio, "migrate", jekyll, "--to", "jekyll", "-o", jekyll_site, "--site"])
    jekyll_public = os.path.join(args.work, "jekyll-public")
    build = subprocess.run([args.jekyll, "build", "-s", jekyll_site, "-d", jekyll_public],
                           capture_output=True, text=True)
    check(build.returncode == 0, f"jekyll failed:\n{build.stdout}\n{build.stderr}")
    warnings = [l for l in (build.stdout + build.stderr).splitlines() if "warn" in l.lower() or "error" in l.lower()]
    check(not warnings, f"jekyll warned: {warnings}")
    shown = 0
    for page in glob.glob(os.path.join(jekyll_public, "**", "index.html"), recursive=True) + \
            glob.glob(os.path.join(jekyll_public, "**", "*.html"), recursive=True):
        text = open(page, encoding="utf-8").read()
        if "http-equiv=\"refresh\"" in text:
            continue  # a redirect page
        for src in re.findall(r'<img[^>]*\ssrc="([^"]+)"', text):
            shown += 1
            target = os.path.normpath(os.path.join(jekyll_public, src.lstrip("/")) if src.startswith("/")
                                      else os.path.join(os.path.dirname(page), src))
            check(os.path.isfile(target), f"{os.path.relpath(page, jekyll_public)} shows {src}, which the site lacks")
    check(shown >= 3, f"only {shown} images shown by the Jekyll site")

    if args.generator:
        corpus = os.path.join(args.work, "corpus")
        run([sys.executable, args.generator, corpus, "--megabytes", "1"])
        markdown = os.path.join(args.work, "corpus-markdown")
        run([folio, "markdown", "--style", "b", corpus, "-o", markdown])
        html_trees = inspect(folio, [corpus])
        markdown_trees = inspect(folio, [markdown])
        differ = [slug for slug, a in html_trees.items()
                  if slug not in markdown_trees
                  or without_positions(a["body"]) != without_positions(markdown_trees[slug]["body"])
                  or without_positions(a["footnotes"]) != without_positions(markdown_trees[slug]["footnotes"])]
        check(not differ, f"{len(differ)} of {len(html_trees)} generated posts read back otherwise: {differ[:5]}")
        print(f"{len(html_trees)} generated HTML posts: Markdown reads back as the same trees")

    if failures:
        print(f"{len(failures)} problems", file=sys.stderr)
        return 1
    print(f"{len(posts)} HTML posts: book epubcheck-clean, feed, site, render, Hugo migration read back and built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
