#!/usr/bin/python3
"""A migrated blog that its new engine builds and whose old URLs all still reach a page.

    migrate_site_verify.py --folio FOLIO --fixtures DIR --builder build_engine_site.py --work DIR
                           [--pair SOURCE_BLOG:TARGET ...]

Each pair: `folio migrate <fixture blog> --to TARGET --site`, the result built by the real
engine (build_engine_site.py fails on any warning it prints), then `folio verify --old <the
old site's URLs> --new <the built site>`, which must exit 0: every old URL reaches its page
through the redirects migrate wrote, and every link and image of the new site resolves.
Before that, every built page's facts (title, dates, tags, categories, summary, description,
draft state, cover, custom keys) are compared with source_facts.json, the source's own, and
every file a custom key names by its path (Next.js's author.picture) must be in the build.
"""

import argparse
import html
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys

# The URLs each fixture blog had on its own engine, as that engine built them: Jekyll's from
# jekyll-blog/_config.yml (`/:year/:month/:day/:title.html`; the second post's 09:30 +0200 is
# the same day in UTC), Hugo's default `/posts/<file or bundle>/`. The draft had none.
OLD_URLS = {
    "jekyll-blog": ["/2024/03/05/first-post.html", "/2024/04/01/second-post.html"],
    "hugo-blog": ["/posts/plain-post/", "/posts/bundle-post/"],
    # Eleventy's: the path under its input folder (content/), as eleventy-base-blog builds it.
    "eleventy-blog": ["/blog/first-note/", "/blog/second-note/"],
    # Astro's blog template: src/content/blog/<slug>.md at /blog/<slug>/.
    "astro-blog": ["/blog/night-sky/", "/blog/comet-notes/"],
    # Next.js's blog-starter (`app/posts/[slug]/page.tsx`) and an MDX blog's `posts/[slug]`:
    # no final slash, which every static host adds itself (no redirect is written for it).
    "nextjs-blog": ["/posts/first-harvest", "/posts/seed-list"],
    "nextjs-mdx-blog": ["/posts/tide-tables", "/posts/lighthouse-walk"],
    # Hugo's translations by file name (`harbour.fa.md`, `lighthouse/index.fa.md`): the
    # default language's at the root, Persian under /fa/.
    "hugo-translations-blog": ["/posts/harbour/", "/fa/posts/harbour/", "/posts/lighthouse/",
                               "/fa/posts/lighthouse/"],
}
# Each translation's page in the built site and a sentence of its language: the page is there
# in its language, not merged with the other nor made a post of the default language.
TRANSLATIONS = {
    "hugo-translations-blog": {"/posts/harbour/": "before the sun is up",
                               "/fa/posts/harbour/": "پیش از طلوع آفتاب",
                               "/posts/lighthouse/": "twice a night",
                               "/fa/posts/lighthouse/": "دو بار از پله‌ها"},
}
# The fixture blogs' pages (not posts): their titles, a sentence of their text, and the URL
# each target serves a page at. Their old URLs are in OLD_URLS too.
PAGES = {
    "jekyll-blog": {"About this blog": ("forty boxes", "/about/"),
                    "Contact": ("forwards them until spring", "/contact/")},
    "hugo-blog": {"About": ("kept in one repository", "/about/"),
                  "The garden robot": ("waters the tomatoes", "/garden-robot/")},
}
OLD_URLS["jekyll-blog"] += ["/about/", "/contact.html"]
OLD_URLS["hugo-blog"] += ["/about/", "/projects/garden-robot/"]
SITE_URL = "https://example.org/"
# One engine build per direction, to keep the test short.
DEFAULT_PAIRS = ["jekyll-blog:hugo", "hugo-blog:jekyll", "hugo-blog:eleventy",
                 "jekyll-blog:eleventy", "hugo-blog:astro", "eleventy-blog:hugo",
                 "astro-blog:hugo", "jekyll-blog:astro", "astro-blog:jekyll",
                 "eleventy-blog:jekyll", "astro-blog:eleventy", "nextjs-blog:hugo",
                 "nextjs-blog:jekyll", "nextjs-mdx-blog:hugo", "nextjs-mdx-blog:jekyll",
                 "hugo-translations-blog:hugo"]


