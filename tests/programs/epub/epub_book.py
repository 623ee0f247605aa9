#!/usr/bin/python3
"""Builds EPUBs with `folio epub` and checks them as a reader and epubcheck would.

    epub_book.py --folio PATH --epubcheck JAR --out DIR (--examples ROOT | --corpus COUNT --generator PY [--real])

Examples mode: the bundled examples/ (their folio.toml sets the static folder), once as is and
once with --drafts, --group-by, --order -date and --cover; corpus mode: a generated corpus of
COUNT articles (with --real, the corpus of real posts: raw HTML images, iframes, shortcodes,
five languages, built with --static; every image a chapter shows must then be in the book,
and no chapter may hold an `<iframe>` or a `<script>`). Both: epubcheck must report no fatal error, error or
warning; `mimetype` must be the first entry and stored; the chapters must be the non-draft
articles in date order (oldest first), each opening with its title, its date and its cover
(image or caption); the nav must list every chapter; two runs must give identical bytes.
Expected titles, dates and covers come from `folio inspect`, the reader the writer shares.
"""

import argparse
import datetime
import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
import zoneinfo

from epubcheck_report import epubcheck_problem

XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def build(folio, inputs, output, extra):
    result = run([folio, "epub", *inputs, "-o", output, *extra])
    if result.returncode not in (0, 1):
        sys.exit(f"folio epub failed ({result.returncode}):\n{result.stderr}")
    check(result.returncode == 0, f"folio epub exited {result.returncode}:\n{result.stderr[-2000:]}")
    return result.stderr


def epubcheck(jar, path):
    problem = epubcheck_problem(jar, path)
    check(problem is None, problem)


def instant(date, zone):
    """A front-matter date as a sortable instant; date-only and offset-less ones in `zone`
    (folio.toml's time_zone), as the book orders them."""
    value = date["value"].replace(" ", "T")
    parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.timestamp()


def config_zone(extra):
    """The time_zone of the folio.toml passed with --config, else UTC."""
    if "--config" in extra:
        with open(extra[extra.index("--config") + 1], "rb") as f:
            name = tomllib.load(f).get("time_zone")
        if name:
            return zoneinfo.ZoneInfo(name)
    return datetime.timezone.utc


def expected_articles(folio, inputs, extra):
    result = run([folio, "inspect", "--no-positions", *inputs, *extra])
    articles = [a for a in json.loads(result.stdout)["articles"] if not a["meta"]["draft"]]
    # Oldest first, undated last, ties by path: what `--order date` promises.
    zone = config_zone(extra)
    return sorted(articles, key=lambda a: (a["meta"]["date"] is None,
                                           instant(a["meta"]["date"], zone)
                                           if a["meta"]["date"] else 0,
                                           a["source"]["path"]))


def text_of(element):
    return "".join(element.itertext()).strip()


def check_book(path, articles):
    with zipfile.ZipFile(path) as book:
        infos = book.infolist()
        check(infos[0].filename == "mimetype", f"first entry is {infos[0].filename}, not mimetype")
        check(infos[0].compress_type == zipfile.ZIP_STORED, "mimetype is compressed")
        check(infos[0].extra == b"", "mimetype has an extra field")
        check(book.read("mimetype") == b"application/epub+zip", "mimetype content")
        names = set(book.namelist())
        container = ET.fromstring(book.read("META-INF/container.xml"))
        opf_path = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
        base = posixpath.dirname(opf_path)
        opf = ET.fromstring(book.read(opf_path))
        manifest = {item.get("id"): item.get("href") for item in opf.iter(OPF + "item")}
        spine = [manifest[ref.get("idref")] for ref in opf.iter(OPF + "itemref")]
        chapters = [href for href in spine if href not in ("title.xhtml", "cover.xhtml")]
        check(len(chapters) == len(articles),
              f"{len(chapters)} chapters for {len(articles)} non-draft articles")
        for href, article in zip(chapters, articles):
            meta = article["meta"]
            where = f"{href} ({article['source']['path']})"
            page = ET.fromstring(book.read(posixpath.join(base, href)))
            header = page.find(f".//{XHTML}header")
            if not check(header is not None, f"{where}: no chapter header"):
                continue
            title = header.find(f"{XHTML}h1")
            check(title is not None and text_of(title) == meta["title"],
                  f"{where}: heading {text_of(title) if title is not None else None!r}, "
                  f"expected {meta['title']!r}")
            # The title is not repeated by a body H1.
            h1s = [text_of(h) for h in page.iter(XHTML + "h1")]
            check(h1s.count(meta["title"]) == 1, f"{where}: title shown {h1s.count(meta['title'])} times")
            if meta["date"]:
                time = header.find(f".//{XHTML}time")
                check(time is not None and time.get("datetime") == meta["date"]["value"][:10]
                      and meta["date"]["value"][:4] in text_of(time),
                      f"{where}: date missing or wrong, expected {meta['date']['value'][:10]}")
            if meta["cover"] and meta["cover"]["source"]:
                image = header.find(f".//{XHTML}figure/{XHTML}img")
                caption = header.find(f".//{XHTML}p[@class='cover-caption']")
                if image is not None:
                    check(posixpath.join(base, image.get("src")) in names,
                          f"{where}: cover {image.get('src')} is not in the book")
                else:
                    # A cover that cannot be shown leaves its caption (or alt text), linked when
                    # it is online; a missing local file without either leaves nothing to show.
                    source = meta["cover"]["source"]
                    wanted = meta["cover"]["caption"] or meta["cover"]["alt"]
                    if "://" in source and not wanted:
                        wanted = source
                    if wanted:
                        check(caption is not None and text_of(caption) == wanted,
                              f"{where}: cover neither shown nor replaced by its caption {wanted!r}")
            for image in page.iter(XHTML + "img"):
                check(posixpath.join(base, image.get("src")) in names,
                      f"{where}: image {image.get('src')} is not in the book")
        nav_href = next(item.get("href") for item in opf.iter(OPF + "item")
                        if "nav" in (item.get("properties") or "").split())
        nav = ET.fromstring(book.read(posixpath.join(base, nav_href)))
        toc = next(n for n in nav.iter(XHTML + "nav")
                   if n.get("{http://www.idpf.org/2007/ops}type") == "toc")
        listed = [a.get("href") for a in toc.iter(XHTML + "a") if "#" not in a.get("href")]
        check(all(href in listed for href in chapters), "the nav does not list every chapter")


