#!/usr/bin/python3
"""Lossless migration, tested field by field on real files.

    round_trip.py --folio FOLIO --work DIR (--inputs DIR | --corpus N --generator PY)

For every article of the inputs (the examples, or a corpus written by bench/generate_corpus.py)
this checks four journeys through the `folio hugo` and `folio markdown` commands:

  A -> Hugo -> read back        style-A articles into Hugo content, read again
  B -> Hugo -> read back        the same for style-B articles
  A -> B -> A                   `folio markdown --style b`, then `--style a`, read as style A
  Hugo -> A -> Hugo             the Hugo content as style A, then into Hugo again

Each must give the same canonical article as where it started: `folio inspect
--no-positions` JSON (source information left out, key order kept), metadata and body.
The only intended change is the body H1 that repeats the title, which Hugo pages leave out:
it is taken out of both sides before comparing. The first difference is named, with its
path in the JSON. Exits 1 on any difference.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}\n{result.stderr[-4000:]}")
    return result


def pairs(items):
    return [list(item) for item in items]  # objects as ordered pairs: order matters


def inspect(folio, path, style=None):
    cmd = [folio, "inspect", "--no-positions", path]
    if style:
        cmd += ["--style", style]
    out = run(cmd).stdout
    doc = json.loads(out, object_pairs_hook=pairs)
    articles = dict(doc)["articles"]
    result = {}
    for article in articles:
        fields = dict(article)
        result[fields["slug"]] = fields
    return result


def plain(inlines):
    out = []
    for node in inlines:
        n = dict(node)
        if n["type"] in ("text", "code", "raw_html"):
            out.append(n.get("text", n.get("html", "")))
        elif n["type"] in ("softbreak", "hardbreak", "soft_break", "hard_break"):
            out.append(" ")
        elif "children" in n:
            out.append(plain(n["children"]))
        elif "alt" in n:
            out.append(plain(n["alt"]))
    return "".join(out)


def fold(text):
    return " ".join(text.lower().split())


def canonical(article):
    """meta, body and footnotes, without the repeated title heading."""
    meta = article["meta"]
    body = list(article["body"])
    title = dict(meta)["title"]
    if body:
        first = dict(body[0])
        if (first["type"] == "heading" and first["level"] == 1
                and fold(plain(first["children"])) == fold(title)):
            body = body[1:]
    return [["meta", meta], ["body", body], ["footnotes", article.get("footnotes", [])]]


def first_difference(a, b, path="$"):
    if type(a) != type(b):
        return f"{path}: {json.dumps(a, ensure_ascii=False)[:200]} != {json.dumps(b, ensure_ascii=False)[:200]}"
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            key = x[0] if isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) else i
            d = first_difference(x, y, f"{path}.{key}" if isinstance(key, str) else f"{path}[{i}]")
            if d:
                return d
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        return None
    if a != b:
        return f"{path}: {json.dumps(a, ensure_ascii=False)[:200]} != {json.dumps(b, ensure_ascii=False)[:200]}"
    return None


def compare(name, before, after, only=None):
    """Counts articles compared and prints the first difference of each failing one."""
    failures = 0
    compared = 0
    for slug, article in before.items():
        if only and dict(article["source"]).get("style") != only:
            continue
        compared += 1
        if slug not in after:
            print(f"FAIL {name}: {slug}: missing after the journey")
            failures += 1
            continue
        diff = first_difference(canonical(article), canonical(after[slug]))
        if diff:
            failures += 1
            if failures <= 10:
                print(f"FAIL {name}: {slug} ({dict(article['source'])['path']}): {diff}")
    print(f"{name}: {compared - failures}/{compared} articles identical")
    return failures, compared


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--inputs")
    parser.add_argument("--corpus", type=int)
    parser.add_argument("--generator")
    args = parser.parse_args()
    folio = args.folio
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    inputs = args.inputs
    if args.corpus:
        run([sys.executable, args.generator, os.path.join(work, "corpus"), "--count", str(args.corpus)])
        inputs = os.path.join(work, "corpus", "articles")

    original = inspect(folio, inputs)
    hugo = os.path.join(work, "hugo")
    run([folio, "hugo", inputs, "-o", hugo])
    from_hugo = inspect(folio, hugo)

    style_b = os.path.join(work, "b")
    back_to_a = os.path.join(work, "a")
    run([folio, "markdown", inputs, "-o", style_b, "--style", "b"])
    run([folio, "markdown", style_b, "-o", back_to_a, "--style", "a", "--from-style", "b"])
    via_b = inspect(folio, back_to_a, style="a")

    hugo_as_a = os.path.join(work, "hugo-a")
    hugo_again = os.path.join(work, "hugo-again")
    run([folio, "markdown", hugo, "-o", hugo_as_a, "--style", "a", "--from-style", "b"])
    run([folio, "hugo", hugo_as_a, "-o", hugo_again, "--style", "a"])
    # Slugs come from the bundle folders, which hold the same slugs.
    again = inspect(folio, hugo_again)

    failures = 0
    total = 0
    for name, before, after, only in [
        ("A -> Hugo -> read back", original, from_hugo, "a"),
        ("B -> Hugo -> read back", original, from_hugo, "b"),
        ("A -> B -> A", original, via_b, "a"),
        ("Hugo -> A -> Hugo", from_hugo, again, None),
    ]:
        f, n = compare(name, before, after, only)
        failures += f
        total += n
    if total == 0:
        sys.exit("FAIL: no articles compared")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
