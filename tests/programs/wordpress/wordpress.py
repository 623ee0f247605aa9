#!/usr/bin/python3
"""WordPress WXR import end to end, on blog.xml (written by make_fixture.py):

- every post, page and draft of the export read by `folio inspect`, compared field by field
  with the export as Python's own XML parser reads it (title, exact date, slug, categories,
  tags, author, summary, featured image, status);
- the export split in two parts as `wp export --max_file_size` does, the attachments in the
  other part: read in one run in either order, every featured image still found;
- the copy cut off inside an item: an error at the item's line and column, every item before
  it still read;
- an unknown shortcode: a warning at its line in the export;
- `folio migrate --to hugo|jekyll --site`: built by real Hugo and Jekyll with no warning, then
  `folio verify` of every published post's and page's old URL (their `link`) against each;
- `--media`: every image the posts show is copied from the fixture's media folder (resized
  variants fall back to their original, an `srcset` keeps only what exists), every image in the
  built sites resolves, and the one image the folder lacks is a warning and in `--report`;
- `--fetch-images`: the same images downloaded from the old site (a server of the test's own on
  127.0.0.1) once, into the image cache, then copied as from the media folder;
- comments: the approved ones of each post in `_comments/<slug>.json` with their thread, without
  e-mail or IP addresses; spam, trash and unmoderated ones nowhere; none in the built site;
- Ghost's `/content/images/...` (tests/formats/ghost/data/ghost5.json) copied from `--media` the
  same way, a file named `.jpg` that holds HTML refused and said;
- `folio html --media`: the static site shows the same images, copied beside each page;
- the `?p=ID` form of every published post's old URL, served by Debian's nginx and Apache with
  the rules `--redirects nginx,apache` wrote: a 301 to the post's new page, which is there;
- posts named in Japanese, Russian and Persian (`%e6%97%a5...`) keep their decoded names, and
  the pages (one named in Japanese) go where each engine keeps pages: in the Hugo, Jekyll,
  Eleventy and Astro builds each is at its old address or redirected from it to a page of that
  name, and `folio verify` reaches every old URL;
- `folio epub`: epubcheck finds nothing (0 fatal, 0 errors, 0 warnings).

    wordpress.py --folio FOLIO --fixtures DIR --builder build_engine_site.py --work DIR
"""

import argparse
import datetime
import html
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET

NS = {"wp": "http://wordpress.org/export/1.2/",
      "content": "http://purl.org/rss/1.0/modules/content/",
      "excerpt": "http://wordpress.org/export/1.2/excerpt/",
      "dc": "http://purl.org/dc/elements/1.1/"}
SITE_URL = "https://new.example.org/"


def run(command, **kwargs):
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, **kwargs)


def wp(item, name):
    node = item.find(name, NS)
    return "" if node is None or node.text is None else node.text.strip()


