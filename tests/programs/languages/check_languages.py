#!/usr/bin/python3
"""Every article in its own language, in the book, the feeds and the site.

    check_languages.py --folio PATH --epubcheck JAR --vnu JAR --posts DIR --work DIR
                       [--atom-schemas DIR]

The posts (posts/ here) are English, Dutch (two), Persian and a lorem-ipsum starter post, none
but their text saying which: the book's language is the majority's (Dutch), each chapter, entry
and page carries its own (lang, xml:lang, dir="rtl" for Persian, the date in its language), and
lorem ipsum takes the book's, not French. The book passes epubcheck, the Atom feed the RFC 4287
RELAX NG schema and Schematron rules (when DIR holds them) and feedparser. `-o -` writes the same
bytes to standard output as to a file; a language that is no tag is a usage error. The site's
pages pass the Nu HTML checker; a book in Persian runs its pages right to left.
"""

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "epub"))
sys.path.insert(0, str(HERE.parent / "feeds"))
from epubcheck_report import epubcheck_problem  # noqa: E402
from check_feeds import check_jing  # noqa: E402
import feedparser  # noqa: E402

BASE = "https://blog.example.org/"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
failures: list[str] = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def folio(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, env=ENV, timeout=300)


def check_book(args, work: pathlib.Path, posts: str):
    book = work / "book.epub"
    result = folio(args.folio, "epub", posts, "-o", str(book), "--title", "Moving")
    if not check(result.returncode == 0, f"folio epub exited {result.returncode}: "
                 f"{result.stderr.decode()}"):
        return
    problem = epubcheck_problem(args.epubcheck, str(book))
    check(problem is None, problem)
    with zipfile.ZipFile(book) as archive:
        opf = archive.read("OEBPS/content.opf").decode()
        chapters = {name.split("/")[-1]: archive.read(name).decode()
                    for name in archive.namelist() if re.match(r"OEBPS/\d{4}-", name)}
    check("<dc:language>nl</dc:language>" in opf,
          "the book's language is not the majority's (nl): " +
          re.search(r"<dc:language>.*?</dc:language>", opf).group(0))
    expected = {  # chapter file: (lang, right to left, date as shown)
        "0001-1-moving-the-blog.xhtml": ("en", False, "5 October 2025"),
        "0002-2-verhuizen.xhtml": ("nl", False, "6 oktober 2025"),
        "0003-3-lijstjes.xhtml": ("nl", False, "7 oktober 2025"),
        "0004-4-yaddasht.xhtml": ("fa", True, "2025-10-08"),
        "0005-5-hello-world.xhtml": ("nl", False, "9 oktober 2025"),  # lorem ipsum: the book's
    }
    for name, (lang, rtl, date) in expected.items():
        page = chapters.get(name, "")
        root = re.search(r"<html[^>]*>", page)
        root = root.group(0) if root else ""
        check(f'lang="{lang}"' in root and f'xml:lang="{lang}"' in root,
              f"{name}: expected lang {lang}, got {root}")
        check(('dir="rtl"' in root) == rtl, f"{name}: dir is wrong in {root}")
        check(f">{date}</time>" in page, f"{name}: the date is not shown as '{date}'")

    streamed = folio(args.folio, "epub", posts, "-o", "-", "--title", "Moving")
    check(streamed.returncode == 0, f"folio epub -o - exited {streamed.returncode}")
    check(streamed.stdout == book.read_bytes(),
          f"folio epub -o - wrote {len(streamed.stdout)} bytes to standard output, not the "
          f"{book.stat().st_size} of the file")
    check(not pathlib.Path("-").exists(), "folio epub -o - wrote a file named '-'")

    # A book whose own language is written right to left turns its pages that way.
    persian = work / "persian.epub"
    folio(args.folio, "epub", posts, "-o", str(persian), "--title", "Moving", "--language", "fa")
    with zipfile.ZipFile(persian) as archive:
        check('page-progression-direction="rtl"' in archive.read("OEBPS/content.opf").decode(),
              "a Persian book's spine does not run right to left")
    rtl_problem = epubcheck_problem(args.epubcheck, str(persian))
    check(rtl_problem is None, rtl_problem)

    refused = folio(args.folio, "epub", posts, "-o", str(work / "refused.epub"),
                    "--language", "english please")
    check(refused.returncode == 2, f"--language 'english please' exited {refused.returncode}")
    check(b"not a BCP 47 language tag" in refused.stderr, refused.stderr.decode())
    check(not (work / "refused.epub").exists(), "--language 'english please' wrote a book")
    print(f"book: {len(chapters)} chapters, languages and directions as expected, epubcheck "
          f"{'clean' if problem is None else 'NOT clean'}, -o - byte-identical")


