#!/usr/bin/python3
"""Engine syntax shown right in every output, and kept for Hugo.

    engine_syntax.py --folio FOLIO --epubcheck JAR --vnu JAR --hugo HUGO --work DIR

Reads hugo-blog/ (figure, youtube, vimeo, gist, highlight, ref, relref, param, notice,
details, an escaped shortcode in a fence, and an unknown `tabs` wrapping a script) and
jekyll-blog/ (post_url, link, site.baseurl, highlight, comment, raw, an unknown include), next
to this script, and checks:
  * `folio epub`: epubcheck reports nothing; each chapter shows what the engine renders;
  * `folio html`: the Nu checker reports no error on any page; `ref`, `post_url` and `link`
    reach the article's page;
  * `folio feed` (atom, rss, json): every item's content the same way;
  * in none of them, outside code, a `{{<`, `{%`, `{{ site.` or `{{ page.`, and no script or
    other markup from inside the unknown shortcode (it is there as text);
  * the unknown calls are warnings with file:line:col;
  * `folio hugo` writes every shortcode as written, and Hugo builds the result into pages with
    the video embedded, the `ref` resolved and the escaped shortcode shown in its code block;
  * `folio hugo` on the Jekyll posts translates their Liquid into Hugo's syntax in place (every
    line without Liquid copied), warns at 25:1 about the include it cannot translate, and Hugo
    builds the result with `post_url` and `link` reaching the post.
Exits 1 on any failure.
"""

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
HUGO_POSTS = os.path.join(HERE, "hugo-blog", "content", "posts")
JEKYLL_POSTS = os.path.join(HERE, "jekyll-blog", "_posts")
STATIC = os.path.join(HERE, "hugo-blog", "static")
problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
        print(f"FAIL {message}")


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def outside_code(markup):
    """The markup without what code blocks and spans hold, where engine syntax is shown on
    purpose (an escaped shortcode, a template sample)."""
    markup = re.sub(r"<pre\b.*?</pre>", "", markup, flags=re.S)
    return re.sub(r"<code\b.*?</code>", "", markup, flags=re.S)


LEAKS = ["{{<", "{{&lt;", "{{%", "{%", "{{ site.", "{{ page."]


def without_highlighting(markup):
    """`markup` without the spans of highlighted code, as its text reads."""
    return re.sub(r'<span class="hl-[a-z]+">(.*?)</span>', r"\1", markup, flags=re.S)


def article_body(page):
    """The article's own body in a site page: not the page's JSON-LD or its copy-button script."""
    start = page.index('<div class="post-body">')
    return page[start:page.index("</article>", start)]


def check_rendered(name, markup, article):
    """`markup`: the HTML of one article as an output shows it (entities as written)."""
    markup = without_highlighting(markup)
    prose = outside_code(markup)
    if article == "liquid":
        # What `{% raw %}` holds is shown as written, on purpose.
        prose = prose.replace("{{ page.title }}", "", 1)
    for leak in LEAKS:
        check(leak not in prose, f"{name}: {leak!r} leaks into the text")
    check("<script" not in markup, f"{name}: a script from inside an unknown shortcode is live")
    if article == "shortcodes":
        check("&lt;script&gt;alert(" in markup, f"{name}: the unknown shortcode's text is missing")
        check('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in markup and
              "A talk about static sites</a>" in markup, f"{name}: youtube is not a titled link")
        check("https://vimeo.com/146022717" in markup, f"{name}: vimeo is not a link")
        check("https://gist.github.com/spf13/7896402" in markup, f"{name}: gist is not a link")
        check(re.search(r'<code class="language-go">package main', markup) is not None,
              f"{name}: highlight is not a Go code block")
        check("&lt;strong&gt;not markup&lt;/strong&gt;" in markup,
              f"{name}: the HTML sample inside highlight is not text")
        check('{{&lt; youtube id=&quot;dQw4w9WgXcQ&quot; &gt;}}' in markup or
              '{{&lt; youtube id="dQw4w9WgXcQ" &gt;}}' in markup,
              f"{name}: the escaped shortcode is not shown unescaped in its code block")
        check("That's all for Shortcodes in practice today" in html.unescape(markup),
              f"{name}: param does not render the title")
        check("Before you publish" in markup and "What about drafts?" in markup,
              f"{name}: notice or details lost its label")
        check("Morning light over the water" in markup, f"{name}: the figure's caption is missing")
    if article == "liquid":
        check('<code class="language-ruby">def greet' in markup,
              f"{name}: Liquid highlight is not a Ruby code block")
        check("A note to myself" not in markup, f"{name}: a Liquid comment is shown")
        check("{{ page.title }}" in markup, f"{name}: raw does not show its content")


