#!/usr/bin/python3
"""Writes a WordPress export (WXR 1.2) of N posts of our own making, for timing `folio` on a
big blog: classic-editor and block-editor posts in turn, each with a few paragraphs, a caption,
code, categories, tags, an excerpt and a featured image, plus one attachment per post. Of every
ten items, one classic post also has a `[gallery]` of two images and one block post a YouTube
`wp:embed`; every 50th item is a page (at /generated-page-N/) and every 20th a draft, so that
what an importer keeps of each can be counted (bench/import_peers_kept.py).

    generate_wxr.py OUT.xml [--posts 10000] [--paragraphs 6]
"""

import argparse
import datetime

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Generated</title>
	<link>https://old.example.com</link>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:author><wp:author_login><![CDATA[alice]]></wp:author_login><wp:author_display_name><![CDATA[Alice Archer]]></wp:author_display_name></wp:author>
	<wp:author><wp:author_login><![CDATA[bob]]></wp:author_login><wp:author_display_name><![CDATA[Bob Builder]]></wp:author_display_name></wp:author>
"""

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua").split()


def sentence(n, k):
    return " ".join(WORDS[(n * 7 + i * 3 + k) % len(WORDS)] for i in range(18)).capitalize() + "."


def body(n, paragraphs):
    up = f"https://old.example.com/wp-content/uploads/2021/{n % 12 + 1:02d}"
    if n % 2 == 0:
        parts = [sentence(n, k) + "\n" + sentence(n, k + 1) for k in range(paragraphs)]
        parts.insert(2, f'[caption id="attachment_{n + 100000}" width="300"]<img src="{up}/photo-{n}-300x200.jpg" alt="Photo {n}" /> Photo {n}[/caption]')
        parts.append('[sourcecode lang="python"]\nprint("post %d")\n[/sourcecode]' % n)
        if n % 10 == 4:
            parts.append(f'[gallery ids="{n + 100000},{n + 200000}"]')
        return "\n\n".join(parts)
    parts = [f"<!-- wp:paragraph -->\n<p>{sentence(n, k)} {sentence(n, k + 1)}</p>\n<!-- /wp:paragraph -->"
             for k in range(paragraphs)]
    parts.insert(2, f'<!-- wp:image {{"id":{n + 100000}}} -->\n<figure class="wp-block-image"><img src="{up}/photo-{n}.jpg" alt="Photo {n}"/><figcaption>Photo {n}</figcaption></figure>\n<!-- /wp:image -->')
    parts.append(f'<!-- wp:code -->\n<pre class="wp-block-code"><code>let post = {n};</code></pre>\n<!-- /wp:code -->')
    if n % 10 == 5:
        parts.append(f'<!-- wp:embed {{"url":"{embed_url(n)}","type":"video","providerNameSlug":"youtube"}} -->\n'
                     f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">'
                     f'<div class="wp-block-embed__wrapper">\n{embed_url(n)}\n</div></figure>\n<!-- /wp:embed -->')
    return "\n\n".join(parts)


def embed_url(n):
    return f"https://www.youtube.com/watch?v=gen{n:07d}"


def kind(n):
    """What item n is: a page, a draft or a post."""
    if n % 50 == 25:
        return "page"
    if n % 20 == 7:
        return "draft"
    return "post"


def pub_date(gmt):
    """The item's RSS date, as WordPress writes it (other importers read only this one)."""
    when = datetime.datetime.strptime(gmt, "%Y-%m-%d %H:%M:%S")
    return when.strftime("%a, %d %b %Y %H:%M:%S +0000")


def item(n, paragraphs):
    month = n % 12 + 1
    day = n % 28 + 1
    date = f"2021-{month:02d}-{day:02d} {n % 24:02d}:{n % 60:02d}:00"
    gmt = f"2021-{month:02d}-{day:02d} {(n + 23) % 24:02d}:{n % 60:02d}:00"
    if (n % 24) == 0:  # the hour before midnight is on the day before: keep it simple
        gmt = date
    up = f"https://old.example.com/wp-content/uploads/2021/{month:02d}"
    what = kind(n)
    name = f"generated-page-{n}" if what == "page" else f"generated-post-{n}"
    link = (f"https://old.example.com/{name}/" if what == "page" else
            f"https://old.example.com/?p={n}" if what == "draft" else
            f"https://old.example.com/2021/{month:02d}/{name}/")
    if what == "draft":  # never published: WordPress leaves its GMT date empty
        gmt = "0000-00-00 00:00:00"
    second = f"""	<item>
		<title><![CDATA[photo-{n}-b]]></title>
		<wp:post_id>{n + 200000}</wp:post_id>
		<wp:post_parent>{n}</wp:post_parent>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
		<wp:attachment_url><![CDATA[{up}/photo-{n}-b.jpg]]></wp:attachment_url>
	</item>
""" if n % 10 == 4 else ""
    return f"""	<item>
		<title><![CDATA[Generated {'page' if what == 'page' else 'post'} {n}]]></title>
		<link>{link}</link>
		<pubDate>{pub_date(gmt if what != "draft" else date)}</pubDate>
		<dc:creator><![CDATA[{'alice' if n % 3 else 'bob'}]]></dc:creator>
		<guid isPermaLink="false">https://old.example.com/?p={n}</guid>
		<content:encoded><![CDATA[{body(n, paragraphs)}]]></content:encoded>
		<excerpt:encoded><![CDATA[Summary of post {n}.]]></excerpt:encoded>
		<wp:post_id>{n}</wp:post_id>
		<wp:post_date><![CDATA[{date}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[{gmt}]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[{name}]]></wp:post_name>
		<wp:status><![CDATA[{'draft' if what == 'draft' else 'publish'}]]></wp:status>
		<wp:post_type><![CDATA[{'page' if what == 'page' else 'post'}]]></wp:post_type>
		<wp:is_sticky>0</wp:is_sticky>
		<category domain="category" nicename="c{n % 20}"><![CDATA[Category {n % 20}]]></category>
		<category domain="post_tag" nicename="t{n % 50}"><![CDATA[tag{n % 50}]]></category>
		<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[{n + 100000}]]></wp:meta_value></wp:postmeta>
	</item>
	<item>
		<title><![CDATA[photo-{n}]]></title>
		<wp:post_id>{n + 100000}</wp:post_id>
		<wp:post_parent>{n}</wp:post_parent>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
		<wp:attachment_url><![CDATA[{up}/photo-{n}.jpg]]></wp:attachment_url>
	</item>
""" + second


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--posts", type=int, default=10000)
    parser.add_argument("--paragraphs", type=int, default=6)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(HEAD)
        for n in range(1, args.posts + 1):
            f.write(item(n, args.paragraphs))
        f.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
