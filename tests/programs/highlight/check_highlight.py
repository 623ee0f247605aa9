#!/usr/bin/env python3
"""Highlighted code in every HTML writer, on posts with code in several languages
(tests/programs/highlight/posts): the book passes epubcheck with no message and holds `hl-`
spans with the rules in its stylesheet; the site's pages pass the Nu checker with the spans, the
copy button's script and the rules; the feed's content holds them; `--no-highlight` (and
`no-highlight = true` in folio.toml's [epub]) writes none;
a missing module leaves code unhighlighted with one note and exit 0; and a run with no code
block, or with `folio render` (which highlights only with --highlight), never loads the module.
  check_highlight.py --folio FOLIO --posts DIR --vnu VNU_JAR --work DIR"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import zipfile

EPUBCHECK = "/usr/share/java/epubcheck.jar"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, file=sys.stderr)


def run(args, env=None, expect=0):
    result = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **(env or {})})
    check(result.returncode == expect,
          f"{' '.join(args)} exited {result.returncode}, not {expect}: {result.stderr[-2000:]}")
    return result


def chapters(book):
    with zipfile.ZipFile(book) as archive:
        pages = {n: archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml")}
        css = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".css"))
    return pages, css


def loaded_module(stderr):
    return "folio-highlight.so" in stderr


def main():
    parser = argparse.ArgumentParser()
    for name in ("folio", "posts", "vnu", "work"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--java", default="java")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    folio = args.folio

    # The book: valid, highlighted, the rules in its stylesheet.
    book = work / "code.epub"
    run([folio, "epub", "--title", "Code", "--language", "en", args.posts, "-o", str(book)])
    verdict = subprocess.run([args.java, "-jar", EPUBCHECK, str(book)], capture_output=True, text=True)
    check("0 fatals / 0 errors / 0 warnings / 0 infos" in verdict.stdout + verdict.stderr,
          "epubcheck: " + (verdict.stdout + verdict.stderr)[-3000:])
    pages, css = chapters(book)
    body = "".join(pages.values())
    for kind in ("keyword", "string", "comment", "type", "number", "preproc"):
        check(f'<span class="hl-{kind}">' in body, f"no hl-{kind} span in the book")
    for language in ("ts", "yaml", "toml", "rust", "go", "c++", "sh"):
        block = re.search(r'<pre><code class="language-' + re.escape(language) + r'">(.*?)</code></pre>', body, re.S)
        check(block is not None and "hl-" in block.group(1), f"the {language} block is not highlighted")
    check("<pre><code>plain &lt;text&gt; &amp; nothing more\n</code></pre>" in body,
          "the block without a language changed")
    check('<pre><code class="language-klingon">Qapla\' &lt;batlh&gt; &amp; yIlIjQo\'\n</code></pre>' in body,
          "the block of an unknown language changed")
    check('&lt;title&gt;' in body and "<title>" not in body.split("</head>")[-1],
          "markup characters inside a token are not escaped")
    check(".hl-keyword" in css and "prefers-color-scheme: dark" in css, "the book's stylesheet lacks the hl- rules")

    # --no-highlight: no spans, no rules.
    plain_book = work / "plain.epub"
    run([folio, "epub", "--no-highlight", "--title", "Code", "--language", "en", args.posts, "-o", str(plain_book)])
    pages, css = chapters(plain_book)
    check("hl-" not in "".join(pages.values()) and ".hl-" not in css, "--no-highlight still highlights")

    # The same from folio.toml's [epub] table.
    config = work / "folio.toml"
    config.write_text("[epub]\nno-highlight = true\n")
    configured_book = work / "configured.epub"
    run([folio, "epub", "--config", str(config), "--title", "Code", "--language", "en", args.posts,
         "-o", str(configured_book)])
    check("hl-" not in "".join(chapters(configured_book)[0].values()),
          "no-highlight = true in [epub] still highlights")

    # The module missing: the same book as --no-highlight's, one note, exit 0.
    missing_book = work / "missing.epub"
    result = run([folio, "epub", "--title", "Code", "--language", "en", args.posts, "-o", str(missing_book)],
                 env={"FOLIO_HIGHLIGHT_MODULE": str(work / "no-such-module.so")})
    check(result.stderr.count("[highlight.unavailable]") == 1,
          "a missing module is not one note: " + result.stderr[-1000:])
    check(chapters(missing_book)[0] == chapters(plain_book)[0], "without the module the chapters differ from --no-highlight's")

    # The site: the Nu checker, spans, the copy button's script, the rules.
    site = work / "site"
    run([folio, "html", "--title", "Code", "--base-url", "https://example.org/", args.posts, "-o", str(site)])
    articles = sorted(str(p) for p in site.rglob("index.html") if "posts" in p.parts)
    check(len(articles) == 2, f"expected 2 article pages, found {articles}")
    verdict = subprocess.run([args.java, "-jar", args.vnu, "--errors-only", *articles], capture_output=True, text=True)
    check(verdict.returncode == 0 and not verdict.stderr.strip(), "Nu checker: " + verdict.stderr[-3000:])
    for page in articles:
        text = pathlib.Path(page).read_text()
        check('<span class="hl-keyword">' in text, f"{page}: no highlighted code")
        check("copy-code" in text and "<script data-copy=" in text, f"{page}: no copy button script")
    stylesheet = "".join(p.read_text() for p in site.glob("*.css"))
    check(".hl-keyword" in stylesheet and ".copy-code" in stylesheet, "the site's stylesheet lacks the code rules")

    # The feed's content.
    feed = work / "feed.xml"
    run([folio, "feed", "--base-url", "https://example.org/", args.posts, "-o", str(feed)])
    check("&lt;span class=&quot;hl-keyword&quot;&gt;" in feed.read_text() or
          '<span class="hl-keyword">' in feed.read_text(), "the feed's content is not highlighted")

    # Start-up: runs that need no highlighting never load the module.
    one_line = work / "one-line.md"
    one_line.write_text("# One line\n")
    code = pathlib.Path(args.posts) / "typed-config.md"
    debug = {"LD_DEBUG": "files"}
    check(not loaded_module(run([folio, "render", str(one_line)], env=debug).stderr),
          "folio render of a one-line file loads the highlighter")
    check(not loaded_module(run([folio, "render", "--front-matter", str(code)], env=debug).stderr),
          "folio render without --highlight loads the highlighter")
    check(loaded_module(run([folio, "render", "--highlight", "--front-matter", str(code)], env=debug).stderr),
          "folio render --highlight of code does not load the highlighter (the check above proves nothing)")
    check(not loaded_module(run([folio, "epub", "--title", "x", "--language", "en", str(one_line),
                                 "-o", str(work / "one.epub")], env=debug).stderr),
          "a book without code loads the highlighter")

    print(f"highlight: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
