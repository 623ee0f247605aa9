#!/usr/bin/python3
"""A book of more than 65,535 ZIP entries (issue 23: it failed after all the work was done).

    epub_zip64.py --folio PATH --epubcheck JAR [--images N]

Writes 10 articles that show N distinct small PNGs between them (default 66,000, so the book
holds more than 65,535 files), builds the book, and checks that Python's zipfile reads every
entry back through the ZIP64 end record, that the classic end record says 0xFFFF entries, and
that epubcheck finds no fatal error or error. Labelled `long`.
"""

import argparse
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

from epubcheck_report import epubcheck_problem


def png(index):
    """A valid 1×1 PNG whose colour (and so whose bytes) is `index`'s."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = bytes([0, index & 0xFF, (index >> 8) & 0xFF, (index >> 16) & 0xFF])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixel)) +
            chunk(b"IEND", b""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--images", type=int, default=66_000)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        posts = os.path.join(work, "posts")
        images = os.path.join(posts, "img")
        os.makedirs(images)
        per_article = (args.images + 9) // 10
        for article in range(10):
            lines = [f"---\ntitle: Part {article}\ndate: 2025-01-{article + 1:02d}\n---\n"]
            for i in range(article * per_article, min(args.images, (article + 1) * per_article)):
                with open(os.path.join(images, f"{i}.png"), "wb") as f:
                    f.write(png(i))
                lines.append(f"![{i}](img/{i}.png)\n")
            with open(os.path.join(posts, f"part-{article}.md"), "w") as f:
                f.write("\n".join(lines))
        book = os.path.join(work, "book.epub")
        started = time.monotonic()
        result = subprocess.run([args.folio, "epub", posts, "-o", book, "--title", "ZIP64",
                                 "--language", "en"], capture_output=True, text=True)
        print(f"folio epub: {time.monotonic() - started:.1f} s, exit {result.returncode}")
        if result.returncode != 0:
            failures.append(f"folio epub exited {result.returncode}:\n{result.stderr[-2000:]}")
        else:
            with zipfile.ZipFile(book) as archive:
                names = archive.namelist()
                pictures = [n for n in names if n.startswith("OEBPS/images/")]
                print(f"{len(names)} entries, {len(pictures)} images")
                if len(names) <= 65_535:
                    failures.append(f"only {len(names)} entries")
                if len(pictures) != args.images:
                    failures.append(f"{len(pictures)} images, not {args.images}")
                if archive.testzip() is not None:
                    failures.append("an entry's CRC does not match")
            with open(book, "rb") as f:
                f.seek(-22, os.SEEK_END)
                end = f.read(22)
            if end[8:10] != b"\xff\xff":
                failures.append("the classic end record does not defer to ZIP64")
            started = time.monotonic()
            problem = epubcheck_problem(args.epubcheck, book)
            print(f"epubcheck: {time.monotonic() - started:.1f} s")
            if problem is not None:
                failures.append(problem)
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
