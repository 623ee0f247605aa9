#!/usr/bin/python3
"""Writes blog.xml, a WXR 1.2 export of our own making, and blog-truncated.xml, a copy cut off
inside an item. The double-encoded post is made here by encoding its UTF-8 as Windows-1252 once
more, as a broken database dump does. Run it after changing the fixture; both files are
committed."""
import pathlib

HERE = pathlib.Path(__file__).parent

def item(post_id, title, name, type_="post", status="publish", date="2020-01-02 11:00:00",
         gmt="2020-01-02 10:00:00", modified=None, modified_gmt=None, creator="alice",
         content="", excerpt="", terms=(), meta=(), sticky=0, parent=0, comments="",
         attachment_url=None, link=None):
    modified = modified or date
    modified_gmt = modified_gmt or gmt
    # A published page is at /name/ whatever the permalinks; a post at its date and name.
    dated = "" if type_ == "page" else f"{date[:4]}/{date[5:7]}/"
    link = link or f"https://old.example.com/?p={post_id}" if status != "publish" else \
        (link or f"https://old.example.com/{dated}{name}/")
    t = "".join(f'\n\t\t<category domain="{d}" nicename="{n}"><![CDATA[{v}]]></category>'
                for d, n, v in terms)
    m = "".join(f"\n\t\t<wp:postmeta>\n\t\t\t<wp:meta_key><![CDATA[{k}]]></wp:meta_key>\n"
                f"\t\t\t<wp:meta_value><![CDATA[{v}]]></wp:meta_value>\n\t\t</wp:postmeta>"
                for k, v in meta)
    a = f"\n\t\t<wp:attachment_url><![CDATA[{attachment_url}]]></wp:attachment_url>" \
        if attachment_url else ""
    return f"""
	<item>
		<title><![CDATA[{title}]]></title>
		<link>{link}</link>
		<pubDate>Thu, 02 Jan 2020 10:00:00 +0000</pubDate>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<guid isPermaLink="false">https://old.example.com/?p={post_id}</guid>
		<description></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
		<wp:post_id>{post_id}</wp:post_id>
		<wp:post_date><![CDATA[{date}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[{gmt}]]></wp:post_date_gmt>
		<wp:post_modified><![CDATA[{modified}]]></wp:post_modified>
		<wp:post_modified_gmt><![CDATA[{modified_gmt}]]></wp:post_modified_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:ping_status><![CDATA[open]]></wp:ping_status>
		<wp:post_name><![CDATA[{name}]]></wp:post_name>
		<wp:status><![CDATA[{status}]]></wp:status>
		<wp:post_parent>{parent}</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type><![CDATA[{type_}]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<wp:is_sticky>{sticky}</wp:is_sticky>{a}{t}{m}{comments}
	</item>"""

def comment(cid, author, approved, text, email="reader@example.net", ip="192.0.2.7", parent=0):
    return f"""
		<wp:comment>
			<wp:comment_id>{cid}</wp:comment_id>
			<wp:comment_author><![CDATA[{author}]]></wp:comment_author>
			<wp:comment_author_email><![CDATA[{email}]]></wp:comment_author_email>
			<wp:comment_author_url>https://reader.example.net/</wp:comment_author_url>
			<wp:comment_author_IP><![CDATA[{ip}]]></wp:comment_author_IP>
			<wp:comment_date><![CDATA[2020-01-03 09:00:00]]></wp:comment_date>
			<wp:comment_date_gmt><![CDATA[2020-01-03 08:00:00]]></wp:comment_date_gmt>
			<wp:comment_content><![CDATA[{text}]]></wp:comment_content>
			<wp:comment_approved><![CDATA[{approved}]]></wp:comment_approved>
			<wp:comment_type><![CDATA[comment]]></wp:comment_type>
			<wp:comment_parent>{parent}</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>"""

UP = "https://old.example.com/wp-content/uploads/2020/01"

