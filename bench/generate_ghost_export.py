#!/usr/bin/python3
"""Writes a synthetic Ghost JSON export for the import benchmarks and the 10,000-post test.

    bench/generate_ghost_export.py OUT.json [--count N] [--seed S] [--bodies both|lexical]

Writes N posts (default 10,000) as Ghost 5 writes an export: one line, the `db` wrapper, the
tables posts, posts_authors, posts_meta, posts_tags, settings, tags and users. About 5 in 100
are pages, 5 drafts, 3 scheduled and 2 newsletter-only (`sent`); half have a custom excerpt, a
third a feature image with alt and caption, most one to four tags (some internal `#tags`) and
one or two of 20 authors. Bodies (2-6 KB) are paragraphs with bold, italic and links, headings,
lists, quotes, code blocks with a language, images, galleries and bookmarks, in English, German
or Chinese. With `--bodies both` (the default, as Ghost exports) each post has `html` and
`lexical`; with `lexical` the `html` column is null, so a reader must render the lexical.

Next to OUT.json, OUT.expected.json holds what a reader must make of each post: title, slug,
dates, page, draft, tags, authors, summary, cover, URL, GUID and the body's HTML (the HTML
folio renders from the lexical, `__GHOST_URL__` removed). The output depends only on N, the seed
and --bodies.
"""

import argparse
import json
import random

WORDS = {
    "en": "the quiet harbour morning light boats drift past old stone walls while gulls "
          "circle above fishermen mending nets and coffee steams in small cups".split(),
    "de": "der stille Hafen am Morgen Licht Boote treiben an alten Mauern vorbei während "
          "Möwen über Fischern kreisen die Netze flicken und Kaffee dampft".split(),
    "zh": "安静 的 港口 早晨 阳光 小船 漂过 古老 石墙 海鸥 盘旋 渔民 补网 咖啡 冒着 热气".split(),
}


def text_node(text, fmt=0):
    return {"detail": 0, "format": fmt, "mode": "normal", "style": "", "text": text,
            "type": "extended-text", "version": 1}


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


