#!/usr/bin/python3
"""`folio epub --split-by tag|category|year|series -o DIR`: one book per group.

    epub_split.py --folio PATH --epubcheck JAR

Four small articles, one with two tags (spelled `Rust` and `rust` in two articles), one with
nothing to split by. For every key: each article is in exactly the books of its values (and in
`other.epub` when it has none), each book has its own title, identifier and language, and each
passes epubcheck with no message. Also: `--no-others`, `--group-title`, the newest article's
cover as a group's cover, links to an article of another book going to its web page (base_url
and the permalink), identifiers that do not change when the books are built again.
"""

import argparse
import os
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

EPUBCHECK_MANY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "EpubcheckMany.java")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def png(red):
    """A valid 1x1 PNG of one colour, so two covers can be told apart by their bytes."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"\x00" + bytes([red, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


POSTS = {
    "a.md": "---\ntitle: Alpha\ndate: 2023-05-01\nlanguage: en\ntags: [Rust, Go]\n"
            "categories: [Code]\nseries: Learning\ncover: a.png\n---\n\nAlpha is about both.\n",
    "b.md": "---\ntitle: Beta\ndate: 2024-01-02\nlanguage: nl\ntags: [rust]\n"
            "categories: [code]\nseries: [Learning]\ncover: b.png\n---\n\n## Top\n\nBeta gaat over Rust.\n",
    "c.md": "---\ntitle: Gamma\ndate: 2024-06-01\nlanguage: nl\ntags: [Go]\n"
            "categories: [Notes]\n---\n\nZie [Beta](../b/#top) en [Alpha](a.md). Een noot[^1].\n\n"
            "[^1]: De noot. Twee zinnen.\n",
    "d.md": "---\ntitle: Delta\n---\n\nDelta has no date, tag, category or series.\n",
}

# Each key: the books expected and the titles of their chapters.
EXPECTED = {
    "tag": {"tag-go.epub": {"Alpha", "Gamma"}, "tag-rust.epub": {"Alpha", "Beta"},
            "other.epub": {"Delta"}},
    "category": {"category-code.epub": {"Alpha", "Beta"}, "category-notes.epub": {"Gamma"},
                 "other.epub": {"Delta"}},
    "year": {"2023.epub": {"Alpha"}, "2024.epub": {"Beta", "Gamma"}, "other.epub": {"Delta"}},
    "series": {"series-learning.epub": {"Alpha", "Beta"}, "other.epub": {"Gamma", "Delta"}},
}


def folio_epub(folio, args, cwd):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    return subprocess.run([folio, "epub", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


def books_in(folder):
    """The books in `folder`, without folio's hidden list of them (`.folio-books`)."""
    return sorted(name for name in os.listdir(folder) if not name.startswith("."))


