#!/usr/bin/python3
"""Issue 18: a 10-line Hugo post whose images are raw HTML, through `folio epub` and `folio html`.

    raw_html_post.py --folio PATH --epubcheck JAR --vnu JAR [--java java] --work DIR
                     [--generator bench/generate_corpus.py]

The post shows images the way a quarter of a real blog's posts do: `<img src="/images/x.png">`
with `align` and `width="100%"`, a `<figure>` with a `<picture>` and `srcset`, an inline
`<img>`, a remote `<img>`, a YouTube `<iframe>`, and one image that does not exist. Before,
the book had epubcheck errors (images never embedded, `align` copied into XHTML), the site
broken images, and folio said nothing. Now:

  * the book: epubcheck 0 fatals, errors and warnings; every local image embedded; no
    `<iframe>` or `<script>` in a chapter; the video a link to its YouTube page;
  * the site: the Nu checker reports no error on the page; every image it names is a file
    of the site;
  * both: the missing image is one warning at the file:line:col of its tag.

With --generator, 60 posts of the generated corpus of real posts (`--real`) make a site too,
and the Nu checker must report no error on any of its pages.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import zipfile

from epubcheck_report import epubcheck_problem

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


POST = """---
title: Raw HTML images
date: 2025-10-05
---
An inline <img src="/images/icon.png" alt="icon"> icon and <kbd>Ctrl</kbd>.

<p align="center"><img src="/images/x.png" width="100%" border="0"></p>

<figure><picture><source srcset="/images/wide.png 2x"><img src="photo.png" alt="Photo" align="left"></picture><figcaption>A photo</figcaption></figure>

<img src="https://example.com/remote.png" alt="Remote">

<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="A video" frameborder="0" allowfullscreen></iframe>

<img src="/images/missing.png" alt="Gone">
"""


def png(width):
    import struct
    import zlib

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x10\x80\xf0" * width for _ in range(width))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, width, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--vnu", required=True)
    parser.add_argument("--java", default="java")
    parser.add_argument("--work", required=True)
    parser.add_argument("--generator")
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    posts = os.path.join(args.work, "content", "posts")
    images = os.path.join(args.work, "static", "images")
    os.makedirs(posts)
    os.makedirs(images)
    with open(os.path.join(posts, "raw.md"), "w") as f:
        f.write(POST)
    for name, width in (("icon.png", 2), ("x.png", 4), ("wide.png", 8)):
        with open(os.path.join(images, name), "wb") as f:
            f.write(png(width))
    with open(os.path.join(posts, "photo.png"), "wb") as f:
        f.write(png(3))
    os.chdir(args.work)
    missing = "content/posts/raw.md:15:1: warning: image '/images/missing.png'"

    book = "book.epub"
    result = subprocess.run([args.folio, "epub", "content/posts", "--static", "static",
                             "--language", "en", "--title", "Raw", "-o", book],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"folio epub exited {result.returncode}:\n{result.stderr}")
    check(result.stderr.count(missing) == 1,
          f"folio epub: expected one warning '{missing}...':\n{result.stderr}")
    check("[epub.image.remote]" in result.stderr, f"no remote-image warning:\n{result.stderr}")
    problem = epubcheck_problem(args.epubcheck, book)
    check(problem is None, problem)
    with zipfile.ZipFile(book) as z:
        names = z.namelist()
        chapter = next(z.read(n).decode() for n in names if re.match(r"OEBPS/\d{4}-", n))
    embedded = [n for n in names if n.startswith("OEBPS/images/")]
    check(len(embedded) == 4, f"expected 4 embedded images, got {embedded}")
    for src in re.findall(r'<img[^>]* src="([^"]*)"', chapter):
        check(f"OEBPS/{src}" in names, f"chapter shows {src}, which the book does not hold")
    check("<iframe" not in chapter and "<script" not in chapter, f"player left in:\n{chapter}")
    check('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in chapter,
          f"no link to the video's page:\n{chapter}")
    check(" align=" not in chapter and "width=\"100%\"" not in chapter,
          f"refused attributes left in:\n{chapter}")

    result = subprocess.run([args.folio, "html", "content/posts", "--static", "static", "-o",
                             "site"], capture_output=True, text=True)
    check(result.returncode == 0, f"folio html exited {result.returncode}:\n{result.stderr}")
    check(result.stderr.count(missing) == 1,
          f"folio html: expected one warning '{missing}...':\n{result.stderr}")
    page = os.path.join("site", "posts", "raw", "index.html")
    with open(page) as f:
        html = f.read()
    for src in re.findall(r'<img[^>]* src="([^"]*)"', html) + re.findall(r'srcset="([^" ]*)', html):
        if src.startswith("https://") or src == "/images/missing.png":
            continue
        check(os.path.isfile(os.path.join("site", "posts", "raw", src)),
              f"the page shows {src}, which the site does not hold")
    vnu = subprocess.run([args.java, "-jar", args.vnu, "--errors-only", page], capture_output=True,
                         text=True)
    check(vnu.returncode == 0, f"vnu on {page}:\n{vnu.stderr}")

    if args.generator:
        subprocess.run(["/usr/bin/python3", args.generator, "real", "--count", "60", "--real"],
                       check=True, capture_output=True)
        result = subprocess.run([args.folio, "html", "real/articles", "--static", "real/static",
                                 "-o", "real-site"], capture_output=True, text=True)
        check(result.returncode == 0, f"folio html (real corpus) exited {result.returncode}")
        pages = [os.path.join(root, name) for root, _, names in os.walk("real-site")
                 for name in names if name.endswith(".html")]
        vnu = subprocess.run([args.java, "-jar", args.vnu, "--errors-only", *pages],
                             capture_output=True, text=True)
        check(vnu.returncode == 0, f"vnu on the real corpus's {len(pages)} pages:\n{vnu.stderr[:3000]}")

    if failures:
        sys.exit(f"{len(failures)} failure(s)")
    print("raw_html_post: book and site clean")


if __name__ == "__main__":
    main()
