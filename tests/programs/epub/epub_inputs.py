#!/usr/bin/python3
"""`folio epub` inputs and dates: standard input as an article, and the time zone of dates
without an offset (`--time-zone`, `time_zone` in folio.toml).

    epub_inputs.py --folio PATH --epubcheck JAR

Two articles a minute's worth of zone apart: `a` dated 2025-03-01 (date only) and `b` dated
2025-02-28T23:30:00Z. In UTC `a` is midnight, after `b`; in Europe/Amsterdam it is
2025-02-28T23:00Z, before `b`. The chapter order and `dcterms:modified` must follow the zone.
Standard input (`-`) is a third article, put in its date's place; its body's warnings (and a
file's) are printed once, though every article is read twice.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile

from epubcheck_report import epubcheck_problem

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def folio_epub(folio, args, stdin=None):
    return subprocess.run([folio, "epub", *args], input=stdin, capture_output=True, text=True)


def chapters_and_modified(path):
    with zipfile.ZipFile(path) as book:
        opf = book.read("OEBPS/content.opf").decode()
        titles = []
        for name in sorted(n for n in book.namelist() if re.match(r"OEBPS/\d{4}-", n)):
            text = book.read(name).decode()
            titles.append(re.search(r"<h1>(.*?)</h1>", text).group(1))
    modified = re.search(r'<meta property="dcterms:modified">(.*?)</meta>', opf).group(1)
    return titles, modified


def epubcheck(jar, path):
    problem = epubcheck_problem(jar, path)
    check(problem is None, problem)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        posts = os.path.join(work, "posts")
        os.mkdir(posts)
        with open(os.path.join(posts, "a.md"), "w") as f:
            f.write("---\ntitle: Date only\ndate: 2025-03-01\n---\n\nText[^1].\n\n"
                    "[^1]: one\n[^1]: two\n")
        with open(os.path.join(posts, "b.md"), "w") as f:
            f.write("---\ntitle: With offset\ndate: 2025-02-28T23:30:00Z\n---\n\nText.\n")
        config = os.path.join(work, "folio.toml")
        with open(config, "w") as f:
            f.write('title = "Zones"\nlanguage = "en"\ntime_zone = "Europe/Amsterdam"\n')
        book = os.path.join(work, "book.epub")
        common = ["-o", book, "--title", "Zones", "--language", "en"]

        result = folio_epub(args.folio, [posts, *common])
        check(result.returncode == 0, f"UTC run exited {result.returncode}:\n{result.stderr}")
        titles, modified = chapters_and_modified(book)
        check(titles == ["With offset", "Date only"], f"UTC order: {titles}")
        check(modified == "2025-03-01T00:00:00Z", f"UTC dcterms:modified: {modified}")
        duplicates = result.stderr.count("[markdown.footnote.duplicate]")
        check(duplicates == 1, f"a.md's body warning printed {duplicates} times:\n{result.stderr}")

        for zone_args in (["--time-zone", "Europe/Amsterdam"], ["--config", config]):
            result = folio_epub(args.folio, [posts, *common, *zone_args])
            check(result.returncode == 0, f"{zone_args} exited {result.returncode}")
            titles, modified = chapters_and_modified(book)
            check(titles == ["Date only", "With offset"], f"{zone_args}: order {titles}")
            check(modified == "2025-02-28T23:30:00Z", f"{zone_args}: dcterms:modified {modified}")

        result = folio_epub(args.folio, [posts, *common, "--time-zone", "Mars/Olympus_Mons"])
        check(result.returncode == 2, f"an unknown zone exited {result.returncode}, not 2")
        check("[epub.time-zone]" in result.stderr, f"no time-zone error:\n{result.stderr}")

        # Standard input: a third article between the two, with a body warning of its own.
        stdin_article = ("---\ntitle: From stdin\ndate: 2025-02-01\n---\n\n## A section\n\n"
                         "Text[^n].\n\n[^n]: one\n[^n]: two\n")
        result = folio_epub(args.folio, [posts, "-", *common], stdin=stdin_article)
        check(result.returncode == 0, f"stdin run exited {result.returncode}:\n{result.stderr}")
        titles, _ = chapters_and_modified(book)
        check(titles == ["From stdin", "With offset", "Date only"], f"stdin order: {titles}")
        check(result.stderr.count("-:11:1: warning: footnote [^n] is defined again") == 1,
              f"stdin's body warning not printed once:\n{result.stderr}")
        check(result.stderr.count("[markdown.footnote.duplicate]") == 2,
              f"body warnings of a.md and stdin, once each:\n{result.stderr}")
        with zipfile.ZipFile(book) as archive:
            names = archive.namelist()
            chapter = archive.read("OEBPS/0001-from-stdin.xhtml").decode() \
                if "OEBPS/0001-from-stdin.xhtml" in names else ""
        check("A section" in chapter, f"the stdin chapter lacks its body; entries: {names}")
        epubcheck(args.epubcheck, book)

        # Pass 2 reads only the bodies and keeps pass 1's metadata: a slug clash and a missing
        # cover are reported at their keys (the clash was at 1:1 when pass 1 dropped the key
        # positions), a front-matter warning once, and a body after front matter closed at the
        # very end of the file is empty (no `---` read as a rule).
        keys = os.path.join(work, "keys")
        os.mkdir(keys)
        with open(os.path.join(keys, "c.md"), "w") as f:
            f.write("---\ntitle: C\ndate: 2025-01-01\nslug: same\n---\nText c.\n")
        with open(os.path.join(keys, "d.md"), "w") as f:
            f.write("---\ntitle: D\ndate: 2025-01-02\nother: 1\nupdated: 2025-02-30\n"
                    "slug: same\ncover:\n  image: missing.png\n---\nText d.\n")
        with open(os.path.join(keys, "e.md"), "w") as f:
            f.write("---\ntitle: E\ndate: 2025-01-03\n---")
        result = folio_epub(args.folio, [keys, *common])
        # The impossible date is an error (exit 1); the book is still written.
        check(result.returncode == 1, f"keys run exited {result.returncode}:\n{result.stderr}")
        d = os.path.join(keys, "d.md")
        for expected in (f"{d}:6:7: warning: slug 'same' is already used",
                         f"{d}:8:3: warning: cover image 'missing.png'"):
            check(result.stderr.count(expected) == 1, f"not once: {expected}\n{result.stderr}")
        check(result.stderr.count(f"{d}:5:10: ") == 1,
              f"the impossible date not reported once at 5:10:\n{result.stderr}")
        with zipfile.ZipFile(book) as archive:
            last = archive.read("OEBPS/0003-e.xhtml").decode()
        check("<hr" not in last, f"e.md's empty body became a rule:\n{last}")
        epubcheck(args.epubcheck, book)

        # Standard input alone is a book of one.
        result = folio_epub(args.folio, ["-", *common], stdin=stdin_article)
        check(result.returncode == 0, f"stdin-only run exited {result.returncode}")
        titles, _ = chapters_and_modified(book)
        check(titles == ["From stdin"], f"stdin-only chapters: {titles}")

    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