def exact_date(local, gmt):
    """RFC 3339 of WordPress's pair, as folio writes it: local time, offset from the difference."""
    if gmt.startswith("0000"):
        return None
    a = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    b = datetime.datetime.strptime(gmt, "%Y-%m-%d %H:%M:%S")
    minutes = int((a - b).total_seconds() // 60)
    if minutes == 0:
        return a.strftime("%Y-%m-%dT%H:%M:%SZ")
    sign = "+" if minutes > 0 else "-"
    return a.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def expected_posts(path):
    """What the export says of each post and page, read independently of folio."""
    channel = ET.parse(path).getroot().find("channel")
    authors = {wp(a, "wp:author_login"): wp(a, "wp:author_display_name")
               for a in channel.findall("wp:author", NS)}
    items = channel.findall("item")
    media = {wp(i, "wp:post_id"): wp(i, "wp:attachment_url") for i in items
             if wp(i, "wp:post_type") == "attachment"}
    out = []
    for item in items:
        if wp(item, "wp:post_type") not in ("post", "page"):
            continue
        meta = {wp(m, "wp:meta_key"): wp(m, "wp:meta_value") for m in item.findall("wp:postmeta", NS)}
        status = wp(item, "wp:status")
        out.append({
            "id": wp(item, "wp:post_id"),
            "title": wp(item, "title"),
            "date": exact_date(wp(item, "wp:post_date"), wp(item, "wp:post_date_gmt")),
            "draft": status != "publish",
            "status": status,
            "name": wp(item, "wp:post_name"),
            "categories": [c.text for c in item.findall("category") if c.get("domain") == "category"],
            "tags": [c.text for c in item.findall("category") if c.get("domain") == "post_tag"],
            "author": authors[wp(item, "dc:creator")],
            "summary": wp(item, "excerpt:encoded"),
            "cover": media.get(meta.get("_thumbnail_id", ""), None),
            "link": wp(item, "link"),
            "page": wp(item, "wp:post_type") == "page",
        })
    return out


def expected_slug(post):
    """The post's name as its old URL holds it, decoded: `%e6%97%a5...` is `日...`, kept."""
    name = urllib.parse.unquote(post["name"])
    if name:
        return name
    # A draft: from its title.
    return re.sub(r"[^a-z0-9]+", "-", post["title"].lower()).strip("-")


def check_fields(args, export):
    problems = []
    read = run([args.folio, "inspect", "--no-positions", export], capture_output=True, text=True)
    if read.returncode != 0:
        return [f"inspect exited {read.returncode}: {read.stderr}"]
    articles = {a["meta"]["extra"]["wordpress_id"]["value"]: a
                for a in json.loads(read.stdout)["articles"]}
    posts = expected_posts(export)
    if len(articles) != len(posts):
        problems.append(f"{len(articles)} articles read, the export has {len(posts)} posts and pages")
    for post in posts:
        article = articles.get(post["id"])
        if article is None:
            problems.append(f"post {post['id']} ({post['title']}) missing")
            continue
        meta = article["meta"]
        # The double-encoded post's title is compared repaired.
        title = post["title"].encode("cp1252").decode("utf-8") if "â€" in post["title"] else post["title"]
        got = {
            "title": meta["title"],
            "date": meta["date"]["value"] if meta["date"] else None,
            "draft": meta["draft"],
            "status": meta["extra"]["status"]["value"],
            "slug": article["slug"],
            "categories": meta["categories"],
            "tags": meta["tags"],
            "author": meta["authors"][0] if meta["authors"] else None,
            "summary": meta["summary"],
            "cover": meta["cover"]["source"] if meta["cover"] else None,
            "section": article["source"]["path"].split("/")[-2],
        }
        want = {
            "title": title, "date": post["date"], "draft": post["draft"], "status": post["status"],
            "slug": expected_slug(post), "categories": post["categories"], "tags": post["tags"],
            "author": post["author"], "summary": post["summary"], "cover": post["cover"],
            "section": "pages" if post["page"] else "posts",
        }
        for key in want:
            if got[key] != want[key]:
                problems.append(f"post {post['id']} {key}: folio {got[key]!r}, export {want[key]!r}")
    if os.path.basename(export) == "blog.xml" and "blog.xml:105:1: warning: shortcode [contact-form]" not in read.stderr:
        problems.append("the unknown shortcode is not reported at its line:\n" + read.stderr)
    return problems


def check_split(args, export):
    """The posts in one part, the attachments (featured images among them) in the other."""
    text = open(export, encoding="utf-8").read()
    head, rest = text.split("\n\t<item>", 1)
    items = ["\n\t<item>" + i for i in ("\n\t<item>" + rest).split("\n\t<item>")[1:]]
    items[-1] = items[-1].replace("\n</channel>\n</rss>\n", "")
    tail = "\n</channel>\n</rss>\n"
    media = [i for i in items if "[attachment]]></wp:post_type>" in i]
    posts = [i for i in items if i not in media]
    work = os.path.join(args.work, "split")
    os.makedirs(work, exist_ok=True)
    parts = []
    for name, chosen in (("blog.000.xml", posts), ("blog.001.xml", media)):
        parts.append(os.path.join(work, name))
        with open(parts[-1], "w", encoding="utf-8") as f:
            f.write(head + "".join(chosen) + tail)
    want = {p["id"]: p["cover"] for p in expected_posts(export)}
    problems = []
    for order in (parts, parts[::-1]):
        read = run([args.folio, "inspect", "--no-positions"] + order, capture_output=True, text=True)
        got = {a["meta"]["extra"]["wordpress_id"]["value"]: (a["meta"]["cover"] or {}).get("source")
               for a in json.loads(read.stdout)["articles"]}
        if got != want:
            problems.append(f"split export ({', '.join(map(os.path.basename, order))}): covers {got}, expected {want}")
    return problems


def check_truncated(args):
    export = os.path.join(args.fixtures, "blog-truncated.xml")
    read = run([args.folio, "inspect", "--no-positions", export], capture_output=True, text=True)
    problems = []
    if read.returncode != 1:
        problems.append(f"truncated export: exit {read.returncode}, expected 1")
    if not re.search(r"blog-truncated\.xml:\d+:2: error: this item never ends .*\[wordpress\.truncated\]", read.stderr):
        problems.append("truncated export: no error at the cut item:\n" + read.stderr)
    ids = [a["meta"]["extra"]["wordpress_id"]["value"] for a in json.loads(read.stdout)["articles"]]
    if ids != ["1", "2", "3", "4"]:
        problems.append(f"truncated export: posts read {ids}, expected those before the cut")
    return problems


LOST = "https://old.example.com/wp-content/uploads/2020/01/lost.png"


def check_images(engine, built, stderr, report):
    """Every image of the built site resolves to a file; only the one the media folder lacks
    still points at the old site, and it is warned about and reported."""
    problems = []
    if f"image '{LOST}' does not exist" not in stderr:
        problems.append(f"{engine}: no warning for the missing image:\n{stderr}")
    missing = [m for a in report["articles"] for m in a["files_missing"]]
    if not any(m.endswith("media/2020/01/lost.png") for m in missing):
        problems.append(f"{engine}: the missing image is not in the report: {missing}")
    shown = 0
    for folder, _, files in os.walk(built):
        for name in files:
            if not name.endswith(".html"):
                continue
            page = open(os.path.join(folder, name), encoding="utf-8").read()
            urls = re.findall(r'<img[^>]*?\ssrc="([^"]+)"', page)
            for srcset in re.findall(r'srcset="([^"]+)"', page):
                urls += [c.split()[0] for c in srcset.split(",") if c.strip()]
            if "harbour-300x200" in page:
                problems.append(f"{engine}: {name}: the missing resized harbour is still named")
            for url in urls:
                if url == LOST:
                    continue
                if "old.example.com" in url:
                    problems.append(f"{engine}: {os.path.relpath(folder, built)}: {url} left on the old site")
                    continue
                path = url[len(SITE_URL) - 1:] if url.startswith(SITE_URL) else url
                file = os.path.join(built, path.lstrip("/")) if path.startswith("/") else \
                    os.path.join(folder, path)
                shown += 1
                if not os.path.isfile(file):
                    problems.append(f"{engine}: {url} in {os.path.relpath(folder, built)} resolves to nothing")
    if shown < 5:
        problems.append(f"{engine}: only {shown} local images in the built site")
    return problems


def check_engine(args, export, engine):
    work = os.path.join(args.work, engine)
    shutil.rmtree(work, ignore_errors=True)
    site, built = os.path.join(work, "site"), os.path.join(work, "built")
    report = os.path.join(work, "report.json")
    migrated = run([args.folio, "migrate", export, "-o", site, "--to", engine, "--site",
                    "--base-url", SITE_URL, "--media", os.path.join(args.fixtures, "media"),
                    "--report", report, "--redirects", "engine,nginx,apache,csv"],
                   capture_output=True, text=True)
    print(migrated.stderr)
    if migrated.returncode != 0:
        return [f"migrate --to {engine} exited {migrated.returncode}"]
    if run([sys.executable, args.builder, engine, site, built]).returncode != 0:
        return [f"{engine} did not build the imported site cleanly"]
    with open(report, encoding="utf-8") as f:
        problems = check_images(engine, built, migrated.stderr, json.load(f))
    problems += check_comments(engine, site, built)
    problems += check_named_pages(engine, export, site, built)
    old = os.path.join(work, "old-urls.txt")
    with open(old, "w") as f:
        for post in expected_posts(export):
            if not post["draft"]:
                f.write(post["link"].replace("https://old.example.com", "") + "\n")
    verified = run([args.folio, "verify", "--old", old, "--new", built, "--base-url", SITE_URL])
    if verified.returncode != 0:
        problems.append(f"{engine}: folio verify exited {verified.returncode}")
    if engine == "hugo":
        problems += check_query_urls(work, built, expected_posts(export))
    return problems


# The posts and pages whose names are in another script, and the pages: each must be built at
# its old address, decoded (`/2020/06/日本語/`), or redirected from it. A page must be where the
# engine keeps pages, not among the posts.
NAMED = {"6": ("日本語", "日本語の本文です"), "7": ("привет", "Это русский текст"),
         "12": ("سلام-دنیا", "فارسی"), "9": ("about", "Who we are"), "13": ("会社概要", "私たちについて")}
PAGE_FILES = {"hugo": "content/{}.md", "jekyll": "{}.md", "eleventy": "{}.md",
              "astro": "src/pages/{}.md"}


def check_named_pages(engine, export, site, built):
    problems = []
    posts = {p["id"]: p for p in expected_posts(export)}
    for post_id, (slug, words) in NAMED.items():
        post = posts[post_id]
        if post["page"]:
            source = os.path.join(site, PAGE_FILES[engine].format(slug))
            if not os.path.isfile(source):
                problems.append(f"{engine}: the page {slug!r} is not at {os.path.relpath(source, site)}")
        old = urllib.parse.unquote(urllib.parse.urlsplit(post["link"]).path)
        page = os.path.join(built, old.strip("/"), "index.html")
        text = open(page, encoding="utf-8").read() if os.path.isfile(page) else ""
        # Either the page itself at its old address (no redirect needed), or a redirect from it
        # to a page at the slug, which folio verify follows below.
        redirect = re.search(r'http-equiv="?refresh"?[^>]*url=([^"\'>]+)', text, re.IGNORECASE)
        if redirect:
            target = urllib.parse.unquote(urllib.parse.urlsplit(html.unescape(redirect.group(1))).path)
            if not target.rstrip("/").endswith("/" + slug):
                problems.append(f"{engine}: {old} redirects to {target}, not to a page named {slug!r}")
        elif words not in text:
            problems.append(f"{engine}: no page for {post['title']!r} at {old} ({page})")
    return problems


def check_other_engines(args, export):
    """Eleventy and Astro: the named posts and pages only (Hugo and Jekyll get every check)."""
    problems = []
    for engine in ("eleventy", "astro"):
        work = os.path.join(args.work, engine)
        shutil.rmtree(work, ignore_errors=True)
        site, built = os.path.join(work, "site"), os.path.join(work, "built")
        migrated = run([args.folio, "migrate", export, "-o", site, "--to", engine, "--site",
                        "--base-url", SITE_URL, "--redirects", "engine"], capture_output=True, text=True)
        print(migrated.stderr)
        if migrated.returncode != 0:
            problems.append(f"migrate --to {engine} exited {migrated.returncode}")
            continue
        if run([sys.executable, args.builder, engine, site, built]).returncode != 0:
            problems.append(f"{engine} did not build the imported site cleanly")
            continue
        problems += check_named_pages(engine, export, site, built)
        old = os.path.join(work, "old-urls.txt")
        with open(old, "w") as f:
            for post in expected_posts(export):
                if not post["draft"]:
                    f.write(post["link"].replace("https://old.example.com", "") + "\n")
        verified = run([args.folio, "verify", "--old", old, "--new", built, "--base-url", SITE_URL])
        if verified.returncode != 0:
            problems.append(f"{engine}: folio verify exited {verified.returncode}")
    return problems


def check_comments(engine, site, built):
    problems = []
    folder = os.path.join(site, "_comments")
    files = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    if files != ["hello-world.json"]:
        return [f"{engine}: comment files {files}, expected hello-world.json only"]
    with open(os.path.join(folder, files[0]), encoding="utf-8") as f:
        kept = json.load(f)["comments"]
    got = [(c["id"], c.get("parent"), c["author"], c["content"]) for c in kept]
    want = [("1", None, "Reader One", "Nice post!"), ("3", "1", "Alice Archer", "Thank you!")]
    if got != want:
        problems.append(f"{engine}: comments {got}, expected {want}")
    for root in (site, built):
        for here, _, names in os.walk(root):
            for name in names:
                with open(os.path.join(here, name), "rb") as f:
                    data = f.read()
                for secret in (b"reader@example.net", b"192.0.2.7", b"198.51.100.4", b"Buy pills",
                               b"Removed later", b"Not yet moderated"):
                    if secret in data:
                        problems.append(f"{engine}: {secret.decode()} in {os.path.relpath(os.path.join(here, name), root)}")
        if root == built and any("Nice post!" in open(os.path.join(h, n), errors="replace").read()
                                 for h, _, ns in os.walk(built) for n in ns if n.endswith((".html", ".json", ".xml"))):
            problems.append(f"{engine}: a comment is published in the built site")
    return problems


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    """(status, Location, body) of one GET, redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": "old.example.com"})
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def nginx_command(work, built, port):
    config = os.path.join(work, "nginx.conf")
    with open(config, "w") as f:
        f.write(f"pid {work}/nginx.pid;\nerror_log {work}/nginx-error.log;\nevents {{}}\n"
                f"http {{\n  access_log off;\n  include {built}/nginx-redirects.conf;\n"
                f"  server {{\n    listen 127.0.0.1:{port};\n    root {built};\n"
                f"    include {built}/nginx-redirects-server.conf;\n  }}\n}}\n")
    return ["/usr/sbin/nginx", "-p", work, "-c", config, "-g", "daemon off;"]


def apache_command(work, built, port):
    modules = "/usr/lib/apache2/modules/"
    config = os.path.join(work, "httpd.conf")
    with open(config, "w") as f:
        f.write(f'ServerRoot "{work}"\nListen 127.0.0.1:{port}\nPidFile {work}/httpd.pid\n'
                f"ErrorLog {work}/apache-error.log\nDefaultRuntimeDir {work}\n"
                + "".join(f"LoadModule {m}_module {modules}mod_{m}.so\n"
                          for m in ("mpm_event", "authz_core", "alias", "dir", "rewrite"))
                + f"User nobody\nGroup nogroup\nServerName old.example.com\n"
                f'DocumentRoot "{built}"\nDirectoryIndex index.html\n'
                f'<Directory "{built}">\n  AllowOverride FileInfo\n  Require all granted\n'
                f"</Directory>\n")
    return ["/usr/sbin/apache2", "-f", config, "-X"]


def check_query_urls(work, built, posts):
    """Each published post's `/?p=ID` through a real server: 301 to a page that is there."""
    servers = [(name, make) for name, make, program in
               (("nginx", nginx_command, "/usr/sbin/nginx"),
                ("apache", apache_command, "/usr/sbin/apache2")) if os.path.exists(program)]
    if not servers:
        print("note: neither nginx nor apache2 is installed: the ?p=ID redirects are not served")
        return []
    for folder, _, _ in os.walk(work):
        os.chmod(folder, 0o755)
    problems = []
    for name, make in servers:
        port = free_port()
        process = subprocess.Popen(make(work, built, port))
        try:
            for _ in range(100):
                try:
                    get(port, "/")
                    break
                except OSError:
                    time.sleep(0.05)
            for post in posts:
                if post["draft"]:
                    continue
                old = f"/?p={post['id']}"
                status, location, _ = get(port, old + "&utm_source=feed")
                if status != 301 or not location:
                    problems.append(f"{name}: {old} answered {status}, not 301")
                    continue
                path = re.sub(r"^[a-z]+://[^/]+", "", location)
                status, _, body = get(port, path)
                title = post["title"]
                if "â€" in title:  # the double-encoded post, repaired on import
                    title = title.encode("cp1252").decode("utf-8")
                if status != 200 or f"<title>{html.escape(title, quote=False)}" not in body:
                    problems.append(f"{name}: {old} → {location} answered {status}, not the post's page")
                else:
                    print(f"{name}: {old} → 301 {location} → 200")
        finally:
            process.terminate()
            process.wait()
    return problems


def check_fetch(args, export):
    """The images downloaded instead of read from a media folder: the export's old site is a
    server on 127.0.0.1 serving the fixture's media below /wp-content/uploads/."""
    work = os.path.join(args.work, "fetch")
    shutil.rmtree(work, ignore_errors=True)
    root = os.path.join(work, "old-site", "wp-content", "uploads")
    shutil.copytree(os.path.join(args.fixtures, "media", "2020"), os.path.join(root, "2020"))
    shutil.copytree(os.path.join(args.fixtures, "media", "wp-content", "uploads", "2020"),
                    os.path.join(root, "2020"), dirs_exist_ok=True)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", os.path.join(work, "old-site")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                get(port, "/")
                break
            except OSError:
                time.sleep(0.05)
        local_export = os.path.join(work, "blog.xml")
        with open(export, encoding="utf-8") as f, open(local_export, "w", encoding="utf-8") as out:
            out.write(f.read().replace("https://old.example.com/wp-content/",
                                       f"http://127.0.0.1:{port}/wp-content/"))
        site = os.path.join(work, "site")
        migrated = run([args.folio, "migrate", local_export, "-o", site, "--to", "hugo",
                        "--fetch-images", "--allow-private-hosts", "--image-cache",
                        os.path.join(work, "cache")], capture_output=True, text=True)
    finally:
        server.terminate()
        server.wait()
    print(migrated.stderr)
    if migrated.returncode != 0:
        return [f"migrate --fetch-images exited {migrated.returncode}"]
    problems = []
    posts = os.path.join(site, "content", "posts")
    want = {"hello-world": ["featured.jpg", "sunset.jpg"], "blocks-post": ["harbour-1024x683.jpg"],
            "gallery": ["harbour.jpg", "sunset.jpg"]}
    for post, images in want.items():
        got = sorted(n for n in os.listdir(os.path.join(posts, post)) if n != "index.md")
        if got != images:
            problems.append(f"--fetch-images: {post} has {got}, expected {images}")
    if "lost.png' does not exist" not in migrated.stderr:
        problems.append("--fetch-images: the image the old site lacks is not warned about")
    return problems


def check_ghost_media(args):
    export = os.path.join(args.fixtures, "..", "..", "formats", "ghost", "data", "ghost5.json")
    work = os.path.join(args.work, "ghost")
    shutil.rmtree(work, ignore_errors=True)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
    # A backup of Ghost's content/images, whole; one image missing, one only as a resized copy.
    for name, data in (("2024/03/zurich.jpg", jpeg), ("2024/04/a.jpg", jpeg), ("2024/04/b.jpg", jpeg),
                       ("2024/04/c.jpg", jpeg), ("team.png", b"\x89PNG\r\n\x1a\n"),
                       ("2024/03/see.jpg", b"<html>not found</html>")):
        path = os.path.join(work, "media", "content", "images", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    site = os.path.join(work, "site")
    migrated = run([args.folio, "migrate", export, "-o", site, "--to", "hugo", "--media",
                    os.path.join(work, "media")], capture_output=True, text=True)
    print(migrated.stderr)
    copied = sorted(os.path.relpath(os.path.join(h, n), site) for h, _, ns in os.walk(site)
                    for n in ns if n.endswith((".jpg", ".png")))
    problems = []
    for name in ("zurich.jpg", "a.jpg", "b.jpg", "c.jpg", "team.png"):
        if not any(c.endswith("/" + name) for c in copied):
            problems.append(f"ghost --media: {name} not copied (copied: {copied})")
    if any(c.endswith("/see.jpg") for c in copied) or "see.jpg" not in migrated.stderr:
        problems.append("ghost --media: a file named .jpg that holds HTML was copied, or not said")
    if "/content/images/" in "".join(open(os.path.join(h, n), encoding="utf-8").read()
                                     for h, _, ns in os.walk(site) for n in ns if n.endswith(".md")) \
            .replace("/content/images/2024/03/see.jpg", ""):
        problems.append("ghost --media: a /content/images/ reference is left in a migrated post")
    return problems


def check_html_media(args, export):
    site = os.path.join(args.work, "html")
    shutil.rmtree(site, ignore_errors=True)
    built = run([args.folio, "html", export, "-o", site, "--media", os.path.join(args.fixtures, "media")],
                capture_output=True, text=True)
    if built.returncode != 0:
        return [f"folio html --media exited {built.returncode}: {built.stderr}"]
    problems = []
    shown = 0
    for folder, _, names in os.walk(site):
        for name in names:
            if not name.endswith(".html"):
                continue
            page = open(os.path.join(folder, name), encoding="utf-8").read()
            for url in re.findall(r'<img[^>]*?\ssrc="([^"]+)"', page):
                if url == LOST or url.startswith(("http://", "https://")) and "old.example.com" not in url:
                    continue
                if "old.example.com" in url:
                    problems.append(f"folio html --media: {url} left on the old site")
                elif os.path.isfile(os.path.join(folder, url)) or os.path.isfile(os.path.join(site, url.lstrip("/"))):
                    shown += 1
                else:
                    problems.append(f"folio html --media: {url} in {name} resolves to nothing")
    if shown < 5:
        problems.append(f"folio html --media: only {shown} local images shown")
    return problems


def check_epub(args, export):
    book = os.path.join(args.work, "blog.epub")
    made = run([args.folio, "epub", export, "-o", book])
    if made.returncode != 0:
        return [f"epub exited {made.returncode}"]
    checked = run(["java", "-jar", "/usr/share/java/epubcheck.jar", book], capture_output=True, text=True)
    print(checked.stdout, checked.stderr)
    if checked.returncode != 0 or "0 fatals / 0 errors / 0 warnings" not in checked.stdout + checked.stderr:
        if "No errors or warnings detected" not in checked.stdout + checked.stderr:
            return ["epubcheck found problems in the imported book"]
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--builder", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--generated", type=int, default=0,
                        help="compare the fields of a generated export of this many posts only "
                             "(bench/generate_wxr.py), instead of the fixture's checks")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if args.generated:
        export = os.path.join(args.work, f"generated-{args.generated}.xml")
        here = os.path.dirname(os.path.abspath(__file__))
        generator = os.path.join(here, "..", "..", "..", "bench", "generate_wxr.py")
        subprocess.run([sys.executable, generator, export, "--posts", str(args.generated)], check=True)
        problems = check_fields(args, export)
        for problem in problems[:50]:
            print("FAIL:", problem)
        print("ok" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    export = os.path.join(args.fixtures, "blog.xml")
    problems = check_fields(args, export) + check_split(args, export) + check_truncated(args) + check_engine(args, export, "hugo") + \
        check_engine(args, export, "jekyll") + check_other_engines(args, export) + \
        check_fetch(args, export) + \
        check_ghost_media(args) + check_html_media(args, export) + \
        check_epub(args, export)
    for problem in problems:
        print("FAIL:", problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