CLASSIC = f"""Welcome to the new blog. This first paragraph has a line break
right here, which the classic editor keeps.

A second paragraph with <strong>bold</strong> and a <a href="https://example.org/">link</a>.

[caption id="attachment_101" align="aligncenter" width="300"]<img class="size-medium wp-image-101" src="{UP}/sunset-300x200.jpg" alt="A sunset" width="300" height="200" /> The sun going down[/caption]

<pre>def kept():
    return "exactly"

# even the blank line above</pre>

[sourcecode lang="python"]
print("a < b")
[/sourcecode]

[contact-form id="3"]

<!--more-->

Last words."""

BLOCKS = f"""<!-- wp:paragraph -->
<p>A post written in the block editor.</p>
<!-- /wp:paragraph -->

<!-- wp:image {{"id":102,"sizeSlug":"large"}} -->
<figure class="wp-block-image size-large"><img src="{UP}/harbour-1024x683.jpg" alt="The harbour" class="wp-image-102" srcset="{UP}/harbour-1024x683.jpg 1024w, {UP}/harbour-300x200.jpg 300w" /><figcaption>Boats in the harbour</figcaption></figure>
<!-- /wp:image -->

<!-- wp:more -->
<!--more-->
<!-- /wp:more -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Simplicity is the ultimate sophistication.</p></blockquote>
<!-- /wp:quote -->

<!-- wp:code -->
<pre class="wp-block-code"><code>let x = 1;</code></pre>
<!-- /wp:code -->

<!-- wp:embed {{"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"}} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div></figure>
<!-- /wp:embed -->"""

GALLERY = f"""Photos from the trip.

[gallery ids="101,102"]

<img src="{UP}/lost.png" alt="An image the media folder lacks" />

[embed]https://vimeo.com/76979871[/embed]

[audio mp3="{UP}/song.mp3"][/audio]"""

MOJIBAKE_TEXT = "I’ve been thinking about café culture."
DOUBLE = MOJIBAKE_TEXT.encode("utf-8").decode("cp1252")

