#!/usr/bin/python3
"""Exit codes, --keep-going and --fail-fast on a corpus of 1,000 articles with one bad file.

    keep_going.py --folio FOLIO --work DIR

For every writer (inspect, render, epub, feed, hugo, markdown): with the default (and with
--keep-going) the 999 good articles are all converted, the bad one is named as
`file:line:col: error:` and the exit code is 1; with --fail-fast the run stops at the bad file
(exit 1), a book or feed is not written and the previous one stays as it was; a bad command
line exits 2 and writes nothing; a clean corpus exits 0. Exits 1 on the first failed check.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

BASE_URL = "https://example.org/"
COUNT = 1000
BAD_INDEX = 500


def article(i):
    return (f"---\ntitle: Article {i}\ndate: 2024-01-{1 + i % 28:02d}\ntags: [t{i % 7}]\n---\n"
            f"# Article {i}\n\nBody of article {i} with *emphasis*.\n")


def make_corpus(root):
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    for i in range(COUNT):
        text = article(i)
        if i == BAD_INDEX:
            # Broken YAML: a flow sequence not closed before the next key (line 4).
            text = f"---\ntitle: Bad\ntags: [a, b\ndate: 2024-01-01\n---\nBody.\n"
        with open(os.path.join(root, f"post-{i:04d}.md"), "w") as f:
            f.write(text)
    return os.path.join(root, f"post-{BAD_INDEX:04d}.md")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=600)


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures.append(what)


def count_outputs(kind, out, stdout):
    """How many articles the output holds."""
    if kind == "inspect":
        return len(json.loads(stdout)["articles"]) if stdout.strip().startswith("{") else len(
            json.loads(stdout))
    if kind == "render":
        return stdout.count("Body of article")
    if kind == "epub":
        with zipfile.ZipFile(out) as book:
            return sum(1 for n in book.namelist() if re.search(r"/\d{4}-.*\.xhtml$", n))
    if kind == "json":
        with open(out, encoding="utf-8") as f:
            return len(json.load(f)["items"])
    if kind in ("rss", "atom"):
        with open(out, encoding="utf-8") as f:
            text = f.read()
        return text.count("<item>" if kind == "rss" else "<entry>")
    if kind in ("hugo", "markdown"):
        return sum(1 for _, _, files in os.walk(out) for n in files if n.endswith(".md"))
    raise ValueError(kind)


def commands(folio, corpus, work):
    files = sorted(os.path.join(corpus, n) for n in os.listdir(corpus))
    feed = ["--base-url", BASE_URL, "--limit", "0", "--content", "full"]
    return [
        ("inspect", None, [folio, "inspect", corpus]),
        ("render", None, [folio, "render", "--front-matter"] + files),
        ("epub", f"{work}/book.epub", [folio, "epub", corpus, "-o", f"{work}/book.epub",
                                       "--title", "T", "--language", "en"]),
        ("rss", f"{work}/feed.xml", [folio, "feed", corpus, "-o", f"{work}/feed.xml"] + feed),
        ("atom", f"{work}/atom.xml",
         [folio, "feed", corpus, "-o", f"{work}/atom.xml", "--format", "atom"] + feed),
        ("json", f"{work}/feed.json",
         [folio, "feed", corpus, "-o", f"{work}/feed.json", "--format", "json"] + feed),
        ("hugo", f"{work}/hugo", [folio, "hugo", corpus, "-o", f"{work}/hugo"]),
        ("markdown", f"{work}/markdown",
         [folio, "markdown", corpus, "-o", f"{work}/markdown", "--style", "b"]),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    c = Checker()
    corpus = os.path.join(args.work, "corpus")
    bad = make_corpus(corpus)
    named = re.compile(re.escape(bad) + r":\d+:\d+: error: ")

    for policy in ([], ["--keep-going"]):
        out_dir = os.path.join(args.work, "keep-going" if policy else "default")
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)
        for kind, out, argv in commands(args.folio, corpus, out_dir):
            result = run(argv + policy)
            label = f"{kind} {' '.join(policy) or '(default)'}"
            c.check(result.returncode == 1, f"{label}: exit 1 (got {result.returncode})")
            c.check(bool(named.search(result.stderr)),
                    f"{label}: names {os.path.basename(bad)}:line:col as the error")
            if result.returncode in (0, 1):
                n = count_outputs(kind, out, result.stdout)
                c.check(n == COUNT - 1, f"{label}: converts the other {COUNT - 1} (got {n})")

    # --fail-fast: stops at the bad file; single-file outputs are not replaced.
    fast_dir = os.path.join(args.work, "fail-fast")
    shutil.rmtree(fast_dir, ignore_errors=True)
    os.makedirs(fast_dir)
    for kind, out, argv in commands(args.folio, corpus, fast_dir):
        previous = b"previous output\n"
        if kind in ("epub", "rss", "atom", "json"):
            with open(out, "wb") as f:
                f.write(previous)
        result = run(argv + ["--fail-fast"])
        label = f"{kind} --fail-fast"
        c.check(result.returncode == 1, f"{label}: exit 1 (got {result.returncode})")
        c.check(bool(named.search(result.stderr)), f"{label}: names the bad file")
        c.check(result.stderr.count(": error: ") == 1, f"{label}: stops at the first error")
        if kind in ("epub", "rss", "atom", "json"):
            with open(out, "rb") as f:
                c.check(f.read() == previous, f"{label}: the previous {kind} output is untouched")
        elif kind in ("hugo", "markdown"):
            n = count_outputs(kind, out, result.stdout)
            c.check(n < COUNT - 1, f"{label}: does not go on past the bad file ({n} written)")

    # Both policies at once, and an unknown option: a usage error (2), nothing written.
    usage_dir = os.path.join(args.work, "usage")
    shutil.rmtree(usage_dir, ignore_errors=True)
    result = run([args.folio, "hugo", corpus, "-o", usage_dir, "--keep-going", "--fail-fast"])
    c.check(result.returncode == 2, f"--keep-going with --fail-fast: exit 2 (got {result.returncode})")
    c.check(not os.path.exists(usage_dir), "--keep-going with --fail-fast: nothing written")
    result = run([args.folio, "feed", corpus, "-o", f"{usage_dir}/f.xml", "--base-url", "x"])
    c.check(result.returncode == 2, f"feed with a bad --base-url: exit 2 (got {result.returncode})")

    # A clean corpus: exit 0.
    os.unlink(bad)
    for kind, out, argv in commands(args.folio, corpus, os.path.join(args.work, "clean")):
        result = run(argv)
        c.check(result.returncode == 0, f"{kind} on a clean corpus: exit 0 (got {result.returncode})"
                + ("" if result.returncode == 0 else "\n" + result.stderr[-1000:]))

    shutil.rmtree(args.work, ignore_errors=True)
    print(f"{len(c.failures)} failed checks")
    sys.exit(1 if c.failures else 0)


if __name__ == "__main__":
    main()
