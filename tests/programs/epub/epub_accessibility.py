#!/usr/bin/python3
"""The book as an accessibility checker and a reader of notes see it.

    epub_accessibility.py --folio PATH --epubcheck JAR --ace ACE --examples ROOT --work DIR

Builds the examples' book (with a cover) and a small book of its own making (images with alt
text, a wide table, footnotes, math, an English and a Dutch article), the latter once with
pop-up footnotes and once with `--notes endnotes`. Each must pass epubcheck with no message and
DAISY Ace (`ace-puppeteer`, driven by Debian's Chromium through PUPPETEER_EXECUTABLE_PATH; no
browser is downloaded) with no violation. Each book's notes are checked as a reading system
looks for them: every `noteref` link holds only text and points at an `aside` footnote or an
endnote of its chapter, which links back to it with `role="doc-backlink"`. The accessibility
metadata must be true to each book: `visual` and `alternativeText` only with images,
`MathML` only with math, conformance only when every image has alt text; a book with an image
without alt text gets a warning at its line and claims neither.
Exits 77 (skipped) when Ace is not installed (tests/tools: npm ci --ignore-scripts).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

from epubcheck_report import epubcheck_problem

XHTML = "{http://www.w3.org/1999/xhtml}"
OPS = "{http://www.idpf.org/2007/ops}"
OPF = "{http://www.idpf.org/2007/opf}"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


# Articles of our own: what blogs hold that an accessible book must carry through.
ENGLISH = """---
title: Measuring a Kettle
date: 2025-03-01
language: en
tags: [tea, physics]
---
A kettle takes its time[^time]. The energy it needs is $E = mc\\Delta T$, and for a litre:

$$
E = 4.18 \\times 1000 \\times 80 = 334\\,400\\ \\text{J}
$$

![A steel kettle on a gas flame](kettle.png "The kettle, on the small burner")

| Kettle | Power (W) | Litres | Minutes to boil | Energy used (kJ) | Notes on the measurement method |
|---|---:|---:|---:|---:|---|
| Steel, gas | 1800 | 1.0 | 6.5 | 702 | measured with a stopwatch and a thermometer_without_spaces_here |
| Electric | 2200 | 1.0 | 3.1 | 409 | the meter on the wall socket |

- [x] fill the kettle
- [ ] wait

### A detail too deep

Heat escapes[^lid] through the lid.

[^time]: About six minutes on gas.
[^lid]: A lid saves a fifth of the energy.
"""

DUTCH = """---
title: Koffie zetten
date: 2025-03-02
language: nl
---
Koffie is een kwestie van geduld[^geduld]. Een *filter* werkt beter dan je denkt.

# Wat je nodig hebt

![Een filterhouder op een kan](kettle.png)

[^geduld]: En van goed water.
"""

NO_ALT = """---
title: A picture without words
date: 2025-03-03
---
Some text.