items = [
    item(101, "sunset", "sunset", type_="attachment", status="inherit", parent=1,
         attachment_url=f"{UP}/sunset.jpg", excerpt="The sun going down",
         meta=[("_wp_attachment_image_alt", "A sunset")]),
    item(102, "harbour", "harbour", type_="attachment", status="inherit", parent=2,
         attachment_url=f"{UP}/harbour.jpg", excerpt="Boats in the harbour",
         meta=[("_wp_attachment_image_alt", "The harbour")]),
    item(1, "Hello World", "hello-world", content=CLASSIC,
         excerpt="The first post of the blog.",
         terms=[("category", "news", "News"), ("post_tag", "intro", "intro"),
                ("post_tag", "hello", "hello")],
         meta=[("_thumbnail_id", "103"), ("_edit_lock", "1577959200:1"),
               ("_yoast_wpseo_metadesc", "Our very first post"), ("mood", "cheerful")],
         comments=comment(1, "Reader One", "1", "Nice post!") +
                  comment(2, "Spammer", "spam", "Buy pills", email="spam@example.net") +
                  comment(3, "Alice Archer", "1", "Thank you!", email="alice@example.com",
                          ip="198.51.100.4", parent=1) +
                  comment(4, "Deleted", "trash", "Removed later") +
                  comment(5, "Waiting", "0", "Not yet moderated")),
    item(103, "featured", "featured", type_="attachment", status="inherit", parent=1,
         attachment_url=f"{UP}/featured.jpg", meta=[("_wp_attachment_image_alt", "Featured")]),
    item(2, "Blocks Post", "blocks-post", creator="bob", date="2020-03-04 09:30:00",
         gmt="2020-03-04 14:30:00", modified="2020-03-05 10:00:00",
         modified_gmt="2020-03-05 15:00:00", content=BLOCKS,
         terms=[("category", "tech", "Tech"), ("post_tag", "blocks", "blocks")]),
    item(3, "Unfinished thoughts", "", status="draft", date="2021-05-06 08:00:00",
         gmt="0000-00-00 00:00:00", modified="2021-05-07 08:00:00",
         modified_gmt="2021-05-07 07:00:00", content="Not done yet."),
    item(4, "Coming soon", "coming-soon", status="future", date="2030-01-01 12:00:00",
         gmt="2030-01-01 11:00:00", content="From the future."),
    item(5, "Only for me", "only-for-me", status="private", content="Private notes."),
    item(6, "日本語のタイトル", "%e6%97%a5%e6%9c%ac%e8%aa%9e", sticky=1,
         date="2020-06-01 20:00:00", gmt="2020-06-01 11:00:00",
         content="日本語の本文です。\n\n二つ目の段落。",
         terms=[("category", "news", "News"), ("post_tag", "japan", "日本")]),
    item(7, "Привет, мир", "%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82", creator="bob",
         date="2020-07-01 12:00:00", gmt="2020-07-01 09:00:00",
         content="Это русский текст.", terms=[("category", "news", "News")]),
    item(8, DOUBLE.split(" about")[0], "double-encoded", date="2020-08-01 12:00:00",
         gmt="2020-08-01 12:00:00", content=DOUBLE),
    item(9, "About", "about", type_="page", content="Who we are.\n\nAnd what we do."),
    item(10, "", "10", type_="nav_menu_item", content=""),
    item(11, "Gallery", "gallery", date="2020-09-01 12:00:00", gmt="2020-09-01 10:00:00",
         content=GALLERY, terms=[("category", "photos", "Photos")]),
    # Persian, as WordPress names it: lowercased, percent-encoded, the space a hyphen, the
    # zero-width non-joiner of the body's words left out of the name.
    item(12, "سلام دنیا", "%d8%b3%d9%84%d8%a7%d9%85-%d8%af%d9%86%db%8c%d8%a7",
         date="2020-10-01 12:00:00", gmt="2020-10-01 08:30:00",
         content="این یک نوشته‌ی فارسی است.", terms=[("category", "news", "News")]),
    item(13, "会社概要", "%e4%bc%9a%e7%a4%be%e6%a6%82%e8%a6%81", type_="page",
         content="私たちについて。"),
]

head = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
	<title>Old Example</title>
	<link>https://old.example.com</link>
	<description>A blog of our own making</description>
	<pubDate>Mon, 07 Dec 2026 10:00:00 +0000</pubDate>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://old.example.com</wp:base_site_url>
	<wp:base_blog_url>https://old.example.com</wp:base_blog_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[alice]]></wp:author_login><wp:author_email><![CDATA[alice@example.com]]></wp:author_email><wp:author_display_name><![CDATA[Alice Archer]]></wp:author_display_name></wp:author>
	<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[bob]]></wp:author_login><wp:author_email><![CDATA[bob@example.com]]></wp:author_email><wp:author_display_name><![CDATA[Bob Builder]]></wp:author_display_name></wp:author>
	<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[news]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>
	<generator>https://wordpress.org/?v=6.4</generator>
"""
tail = "\n</channel>\n</rss>\n"
text = head + "".join(items) + tail
(HERE / "blog.xml").write_text(text, encoding="utf-8")
# Cut inside the private post's item: everything before it must still be read.
cut = text.index("<title><![CDATA[Only for me")
(HERE / "blog-truncated.xml").write_text(text[:cut + 40], encoding="utf-8")

# A copy of the old site's media folder (`--media`), in both layouts a backup may have: below
# the uploads folder itself, and the whole `wp-content/uploads` path. Each file is a JPEG's
# first bytes and its name, enough for folio's check that an image's bytes are an image's.
# sunset.jpg has no resized copy (the post's sunset-300x200.jpg falls back to it), harbour-300x200
# is missing (left out of the srcset), lost.png is missing altogether.
MEDIA = {"media/2020/01/sunset.jpg", "media/2020/01/harbour.jpg",
         "media/2020/01/harbour-1024x683.jpg", "media/wp-content/uploads/2020/01/featured.jpg"}
for name in sorted(MEDIA):
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + name.encode())