def check_raw_html_shown(path):
    """Every image a chapter shows is in the book; no chapter holds a player or a script."""
    with zipfile.ZipFile(path) as book:
        names = set(book.namelist())
        images = 0
        for name in sorted(names):
            if not re.match(r"OEBPS/\d{4}-.*\.xhtml$", name):
                continue
            text = book.read(name).decode()
            check("<iframe" not in text and "<script" not in text, f"{name}: iframe or script")
            for src in re.findall(r'<img [^>]*src="([^"]*)"', text):
                images += 1
                check(posixpath.join("OEBPS", src) in names, f"{name} shows {src}, not in the book")
        check(images > 0, "the real corpus's chapters show no image")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--examples")
    parser.add_argument("--corpus", type=int)
    parser.add_argument("--generator")
    parser.add_argument("--real", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        if args.examples:
            inputs = [os.path.join(args.examples, "posts")]
            extra = ["--config", os.path.join(args.examples, "folio.toml")]
            epub_only = []
        else:
            subprocess.run(["/usr/bin/python3", args.generator, os.path.join(work, "corpus"),
                            "--count", str(args.corpus)] + (["--real"] if args.real else []),
                           check=True, capture_output=True)
            inputs = [os.path.join(work, "corpus", "articles")]
            extra = []
            epub_only = ["--title", "Generated corpus", "--author", "Bench"]
            if args.real:
                epub_only += ["--static", os.path.join(work, "corpus", "static")]
        first = os.path.join(work, "book.epub")
        second = os.path.join(work, "again.epub")
        build(args.folio, inputs, first, extra + epub_only)
        build(args.folio, inputs, second, extra + epub_only)
        with open(first, "rb") as a, open(second, "rb") as b:
            check(a.read() == b.read(), "two runs gave different bytes")
        epubcheck(args.epubcheck, first)
        check_book(first, expected_articles(args.folio, inputs, extra))
        if args.real:
            check_raw_html_shown(first)
        if args.examples:
            # The other options, on the same examples: still a valid book, drafts included.
            variant = os.path.join(work, "variant.epub")
            build(args.folio, inputs, variant, extra + [
                "--drafts", "--group-by", "category", "--order", "-date", "--title", "Variant",
                "--cover", os.path.join(args.examples, "static", "blog", "images", "checklist.png")])
            epubcheck(args.epubcheck, variant)
            with zipfile.ZipFile(variant) as book:
                chapters = [n for n in book.namelist() if n.endswith(".xhtml")
                            and posixpath.basename(n) not in ("nav.xhtml", "title.xhtml", "cover.xhtml")]
                drafts = run([args.folio, "inspect", *inputs, *extra]).stdout.count('"draft": true')
                check(len(chapters) == len(expected_articles(args.folio, inputs, extra)) + drafts,
                      f"--drafts: {len(chapters)} chapters")
                check("OEBPS/cover.xhtml" in book.namelist(), "--cover: no cover page")
            # Only drafts: no book (an empty table of contents is not valid EPUB), an error.
            result = run([args.folio, "epub", os.path.join(inputs[0], "static-site-checklist.md"),
                          "-o", os.path.join(work, "drafts.epub")])
            check(result.returncode == 1 and not os.path.exists(os.path.join(work, "drafts.epub"))
                  and "error: no articles to put in the book: 1 draft is left out (--drafts includes it)"
                  in result.stderr, f"only drafts: exit {result.returncode}\n{result.stderr}")
            # No folio.toml and no --language: the language is detected and a note says so.
            bare = os.path.join(work, "bare.epub")
            result = run([os.path.abspath(args.folio), "epub", os.path.abspath(inputs[0]), "-o", bare], cwd=work)
            check("note: book language 'nl', that of most articles" in result.stderr,
                  f"no language note:\n{result.stderr}")
            with zipfile.ZipFile(bare) as book:
                check(b"<dc:language>nl</dc:language>" in book.read("OEBPS/content.opf"),
                      "detected language not in the package document")

    for failure in failures:
        print("FAIL:", failure)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
