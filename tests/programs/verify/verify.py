#!/usr/bin/python3
"""`folio verify` on fixture sites of our own (sites/ next to this script).

    verify.py --folio FOLIO --work DIR

sites/new is a built site in the shapes engines write: pages as folders, a Hugo alias page, a
jekyll-redirect-from page, a `_redirects` file at its root; sites/vercel.json, more.redirects
and apache.htaccess are rules given with --redirects. The old URLs come from a sitemap, a list
and a built copy of an old site. Each case checks the exit code and every line printed; one
case breaks a copy of the new site (a link, an image, a fragment) and expects each at its
line and column. Exits 1 on any difference.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "--base-url=https://example.org/"
problems = []


def fail(message):
    problems.append(message)
    print(f"FAIL {message}")


def run(folio, work, *args):
    result = subprocess.run([folio, "verify", *args], cwd=work, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def expect(name, outcome, code, stderr_lines=None, stderr_has=()):
    rc, stdout, stderr = outcome
    if rc != code:
        fail(f"{name}: exit {rc}, expected {code}\n{stderr}")
    if stdout:
        fail(f"{name}: printed on standard output:\n{stdout}")
    if stderr_lines is not None and stderr.splitlines() != stderr_lines:
        fail(f"{name}: printed\n{stderr}\nexpected\n" + "\n".join(stderr_lines))
    for text in stderr_has:
        if text not in stderr:
            fail(f"{name}: no '{text}' in\n{stderr}")
    print(f"ok   {name}" if not any(p.startswith(name + ":") for p in problems) else f"     ({name})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    folio = os.path.abspath(args.folio)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "sites"), os.path.join(work, "sites"))

    # Every old URL of the sitemap reaches its page: through the site's _redirects, its Hugo
    # and Jekyll redirect pages, vercel.json; one redirects off the site (counted as reached).
    report = os.path.join(work, "report.json")
    expect("sitemap-reaches", run(folio, work, "--old", "sites/old-sitemap.xml", "--new", "sites/new",
                                  "--redirects", "sites/vercel.json", BASE, "--report", report), 0,
           ["folio verify: 11 old URLs: 11 reach a page, 0 fail; 7 pages, 25 links checked "
            "(2 external, not fetched), 0 broken; 8 redirect rules"])
    with open(report, encoding="utf-8") as f:
        data = json.load(f)
    finals = {entry["url"].replace("https://old.example.org", ""): (entry["outcome"], entry.get("file"),
                                                                    [hop["via"] for hop in entry["redirects"]])
              for entry in data["old_urls"]}
    wanted = {
        "/": ("page", "index.html", []),
        "/blog/2019/05/06/hello-world.html": ("page", "posts/hello-world/index.html",
                                              ["sites/new/_redirects:2"]),
        "/2019/05/06/hello-world/": ("page", "posts/hello-world/index.html",
                                     ["redirect page 2019/05/06/hello-world/index.html"]),
        "/archive/first/": ("page", "posts/hello-world/index.html",
                            ["redirect page archive/first/index.html"]),
        "/second": ("page", "posts/second-post/index.html", ["sites/new/_redirects:5"]),
        "/p/second-post": ("page", "posts/second-post/index.html", ["sites/vercel.json:4"]),
        "/old-about.html": ("page", "about.html", ["sites/vercel.json:5"]),
        "/about": ("page", "about.html", []),
        "/tag/notes/": ("page", "tags/notes/index.html", ["sites/new/_redirects:6"]),
        "/feed.xml": ("page", "index.xml", ["sites/new/_redirects:4"]),
        "/search": ("external", None, ["sites/new/_redirects:8"]),
    }
    if finals != wanted:
        fail(f"report: old URLs went\n{json.dumps(finals, indent=1)}\nexpected\n{json.dumps(wanted, indent=1)}")
    if data["summary"] != {"old_urls": 11, "old_urls_reaching": 11, "old_urls_failing": 0, "pages": 7,
                           "redirect_rules": 8, "links_checked": 25, "links_external": 2,
                           "links_broken": 0, "ok": True}:
        fail(f"report: summary {data['summary']}")

    # --verbose names the page each old URL reaches, and how.
    expect("sitemap-verbose", run(folio, work, "-v", "--old", "sites/old-sitemap.xml", "--new", "sites/new",
                                  "--redirects", "sites/vercel.json", BASE), 0,
           stderr_has=["https://old.example.org/archive/first/: note: reaches posts/hello-world/index.html: "
                       "/archive/first/ -> /posts/hello-world/ (redirect page archive/first/index.html) "
                       "[verify.reaches]",
                       "https://old.example.org/search: note: leaves the site for "
                       "https://search.example.net/?site=example.org: /search -> "
                       "https://search.example.net/?site=example.org (302 sites/new/_redirects:8) [verify.reaches]"])

    # netlify.toml and an nginx map, given with --redirects.
    report_more = os.path.join(work, "report-more.json")
    expect("netlify-toml-and-nginx", run(folio, work, "--old", "sites/old-more.txt", "--new", "sites/new",
                                         "--redirects", "sites/netlify.toml", "--redirects",
                                         "sites/nginx-redirects.conf", BASE, "--report", report_more), 0,
           ["folio verify: 4 old URLs: 4 reach a page, 0 fail; 7 pages, 25 links checked (2 external, "
            "not fetched), 0 broken; 11 redirect rules"])
    with open(report_more, encoding="utf-8") as f:
        vias = [[hop["via"] for hop in entry["redirects"]] for entry in json.load(f)["old_urls"]]
    if vias != [["sites/netlify.toml:9"], ["sites/nginx-redirects.conf:4"], ["sites/nginx-redirects.conf:5"],
                ["sites/nginx-redirects.conf:10"]]:
        fail(f"netlify-toml-and-nginx: went through {vias}")

    # Old URLs the new site lost, each with why: no rule, a rule to nowhere (case-sensitive),
    # a page that is not there as .html, a rule that says 410, a loop.
    rules = "sites/more.redirects"
    expect("list-fails", run(folio, work, "--old", "sites/old-broken.txt", "--new", "sites/new",
                             "--redirects", rules, BASE), 1, [
        "/2018/01/02/forgotten.html: error: reaches no page: no file and no redirect for "
        "'/2018/01/02/forgotten.html' [verify.old-url]",
        "/blog/2019/05/06/Hello-World.html: error: reaches no page: /blog/2019/05/06/Hello-World.html -> "
        "/posts/2019/05/06/Hello-World.html (301 sites/new/_redirects:3), where there is no file and no "
        "redirect [verify.old-url]",
        "/posts/hello-world.html: error: reaches no page: no file and no redirect for "
        "'/posts/hello-world.html' [verify.old-url]",
        f"/gone-for-good: error: reaches no page: answered 410 by {rules}:3 [verify.old-url]",
        f"/loop-a: error: redirect loop: /loop-a -> /loop-b (301 {rules}:1) -> /loop-a/ (301 {rules}:2) "
        f"-> /loop-b (301 {rules}:1) [verify.old-url]",
        "folio verify: 5 old URLs: 0 reach a page, 5 fail; 7 pages, 25 links checked (2 external, "
        "not fetched), 0 broken; 9 redirect rules",
    ])
    expect("list-fails-quiet", run(folio, work, "-q", "--old", "sites/old-broken.txt", "--new", "sites/new",
                                   "--redirects", rules, BASE), 1,
           stderr_has=["/loop-a: error: redirect loop"])
    rc, _, stderr = run(folio, work, "--quiet", "--old", "sites/old-broken.txt", "--new", "sites/new", BASE)
    if "folio verify:" in stderr:
        fail(f"--quiet printed the summary:\n{stderr}")

    # A built copy of the old site: its pages are the old URLs. Two are lost until the old
    # host's .htaccess rules are given.
    expect("old-folder-fails", run(folio, work, "--old", "sites/old", "--new", "sites/new", BASE), 1, [
        "/2019/05/06/gone-post.html: error: reaches no page: no file and no redirect for "
        "'/2019/05/06/gone-post.html' [verify.old-url]",
        "/about/: error: reaches no page: no file and no redirect for '/about/' [verify.old-url]",
        "folio verify: 3 old URLs: 1 reach a page, 2 fail; 7 pages, 25 links checked (2 external, "
        "not fetched), 0 broken; 6 redirect rules",
    ])
    expect("old-folder-with-htaccess", run(folio, work, "--old", "sites/old", "--new", "sites/new",
                                           "--redirects", "sites/apache.htaccess", BASE), 0,
           ["folio verify: 3 old URLs: 3 reach a page, 0 fail; 7 pages, 25 links checked (2 external, "
            "not fetched), 0 broken; 8 redirect rules"])

    # Links inside the site: a copy with a broken link, image and fragment.
    broken = os.path.join(work, "broken")
    shutil.copytree(os.path.join(work, "sites", "new"), broken)
    page = os.path.join(broken, "posts", "second-post", "index.html")
    with open(page, encoding="utf-8") as f:
        html = f.read()
    html = html.replace('<a href="/posts/hello-world/#hello-world">',
                        '<a href="/posts/hello-world/#no-such-heading">')
    html = html.replace("<h2 id=\"part-two\">Part two</h2>",
                        "<h2 id=\"part-two\">Part two</h2>\n<img src=\"../../images/lost.png\" alt=\"\">"
                        " <a href=\"/posts/third-post/\">next</a>")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    expect("links-fail", run(folio, work, "--new", "broken", BASE), 1, [
        "broken/posts/second-post/index.html:7:20: error: broken fragment "
        "'/posts/hello-world/#no-such-heading': no id 'no-such-heading' in posts/hello-world/index.html "
        "[verify.broken-fragment]",
        "    <p>Back to <a href=\"/posts/hello-world/#no-such-heading\">the first</a>.</p>",
        "                       ^",
        "broken/posts/second-post/index.html:9:10: error: broken image '../../images/lost.png' "
        "[verify.broken-link]",
        "    <img src=\"../../images/lost.png\" alt=\"\"> <a href=\"/posts/third-post/\">next</a>",
        "             ^",
        "broken/posts/second-post/index.html:9:50: error: broken link '/posts/third-post/' "
        "[verify.broken-link]",
        "    <img src=\"../../images/lost.png\" alt=\"\"> <a href=\"/posts/third-post/\">next</a>",
        "                                                     ^",
        "folio verify: 7 pages, 27 links checked (2 external, not fetched), 3 broken; 6 redirect rules",
    ])

    # A CSV of old -> new URLs (as `folio migrate` writes one): each old URL must reach the
    # page of its new one. /second reaches a page, but not that one.
    expect("csv-old-to-new", run(folio, work, "--old", "sites/old-to-new.csv", "--new", "sites/new", BASE), 1, [
        "https://old.example.org/second: error: reaches posts/second-post/index.html, not "
        "posts/hello-world/index.html, the page of its new URL '/posts/hello-world/' (listed at "
        "sites/old-to-new.csv:4) [verify.old-url]",
        "folio verify: 3 old URLs: 2 reach a page, 1 fail; 7 pages, 25 links checked (2 external, "
        "not fetched), 0 broken; 6 redirect rules",
    ])

    # Usage errors exit 2.
    expect("usage-no-new", run(folio, work, "--old", "sites/old-sitemap.xml"), 2,
           stderr_has=["--new is required"])
    expect("usage-no-folder", run(folio, work, "--new", "nowhere"), 2,
           ["nowhere: error: no such folder (the built new site) [verify.site]"])
    expect("usage-base-url", run(folio, work, "--new", "sites/new", "--base-url", "example.org"), 2,
           stderr_has=["--base-url must be an absolute http(s) URL"])
    # An input it cannot read means it cannot say every URL reaches: exit 1.
    expect("unreadable-sitemap", run(folio, work, "--old", "sites/none.xml", "--new", "sites/new", BASE), 1,
           stderr_has=["sites/none.xml: error: cannot read the old site's URLs [verify.old-urls]",
                       "1 input error"])

    if problems:
        print(f"{len(problems)} problems")
        return 1
    print("verify: all cases pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