class Body:
    """Lexical nodes and, in step, the HTML folio renders from them."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.nodes, self.html = [], []

    def sentence(self):
        words = [self.rng.choice(WORDS[self.lang]) for _ in range(self.rng.randint(6, 16))]
        return ("" if self.lang == "zh" else " ").join(words) + ("。" if self.lang == "zh" else ". ")

    def paragraph(self):
        children, html = [], []
        for _ in range(self.rng.randint(2, 5)):
            kind = self.rng.random()
            text = self.sentence()
            if kind < 0.15:
                children.append(text_node(text, 1))
                html.append("<strong>" + escape(text) + "</strong>")
            elif kind < 0.25:
                children.append(text_node(text, 2))
                html.append("<em>" + escape(text) + "</em>")
            elif kind < 0.35:
                url = "__GHOST_URL__/post-%d/" % self.rng.randint(1, 9999)
                children.append({"children": [text_node(text)], "direction": "ltr", "format": "",
                                 "indent": 0, "type": "link", "version": 1, "rel": None,
                                 "target": None, "title": None, "url": url})
                html.append('<a href="%s">%s</a>' % (escape(url.replace("__GHOST_URL__", "")),
                                                    escape(text)))
            else:
                children.append(text_node(text))
                html.append(escape(text))
        self.nodes.append({"children": children, "direction": "ltr", "format": "", "indent": 0,
                           "type": "paragraph", "version": 1})
        self.html.append("<p>" + "".join(html) + "</p>")

    def heading(self):
        text = self.sentence().strip()
        self.nodes.append({"children": [text_node(text)], "type": "extended-heading",
                           "tag": "h2", "version": 1})
        self.html.append("<h2>" + escape(text) + "</h2>")

    def list(self):
        items = [self.sentence().strip() for _ in range(self.rng.randint(2, 5))]
        self.nodes.append({"children": [{"children": [text_node(t)], "type": "listitem",
                                         "value": i + 1, "version": 1}
                                        for i, t in enumerate(items)],
                           "listType": "bullet", "start": 1, "tag": "ul", "type": "list",
                           "version": 1})
        self.html.append("<ul>" + "".join("<li>" + escape(t) + "</li>" for t in items) + "</ul>")

    def quote(self):
        text = self.sentence().strip()
        self.nodes.append({"children": [text_node(text)], "type": "extended-quote", "version": 1})
        self.html.append("<blockquote>" + escape(text) + "</blockquote>")

    def code(self):
        code = "for (int i = 0; i < %d; ++i) {\n    total += i;\n}\n" % self.rng.randint(2, 99)
        self.nodes.append({"type": "codeblock", "version": 1, "code": code, "language": "cpp",
                           "caption": ""})
        self.html.append('<pre><code class="language-cpp">' + escape(code) + "</code></pre>")

    def image(self, n):
        src = "__GHOST_URL__/content/images/2024/%02d/photo-%d.jpg" % (n % 12 + 1, n)
        alt, caption = "Photo %d" % n, "Caption %d" % n
        self.nodes.append({"type": "image", "version": 1, "src": src, "width": 1200,
                           "height": 800, "title": "", "alt": alt, "caption": caption,
                           "cardWidth": "regular", "href": ""})
        self.html.append('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="%s" '
                         'class="kg-image" alt="%s" loading="lazy" width="1200" height="800">'
                         '<figcaption>%s</figcaption></figure>'
                         % (src.replace("__GHOST_URL__", ""), alt, caption))

    def gallery(self, n):
        images = [{"row": i // 2, "fileName": "g%d-%d.jpg" % (n, i),
                   "src": "__GHOST_URL__/content/images/g/%d-%d.jpg" % (n, i),
                   "width": 800, "height": 600, "alt": "", "caption": ""} for i in range(3)]
        self.nodes.append({"type": "gallery", "version": 1, "images": images, "caption": ""})
        rows = []
        for row in (images[:2], images[2:]):
            rows.append('<div class="kg-gallery-row">' + "".join(
                '<div class="kg-gallery-image"><img src="%s" width="800" height="600" '
                'loading="lazy" alt=""></div>' % i["src"].replace("__GHOST_URL__", "")
                for i in row) + "</div>")
        self.html.append('<figure class="kg-card kg-gallery-card kg-width-wide"><div '
                         'class="kg-gallery-container">' + "".join(rows) + "</div></figure>")

    def bookmark(self, n):
        url = "https://example.com/read/%d" % n
        self.nodes.append({"type": "bookmark", "version": 1, "url": url,
                           "metadata": {"title": "Read %d" % n, "description": "", "icon": "",
                                        "author": "", "publisher": "Example", "thumbnail": ""},
                           "caption": ""})
        self.html.append('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
                         'href="%s"><div class="kg-bookmark-content"><div class="kg-bookmark-title">'
                         'Read %d</div><div class="kg-bookmark-metadata"><span '
                         'class="kg-bookmark-author">Example</span></div></div></a></figure>' % (url, n))


def generate(count, seed, bodies):
    rng = random.Random(seed)
    users = [{"id": "u%d" % i, "name": "Author %d" % i, "slug": "author-%d" % i,
              "email": "author%d@example.com" % i} for i in range(20)]
    tags = [{"id": "t%d" % i, "name": ("#internal-%d" % i) if i % 10 == 0 else "Topic %d" % i,
             "slug": ("hash-internal-%d" % i) if i % 10 == 0 else "topic-%d" % i,
             "visibility": "internal" if i % 10 == 0 else "public"} for i in range(200)]
    posts, posts_authors, posts_meta, posts_tags, expected = [], [], [], [], []
    for n in range(1, count + 1):
        lang = rng.choice(["en", "en", "de", "zh"])
        body = Body(rng, lang)
        for _ in range(rng.randint(4, 10)):
            choice = rng.random()
            if choice < 0.5: body.paragraph()
            elif choice < 0.6: body.heading()
            elif choice < 0.7: body.list()
            elif choice < 0.75: body.quote()
            elif choice < 0.85: body.code()
            elif choice < 0.93: body.image(n)
            elif choice < 0.97: body.gallery(n)
            else: body.bookmark(n)
        roll = rng.random()
        page = roll < 0.05
        status = ("published" if page or roll >= 0.15 else
                  "draft" if roll < 0.10 else "scheduled" if roll < 0.13 else "sent")
        pid = "%024x" % n
        title = {"en": "Harbour notes %d", "de": "Hafennotizen Nr. %d", "zh": "港口笔记 %d"}[lang] % n
        slug = "post-%d" % n
        day = 1 + n % 28
        created = "2020-%02d-%02dT08:00:00.000Z" % (n % 12 + 1, day)
        published = None if status == "draft" else "2021-%02d-%02dT09:%02d:00.000Z" % (n % 12 + 1, day, n % 60)
        updated = "2022-%02d-%02dT10:00:00.000Z" % (n % 12 + 1, day)
        excerpt = ("Excerpt of post %d" % n) if rng.random() < 0.5 else None
        feature = ("__GHOST_URL__/content/images/feature/%d.jpg" % n) if rng.random() < 0.33 else None
        lexical = json.dumps({"root": {"children": body.nodes, "direction": "ltr", "format": "",
                                       "indent": 0, "type": "root", "version": 1}},
                             ensure_ascii=False, separators=(",", ":"))
        html = "".join(body.html)
        posts.append({"id": pid, "uuid": "00000000-0000-4000-8000-%012d" % n, "title": title,
                      "slug": slug, "mobiledoc": None, "lexical": lexical,
                      "html": html.replace('href="/', 'href="__GHOST_URL__/').replace('src="/', 'src="__GHOST_URL__/') if bodies == "both" else None,
                      "comment_id": pid, "plaintext": "…", "feature_image": feature,
                      "featured": 0, "type": "page" if page else "post", "status": status,
                      "locale": None, "visibility": "public", "email_recipient_filter": "all",
                      "created_at": created, "updated_at": updated, "published_at": published,
                      "custom_excerpt": excerpt, "codeinjection_head": None,
                      "codeinjection_foot": None, "custom_template": None, "canonical_url": None,
                      "newsletter_id": None, "show_title_and_feature_image": 1})
        authors = rng.sample(users, rng.choice([1, 1, 1, 2]))
        for order, user in enumerate(authors):
            posts_authors.append({"id": "pa%d-%d" % (n, order), "post_id": pid,
                                  "author_id": user["id"], "sort_order": order})
        chosen = rng.sample(tags, rng.randint(0, 4))
        for order, tag in enumerate(chosen):
            posts_tags.append({"id": "pt%d-%d" % (n, order), "post_id": pid, "tag_id": tag["id"],
                               "sort_order": order})
        if feature:
            posts_meta.append({"id": "pm%d" % n, "post_id": pid, "feature_image_alt": "Alt %d" % n,
                               "feature_image_caption": "Caption <b>%d</b>" % n,
                               "meta_description": None, "email_only": 0})
        expected.append({
            "title": title, "slug": slug, "page": page, "draft": status != "published",
            "date": published, "updated": updated, "summary": excerpt or "",
            "tags": [t["name"] for t in chosen if t["visibility"] == "public"],
            "authors": [u["name"] for u in authors],
            "cover": feature and {"source": feature.replace("__GHOST_URL__", ""),
                                  "alt": "Alt %d" % n, "caption": "Caption <b>%d</b>" % n},
            "url": "/%s/" % slug if status == "published" else "",
            "guid": "00000000-0000-4000-8000-%012d" % n, "html": html})
    posts_meta.sort(key=lambda row: row["post_id"])
    data = {"posts": posts, "posts_authors": posts_authors, "posts_meta": posts_meta,
            "posts_tags": posts_tags,
            "settings": [{"id": "s1", "group": "site", "key": "locale", "value": "en"}],
            "tags": tags, "users": users}
    export = {"db": [{"meta": {"exported_on": 1712000000000, "version": "5.82.0"}, "data": data}]}
    return export, expected


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--bodies", choices=["both", "lexical"], default="both")
    args = parser.parse_args()
    export, expected = generate(args.count, args.seed, args.bodies)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(export, out, ensure_ascii=False, separators=(",", ":"))
    stem = args.out[:-5] if args.out.endswith(".json") else args.out
    with open(stem + ".expected.json", "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
