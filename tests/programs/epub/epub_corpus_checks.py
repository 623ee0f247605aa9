#!/usr/bin/python3
"""The book of a generated corpus (1,000 real-like posts by default: raw HTML, five languages,
images) checked page by page: the Nu HTML checker finds no error in any chapter or other page
of the book, nor in any chapter of its Kobo edition (`--kobo`), and DAISY Ace finds no
violation in the book.

    epub_corpus_checks.py --folio PATH --vnu JAR --ace ACE --generator PY --work DIR [--count N]

The Nu checker reads `.xhtml` files as XHTML but knows nothing of EPUB's OPS namespace, so it
reports every `epub:type` attribute ("Attribute “type” not allowed on element “section” at this
point."). Exactly those messages are set aside: the message names the attribute `type` and the
markup it quotes holds `epub:type=`; any other message, a plain `type` attribute included,
fails the test. epubcheck validates `epub:type` itself (epub_book.py runs it on this corpus).
Exits 77 (skipped) when Ace is not installed (tests/tools: npm ci --ignore-scripts); the Nu
checker part needs only Java.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

EPUB_TYPE = re.compile(r"^Attribute “type” not allowed on element “[a-z]+” at this point\.$")


def nu_errors(vnu, pages):
    """The Nu checker's errors on `pages`, less those about `epub:type` (see above)."""
    result = subprocess.run(["java", "-jar", vnu, "--errors-only", "--format", "json", *pages],
                            capture_output=True, text=True)
    try:
        report = json.loads(result.stderr or result.stdout)
    except json.JSONDecodeError:
        return [f"the Nu checker printed no JSON (exit {result.returncode}): "
                f"{result.stderr[:2000]}"]
    errors = []
    set_aside = 0
    for message in report["messages"]:
        if message["type"] not in ("error", "non-document-error"):
            continue
        if EPUB_TYPE.match(message["message"]) and "epub:type=" in message.get("extract", ""):
            set_aside += 1
            continue
        errors.append(f"{os.path.basename(message.get('url', ''))}:{message.get('lastLine', '?')}: "
                      f"{message['message']} [{message.get('extract', '')[:120]}]")
    print(f"Nu checker: {len(pages)} pages, {set_aside} epub:type messages set aside, "
          f"{len(errors)} errors")
    return errors


def main():
    parser = argparse.ArgumentParser()
    for name in ("folio", "vnu", "ace", "generator", "work"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    corpus = os.path.join(args.work, "corpus")
    subprocess.run(["/usr/bin/python3", args.generator, corpus, "--count", str(args.count),
                    "--real"], check=True, capture_output=True)
    book = os.path.join(args.work, "book.epub")
    built = subprocess.run([args.folio, "epub", os.path.join(corpus, "articles"), "-o", book,
                            "--title", "Generated corpus", "--author", "Bench",
                            "--static", os.path.join(corpus, "static")],
                           capture_output=True, text=True)
    failures = []
    if built.returncode != 0:
        failures.append(f"folio epub exited {built.returncode}:\n{built.stderr[-3000:]}")
    else:
        pages_dir = os.path.join(args.work, "pages")
        with zipfile.ZipFile(book) as archive:
            archive.extractall(pages_dir)
        pages = sorted(os.path.join(pages_dir, "OEBPS", name)
                       for name in os.listdir(os.path.join(pages_dir, "OEBPS"))
                       if name.endswith(".xhtml"))
        # Drafts and future posts of the corpus are left out: most articles are chapters.
        if len(pages) < args.count // 2:
            failures.append(f"only {len(pages)} pages for {args.count} articles")
        # The Kobo edition's chapters too: Kobo's spans and divs must keep them valid.
        kepub = os.path.join(args.work, "book.kepub.epub")
        kobo = subprocess.run([args.folio, "epub", os.path.join(corpus, "articles"), "-o", kepub,
                               "--kobo", "--title", "Generated corpus",
                               "--static", os.path.join(corpus, "static")],
                              capture_output=True, text=True)
        if kobo.returncode != 0:
            failures.append(f"folio epub --kobo exited {kobo.returncode}:\n{kobo.stderr[-3000:]}")
        else:
            kobo_dir = os.path.join(args.work, "kobo-pages")
            with zipfile.ZipFile(kepub) as archive:
                archive.extractall(kobo_dir)
            pages += sorted(os.path.join(kobo_dir, "OEBPS", name)
                            for name in os.listdir(os.path.join(kobo_dir, "OEBPS"))
                            if re.match(r"\d{4}-.*\.xhtml$", name))
        failures += [f"Nu checker: {line}" for line in nu_errors(args.vnu, pages)]

        if os.path.exists(args.ace):
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            from epub_accessibility import ace_violations
            failures += [f"Ace: {line}"
                         for line in ace_violations(args.ace, book, os.path.join(args.work, "ace"),
                                                       timeout=3000)]
        else:
            print(f"Ace is not installed at {args.ace} (tests/tools: npm ci --ignore-scripts)")

    for failure in failures[:50]:
        print("FAIL:", failure)
    print(f"{len(failures)} failures")
    if failures:
        return 1
    return 0 if os.path.exists(args.ace) else 77


if __name__ == "__main__":
    sys.exit(main())
