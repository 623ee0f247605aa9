#!/usr/bin/python3
"""A real engine builds a site configured by engine_site_config, and every page says what its
source says.

    engine_build.py --engine ENGINE --write-config BIN --work DIR [--node-modules DIR]

Copies the hand-written fixture site sites/ENGINE/ (posts in the engine's own layout and keys)
into DIR, adds the images expected.json lists (1x1 PNGs), writes the site configuration with
BIN (write_site_config: engine_site_config's files, never over an existing file), builds it with
the real engine (build_engine_site.py: no warning allowed), then compares page by page:
- the pages that print facts are exactly expected.json's, each with the same title, the same
  instant for date and updated, the same summary, description, tags, categories, draft state,
  cover and custom keys (absent, null, "" and [] are all "not set");
- each old URL in `redirects` is a page that redirects to its new URL;
- every image a page shows, and every page a post links to, is a file of the built site.
Exits 1 on any difference.
"""

import argparse
import datetime
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_engine_site  # noqa: E402
import page_facts  # noqa: E402

problems = []
# The fixture site's address (expected.json's base_url, else engine_site_config's default):
# links on its origin are links inside the site, and every path of the site starts with
# SITE_PATH (`/blog` for `https://example.org/blog/`), which the built folder does not have.
SITE_ORIGIN = "https://example.org/"
SITE_PATH = ""


def fail(message):
    problems.append(message)
    print(f"FAIL {message}")


def png():
    """A valid 1x1 PNG: Astro reads the size of every image it copies."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def instant(text):
    """An ISO 8601 date or date-time as an aware datetime (no offset: UTC)."""
    value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)


def normalized(facts):
    """The facts with "not set" values dropped and dates as instants, for comparison."""
    out = {}
    for key, value in facts.items():
        if key == "extra" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if v not in (None, "", [])}
        if value in (None, "", [], {}):
            continue
        if key in ("date", "updated"):
            value = instant(value)
        out[key] = value
    return out


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.images = []
        self.links = []
        self.refresh = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])
        # Links inside the site: relative, root-relative, or absolute on the site's own origin
        # (Hugo's `ref` writes those), not mail or other sites.
        href = attrs.get("href") or ""
        if tag == "a" and href and (href.startswith(SITE_ORIGIN) or not re.match(r"[a-z]+:|#", href)):
            self.links.append(attrs["href"])
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            match = re.search(r"url=(.*)$", attrs.get("content") or "", re.IGNORECASE)
            if match:
                self.refresh = match.group(1).strip()


def read_links(path):
    links = Links()
    with open(path, encoding="utf-8") as f:
        links.feed(f.read())
    return links


def file_of(out, url_path):
    """The built file that serves `url_path`, as a static host finds it."""
    local = os.path.join(out, url_path.lstrip("/"))
    if url_path.endswith("/") or os.path.isdir(local):
        local = os.path.join(local, "index.html")
    return local


def path_of(url, page):
    """The path in the built folder that `url`, on `page`, leads to: `https://example.org/a/`
    → `/a/`, `/blog/a/` → `/a/` for a site at `/blog/`, a relative URL resolved against
    `page`; None for a root-relative URL outside the site's path (a server would not find it).
    """
    url = re.sub(r"^[a-z]+://[^/]+", "", url).split("#")[0].split("?")[0]
    if not url.startswith("/"):
        return os.path.normpath(os.path.join(page, url)).replace(os.sep, "/")
    if SITE_PATH:
        if url != SITE_PATH and not url.startswith(SITE_PATH + "/"):
            return None
        url = url[len(SITE_PATH):] or "/"
    return url


def served(out, url, page):
    """Whether `url` on `page` leads to a file of the built site."""
    path = path_of(url, page)
    return path is not None and os.path.isfile(file_of(out, path))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", required=True)
    parser.add_argument("--write-config", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--node-modules", default=build_engine_site.DEFAULT_NODE_MODULES)
    args = parser.parse_args()

    fixture = os.path.join(HERE, "sites", args.engine)
    with open(os.path.join(fixture, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    global SITE_ORIGIN, SITE_PATH
    if "base_url" in expected:
        SITE_ORIGIN = expected["base_url"]
        SITE_PATH = re.sub(r"^[a-z]+://[^/]+", "", SITE_ORIGIN).rstrip("/")
        expected["options"] += ["--base-url", SITE_ORIGIN]
    site = os.path.join(args.work, "site")
    out = os.path.join(args.work, "out")
    if os.path.exists(args.work):
        shutil.rmtree(args.work)
    shutil.copytree(fixture, site, ignore=shutil.ignore_patterns("expected.json"))
    for image in expected["images"]:
        os.makedirs(os.path.dirname(os.path.join(site, image)), exist_ok=True)
        with open(os.path.join(site, image), "wb") as f:
            f.write(png())

    written = subprocess.run([args.write_config, args.engine, site, *expected["options"]],
                             capture_output=True, text=True)
    if written.returncode != 0 or written.stderr:
        sys.exit(f"FAIL write_site_config: {written.returncode}\n{written.stderr}")

    # A machine far from UTC: dates written without an offset must not follow its zone.
    os.environ["TZ"] = "Asia/Kathmandu"
    seconds, build_problems = build_engine_site.build(args.engine, site, out, args.node_modules)
    print(f"{args.engine}: built in {seconds:.1f} s")
    for problem in build_problems:
        fail(f"{args.engine} build: {problem}")
    if not os.path.isdir(out):
        sys.exit(1)

    facts = page_facts.page_facts(out)
    for url in sorted(set(facts) | set(expected["pages"])):
        if url not in facts:
            fail(f"{url}: no page with facts (built: {sorted(facts)})")
        elif url not in expected["pages"]:
            fail(f"{url}: a page the fixture has no post for")
        else:
            got, want = normalized(facts[url]), normalized(expected["pages"][url])
            for key in sorted(set(got) | set(want)):
                if got.get(key) != want.get(key):
                    fail(f"{url}: {key} is {got.get(key)!r}, the source says {want.get(key)!r}")
        if url in facts:
            links = read_links(file_of(out, url))
            for src in links.images:
                if not served(out, src, url):
                    fail(f"{url}: the image {src} is not in the built site")
            for href in links.links:
                if not served(out, href, url):
                    fail(f"{url}: the link {href} leads to no page of the built site")

    for old, new in expected["redirects"].items():
        page = file_of(out, old)
        if not os.path.isfile(page):
            fail(f"redirect {old}: no page at {os.path.relpath(page, out)}")
            continue
        target = read_links(page).refresh
        if target is None or path_of(target, old) != path_of(new, old):
            fail(f"redirect {old}: goes to {target!r}, not {new}")

    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)
    print(f"{args.engine}: {len(facts)} pages and {len(expected['redirects'])} redirects "
          f"as the source says")


if __name__ == "__main__":
    main()