def check_epub(args, work):
    book = os.path.join(work, "book.epub")
    result = run([args.folio, "epub", HUGO_POSTS, JEKYLL_POSTS, "--static", STATIC,
                  "--title", "Engine syntax", "--author", "Tests", "--language", "en",
                  "-o", book])
    for expected in ["shortcodes-in-practice.md:49:1: warning: shortcode `tabs`",
                     "2023-11-05-liquid-tags.md:25:1: warning: Liquid `include`"]:
        check(expected in result.stderr, f"epub: no warning {expected!r}:\n{result.stderr}")
    report = subprocess.run(["java", "-jar", args.epubcheck, book], capture_output=True, text=True)
    check(report.returncode == 0 and "0 fatals / 0 errors / 0 warnings" in report.stdout + report.stderr,
          f"epubcheck:\n{report.stdout}\n{report.stderr}")
    with zipfile.ZipFile(book) as z:
        chapters = {n: z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")}
        images = [n for n in z.namelist() if "/images/" in n]
    shortcodes = next(t for n, t in chapters.items() if "shortcodes-in-practice" in n)
    liquid = next(t for n, t in chapters.items() if "liquid-tags" in n)
    check_rendered("epub", shortcodes, "shortcodes")
    check_rendered("epub", liquid, "liquid")
    check(re.search(r'<a href="0\d+-packaging-notes\.xhtml">on packaging</a>', shortcodes),
          "epub: ref does not link to the chapter")
    check(re.search(r'<a href="0\d+-first-post\.xhtml">post_url</a>', liquid),
          "epub: post_url does not link to the chapter")
    check(len(images) == 1, f"epub: the figure's and site.baseurl's image is not embedded once: {images}")
    print(f"epub: {len(chapters)} documents, epubcheck clean")


def check_site(args, work):
    site = os.path.join(work, "site")
    run([args.folio, "html", HUGO_POSTS, JEKYLL_POSTS, "--static", STATIC, "--title", "Engine",
         "--base-url", "https://example.org/", "-o", site])
    pages = []
    for root, _, files in os.walk(site):
        pages += [os.path.join(root, f) for f in files if f.endswith(".html")]
    result = subprocess.run(["java", "-jar", args.vnu, "--errors-only", *pages],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"vnu on {len(pages)} pages:\n{result.stderr}")
    shown = {}
    for slug, article in [("shortcodes-in-practice", "shortcodes"), ("liquid-tags", "liquid")]:
        with open(os.path.join(site, "posts", slug, "index.html"), encoding="utf-8") as f:
            shown[article] = f.read()
        check_rendered(f"html {slug}", article_body(shown[article]), article)
    check('<a href="../../posts/packaging-notes/index.html">on packaging</a>' in shown["shortcodes"],
          "html: ref does not link to the article's page")
    check('<a href="../../posts/first-post/index.html">post_url</a>' in shown["liquid"]
          and '<a href="../../posts/first-post/index.html">link</a>' in shown["liquid"],
          "html: post_url or link does not link to the article's page")
    print(f"html: {len(pages)} pages, Nu checker clean")


def check_feeds(args, work):
    for kind in ["atom", "rss", "json"]:
        out = os.path.join(work, f"feed.{kind}")
        run([args.folio, "feed", HUGO_POSTS, JEKYLL_POSTS, "--format", kind, "--content", "full",
             "--base-url", "https://example.org/", "-o", out])
        with open(out, encoding="utf-8") as f:
            text = f.read()
        if kind == "json":
            items = json.loads(text)["items"]
            contents = {i["url"]: i.get("content_html", "") for i in items}
        else:
            root = ET.fromstring(text)
            contents = {}
            for element in root.iter():
                tag = element.tag.split("}")[-1]
                if tag in ("content", "description", "encoded") and element.text:
                    contents[len(contents)] = element.text
        shortcodes = [c for c in contents.values() if "Before you publish" in c]
        liquid = [c for c in contents.values() if "def greet" in without_highlighting(c)]
        check(len(shortcodes) == 1 and len(liquid) == 1, f"feed {kind}: items not found")
        # Inside the feed document the HTML is one escaped string; parsed, it is markup again.
        for markup in shortcodes:
            check_rendered(f"feed {kind}", markup, "shortcodes")
        for markup in liquid:
            check_rendered(f"feed {kind}", markup, "liquid")
    print("feeds: atom, rss, json checked")


def check_hugo(args, work):
    site = os.path.join(work, "hugo-site")
    shutil.copytree(os.path.join(HERE, "hugo-site"), site)
    shutil.copytree(STATIC, os.path.join(site, "static"))
    run([args.folio, "hugo", HUGO_POSTS, "--static", STATIC, "-o", os.path.join(site, "content")])
    written = os.path.join(site, "content", "posts", "shortcodes-in-practice", "index.md")
    with open(written, encoding="utf-8") as f:
        body = f.read().split("+++", 2)[2]
    with open(os.path.join(HUGO_POSTS, "shortcodes-in-practice.md"), encoding="utf-8") as f:
        source = f.read().split("---", 2)[2]
    # Only what moved into the page bundle may differ: a figure's `src`, now a file of the bundle.
    bundle = os.path.dirname(written)
    moved = re.compile(r'src="([^"]*)"')
    same = len(body.strip().splitlines()) == len(source.strip().splitlines())
    for a, b in zip(source.strip().splitlines(), body.strip().splitlines()):
        if a != b and (moved.sub("", a) != moved.sub("", b) or not all(
                os.path.isfile(os.path.join(bundle, m)) for m in moved.findall(b))):
            same = False
    check(same, "hugo: the body with shortcodes was not written as it was")
    result = subprocess.run([args.hugo, "--source", site, "-d", os.path.join(site, "public")],
                            capture_output=True, text=True)
    check(result.returncode == 0 and "ERROR" not in result.stderr + result.stdout,
          f"hugo build:\n{result.stdout}\n{result.stderr}")
    page = os.path.join(site, "public", "posts", "shortcodes-in-practice", "index.html")
    if not os.path.exists(page):
        check(False, "hugo: the page with shortcodes was not built")
        return
    with open(page, encoding="utf-8") as f:
        built = f.read()
    check("youtube.com/embed/dQw4w9WgXcQ" in built, "hugo: youtube not embedded")
    check('href="https://example.org/posts/packaging-notes/"' in built, "hugo: ref not resolved")
    check("{{&lt;" in built and "youtube</span>" in built,
          "hugo: the escaped shortcode is not shown in its code block")
    check('class="notice"' in built and "<details>" in built, "hugo: theme shortcodes not run")
    print("hugo: the converted blog builds with Hugo")


def check_jekyll_to_hugo(args, work):
    """`folio hugo` on Jekyll posts: Liquid with a Hugo equivalent is translated in place,
    the rest of each body stays byte for byte, what is left is a warning, and Hugo builds it."""
    site = os.path.join(work, "jekyll-to-hugo")
    shutil.copytree(os.path.join(HERE, "hugo-site"), site)
    result = run([args.folio, "hugo", JEKYLL_POSTS, "--from", "jekyll",
                  "-o", os.path.join(site, "content")])
    check("2023-11-05-liquid-tags.md:25:1: warning: Liquid tag `include` has no Hugo equivalent"
          in result.stderr and "[migrate.syntax.untranslated]" in result.stderr,
          f"jekyll to hugo: the untranslated include is not warned at its place:\n{result.stderr}")
    written = os.path.join(site, "content", "posts", "liquid-tags", "index.md")
    with open(written, encoding="utf-8") as f:
        body = f.read().split("+++", 2)[2].strip().splitlines()
    with open(os.path.join(JEKYLL_POSTS, "2023-11-05-liquid-tags.md"), encoding="utf-8") as f:
        source = f.read().split("---", 2)[2].strip().splitlines()
    # Only lines holding Liquid may change.
    check(len(body) == len(source) and all(
        a == b or "{%" in a or "{{" in a for a, b in zip(source, body)),
        "jekyll to hugo: a line without Liquid changed")
    check(sum("{%" in line for line in body) == 1,
          "jekyll to hugo: Liquid with a Hugo equivalent was left")
    result = subprocess.run([args.hugo, "--source", site, "-d", os.path.join(site, "public")],
                            capture_output=True, text=True)
    check(result.returncode == 0 and "ERROR" not in result.stderr + result.stdout,
          f"jekyll to hugo: hugo build:\n{result.stdout}\n{result.stderr}")
    page = os.path.join(site, "public", "posts", "liquid-tags", "index.html")
    if not os.path.exists(page):
        check(False, "jekyll to hugo: the page with Liquid was not built")
        return
    with open(page, encoding="utf-8") as f:
        built = f.read()
    shown = re.sub(r"<!--.*?-->", "", built, flags=re.S)
    check(built.count('href="https://example.org/posts/first-post/"') == 2,
          "jekyll to hugo: post_url and link do not reach the post")
    check('class="highlight"' in built and "greet" in built, "jekyll to hugo: highlight not run")
    check("A note to myself" not in shown, "jekyll to hugo: the comment is shown")
    check("{{ page.title }}" in shown and "{% raw" not in shown,
          "jekyll to hugo: raw content not shown as written")
    check('src="/images/harbour.png"' in built, "jekyll to hugo: site.baseurl not removed")
    print("jekyll to hugo: Liquid translated, the rest copied, Hugo builds it")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--vnu", required=True)
    parser.add_argument("--hugo", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    check_epub(args, args.work)
    check_site(args, args.work)
    check_feeds(args, args.work)
    check_hugo(args, args.work)
    check_jekyll_to_hugo(args, args.work)
    if problems:
        sys.exit(f"{len(problems)} problem(s)")
    print("engine syntax: every output checked")


if __name__ == "__main__":
    main()