def check_feeds(args, work: pathlib.Path, posts: str):
    atom = work / "feed.atom"
    result = folio(args.folio, "feed", posts, "-o", str(atom), "--format", "atom",
                   "--base-url", BASE, "--limit", "0")
    if not check(result.returncode == 0, f"folio feed exited {result.returncode}: "
                 f"{result.stderr.decode()}"):
        return
    text = atom.read_text(encoding="utf-8")
    check('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">' in text,
          "the Atom feed's language is not the majority's: " + text[:200])
    # An entry without xml:lang has the feed's (lorem ipsum is no language).
    entries = re.findall(r'<entry(?: xml:lang="([^"]*)")?>\s*<id>[^<]*</id>\s*'
                         r'<title[^>]*>([^<]*)</title>', text)
    check(entries == [("", "Hello world"), ("fa", "یادداشتی درباره انتقال وبلاگ"),
                      ("nl", "Een lijst van wat er nog moet"), ("nl", "De blog verhuist"),
                      ("en", "Moving the blog")],
          f"Atom entries' xml:lang: {entries}")
    check('&lt;div lang="fa" dir="rtl"&gt;' in text, "the Persian entry's content is not rtl")
    parsed = feedparser.parse(str(atom))
    check(not parsed.bozo, f"feedparser: {parsed.get('bozo_exception')}")
    schemas = pathlib.Path(args.atom_schemas) if args.atom_schemas else None
    if schemas and (schemas / "atom.rng").is_file():
        before = len(failures)
        check_jing(atom, schemas, failures)
        schema_note = "RELAX NG + Schematron " + ("clean" if len(failures) == before else "FAILED")
    else:
        schema_note = "schema skipped (no atom.rng)"

    streamed = folio(args.folio, "feed", posts, "-o", "-", "--format", "atom",
                     "--base-url", BASE, "--limit", "0", "--feed-url", BASE + "feed.atom")
    # The file names the feed.xsl written beside it; standard output has no beside.
    written = atom.read_bytes().replace(
        b'<?xml-stylesheet type="text/xsl" href="feed.xsl"?>\n', b"", 1)
    check(streamed.returncode == 0 and streamed.stdout == written,
          "folio feed -o - did not write the feed's bytes to standard output")

    json_feed = work / "feed.json"
    folio(args.folio, "feed", posts, "-o", str(json_feed), "--format", "json",
          "--base-url", BASE, "--limit", "0")
    items = json.loads(json_feed.read_text(encoding="utf-8"))["items"]
    check([item.get("language") for item in items] == [None, "fa", "nl", "nl", "en"],
          f"JSON Feed items' languages: {[item.get('language') for item in items]}")
    print(f"feeds: {len(entries)} Atom entries with their own xml:lang ({schema_note}, "
          f"feedparser clean), JSON Feed items likewise, -o - byte-identical")


def check_site(args, work: pathlib.Path, posts: str):
    site = work / "site"
    result = folio(args.folio, "html", posts, "-o", str(site))
    if not check(result.returncode == 0, f"folio html exited {result.returncode}"):
        return
    expected = {"1-moving-the-blog": '<html lang="en">', "2-verhuizen": '<html lang="nl">',
                "4-yaddasht": '<html lang="fa" dir="rtl">', "5-hello-world": '<html lang="nl">'}
    for slug, root in expected.items():
        page = (site / "posts" / slug / "index.html").read_text(encoding="utf-8")
        check(root in page, f"site page {slug}: expected {root}")
    pages = sorted(str(p) for p in site.rglob("*.html"))
    nu = subprocess.run(["java", "-jar", args.vnu, "--errors-only", *pages], capture_output=True,
                        text=True)
    check(nu.returncode == 0 and not nu.stderr.strip(), f"Nu checker:\n{nu.stderr}")
    refused = folio(args.folio, "html", posts, "-o", "-")
    check(refused.returncode == 2 and b"standard output" in refused.stderr,
          f"folio html -o - exited {refused.returncode}: {refused.stderr.decode()}")
    print(f"site: {len(expected)} pages with their own lang and dir, Nu checker: {len(pages)} "
          f"pages, {'0 errors' if nu.returncode == 0 else 'ERRORS'}; -o - refused")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--posts", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--atom-schemas")
    parser.add_argument("--vnu", required=True, help="vnu.jar, the Nu HTML checker")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    os.chdir(work)
    check_book(args, work, args.posts)
    check_feeds(args, work, args.posts)
    check_site(args, work, args.posts)
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
