#!/usr/bin/python3
"""One run at a time per output: a second run into an output another run is writing stops
with `[output.locked]`, naming the first run's process, and changes nothing.

    concurrent_runs.py --folio FOLIO --work DIR

Two `folio html` runs into one site: the second starts while the first holds the site's lock
(seen as `.folio.lock` holding its pid) and must exit 1 naming that pid; the first must end
with exit 0 and a site whose sitemap lists only pages that exist, with no lock file left. Then
a lock held by another process (this script, through flock) on a book and on a migrated
folder: `folio epub` and `folio markdown` must exit 1 naming it and write nothing. Exits 1 if
any check failed.
"""

import argparse
import fcntl
import os
import re
import shutil
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


def make_corpus(posts):
    os.makedirs(posts)
    for i in range(COUNT):
        with open(os.path.join(posts, f"post-{i:04d}.md"), "w") as f:
            f.write(f"---\ntitle: Post {i}\ndate: 2024-01-{1 + i % 28:02d}\ntags: [t{i % 9}]\n"
                    f"---\n\n# Post {i}\n\n" + "Some words of the body. " * 60 + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    folio = os.path.abspath(args.folio)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    posts = os.path.join(work, "posts")
    make_corpus(posts)
    site = os.path.join(work, "site")
    checker = Checker()
    html = [folio, "html", posts, "-o", site, "--base-url", "https://example.org/",
            "--threads", "1"]

    first = subprocess.Popen(html, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lock = os.path.join(site, ".folio.lock")
    deadline = time.time() + 60
    holder = ""
    while time.time() < deadline and first.poll() is None:
        try:
            with open(lock) as f:
                holder = f.read().strip()
        except OSError:
            holder = ""
        if holder:
            break
        time.sleep(0.005)
    checker.check(holder == str(first.pid),
                  f"the first run's lock holds its pid ({holder!r}, pid {first.pid})")
    second = subprocess.run(html, capture_output=True, text=True, timeout=300)
    still_running = first.poll() is None
    _, first_err = first.communicate(timeout=600)
    checker.check(still_running, "the second run ended while the first was still running")
    checker.check(second.returncode == 1 and "[output.locked]" in second.stderr and
                  f"process {first.pid}" in second.stderr,
                  f"the second run exits 1 naming process {first.pid} (got {second.returncode}: "
                  f"{second.stderr.strip()[:300]})")
    checker.check(first.returncode == 0, f"the first run exits 0 (got {first.returncode}: "
                                         f"{first_err.strip()[:300]})")
    with open(os.path.join(site, "sitemap.xml"), encoding="utf-8") as f:
        urls = re.findall(r"<loc>https://example.org/([^<]*)</loc>", f.read())
    missing = [u for u in urls
               if not os.path.exists(os.path.join(site, u, "index.html") if u.endswith("/") or
                                     not u else os.path.join(site, u))]
    checker.check(len(urls) > COUNT and not missing,
                  f"the sitemap's {len(urls)} pages all exist (missing: {missing[:3]})")
    checker.check(not os.path.exists(lock), "no lock file is left after the run")

    # A lock held by another process: named, and nothing written.
    for what, argv, lock_path, output in [
        ("epub", [folio, "epub", posts, "-o", os.path.join(work, "book.epub")],
         os.path.join(work, ".book.epub.folio.lock"), os.path.join(work, "book.epub")),
        ("markdown", [folio, "markdown", posts, "--style", "b", "-o", os.path.join(work, "md")],
         os.path.join(work, "md", ".folio.lock"), os.path.join(work, "md", "post-0000.md")),
    ]:
        os.makedirs(os.path.dirname(lock_path), exist_ok=True)
        with open(lock_path, "w") as held:
            fcntl.flock(held, fcntl.LOCK_EX)
            held.write(f"{os.getpid()}\n")
            held.flush()
            result = subprocess.run(argv, capture_output=True, text=True, timeout=300)
        checker.check(result.returncode == 1 and f"process {os.getpid()}" in result.stderr,
                      f"{what} into a locked output exits 1 naming process {os.getpid()} (got "
                      f"{result.returncode}: {result.stderr.strip()[:200]})")
        checker.check(not os.path.exists(output), f"{what} wrote nothing while locked out")
    if checker.failures:
        print(f"{len(checker.failures)} check(s) failed", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
