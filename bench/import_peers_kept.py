#!/usr/bin/python3
"""Counts what each importer kept of a generate_wxr.py export, item by item: prints a Markdown
table of how many of the export's posts, pages and drafts have a file, and of those how many
keep their image, caption, gallery, embed, category name, tag, author, summary, featured image
and a redirect from their old URL. Counted from the files, never assumed.

    import_peers_kept.py EXPORT.xml NAME=FOLDER [NAME=FOLDER...]

Each FOLDER is searched for Markdown files (.md); an item's file is the one whose front matter
title is the item's title. A redirect counts when the item's old path (`/2021/04/generated-
post-8/`) is written in that file (Hugo `aliases`, Jekyll `redirect_from`) or in a redirect
file anywhere in FOLDER (`_redirects`, `*.conf`, `.htaccess`, `*.csv`, `*.json`).
"""

import os
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

NS = {"wp": "http://wordpress.org/export/1.2/",
      "content": "http://purl.org/rss/1.0/modules/content/",
      "excerpt": "http://wordpress.org/export/1.2/excerpt/",
      "dc": "http://purl.org/dc/elements/1.1/"}
AUTHORS = {"alice": "Alice Archer", "bob": "Bob Builder"}
TITLE = re.compile(r"""^title\s*[:=]\s*["']?(Generated (?:post|page) \d+)["']?\s*$""", re.MULTILINE)


def text(item, name):
    node = item.find(name, NS)
    return "" if node is None or node.text is None else node.text.strip()


def items_of(export):
    out = []
    for item in ET.parse(export).getroot().find("channel").findall("item"):
        kind = text(item, "wp:post_type")
        if kind not in ("post", "page"):
            continue
        number = int(text(item, "wp:post_id"))
        body = text(item, "content:encoded")
        out.append({
            "n": number,
            "title": text(item, "title"),
            "kind": "draft" if text(item, "wp:status") == "draft" else kind,
            "category": next(c.text for c in item.findall("category") if c.get("domain") == "category"),
            "tag": next(c.text for c in item.findall("category") if c.get("domain") == "post_tag"),
            "author": AUTHORS[text(item, "dc:creator")],
            "summary": text(item, "excerpt:encoded"),
            "old": urllib.parse.urlsplit(text(item, "link")).path,
            "gallery": "[gallery" in body,
            "embed": re.search(r"watch\?v=(gen\d+)", body).group(1) if "wp:embed" in body else None,
        })
    return out


def split_front_matter(page):
    """(front matter, body) of a Markdown file with `---` or `+++` fences."""
    match = re.match(r"^(---|\+\+\+)\n(.*?)\n\1\n(.*)$", page, re.DOTALL)
    return (match.group(2), match.group(3)) if match else ("", page)


def read_tool(folder):
    by_title, redirect_text = {}, []
    for here, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(here, name)
            if name.endswith(".md"):
                with open(path, encoding="utf-8", errors="replace") as f:
                    page = f.read()
                found = TITLE.search(split_front_matter(page)[0])
                if found:
                    by_title[found.group(1)] = page
            elif name in ("_redirects", ".htaccess") or name.endswith((".conf", ".csv", ".json")):
                with open(path, encoding="utf-8", errors="replace") as f:
                    redirect_text.append(f.read())
    return by_title, "\n".join(redirect_text)


def count(items, folder):
    by_title, redirects = read_tool(folder)
    kept = {k: 0 for k in ("posts", "pages", "drafts", "images", "captions", "galleries", "embeds",
                           "categories", "tags", "authors", "summaries", "featured images",
                           "redirects")}
    for item in items:
        page = by_title.get(item["title"])
        if page is None:
            continue
        kept[item["kind"] + "s"] += 1
        front, body = split_front_matter(page)
        n = item["n"]
        # The image in the body: its file name, resized or not, in a Markdown or HTML image.
        if re.search(rf"photo-{n}(-\d+x\d+)?\.jpg", body):
            kept["images"] += 1
        # The caption as text a reader sees: "Photo N" outside the image's alt text.
        visible = re.sub(r"!\[[^\]]*\]|alt=\"[^\"]*\"|alt='[^']*'", "", body)
        if re.search(rf"Photo {n}\b", visible):
            kept["captions"] += 1
        if item["gallery"] and f"photo-{n}-b" in body and re.search(rf"photo-{n}(-\d+x\d+)?\.jpg", body):
            kept["galleries"] += 1
        if item["embed"] and item["embed"] in body:
            kept["embeds"] += 1
        if item["category"] in front:
            kept["categories"] += 1
        if re.search(rf"\b{re.escape(item['tag'])}\b", front):
            kept["tags"] += 1
        if item["author"] in front:
            kept["authors"] += 1
        if item["summary"] and item["summary"] in page:
            kept["summaries"] += 1
        if f"photo-{n}.jpg" in front or f"photo-{n}." in front:
            kept["featured images"] += 1
        if item["kind"] == "post" and (item["old"] in front or item["old"] in redirects):
            kept["redirects"] += 1
    return kept


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    items = items_of(sys.argv[1])
    total = {k: 0 for k in ("posts", "pages", "drafts", "galleries", "embeds")}
    for item in items:
        total[item["kind"] + "s"] += 1
        total["galleries"] += item["gallery"]
        total["embeds"] += item["embed"] is not None
    published = total["posts"]
    counted = [(name, count(items, folder)) for name, folder in
               (arg.split("=", 1) for arg in sys.argv[2:])]
    keys = list(counted[0][1])
    whole = {"posts": published, "pages": total["pages"], "drafts": total["drafts"],
             "galleries": total["galleries"], "embeds": total["embeds"], "redirects": published}
    everything = published + total["pages"] + total["drafts"]
    print("| kept | in the export | " + " | ".join(name for name, _ in counted) + " |")
    print("|---|---|" + "---|" * len(counted))
    for key in keys:
        print(f"| {key} | {whole.get(key, everything)} | " +
              " | ".join(str(kept[key]) for _, kept in counted) + " |")


if __name__ == "__main__":
    main()
