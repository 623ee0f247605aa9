#!/usr/bin/python3
"""`folio migrate` on two fixture blogs, to every built-in engine.

For each source blog and each target: the articles are where the target keeps them, under the
target's front-matter keys, and read back with the target's profile they have the source's
title, date, tags, draft state and feed GUID; the files they use are copied byte for byte and
every reference points at the copy; links between articles point at the target's new URLs; the
report says so. The repository's examples go to every target too, and read back field by
field. Then: a dry run writes nothing, a second run changes nothing, an edited file
is kept on a re-run (and replaced with --overwrite-edits).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(cmd, expect=0):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}\n{result.stderr[-4000:]}")
    return result


def inspect(folio, path, engine):
    doc = json.loads(run([folio, "inspect", "--no-positions", "--from", engine, path]).stdout)
    return {a["slug"]: a for a in doc["articles"]}


def plain(value):
    """An extra value as `inspect` writes it (`{type, value}`), as plain JSON."""
    if isinstance(value, dict) and "type" in value and "value" in value:
        return plain(value["value"])
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def field(meta, name):
    """A typed field, else the extra key folio kept it under when the target has no key."""
    value = meta.get(name)
    if value in (None, "", [], False):
        value = plain(meta.get("extra", {}).get(name, value))
    if isinstance(value, dict) and "value" in value:  # a date
        return value["value"]
    return value


# Where each target keeps the fixture's articles, and how a copied file is referenced.
LAYOUT = {
    "hugo": ("content/posts/{s}/index.md", "content/posts/{s}/{f}", "{f}"),
    "jekyll": ("_posts/{d}-{s}.md", "assets/{s}/{f}", "/assets/{s}/{f}"),
    "astro": ("src/content/blog/{s}.md", "src/content/blog/{s}/{f}", "./{s}/{f}"),
    "eleventy": ("posts/{s}.md", "posts/{s}/{f}", "{f}"),
    "nextjs": ("_posts/{s}.md", "public/assets/blog/{s}/{f}", "/assets/blog/{s}/{f}"),
    "gatsby": ("content/blog/{s}/index.md", "content/blog/{s}/{f}", "./{f}"),
}
# Astro keeps linked files (not images) in public/.
ASTRO_FILES = ("public/assets/blog/{s}/{f}", "/assets/blog/{s}/{f}")
URL = {
    "hugo": "/posts/{s}/",
    "jekyll": "{c}/{y}/{m}/{dd}/{s}.html",
    "astro": "/blog/{s}/",
    "eleventy": "/posts/{s}/",
    "nextjs": "/posts/{s}",
    "gatsby": "/{s}/",
}
# The fixtures' pages (About, Contact: not posts), by slug, with their URLs on the old site,
# and where each target keeps a page (None: with the posts, it has no place for pages), with a
# key that says it is one there.
PAGES = {
    "jekyll-blog": {"about": "/about/", "contact": "/contact.html"},
    "hugo-blog": {"about": "/about/", "garden-robot": "/projects/garden-robot/"},
}
PAGE_LAYOUT = {"hugo": ("content/{s}.md", 'list = "never"'),
               "jekyll": ("{s}.md", "layout: page"),
               "astro": ("src/pages/{s}.md", None),
               "eleventy": ("{s}.md", None),
               "nextjs": (None, None), "gatsby": (None, None)}
DATE_KEY = {"hugo": "date", "jekyll": "date", "astro": "pubDate", "eleventy": "date",
            "nextjs": "date", "gatsby": "date"}
SUMMARY_KEY = {"hugo": "summary", "jekyll": "excerpt", "astro": "summary",
               "eleventy": "summary", "nextjs": "excerpt", "gatsby": "excerpt"}
COVER_KEY = {"hugo": "[cover]", "jekyll": "image:", "astro": "heroImage:", "eleventy": "image:",
             "nextjs": "coverImage:", "gatsby": "featuredImage:"}

SOURCES = {
    # blog folder, engine, extra options, {file name in the source: (slug, is image)}
    "jekyll-blog": ("jekyll", ["--old-permalink", "/:year/:month/:day/:slug.html",
                               "--static", "{blog}"],
                    {"assets/img/photo.png": ("first-post", "photo.png", True),
                     "assets/files/talk.pdf": ("first-post", "talk.pdf", False)}),
    # In the source engine's syntax: Hugo's `:filename` is the file's (a bundle's folder) name.
    "hugo-blog": ("hugo", ["--old-permalink", "/posts/:filename/"],
                  {"content/posts/bundle-post/cover.jpg": ("bundle-post", "cover.jpg", True),
                   "content/posts/bundle-post/talk.mp3": ("bundle-post", "talk.mp3", False)}),
}
# (from slug, to slug, fragment) links the fixtures hold.
LINKS = {
    "jekyll-blog": [("first-post", "second-post", "#boxes"), ("first-post", "second-post", ""),
                    ("second-post", "first-post", ""), ("unfinished", "first-post", "")],
    "hugo-blog": [("bundle-post", "plain-post", ""), ("plain-post", "bundle-post", ""),
                  ("plain-post", "bundle-post", "#top")],
}


def url_of(target, article):
    # An undated draft's URL has the epoch's date: Jekyll dates it only when it is built.
    date = field(article["meta"], "date") or "1970-01-01"
    categories = field(article["meta"], "categories") or []
    c = "".join("/" + x for x in dict.fromkeys(y.lower().replace(" ", "%20") for y in categories))
    return URL[target].format(s=article["slug"], c=c, y=date[0:4], m=date[5:7], dd=date[8:10])


def path_of(target, article):
    draft = field(article["meta"], "draft")
    if target == "jekyll" and draft:
        return f"_drafts/{article['slug']}.md"
    date = (field(article["meta"], "date") or "")[:10]
    return LAYOUT[target][0].format(s=article["slug"], d=date)


def migrate_one(folio, fixtures, work, blog, target):
    engine, options, files = SOURCES[blog]
    source_dir = os.path.join(fixtures, blog)
    dest = os.path.join(work, f"{blog}-to-{target}")
    report_path = dest + ".report.json"
    shutil.rmtree(dest, ignore_errors=True)
    options = [o.replace("{blog}", source_dir) for o in options]
    result = run([folio, "migrate", source_dir, "-o", dest, "--to", target,
                  "--report", report_path] + options)
    where = f"{blog} -> {target}"
    check("folio migrate: " in result.stderr, f"{where}: no closing summary on stderr")
    source = inspect(folio, source_dir, engine)
    migrated = inspect(folio, dest, target)
    report = json.load(open(report_path))
    by_slug = {os.path.basename(a["source"]): a for a in report["articles"]}
    check(report["to"] == target and report["summary"]["articles"] == len(source),
          f"{where}: report summary {report['summary']}")

    for slug, old_url in PAGES[blog].items():
        check(slug in source, f"{where}: the page {slug} is not read")
        page_path, key = PAGE_LAYOUT[target]
        if page_path is None:
            continue
        expected_path = page_path.format(s=slug)
        entry = [a for a in report["articles"] if a["new_path"] == expected_path]
        check(len(entry) == 1, f"{where}: the page {slug} is not at {expected_path}")
        if entry:
            check(entry[0]["old_url"] == old_url and entry[0]["new_url"] == f"/{slug}/",
                  f"{where}: page {slug}: {entry[0]['old_url']} -> {entry[0]['new_url']}")
        text = open(os.path.join(dest, expected_path), encoding="utf-8").read()
        check(key is None or key in text, f"{where}: page {slug} has no {key!r}:\n{text}")
        check(field(migrated[slug]["meta"], "title") == field(source[slug]["meta"], "title"),
              f"{where}: page {slug}'s title")
    for slug, article in source.items():
        if slug in PAGES[blog] and PAGE_LAYOUT[target][0] is not None:
            continue
        expected_path = path_of(target, article)
        check(os.path.isfile(os.path.join(dest, expected_path)),
              f"{where}: {slug} not at {expected_path}")
        back = migrated.get(slug)
        if back is None:
            check(False, f"{where}: {slug} not read back")
            continue
        for name in ("title", "date", "tags", "draft", "guid", "summary", "categories"):
            check(field(back["meta"], name) == field(article["meta"], name),
                  f"{where}: {slug} {name}: {field(back['meta'], name)!r} != "
                  f"{field(article['meta'], name)!r}")
        entry = [a for a in report["articles"] if a["new_path"] == expected_path]
        check(len(entry) == 1, f"{where}: report has no entry for {expected_path}")
        if entry:
            check(entry[0]["new_url"] == url_of(target, article),
                  f"{where}: {slug} new_url {entry[0]['new_url']} != {url_of(target, article)}")
        text = open(os.path.join(dest, expected_path), encoding="utf-8").read()
        check(text.startswith("+++\n" if target == "hugo" else "---\n"),
              f"{where}: {slug} front matter syntax")
        if field(article["meta"], "date"):
            check(f"\n{DATE_KEY[target]}" in text, f"{where}: {slug} has no {DATE_KEY[target]}")
        if field(article["meta"], "summary"):
            check(f"\n{SUMMARY_KEY[target]}" in text,
                  f"{where}: {slug} summary not under {SUMMARY_KEY[target]}")
        if article["meta"].get("cover"):
            check(COVER_KEY[target] in text, f"{where}: {slug} cover not under {COVER_KEY[target]}")

    # Files copied byte for byte, referenced where they went.
    for relative, (slug, name, image) in files.items():
        folder, ref = LAYOUT[target][1], LAYOUT[target][2]
        if target == "astro" and not image:
            folder, ref = ASTRO_FILES
        copy = os.path.join(dest, folder.format(s=slug, f=name))
        original = open(os.path.join(source_dir, relative), "rb").read()
        check(os.path.isfile(copy) and open(copy, "rb").read() == original,
              f"{where}: {relative} not copied to {copy}")
        text = open(os.path.join(dest, path_of(target, source[slug])), encoding="utf-8").read()
        check(f"]({ref.format(s=slug, f=name)}" in text,
              f"{where}: no reference to {ref.format(s=slug, f=name)} in {slug}")

    # Links between articles point at the new URLs, fragments kept.
    for origin, linked, fragment in LINKS[blog]:
        text = open(os.path.join(dest, path_of(target, source[origin])), encoding="utf-8").read()
        url = url_of(target, source[linked]) + fragment
        check(f"]({url})" in text or f"]: {url}\n" in text,
              f"{where}: {origin} does not link {url}")

    # Raw HTML's links and media move too, edited where they are written.
    if blog == "hugo-blog":
        text = open(os.path.join(dest, path_of(target, source["bundle-post"])),
                    encoding="utf-8").read()
        folder, ref = LAYOUT[target][1], LAYOUT[target][2]
        if target == "astro":
            folder, ref = ASTRO_FILES
        audio = ref.format(s="bundle-post", f="talk.mp3")
        check(f'<audio controls src="{audio}"></audio>' in text,
              f"{where}: the raw HTML audio does not play {audio}")
        check(f'<a href="{url_of(target, source["plain-post"])}">and the post' in text,
              f"{where}: the raw HTML link does not point at the plain post's new URL")

    if blog == "jekyll-blog":
        first = [a for a in report["articles"] if a["source"].endswith("first-post.md")][0]
        check(any(m.endswith("assets/files/missing.pdf") for m in first["files_missing"]),
              f"{where}: missing.pdf not reported missing: {first['files_missing']}")
        check(any("migrate.file.missing" in w and ":16:" in w for w in first["warnings"]),
              f"{where}: no warning at the missing file's line: {first['warnings']}")
        check(first["body_edits"]["count"] >= 4, f"{where}: body edits {first['body_edits']}")
        # Only the references changed: every other body line is the source's.
        body = open(os.path.join(source_dir, "_posts/2024-03-05-first-post.md")).read()
        body = body.split("---\n", 2)[2]
        out = open(os.path.join(dest, path_of(target, source["first-post"]))).read()
        out_lines = set(out.splitlines())
        for line in body.splitlines():
            if "](" not in line and "]: " not in line:
                check(line in out_lines, f"{where}: body line changed: {line!r}")
    return dest


def rerun_checks(folio, fixtures, work):
    source_dir = os.path.join(fixtures, "hugo-blog")
    dest = os.path.join(work, "rerun")
    shutil.rmtree(dest, ignore_errors=True)
    base = [folio, "migrate", source_dir, "-o", dest, "--to", "jekyll"]

    plan = run(base + ["--dry-run"])
    check(not os.path.exists(dest), "dry run: the output folder was made")
    check("write _posts/2023-11-20-bundle-post.md" in plan.stdout,
          f"dry run: no plan on stdout: {plan.stdout!r}")
    check("dry run" in plan.stderr, "dry run: the summary does not say so")

    run(base)
    check(os.path.isfile(os.path.join(dest, ".folio-migrate.json")), "no .folio-migrate.json")
    post = os.path.join(dest, "_posts/2023-11-20-bundle-post.md")
    other = os.path.join(dest, "_posts/2023-10-01-plain-post.md")
    other_mtime = os.stat(other).st_mtime_ns

    # A second run with nothing changed rewrites nothing.
    again = run(base)
    check(os.stat(other).st_mtime_ns == other_mtime, "second run rewrote an unchanged file")
    check("migrate.kept-edit" not in again.stderr, "second run: kept-edit without an edit")

    # An edited file survives a re-run, with a warning, unless --overwrite-edits.
    edited = open(post, encoding="utf-8").read() + "\nA line the user added.\n"
    with open(post, "w", encoding="utf-8") as f:
        f.write(edited)
    kept = run(base)
    check(open(post, encoding="utf-8").read() == edited, "re-run overwrote the user's edit")
    check("migrate.kept-edit" in kept.stderr, f"re-run: no warning: {kept.stderr}")
    plan = run(base + ["--dry-run"])
    check("kept: edited since the last migration _posts/2023-11-20-bundle-post.md" in plan.stdout,
          f"dry run does not show the kept edit: {plan.stdout!r}")
    run(base + ["--overwrite-edits"])
    check(open(post, encoding="utf-8").read() != edited, "--overwrite-edits kept the edit")

    # A file in DEST no migration wrote is the user's too.
    mine = os.path.join(dest, "_posts/2023-10-01-plain-post.md")
    manifest_path = os.path.join(dest, ".folio-migrate.json")
    manifest = json.load(open(manifest_path))
    del manifest["files"]["_posts/2023-10-01-plain-post.md"]
    json.dump(manifest, open(manifest_path, "w"))
    with open(mine, "w", encoding="utf-8") as f:
        f.write("my own post\n")
    run(base)
    check(open(mine, encoding="utf-8").read() == "my own post\n", "a file of the user's replaced")


def examples_check(folio, examples, work):
    """The repository's examples (style A and B posts) to every target, read back field by field."""
    posts = os.path.join(examples, "posts")
    source = {a["slug"]: a for a in json.loads(
        run([folio, "inspect", "--no-positions", posts]).stdout)["articles"]}
    for target in LAYOUT:
        dest = os.path.join(work, f"examples-to-{target}")
        shutil.rmtree(dest, ignore_errors=True)
        run([folio, "migrate", posts, "-o", dest, "--to", target,
             "--static", os.path.join(examples, "static")])
        back = inspect(folio, dest, target)
        for slug, article in source.items():
            if slug not in back:
                check(False, f"examples -> {target}: {slug} not read back")
                continue
            for name in ("title", "date", "updated", "tags", "categories", "summary",
                         "description", "draft", "guid", "authors", "language"):
                check(field(back[slug]["meta"], name) == field(article["meta"], name),
                      f"examples -> {target}: {slug} {name}")
    return len(LAYOUT)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--examples", help="the repository's examples/ folder")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    count = 0
    for blog in SOURCES:
        for target in LAYOUT:
            migrate_one(args.folio, args.fixtures, args.work, blog, target)
            count += 1
    if args.examples:
        count += examples_check(args.folio, args.examples, args.work)
    rerun_checks(args.folio, args.fixtures, args.work)
    for failure in FAILURES:
        print("FAIL:", failure)
    print(f"{count} migrations checked, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
