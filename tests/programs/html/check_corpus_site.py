#!/usr/bin/python3
"""The site of a generated corpus passes the Nu HTML checker on every page (issue 22).

    check_corpus_site.py --folio FOLIO --vnu VNU_JAR --generator generate_corpus.py --work DIR
                         [--count 1000] [--real-count 200]

`bench/generate_corpus.py COUNT` (clean Markdown: lists, tables, code, images, footnotes, several
front-matter styles) becomes a site with `folio html`: every page, the article pages, the index,
tag, category and archive pages and their pagination, the search and feeds pages and 404, must
have no error and no warning. The real-posts corpus (`--real`: raw HTML, shortcodes, Liquid, five
languages, its images found with --static) must have no error; its only warnings allowed are the
checker's guesses that a page's text is in another language than its `lang` (the generator
writes English words into posts whose front matter says `lang: fa`).
"""

import argparse
import pathlib
import shutil
import subprocess
import sys

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def build(args, name, count, real):
    corpus = args.work / name
    command = [sys.executable, str(args.generator), "--count", str(count), str(corpus)]
    if real:
        command.insert(2, "--real")
    subprocess.run(command, check=True, capture_output=True)
    site = corpus / "site"
    html = [str(args.folio), "html", "articles", "-o", "site", "--base-url",
            "https://example.org/", "--title", "Corpus"]
    if (corpus / "static").is_dir():
        html += ["--static", "static"]
    result = subprocess.run(html, cwd=corpus, capture_output=True, text=True)
    # Exit 1 only for problems in the input (the corpus's missing images are warnings).
    check(result.returncode == 0, f"{name}: folio html exited {result.returncode}:\n{result.stderr[-2000:]}")
    return site


def validate(args, name, site, language_guesses_allowed):
    pages = sorted(str(p) for p in site.rglob("*.html"))
    check(len(pages) > args.count // 2 if name == "corpus" else len(pages) > 0,
          f"{name}: only {len(pages)} pages")
    result = subprocess.run(["java", "-jar", str(args.vnu), *pages], capture_output=True, text=True)
    problems = []
    for line in result.stderr.splitlines():
        if ": info:" in line:
            continue
        if language_guesses_allowed and "info warning: This document appears to be written in" in line:
            continue
        problems.append(line)
    check(not problems, f"{name}: the Nu checker on {len(pages)} pages:\n" + "\n".join(problems[:40]))
    print(f"{name}: {len(pages)} pages, {len(problems)} errors or warnings")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", type=pathlib.Path, required=True)
    parser.add_argument("--vnu", type=pathlib.Path, required=True)
    parser.add_argument("--generator", type=pathlib.Path, required=True)
    parser.add_argument("--work", type=pathlib.Path, required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--real-count", type=int, default=200)
    args = parser.parse_args()
    for name in ("folio", "vnu", "generator", "work"):
        setattr(args, name, getattr(args, name).resolve())
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    validate(args, "corpus", build(args, "corpus", args.count, False), False)
    validate(args, "real", build(args, "real", args.real_count, True), True)
    for failure in FAILURES:
        print("FAIL:", failure)
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
