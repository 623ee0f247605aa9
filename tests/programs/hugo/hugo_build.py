#!/usr/bin/python3
"""A real Hugo build of the examples converted by `folio hugo`.

    hugo_build.py --folio FOLIO --hugo HUGO --examples DIR --static DIR --work DIR

Converts the examples into the content folder of a minimal site (site/ next to this script:
its only layout prints each page's title, dates, tags, categories, summary, draft, params,
cover and aliases as JSON), builds it with Hugo, and compares every page with the source
article as `folio inspect` reads it: same title, the same instant for date and lastmod, the
same tags, categories, summary and draft, every extra key as a param with its value, the
cover (local images copied into the bundle byte for byte), and a redirect page for each
alias. Drafts must appear only with --buildDrafts. Hugo must print no warning. Exits 1 on
any difference.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OLD_PERMALINK = "/blog/:slug/"
problems = []


def fail(message):
    problems.append(message)
    print(f"FAIL {message}")


def run(cmd, allow_failure=False):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0 and not allow_failure:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def instant_ns(text):
    """Nanoseconds since the epoch of an RFC 3339 value; date-only and local times are UTC,
    as Hugo places them without a time zone in its configuration."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?"
                     r"(Z|[+-]\d\d:?\d\d)?", text)
    if not m:
        raise ValueError(f"not a date: {text}")
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    hour, minute, second = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
    nanos = int((m[7] or "0").ljust(9, "0")[:9])
    offset = 0
    if m[8] and m[8] != "Z":
        sign = -1 if m[8][0] == "-" else 1
        digits = m[8][1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
    moment = datetime.datetime(year, month, day, hour, minute, second,
                               tzinfo=datetime.timezone(datetime.timedelta(minutes=offset)))
    return int(moment.timestamp()) * 1_000_000_000 + nanos


truncated = []


def same_instant(hugo_ns, value, slug):
    """Hugo 0.111's TOML decoder drops the fraction of an offset date-time (it keeps it for a
    local one and in YAML), so there the instant is compared to the second and the page is
    listed; folio's own read-back (round_trip.py) checks the fraction."""
    expected = instant_ns(value)
    if hugo_ns == expected:
        return True
    if re.search(r"\.\d+(Z|[+-]\d\d:?\d\d)$", value) and hugo_ns == expected // 10**9 * 10**9:
        truncated.append(f"{slug} ({value})")
        return True
    return False


def expected_param(typed):
    """A folio typed value ({type, value}) as Hugo's jsonify prints the param."""
    kind, value = typed["type"], typed["value"]
    if kind == "list":
        return [expected_param(v) for v in value]
    if kind == "map":
        return {k.lower(): expected_param(v) for k, v in value.items()}
    if kind == "date":
        return ("date", instant_ns(value))
    return value


def same_param(expected, actual):
    if isinstance(expected, tuple) and expected[0] == "date":
        return isinstance(actual, str) and instant_ns(actual) == expected[1]
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            same_param(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, dict):
        return isinstance(actual, dict) and set(expected) <= set(actual) and all(
            same_param(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, float) or isinstance(actual, float):
        return isinstance(actual, (int, float)) and float(expected) == float(actual)
    return expected == actual


def check_cover(slug, meta, page, content, static_dir, example_path):
    cover = meta["cover"]
    actual = page["cover"]
    if cover is None:
        if actual:
            fail(f"{slug}: cover {actual} but the source has none")
        return
    if not actual:
        fail(f"{slug}: cover missing")
        return
    for field, key in (("alt", "alt"), ("caption", "caption")):
        if cover[field] and actual.get(key) != cover[field]:
            fail(f"{slug}: cover.{key} {actual.get(key)!r} != {cover[field]!r}")
    for key, value in cover["extra"].items():
        if not same_param(expected_param(value), actual.get(key.lower())):
            fail(f"{slug}: cover.{key} {actual.get(key.lower())!r} != {value!r}")
    source = cover["source"]
    image = actual.get("image")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", source):
        if image != source:
            fail(f"{slug}: remote cover {image!r} != {source!r}")
        return
    on_disk = os.path.join(static_dir, source.lstrip("/")) if source.startswith("/") else \
        os.path.join(os.path.dirname(example_path), source)
    if not os.path.isfile(on_disk):
        if image != source:
            fail(f"{slug}: missing cover should stay {source!r}, is {image!r}")
        return
    copied = os.path.join(content, "posts", slug, image or "")
    if not image or "/" in image or not os.path.isfile(copied):
        fail(f"{slug}: cover {image!r} is not a file in the bundle")
        return
    with open(copied, "rb") as a, open(on_disk, "rb") as b:
        if a.read() != b.read():
            fail(f"{slug}: {copied} is not a copy of {on_disk}")


def check_page(article, public, content, static_dir):
    slug = article["slug"]
    meta = article["meta"]
    path = os.path.join(public, "posts", slug, "index.html")
    if not os.path.isfile(path):
        fail(f"{slug}: no page at {path}")
        return
    with open(path, encoding="utf-8") as f:
        page = json.load(f)
    if page["title"] != meta["title"]:
        fail(f"{slug}: title {page['title']!r} != {meta['title']!r}")
    for field, key in (("date", "date_unix_nano"), ("updated", "lastmod_unix_nano")):
        if meta[field] and not same_instant(page[key], meta[field]["value"], slug):
            fail(f"{slug}: {field} {page[key]} is not the instant of {meta[field]['value']}")
    if page["draft"] != meta["draft"]:
        fail(f"{slug}: draft {page['draft']} != {meta['draft']}")
    for field in ("tags", "categories"):
        if (page[field] or []) != meta[field]:
            fail(f"{slug}: {field} {page[field]} != {meta[field]}")
    if (page["summary"] or "") != meta["summary"]:
        fail(f"{slug}: summary {page['summary']!r} != {meta['summary']!r}")
    for key, value in meta["extra"].items():
        if key == "aliases":
            continue
        actual = page["params"].get(key.lower())
        if not same_param(expected_param(value), actual):
            fail(f"{slug}: param {key} {actual!r} != {value!r}")
    if "description" in meta["extra"] and page["description"] != meta["extra"]["description"]["value"]:
        fail(f"{slug}: description {page['description']!r}")
    check_cover(slug, meta, page, content, static_dir, article["source"]["path"])
    alias = OLD_PERMALINK.replace(":slug", slug)
    if alias not in (page["aliases"] or []):
        fail(f"{slug}: alias {alias} missing from {page['aliases']}")
    redirect = os.path.join(public, alias.strip("/"), "index.html")
    if not os.path.isfile(redirect):
        fail(f"{slug}: no redirect page at {redirect}")
    else:
        with open(redirect, encoding="utf-8") as f:
            if f'url=https://example.org/posts/{slug}/"' not in f.read():
                fail(f"{slug}: {redirect} does not redirect to /posts/{slug}/")


def build(hugo, site, destination, drafts):
    cmd = [hugo, "--source", site, "--destination", destination, "--printPathWarnings"]
    if drafts:
        cmd.append("--buildDrafts")
    result = run(cmd)
    output = result.stdout + result.stderr
    for line in output.splitlines():
        if "WARN" in line or "ERROR" in line:
            fail(f"hugo printed: {line}")
    return output


def main():
    parser = argparse.ArgumentParser()
    for name in ("--folio", "--hugo", "--examples", "--static", "--work"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    site = os.path.join(args.work, "site")
    shutil.copytree(os.path.join(HERE, "site"), site)
    content = os.path.join(site, "content")
    run([args.folio, "hugo", args.examples, "-o", content, "--static", args.static,
         "--old-permalink", OLD_PERMALINK])
    articles = json.loads(run([args.folio, "inspect", "--no-positions", args.examples]).stdout)["articles"]

    public = os.path.join(args.work, "public")
    build(args.hugo, site, public, drafts=False)
    drafts = [a for a in articles if a["meta"]["draft"]]
    if not drafts:
        fail("the examples hold no draft, so --buildDrafts is not tested")
    for article in articles:
        if article["meta"]["draft"]:
            if os.path.exists(os.path.join(public, "posts", article["slug"])):
                fail(f"{article['slug']}: draft published without --buildDrafts")
        else:
            check_page(article, public, content, args.static)

    with_drafts = os.path.join(args.work, "public-drafts")
    build(args.hugo, site, with_drafts, drafts=True)
    for article in articles:
        check_page(article, with_drafts, content, args.static)

    if truncated:
        print("note: Hugo 0.111 kept whole seconds only of the TOML offset date-times of "
              + ", ".join(sorted(set(truncated))))
    print(f"hugo build: {len(articles)} pages compared ({len(drafts)} draft), "
          f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
