#!/usr/bin/python3
"""`folio epub --fetch-images` against a small HTTP server on 127.0.0.1 that this test starts.

    epub_fetch.py --folio PATH --epubcheck JAR

The server (on 127.0.0.1, so the runs that download pass --allow-private-hosts) serves a PNG,
a 404, a file over the size cap (with and without a Content-Length)
and a response slower than the timeout. The book must embed the PNG (once, though a cover and a
body image both use it), keep the others as links with one warning each naming the reason, and
pass epubcheck with no fatal error, error or warning. A second run, with the server stopped,
must take the PNG from the cache folder and give the same bytes. A run without
--allow-private-hosts must download nothing (issue 23: a page's image URL must not reach the
user's own machine); redirects to such addresses are covered by the unit test
UrlFetcher.ChecksEveryRedirectBeforeConnecting.
"""

import argparse
import http.server
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib

from epubcheck_report import epubcheck_problem

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def png_bytes():
    """A valid 1×1 RGB PNG."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) +
            chunk(b"IEND", b""))


PNG = png_bytes()
LARGE = PNG + b"\x00" * 5000  # over the 2000-byte cap given below


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    requests = []

    def log_message(self, *args):
        pass

    def send(self, body, length=True):
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.requests.append(self.path)
        try:
            if self.path.startswith("/good.png"):
                self.send(PNG)
            elif self.path == "/large.png":
                self.send(LARGE)
            elif self.path == "/large-unsized.png":
                self.send(LARGE, length=False)  # the cap must hold while bytes arrive
            elif self.path == "/slow.png":
                time.sleep(4)
                self.send(PNG)
            else:
                self.send_error(404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


def run_folio(folio, articles, book, cache, allow_private=True):
    return subprocess.run(
        [folio, "epub", articles, "-o", book, "--title", "Fetch", "--language", "en",
         "--fetch-images", "--image-cache", cache, "--fetch-timeout", "1",
         "--fetch-max-size", "2000"] + (["--allow-private-hosts"] if allow_private else []),
        capture_output=True, text=True)


def epubcheck(jar, path):
    problem = epubcheck_problem(jar, path)
    check(problem is None, problem)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    args = parser.parse_args()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    with tempfile.TemporaryDirectory() as work:
        articles = os.path.join(work, "posts")
        os.mkdir(articles)
        with open(os.path.join(articles, "a.md"), "w") as f:
            f.write(f"""---
title: Remote images
date: 2025-01-02
cover: {base}/good.png?as=cover
---

Good: ![a good image]({base}/good.png)

Missing: ![a missing image]({base}/missing.png)

Large: ![a large image]({base}/large.png)

Large without a length: ![an unsized image]({base}/large-unsized.png)

Slow: ![a slow image]({base}/slow.png)
""")
        cache = os.path.join(work, "cache")
        book = os.path.join(work, "book.epub")

        # Without --allow-private-hosts the server on 127.0.0.1 is never reached.
        refused = run_folio(args.folio, articles, book, os.path.join(work, "refused-cache"),
                            allow_private=False)
        check(refused.returncode == 0, f"the refusing run exited {refused.returncode}")
        check(Handler.requests == [], f"the refusing run downloaded {Handler.requests}")
        check(f"'{base}/good.png' could not be downloaded (refused: host '127.0.0.1': 127.0.0.1 "
              "is a loopback address (--allow-private-hosts downloads from it))" in refused.stderr,
              "no refusal naming the loopback address in:\n" + refused.stderr)

        started = time.monotonic()
        result = run_folio(args.folio, articles, book, cache)
        elapsed = time.monotonic() - started
        print(result.stderr)
        check(result.returncode == 0, f"folio epub exited {result.returncode}")
        check(elapsed < 3.5, f"the 1 s timeout did not hold: the run took {elapsed:.1f} s")
        warnings = [line for line in result.stderr.splitlines() if "[epub.image.fetch]" in line]
        for url, reason in [("/missing.png", "could not be downloaded (HTTP 404)"),
                            ("/large.png", "could not be downloaded (larger than 2000 bytes)"),
                            ("/large-unsized.png",
                             "could not be downloaded (larger than 2000 bytes)"),
                            ("/slow.png", "could not be downloaded (timed out after 1 s)")]:
            check(any(f"'{base}{url}' {reason}; it becomes a link" in w for w in warnings),
                  f"no warning '{reason}' for {url} in:\n" + "\n".join(warnings))
        check(len(warnings) == 4, f"expected 4 fetch warnings, got {len(warnings)}")

        with zipfile.ZipFile(book) as archive:
            images = [n for n in archive.namelist() if n.startswith("OEBPS/images/")]
            check(len(images) == 1, f"expected one embedded image, got {images}")
            if images:
                check(archive.read(images[0]) == PNG, "the embedded image is not the served PNG")
                check(images[0].endswith(".png"), f"{images[0]}: not named as a PNG")
            chapter = archive.read("OEBPS/0001-a.xhtml").decode()
            href = images[0][len("OEBPS/"):] if images else "?"
            check(f'<figure class="cover"><img src="{href}"' in chapter,
                  "the remote cover is not embedded")
            check(f'<img src="{href}" alt="a good image" />' in chapter,
                  "the good image is not embedded")
            for url, alt in [("/missing.png", "a missing image"), ("/large.png", "a large image"),
                             ("/slow.png", "a slow image")]:
                check(f'<a href="{base}{url}">{alt}</a>' in chapter,
                      f"{url} is not kept as a link to it")
            check("127.0.0.1" not in "".join(
                      line for line in chapter.splitlines() if "<img" in line),
                  "a remote <img> is left in the chapter")
        epubcheck(args.epubcheck, book)
        first = open(book, "rb").read()

        # The PNG comes from the cache now: no server, the same book.
        server.shutdown()
        server.server_close()
        again = os.path.join(work, "again.epub")
        result = run_folio(args.folio, articles, again, cache)
        check(result.returncode == 0, f"second run exited {result.returncode}:\n{result.stderr}")
        check(open(again, "rb").read() == first,
              "the second run (cached image, server stopped) gave different bytes")
        check(Handler.requests.count("/good.png") == 1,
              f"the good image was downloaded {Handler.requests.count('/good.png')} times")

    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