def run(command, **kwargs):
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, **kwargs)


def cover_name(cover):
    """The file name of a cover however the engine prints it: a path (`./post/cover.jpg`,
    `/assets/post/cover.jpg`) or a map with its `url`."""
    if isinstance(cover, dict):
        cover = cover.get("url") or cover.get("src") or cover.get("image")
    return posixpath.basename(cover) if isinstance(cover, str) and cover else None


def site_files(value):
    """The site-absolute file paths (`/assets/a.png`) in a custom key's value, at any depth."""
    if isinstance(value, dict):
        return [p for v in value.values() for p in site_files(v)]
    if isinstance(value, list):
        return [p for v in value for p in site_files(v)]
    if isinstance(value, str) and value.startswith("/") and "." in posixpath.basename(value):
        return [value]
    return []


def compare_facts(args, blog, target, built, more_posts=()):
    """Every built page's facts against the source's, matched by title: the same instant for
    each date, the same tags, categories, summary, description, draft state, cover file and
    custom keys; every post of the source built once."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(args.builder)))
    import engine_build  # noqa: E402  (its comparison rules: absent, null, "" and [] are unset)
    import page_facts  # noqa: E402
    with open(os.path.join(args.fixtures, "source_facts.json"), encoding="utf-8") as f:
        facts = json.load(f)
    source = dict(facts[blog])
    for post in more_posts:
        source.update(facts[post])
    failures = []
    seen = set()
    for url, facts in sorted(page_facts.page_facts(built).items()):
        title = facts.get("title")
        if title in PAGES.get(blog, {}):
            continue  # a page, checked by check_pages
        if title not in source:
            failures.append(f"{blog} -> {target}: {url} ({title!r}) is no post of the source")
            continue
        if title in seen:
            failures.append(f"{blog} -> {target}: {title!r} built twice")
        seen.add(title)
        for path in site_files(facts.get("extra")):
            if not os.path.isfile(os.path.join(built, path.lstrip("/"))):
                failures.append(f"{blog} -> {target}: {url}: the front matter names {path}, "
                                "which is not in the built site")
        facts = dict(facts, cover=cover_name(facts.get("cover")))
        got = engine_build.normalized(facts)
        want = engine_build.normalized(dict(source[title], title=title))
        for key in sorted(set(got) | set(want)):
            if got.get(key) != want.get(key):
                failures.append(f"{blog} -> {target}: {url}: {key} is {got.get(key)!r}, "
                                f"the source says {want.get(key)!r}")
    for title in sorted(set(source) - seen):
        failures.append(f"{blog} -> {target}: no built page for {title!r}")
    if not failures:
        print(f"{blog} -> {target}: {len(seen)} pages with the source's facts")
    return failures


def check_pages(blog, target, built):
    """Each page of the source at the URL the target serves pages at, with its text, and in
    no feed or post list (the built site's XML files and its home page)."""
    failures = []
    lists = []
    for name in os.listdir(built):
        if name.endswith(".xml") or name == "index.html":
            with open(os.path.join(built, name), encoding="utf-8") as f:
                lists.append((name, f.read()))
    for title, (sentence, url) in PAGES.get(blog, {}).items():
        path = os.path.join(built, url.strip("/"), "index.html")
        if not os.path.isfile(path):
            failures.append(f"{blog} -> {target}: the page {title!r} is not at {url}")
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if sentence not in text:
            failures.append(f"{blog} -> {target}: {url} lacks the text of {title!r}")
        # A whole page in the site's frame, not a bare fragment (Astro and Eleventy render a
        # Markdown page without a layout as its text alone).
        found = re.search(r"<title>(.*?)</title>", text, re.DOTALL)
        shown = html.unescape(found.group(1)).strip() if found else None
        if shown != title:
            failures.append(f"{blog} -> {target}: {url}'s <title> is {shown!r}, not {title!r}")
        if not re.search(r"<html\b[^>]*\blang=\"en\"", text):
            failures.append(f"{blog} -> {target}: {url} has no <html lang=\"en\">")
        for name, text in lists:
            if title in text:
                failures.append(f"{blog} -> {target}: the page {title!r} is listed in {name}")
    return failures


def check_pair(args, blog, target):
    work = os.path.join(args.work, f"{blog}-to-{target}")
    shutil.rmtree(work, ignore_errors=True)
    source = os.path.join(work, "old")
    shutil.copytree(os.path.join(args.fixtures, blog), source)
    if blog == "jekyll-blog":
        # The fixture links a PDF it leaves out on purpose (migrate_fixture_blogs checks the
        # warning); here the old site is whole, so that verify's link check can pass.
        with open(os.path.join(source, "assets", "files", "missing.pdf"), "wb") as f:
            f.write(b"%PDF-1.4\n")
    more_posts = []
    if blog == "jekyll-blog" and target == "eleventy":
        # Jekyll's own Liquid (post_url, link, site.baseurl, highlight, gist), which stops
        # Eleventy's build unless translated or kept as text.
        shutil.copy(os.path.join(args.fixtures, "jekyll-liquid-post.md"),
                    os.path.join(source, "_posts", "2024-05-20-liquid-post.md"))
        more_posts.append("jekyll-liquid-post")
    site = os.path.join(work, "new")
    # No --static: site-absolute files are found in the source engine's static folders.
    migrated = run([args.folio, "migrate", source, "-o", site, "--to", target, "--site",
                    "--base-url", SITE_URL], capture_output=True, text=True)
    print(migrated.stdout + migrated.stderr, end="")
    if migrated.returncode != 0:
        return [f"{blog} -> {target}: folio migrate exited {migrated.returncode}"]
    if blog == "nextjs-mdx-blog" and "tide-tables.mdx:12:1: warning: MDX component <Callout>" \
            not in migrated.stderr:
        return [f"{blog} -> {target}: no warning at the MDX component left as written"]
    built = os.path.join(work, "built")
    if run([sys.executable, args.builder, target, site, built]).returncode != 0:
        return [f"{blog} -> {target}: {target} did not build the migrated site cleanly"]
    failures = compare_facts(args, blog, target, built, more_posts)
    failures += check_pages(blog, target, built)
    for url, sentence in TRANSLATIONS.get(blog, {}).items():
        path = os.path.join(built, url.strip("/"), "index.html")
        text = open(path, encoding="utf-8").read() if os.path.isfile(path) else ""
        if sentence not in text:
            failures.append(f"{blog} -> {target}: {url} is not the translation with {sentence!r}")
    if blog == "jekyll-blog" and target in ("hugo", "eleventy"):
        # kramdown's `{: width="50%" }` after an image: the image keeps its size.
        with open(os.path.join(built, "posts", "second-post", "index.html"),
                  encoding="utf-8") as f:
            if not re.search(r'<img [^>]*width="50%"', f.read()):
                failures.append(f"{blog} -> {target}: the sized image has no width")
    if more_posts:
        with open(os.path.join(built, "posts", "liquid-post", "index.html"), encoding="utf-8") as f:
            page = f.read()
        for wanted in ('href="/posts/first-post/"', 'href="/posts/second-post/"',
                       'class="language-ruby"', "{% gist someone/abc123 %}"):
            if wanted not in page:
                failures.append(f"{blog} -> {target}: the Liquid post lacks {wanted}")
    old_list = os.path.join(work, "old-urls.txt")
    with open(old_list, "w") as f:
        f.write("".join(url + "\n" for url in OLD_URLS[blog]))
    verified = run([args.folio, "verify", "--old", old_list, "--new", built,
                    "--base-url", SITE_URL])
    if verified.returncode != 0:
        failures.append(f"{blog} -> {target}: folio verify exited {verified.returncode}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--builder", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--pair", action="append",
                        help="SOURCE_BLOG:TARGET (default: DEFAULT_PAIRS)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    failures = []
    for pair in args.pair or DEFAULT_PAIRS:
        blog, target = pair.split(":")
        failures += check_pair(args, blog, target)
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
