#!/usr/bin/python3
"""`folio verify` on a real Hugo build: old URLs reach their pages through Hugo's alias pages.

    hugo_aliases.py --folio FOLIO --hugo HUGO --work DIR

Builds hugo-site/ (next to this script: two posts with `aliases` in YAML and TOML front matter,
one a page bundle with a picture, permalinks /:year/:slug/) with Hugo, then:
- every old URL of hugo-site/old-urls.txt (the aliases, absolute and site-absolute) reaches
  its post through the alias page Hugo wrote (the report names the page and the redirect
  page), and every link and image of the built site resolves: exit 0;
- the same without --base-url, the site's address read off Hugo's sitemap.xml: exit 0;
- Hugo's own sitemap.xml, as old URLs, reaches every page: exit 0;
- an alias written without a leading slash lands under the page's folder, so the old URL meant
  (old-urls-relative-alias.txt) reaches no page: exit 1, naming it.
Exits 1 on any difference.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = ["--base-url=https://blog.example.org/"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folio", required=True)
    parser.add_argument("--hugo", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    site = os.path.join(work, "site")
    shutil.copytree(os.path.join(HERE, "hugo-site"), site)
    built = subprocess.run([args.hugo, "--source", site, "--destination", os.path.join(work, "public")],
                           capture_output=True, text=True)
    if built.returncode != 0 or "WARN" in built.stdout + built.stderr:
        print(f"FAIL hugo:\n{built.stdout}\n{built.stderr}")
        return 1
    problems = []

    def verify(*extra, base=BASE):
        result = subprocess.run([os.path.abspath(args.folio), "verify", "--new", "public", *base, *extra],
                                cwd=work, capture_output=True, text=True)
        return result.returncode, result.stderr

    report = os.path.join(work, "report.json")
    rc, stderr = verify("--old", "site/old-urls.txt", "--report", report)
    if rc != 0 or stderr.splitlines() != [
            "folio verify: 6 old URLs: 6 reach a page, 0 fail; 8 pages, 16 links checked "
            "(0 external, not fetched), 0 broken"]:
        problems.append(f"aliases: exit {rc}\n{stderr}")
    with open(report, encoding="utf-8") as f:
        reached = {entry["path"]: (entry["file"], [hop["via"] for hop in entry["redirects"]])
                   for entry in json.load(f)["old_urls"]}
    wanted = {
        "/blog/2019/03/04/first-steps.html": ("2019/first-steps/index.html",
                                              ["redirect page blog/2019/03/04/first-steps.html"]),
        "/first-steps/": ("2019/first-steps/index.html", ["redirect page first-steps/index.html"]),
        "/blog/2020/07/08/bundle-post.html": ("2020/bundle-post/index.html",
                                              ["redirect page blog/2020/07/08/bundle-post.html"]),
        "/2020/posts/old-bundle/": ("2020/bundle-post/index.html",
                                    ["redirect page 2020/posts/old-bundle/index.html"]),
        "/2019/first-steps/": ("2019/first-steps/index.html", []),
        "/2020/bundle-post/": ("2020/bundle-post/index.html", []),
    }
    if reached != wanted:
        problems.append(f"aliases: reached\n{json.dumps(reached, indent=1)}\nexpected\n{json.dumps(wanted, indent=1)}")

    # Without --base-url, the site's address comes from Hugo's sitemap: the alias pages'
    # absolute URLs are the site's own and are followed, not taken as external.
    rc, stderr = verify("--old", "site/old-urls.txt", base=[])
    if rc != 0 or stderr.splitlines() != [
            "public: note: the site's address is taken as https://blog.example.org/ (from its "
            "sitemap; --base-url sets it) [verify.base-url]",
            "folio verify: 6 old URLs: 6 reach a page, 0 fail; 8 pages, 16 links checked "
            "(0 external, not fetched), 0 broken"]:
        problems.append(f"inferred base URL: exit {rc}\n{stderr}")

    rc, stderr = verify("--old", "public/sitemap.xml")
    if rc != 0 or "0 fail" not in stderr:
        problems.append(f"Hugo's sitemap: exit {rc}\n{stderr}")

    rc, stderr = verify("--old", "site/old-urls-relative-alias.txt")
    if rc != 1 or stderr.splitlines()[0] != (
            "/posts/old-bundle/: error: reaches no page: no file and no redirect for "
            "'/posts/old-bundle/' [verify.old-url]"):
        problems.append(f"relative alias: exit {rc}\n{stderr}")

    for problem in problems:
        print(f"FAIL {problem}")
    if problems:
        return 1
    print("hugo aliases: every old URL reaches its page through Hugo's alias pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
