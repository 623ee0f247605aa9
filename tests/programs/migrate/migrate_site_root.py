#!/usr/bin/python3
"""`folio migrate SITE_ROOT` on a Chirpy-like Jekyll site of our own (issue 17).

    migrate_site_root.py --folio FOLIO --fixtures DIR --builder build_engine_site.py --work DIR

The site is given by its root, with no --static and no --base-url, as a new user would:
- only the posts and drafts are migrated: not README.md, `_tabs/` (the theme's navigation),
  `docs/`, `_layouts/` or a package's readme under node_modules;
- the site-absolute images (`/assets/img/...`) are found in the Jekyll site's root and copied,
  and so are relative ones under Chirpy's `media_subpath` (the cover's `image.path` too);
- `layout: post`, which means something to Jekyll only, is left out (and listed in the
  report's keys_dropped), so Eleventy builds the result;
- `--site` takes the base URL, the title and the language from `_config.yml`;
- the migrated site is built by Hugo and by Eleventy with no warning;
- the old URLs are Chirpy's (`permalink` of the posts' front matter defaults) under the
  configured base path, the same as Hugo's: no empty `_redirects` or `redirects.csv` is
  written, the summary says why, and `folio verify` finds every old URL on the built site;
- kramdown's `{: .prompt-warning }` becomes Hugo's block attribute (the quote's class; --site
  turns Goldmark's block attributes on) and is taken out for Eleventy with a warning at its
  place: no page shows `{:`;
- a date Jekyll reads and JavaScript's YAML does not (`2025-04-10 21:30:00 +0900`) is written
  in RFC 3339 for Eleventy, on its own line, the rest of the front matter as written.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

FAILURES = []
POSTS = {"_posts/2025-03-02-state-space-models.md", "_posts/2025-04-10-training-notes.md",
         "_drafts/multimodal-survey.md"}


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(command, expect=0):
    print("$", " ".join(command), flush=True)
    result = subprocess.run(command, capture_output=True, text=True)
    if expect is not None and result.returncode != expect:
        sys.exit(f"FAIL: exited {result.returncode}\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    fence = text.split("\n", 1)[0]
    return text[len(fence) + 1:text.index("\n" + fence, len(fence))]


def migrate(args, source, target):
    out = os.path.join(args.work, f"to-{target}")
    report = os.path.join(args.work, f"to-{target}.json")
    result = run([args.folio, "migrate", source, "-o", out, "--to", target, "--site",
                  "--report", report])
    with open(report, encoding="utf-8") as f:
        return out, json.load(f), result.stderr


def check_hugo(args, source):
    out, report, said = migrate(args, source, "hugo")
    sources = {os.path.relpath(a["source"], source) for a in report["articles"]}
    check(sources == POSTS, f"articles migrated: {sorted(sources)}, expected {sorted(POSTS)}")
    check("migrate.input.site-root" in said and "README.md" in said,
          f"no note naming what the site root's other files were: {said}")
    check("hugo.image" not in said and "migrate.image.unresolved" not in said,
          f"site-absolute images not resolved by default: {said}")
    post = next(a for a in report["articles"] if a["source"].endswith("state-space-models.md"))
    copied = sorted(os.path.basename(p) for p in post["files_copied"])
    check(copied == ["0.png", "1.png"], f"images copied: {copied}")
    check(post["files_missing"] == [], f"files missing: {post['files_missing']}")
    check(post["keys_dropped"] == ["layout"], f"keys dropped: {post['keys_dropped']}")
    # Chirpy's media_subpath: the relative image and the cover (image.path) are under it.
    notes = next(a for a in report["articles"] if a["source"].endswith("training-notes.md"))
    copied = sorted(os.path.basename(p) for p in notes["files_copied"])
    check(copied == ["board.png", "scalars.png"], f"media_subpath images copied: {copied}")
    notes_meta = front_matter(os.path.join(out, "content", "posts", "training-notes", "index.md"))
    kinds = notes["body_edits"]["kinds"]
    check(kinds.get("kramdown-attributes") == 1 and kinds.get("image") == 1,
          f"the report does not count the edits of the copied body: {notes['body_edits']}")
    check("media_subpath" not in notes_meta, f"media_subpath kept after applying it:\n{notes_meta}")
    check('image = "board.png"' in notes_meta, f"the cover is not the copied file:\n{notes_meta}")
    bundle = os.path.join(out, "content", "posts", "state-space-models")
    for name in ("0.png", "1.png"):
        with open(os.path.join(source, "assets", "img", "2025-03-02-state-space-models", name),
                  "rb") as a, open(os.path.join(bundle, name), "rb") as b:
            check(a.read() == b.read(), f"{name} not copied byte for byte")
    meta = front_matter(os.path.join(bundle, "index.md"))
    check("layout" not in meta, f"layout carried into Hugo:\n{meta}")
    check("math: true" in meta or "math = true" in meta, f"custom key math lost:\n{meta}")
    with open(os.path.join(out, "hugo.toml"), encoding="utf-8") as f:
        config = f.read()
    for line in ('baseURL = "https://notes.example.com/blog/"', 'title = "연구 노트 블로그"',
                 'languageCode = "ko-KR"'):
        check(line in config, f"hugo.toml lacks {line}:\n{config}")
    old_urls = sorted(a["old_url"] for a in report["articles"] if "_drafts" not in a["source"])
    check(old_urls == ["/blog/posts/state-space-models/", "/blog/posts/training-notes/"],
          f"old URLs: {old_urls}")
    for name in ("_redirects", "redirects.csv"):
        check(not os.path.exists(os.path.join(out, "static", name)), f"an empty {name} was written")
    check("every URL kept (no redirects written)" in said, f"the summary does not say why: {said}")
    built = os.path.join(args.work, "to-hugo-built")
    shutil.rmtree(built, ignore_errors=True)
    if run([sys.executable, args.builder, "hugo", out, built], expect=None).returncode != 0:
        FAILURES.append("Hugo did not build the migrated site cleanly")
        return
    page = os.path.join(built, "posts", "state-space-models", "index.html")
    check(os.path.exists(page), "Hugo built no page for the post")
    # kramdown's `{: .prompt-warning }` read by Goldmark as the quote's class, shown nowhere.
    with open(os.path.join(built, "posts", "training-notes", "index.html"), encoding="utf-8") as f:
        notes_page = f.read()
    check('<blockquote class="prompt-warning">' in notes_page,
          f"the prompt's class is not on the quote:\n{notes_page}")
    check_no_attribute_lists(built, "Hugo")
    old_list = os.path.join(args.work, "old-urls.txt")
    with open(old_list, "w") as f:
        f.write("".join(url + "\n" for url in old_urls))
    verified = run([args.folio, "verify", "--old", old_list, "--new", built,
                    "--base-url", "https://notes.example.com/blog/"], expect=None)
    check(verified.returncode == 0, f"folio verify failed:\n{verified.stdout}{verified.stderr}")


def check_no_attribute_lists(built, engine):
    for folder, _, names in os.walk(built):
        for name in names:
            if name.endswith(".html"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    check("{:" not in f.read(), f"{engine} shows a kramdown list in {name}")


def check_eleventy(args, source):
    out, report, said = migrate(args, source, "eleventy")
    # Eleventy's markdown-it has no attributes: the list goes, with a warning at its place.
    check("_posts/2025-04-10-training-notes.md:22:1: warning: kramdown attribute list "
          "'{: .prompt-warning }' is read by Jekyll only" in said,
          f"no warning at the dropped attribute list:\n{said}")
    for article in report["articles"]:
        meta = front_matter(os.path.join(out, article["new_path"]))
        check("layout: post" not in meta, f"{article['new_path']}: layout carried:\n{meta}")
    meta = front_matter(os.path.join(out, "posts", "training-notes.md"))
    check(meta.startswith("date: 2025-04-10T21:30:00+09:00\ntitle: "),
          f"the date is not RFC 3339 in place:\n{meta}")
    built = os.path.join(args.work, "to-eleventy-built")
    shutil.rmtree(built, ignore_errors=True)
    if run([sys.executable, args.builder, "eleventy", out, built], expect=None).returncode != 0:
        FAILURES.append("Eleventy did not build the migrated site cleanly (layout: post?)")
        return
    check_no_attribute_lists(built, "Eleventy")
    # The blog's language (_config.yml's `lang`), not English, on its pages.
    with open(os.path.join(built, "posts", "training-notes", "index.html"), encoding="utf-8") as f:
        page = f.read()
    check('<html lang="ko-KR">' in page, f"the post's page is not in the blog's language:\n{page}")


def check_within_jekyll(args, source):
    # Jekyll to Jekyll: `layout` means the same there, and stays.
    out, _, _ = migrate(args, source, "jekyll")
    post = os.path.join(out, "_posts", "2025-04-10-training-notes.md")
    check("layout: post" in front_matter(post), "layout left out within Jekyll itself")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--builder", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--skip-builds", action="store_true")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    source = os.path.join(args.work, "chirpy-blog")
    shutil.copytree(os.path.join(args.fixtures, "chirpy-blog"), source)
    # A package's readme, as an installed theme leaves one (not in git: node_modules is ignored).
    os.makedirs(os.path.join(source, "node_modules", "some-theme"))
    with open(os.path.join(source, "node_modules", "some-theme", "README.md"), "w") as f:
        f.write("# some-theme\n\nA package's readme, never a post.\n")
    check_hugo(args, source)
    check_eleventy(args, source)
    check_within_jekyll(args, source)
    for failure in FAILURES:
        print("FAIL:", failure)
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