def read_book(path):
    with zipfile.ZipFile(path) as book:
        opf = book.read("OEBPS/content.opf").decode()
        chapters = {}
        for name in book.namelist():
            if re.match(r"OEBPS/\d{4}-", name):
                text = book.read(name).decode()
                chapters[re.search(r"<h1>(.*?)</h1>", text).group(1)] = text
        cover = None
        match = re.search(r'href="(images/[^"]+)"[^>]*properties="cover-image"', opf)
        if match:
            cover = book.read("OEBPS/" + match.group(1))
    return {
        "title": re.search(r"<dc:title>(.*?)</dc:title>", opf).group(1),
        "identifier": re.search(r'<dc:identifier id="book-id">(.*?)</dc:identifier>', opf).group(1),
        "language": re.search(r"<dc:language>(.*?)</dc:language>", opf).group(1),
        "chapters": chapters,
        "cover": cover,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        posts = os.path.join(work, "posts")
        os.mkdir(posts)
        for name, text in POSTS.items():
            with open(os.path.join(posts, name), "w") as f:
                f.write(text)
        for name, red in (("a.png", 10), ("b.png", 200)):
            with open(os.path.join(posts, name), "wb") as f:
                f.write(png(red))
        with open(os.path.join(work, "folio.toml"), "w") as f:
            f.write('title = "Blog"\nbase_url = "https://example.org/"\n')

        books = {}
        for key, expected in EXPECTED.items():
            out = os.path.join(work, key)
            result = folio_epub(args.folio, ["posts", "-o", out, "--split-by", key], work)
            if not check(result.returncode == 0,
                         f"--split-by {key} exited {result.returncode}:\n{result.stderr}"):
                continue
            check(books_in(out) == sorted(expected),
                  f"--split-by {key} wrote {books_in(out)}, not {sorted(expected)}")
            check("[epub.split]" in result.stderr and "other.epub (1 article without" in
                  result.stderr or key == "series", f"--split-by {key} summary:\n{result.stderr}")
            for name, titles in expected.items():
                path = os.path.join(out, name)
                if not check(os.path.exists(path), f"{key}: {name} missing"):
                    continue
                book = read_book(path)
                books[(key, name)] = (path, book)
                check(set(book["chapters"]) == titles,
                      f"{key}/{name} holds {sorted(book['chapters'])}, not {sorted(titles)}")

        identifiers = [book["identifier"] for _, book in books.values()]
        check(len(set(identifiers)) == len(identifiers), f"identifiers repeat: {identifiers}")
        rust = books.get(("tag", "tag-rust.epub"))
        if rust:
            check(rust[1]["title"] == "Blog: Rust", f"tag-rust title {rust[1]['title']!r}")
            check(rust[1]["cover"] == png(200), "tag-rust's cover is not Beta's, the newest")
        year = books.get(("year", "2024.epub"))
        if year:
            check(year[1]["language"] == "nl", f"2024.epub language {year[1]['language']}")
            check(books[("year", "2023.epub")][1]["language"] == "en", "2023.epub not en")
            check(year[1]["cover"] == png(200), "2024.epub's cover is not Beta's")
        go = books.get(("tag", "tag-go.epub"))
        if go:
            gamma = go[1]["chapters"]["Gamma"]
            # Beta is in another book: its web page; Alpha is in this one: its chapter.
            check('href="https://example.org/posts/b/#top"' in gamma,
                  f"Gamma's link to Beta in tag-go.epub:\n{gamma}")
            check(re.search(r'href="0001-a\.xhtml"', gamma) is not None,
                  f"Gamma's link to Alpha in tag-go.epub:\n{gamma}")

        # Built again: the same identifiers (derived from the books' content and group).
        again = folio_epub(args.folio, ["posts", "-o", os.path.join(work, "tag"),
                                        "--split-by", "tag"], work)
        check(again.returncode == 0, f"second run exited {again.returncode}")
        for name in EXPECTED["tag"]:
            before = books.get(("tag", name))
            if before:
                after = read_book(os.path.join(work, "tag", name))
                check(after["identifier"] == before[1]["identifier"],
                      f"{name}: identifier changed on a rebuild")

        # --no-others and --group-title; without base_url a link to another book is text.
        os.remove(os.path.join(work, "folio.toml"))
        out = os.path.join(work, "no-others")
        result = folio_epub(args.folio, ["posts", "-o", out, "--split-by", "tag", "--no-others",
                                         "--title", "Blog", "--group-title", "go=Gophers"], work)
        check(result.returncode == 0, f"--no-others exited {result.returncode}:\n{result.stderr}")
        check(books_in(out) == ["tag-go.epub", "tag-rust.epub"],
              f"--no-others wrote {books_in(out)}")
        check("1 article without a tag left out (--no-others)" in result.stderr,
              f"--no-others summary:\n{result.stderr}")
        if os.path.exists(os.path.join(out, "tag-go.epub")):
            go = read_book(os.path.join(out, "tag-go.epub"))
            check(go["title"] == "Gophers", f"--group-title: {go['title']!r}")
            check("posts/b" not in go["chapters"]["Gamma"] and "Beta" in go["chapters"]["Gamma"],
                  f"link to Beta without base_url:\n{go['chapters']['Gamma']}")
        check(result.stderr.count("[epub.link.other-book]") == 1,
              f"the note on the link to Beta is not said once:\n{result.stderr}")

        # The same from folio.toml's [epub] table (a `no_others = true` there once kept them).
        config = os.path.join(work, "split.toml")
        with open(config, "w") as f:
            f.write('title = "Blog"\n[epub]\nsplit_by = "tag"\nno_others = true\n')
        out = os.path.join(work, "from-config")
        result = folio_epub(args.folio, ["posts", "-o", out, "--config", config], work)
        check(result.returncode == 0 and books_in(out) == ["tag-go.epub", "tag-rust.epub"],
              f"split_by and no_others in folio.toml: exit {result.returncode}, wrote "
              f"{books_in(out) if os.path.isdir(out) else None}\n{result.stderr}")

        # A file of a book's name that folio did not write is left alone (the other books are
        # written); the book of a group that is gone is removed by the next run.
        out = os.path.join(work, "owned")
        os.mkdir(out)
        mine = os.path.join(out, "tag-go.epub")
        with open(mine, "w") as f:
            f.write("mine")
        tag_books = ["other.epub", "tag-go.epub", "tag-rust.epub"]
        result = folio_epub(args.folio, ["posts", "-o", out, "--split-by", "tag"], work)
        with open(mine) as f:
            kept = f.read() == "mine"
        check(result.returncode == 1 and "[epub.split.exists]" in result.stderr and kept and
              books_in(out) == tag_books,
              f"a tag-go.epub folio did not write: exit {result.returncode}, kept {kept}, "
              f"{books_in(out)}\n{result.stderr}")
        os.remove(mine)
        result = folio_epub(args.folio, ["posts", "-o", out, "--split-by", "tag"], work)
        check(result.returncode == 0 and books_in(out) == tag_books,
              f"after moving it away: exit {result.returncode}, {books_in(out)}\n{result.stderr}")
        result = folio_epub(args.folio, ["posts", "-o", out, "--split-by", "tag", "--no-others"],
                            work)
        check(result.returncode == 0 and books_in(out) == ["tag-go.epub", "tag-rust.epub"],
              f"--no-others left {books_in(out)} (other.epub is no book of this run)")

        # Standard output cannot hold several books.
        result = folio_epub(args.folio, ["posts", "-o", "-", "--split-by", "year"], work)
        check(result.returncode == 2 and "[epub.split]" in result.stderr,
              f"-o - with --split-by: exit {result.returncode}\n{result.stderr}")

        # --kobo with --split-by: kepubs named so, with Kobo's spans and divs in every chapter
        # and none in a note reference.
        out = os.path.join(work, "kobo")
        result = folio_epub(args.folio, ["posts", "-o", out, "--split-by", "year", "--kobo",
                                         "--title", "Blog"], work)
        check(result.returncode == 0, f"--kobo exited {result.returncode}:\n{result.stderr}")
        check(books_in(out) == ["2023.kepub.epub", "2024.kepub.epub", "other.kepub.epub"],
              f"--kobo wrote {os.listdir(out)}")
        for name in books_in(out):
            book = read_book(os.path.join(out, name))
            books[("kobo", name)] = (os.path.join(out, name), book)
            for title, text in book["chapters"].items():
                check('<div id="book-columns"><div id="book-inner">' in text,
                      f"{name}/{title}: no Kobo divs")
                check(re.search(r'<span class="koboSpan" id="kobo\.\d+\.\d+">', text) is not None,
                      f"{name}/{title}: no koboSpan")
                check(re.search(r'epub:type="noteref"[^>]*>[^<]*<span', text) is None,
                      f"{name}/{title}: a span inside a note reference")
        one = os.path.join(work, "one.epub")
        result = folio_epub(args.folio, ["posts/c.md", "-o", one, "--kobo"], work)
        check(result.returncode == 0 and os.path.exists(os.path.join(work, "one.kepub.epub"))
              and not os.path.exists(one) and "[epub.kobo]" in result.stderr,
              f"--kobo -o one.epub: exit {result.returncode}\n{result.stderr}")

        # epubcheck on every book in one Java start-up (a start-up each took 8 s of CPU).
        checked = subprocess.run(["java", "-cp", args.epubcheck, EPUBCHECK_MANY,
                                  *[path for path, _ in books.values()]],
                                 capture_output=True, text=True)
        print(checked.stdout, checked.stderr)
        check(checked.returncode == 0 and
              checked.stdout.count(": 0 fatal, 0 errors, 0 warnings") == len(books),
              f"epubcheck found problems in the books (exit {checked.returncode})")

    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