![](kettle.png)
"""

# The smallest PNG: one white pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63f8ffff3f0005fe02fea7d6a4a20000000049454e44ae426082")


def build(folio, inputs, output, extra):
    result = subprocess.run([folio, "epub", *inputs, "-o", output, *extra],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"folio epub {output} exited {result.returncode}:\n{result.stderr}")
    return result.stderr


def ace_violations(ace, book, out, timeout=600):
    """Runs Ace on `book`; returns its violations as lines (empty when none)."""
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH="/usr/bin/chromium",
               PUPPETEER_SKIP_DOWNLOAD="1")
    result = subprocess.run([ace, "--force", "--silent", "--outdir", out, book],
                            capture_output=True, text=True, env=env, timeout=timeout)
    report_path = os.path.join(out, "report.json")
    if result.returncode != 0 or not os.path.exists(report_path):
        return [f"Ace did not finish on {book} (exit {result.returncode}):\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"]
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    lines = []
    for document in report["assertions"]:
        for assertion in document.get("assertions", []):
            if assertion["earl:result"]["earl:outcome"] != "fail":
                continue
            test = assertion["earl:test"]
            lines.append(f"{document['earl:testSubject']['url']}: {test['dct:title']} "
                         f"({test['earl:impact']}): "
                         f"{assertion['earl:result'].get('html', '')[:200]}")
    if report["earl:result"]["earl:outcome"] != "pass" and not lines:
        lines.append(f"Ace's outcome for {book} is {report['earl:result']['earl:outcome']}")
    return lines


def text_of(element):
    return "".join(element.itertext())


def check_notes(book, name):
    """Every noteref holds only text and resolves, in its chapter, to a footnote aside or an
    endnote that links back to it. Returns how many noterefs there were."""
    count = 0
    with zipfile.ZipFile(book) as archive:
        for entry in archive.namelist():
            if not re.match(r"OEBPS/\d+-.*\.xhtml$", entry):
                continue
            root = ET.fromstring(archive.read(entry))
            by_id = {e.get("id"): e for e in root.iter() if e.get("id")}
            for link in root.iter(f"{XHTML}a"):
                if link.get(f"{OPS}type") != "noteref":
                    continue
                count += 1
                where = f"{name} {entry} noteref {link.get('id')}"
                check(link.get("role") == "doc-noteref", f"{where}: no role doc-noteref")
                check(len(link) == 0 and (link.text or "").strip().isdigit(),
                      f"{where}: holds more than its number")
                target = by_id.get(link.get("href", "")[1:])
                if not check(target is not None, f"{where}: points at nothing"):
                    continue
                kind = target.get(f"{OPS}type")
                check((target.tag == f"{XHTML}aside" and kind == "footnote" and
                       target.get("role") == "doc-footnote") or
                      (target.tag == f"{XHTML}li" and kind == "endnote"),
                      f"{where}: points at a {target.tag} of type {kind}")
                back = [a for a in target.iter(f"{XHTML}a") if a.get("role") == "doc-backlink"
                        and a.get("href") == "#" + link.get("id")]
                check(len(back) == 1, f"{where}: its note has no back link to it")
    return count


def metadata(book):
    with zipfile.ZipFile(book) as archive:
        root = ET.fromstring(archive.read("OEBPS/content.opf"))
    out = {}
    for meta in root.iter(f"{OPF}meta"):
        if meta.get("property"):
            out.setdefault(meta.get("property"), []).append(meta.text)
    return out


def main():
    parser = argparse.ArgumentParser()
    for name in ("folio", "epubcheck", "ace", "examples", "work"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    if not os.path.exists(args.ace):
        print(f"skipped: Ace is not installed at {args.ace} (tests/tools: npm ci --ignore-scripts)")
        return 77
    shutil.rmtree(args.work, ignore_errors=True)
    posts = os.path.join(args.work, "posts")
    os.makedirs(posts)
    for name, text in (("kettle.md", ENGLISH), ("koffie.md", DUTCH)):
        with open(os.path.join(posts, name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(posts, "kettle.png"), "wb") as f:
        f.write(PNG)

    examples = os.path.join(args.work, "examples.epub")
    cover = os.path.join(args.examples, "static", "blog", "images", "checklist.png")
    build(args.folio, [os.path.join(args.examples, "posts")], examples,
          ["--config", os.path.join(args.examples, "folio.toml"), "--cover", cover])
    fixture = os.path.join(args.work, "fixture.epub")
    build(args.folio, [posts], fixture, ["--title", "Kettles and coffee", "--language", "en"])
    endnotes = os.path.join(args.work, "endnotes.epub")
    build(args.folio, [posts], endnotes, ["--title", "Kettles and coffee", "--notes", "endnotes"])

    for name, book in (("examples", examples), ("fixture", fixture), ("endnotes", endnotes)):
        problem = epubcheck_problem(args.epubcheck, book)
        check(problem is None, problem)
        for line in ace_violations(args.ace, book, os.path.join(args.work, "ace-" + name)):
            failures.append(f"Ace, {name}: {line}")
        check(check_notes(book, name) >= 3, f"{name}: fewer noterefs than its articles have")

    meta = metadata(fixture)
    check(meta.get("schema:accessMode") == ["textual", "visual"], f"access modes: {meta}")
    features = meta.get("schema:accessibilityFeature", [])
    for feature in ("alternativeText", "MathML", "tableOfContents", "structuralNavigation"):
        check(feature in features, f"fixture: no accessibilityFeature {feature}: {features}")
    check(meta.get("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"],
          f"fixture: conformsTo {meta.get('dcterms:conformsTo')}")
    check(meta.get("schema:accessibilityHazard") == ["none"], "fixture: hazards")
    check("a11y:certifiedBy" not in meta, "fixture: claims a certifier")

    # An image without alt text: a warning at its line, and no claim of alternative text.
    with open(os.path.join(posts, "no-alt.md"), "w", encoding="utf-8") as f:
        f.write(NO_ALT)
    no_alt = os.path.join(args.work, "no-alt.epub")
    stderr = build(args.folio, [os.path.join(posts, "no-alt.md"), os.path.join(posts, "koffie.md")],
                   no_alt, ["--title", "T"])
    check(re.search(r"no-alt\.md:7:\d+: warning: image 'kettle\.png' has no alt text.*"
                    r"\[epub\.image\.alt\]", stderr), f"no warning at the image:\n{stderr}")
    check(stderr.count("[epub.image.alt]") == 1, f"more than one alt-text warning:\n{stderr}")
    meta = metadata(no_alt)
    check("dcterms:conformsTo" not in meta, "a book with an image without alt text conforms")
    check("alternativeText" not in meta.get("schema:accessibilityFeature", []),
          "a book with an image without alt text claims alternative text")
    check("MathML" not in meta.get("schema:accessibilityFeature", []),
          "a book without math claims MathML")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
