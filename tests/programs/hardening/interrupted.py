#!/usr/bin/python3
"""Temporary files removed on every exit path: SIGINT and SIGTERM during `folio epub` and
`folio html`, and running out of memory; a rebuilt output keeps its mode.

    interrupted.py --folio FOLIO --work DIR

A signal is sent once the run has started writing (the book's temporary file or the site's
lock is there); the run must end by that signal, leave no `*.tmp` and no lock file, and the
previous book must be intact. Out of memory (`prlimit --as`, one 20 MB article) must be exit 1
with an error naming it, not SIGABRT, and leave no temporary file. A book and a page whose mode
was changed to 0640 / 0600 keep it when rebuilt with new content. Exits 1 if any check failed.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time

COUNT = 1500


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures.append(what)


def write_corpus(posts, count, words=80, edition=1):
    os.makedirs(posts, exist_ok=True)
    for i in range(count):
        with open(os.path.join(posts, f"post-{i:04d}.md"), "w") as f:
            f.write(f"---\ntitle: Post {i}\ndate: 2024-01-{1 + i % 28:02d}\n---\n\n"
                    f"# Post {i} (edition {edition})\n\n" + "Words of the body. " * words + "\n")


def leftovers(folder):
    """Temporary and lock files below `folder`."""
    found = []
    for top, _, files in os.walk(folder):
        found += [os.path.join(top, n) for n in files
                  if n.endswith(".tmp") or n.endswith(".folio.lock") or n == ".folio.lock"]
    return found


def wait_for(predicate, process, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline and process.poll() is None:
        if predicate():
            return True
        time.sleep(0.002)
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    folio = os.path.abspath(args.folio)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    posts = os.path.join(work, "posts")
    write_corpus(posts, COUNT)
    checker = Checker()

    # The book: a previous one, then interrupted rebuilds.
    book = os.path.join(work, "book.epub")
    with open(book, "wb") as f:
        f.write(b"the previous book")
    for sig in (signal.SIGINT, signal.SIGTERM):
        run = subprocess.Popen([folio, "epub", posts, "-o", book], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        started = wait_for(lambda: any(n.endswith(".tmp") for n in os.listdir(work)), run)
        run.send_signal(sig)
        code = run.wait(timeout=120)
        name = signal.Signals(sig).name
        checker.check(started, f"epub {name}: the temporary file was there when signalled")
        checker.check(code == -sig, f"epub {name}: ended by the signal (exit {code})")
        checker.check(not leftovers(work), f"epub {name}: no temporary or lock file left "
                                           f"({leftovers(work)[:3]})")
        with open(book, "rb") as f:
            checker.check(f.read() == b"the previous book", f"epub {name}: the book is intact")

    # The site: built, then rebuilds with new content interrupted at several points.
    site = os.path.join(work, "site")
    subprocess.run([folio, "html", posts, "-o", site], capture_output=True, check=True)
    for edition, (sig, delay) in enumerate([(signal.SIGINT, 0.0), (signal.SIGTERM, 0.05),
                                            (signal.SIGINT, 0.15)], start=2):
        write_corpus(posts, COUNT, edition=edition)
        run = subprocess.Popen([folio, "html", posts, "-o", site], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        started = wait_for(lambda: os.path.exists(os.path.join(site, ".folio.lock")), run)
        time.sleep(delay)
        run.send_signal(sig)
        code = run.wait(timeout=120)
        name = signal.Signals(sig).name
        checker.check(started and code == -sig,
                      f"html {name} after {delay} s: ended by the signal (exit {code})")
        checker.check(not leftovers(site), f"html {name} after {delay} s: no temporary or lock "
                                           f"file left ({leftovers(site)[:3]})")

    # Out of memory: one article far larger than the memory allowed.
    big = os.path.join(work, "big")
    os.makedirs(big)
    with open(os.path.join(big, "big.md"), "w") as f:
        f.write("---\ntitle: Big\ndate: 2024-01-02\n---\n\n")
        line = "word *emph* [link](http://x.org) " * 30 + "\n\n"
        f.write(line * (20_000_000 // len(line)))
    out_dir = os.path.join(work, "oom")
    os.makedirs(out_dir)
    result = subprocess.run(["prlimit", "--as=250000000", folio, "epub", big, "-o",
                             os.path.join(out_dir, "book.epub"), "--threads", "1",
                             # past the default bound (16 MiB), which would refuse it unread
                             "--max-article-size", "64MiB"],
                            capture_output=True, text=True, timeout=300)
    checker.check(result.returncode == 1, f"out of memory: exit 1, not SIGABRT (exit "
                                          f"{result.returncode})")
    checker.check("bad_alloc" in result.stderr or "out of memory" in result.stderr,
                  f"out of memory: said ({result.stderr.strip()[-200:]!r})")
    # Where the memory runs out decides what is written: in the first pass the article is
    # dropped and no book is made (epub.empty); in the second its chapter keeps its title and
    # the book is written, exit 1. Either way no temporary or lock file may be left.
    checker.check(not leftovers(out_dir), f"out of memory: no temporary or lock file left "
                                          f"({os.listdir(out_dir)})")

    # Modes kept.
    small = os.path.join(work, "small")
    write_corpus(small, 3, words=5)
    kept_book = os.path.join(work, "kept.epub")
    subprocess.run([folio, "epub", small, "-o", kept_book], capture_output=True, check=True)
    page = os.path.join(work, "kept-site", "posts", "post-0000", "index.html")
    subprocess.run([folio, "html", small, "-o", os.path.join(work, "kept-site")],
                   capture_output=True, check=True)
    os.chmod(kept_book, 0o640)
    os.chmod(page, 0o600)
    write_corpus(small, 3, words=5, edition=2)
    subprocess.run([folio, "epub", small, "-o", kept_book], capture_output=True, check=True)
    subprocess.run([folio, "html", small, "-o", os.path.join(work, "kept-site")],
                   capture_output=True, check=True)
    with open(page, encoding="utf-8") as f:
        rebuilt = "edition 2" in f.read()
    checker.check(oct(os.stat(kept_book).st_mode & 0o777) == oct(0o640),
                  f"the rebuilt book keeps mode 0640 ({oct(os.stat(kept_book).st_mode & 0o777)})")
    checker.check(rebuilt and oct(os.stat(page).st_mode & 0o777) == oct(0o600),
                  f"the rebuilt page keeps mode 0600 ({oct(os.stat(page).st_mode & 0o777)})")
    if checker.failures:
        print(f"{len(checker.failures)} check(s) failed", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
