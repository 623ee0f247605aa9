#!/usr/bin/env python3
"""Writes the Ghost export fixtures in data/ (run it after changing them; the JSON files are
committed). Made by hand after Ghost's export format: a 5.x export (the `db` wrapper, lexical
bodies, posts_meta) and a 4.x one (no wrapper, mobiledoc bodies, a permalink setting). Ghost
writes its exports on one line; these are indented so that positions in tests mean something."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent / "data"


def text(t, fmt=0):
    return {"detail": 0, "format": fmt, "mode": "normal", "style": "", "text": t,
            "type": "extended-text", "version": 1}


def para(*children):
    return {"children": list(children), "direction": "ltr", "format": "", "indent": 0,
            "type": "paragraph", "version": 1}


def lexical(*children):
    return json.dumps({"root": {"children": list(children), "direction": "ltr", "format": "",
                                "indent": 0, "type": "root", "version": 1}},
                      ensure_ascii=False, separators=(",", ":"))


def post(**fields):
    row = {"id": "", "uuid": "", "title": "", "slug": "", "mobiledoc": None, "lexical": None,
           "html": None, "comment_id": "", "plaintext": "", "feature_image": None, "featured": 0,
           "type": "post", "status": "published", "locale": None, "visibility": "public",
           "email_recipient_filter": "all", "created_at": "", "updated_at": "",
           "published_at": None, "custom_excerpt": None, "codeinjection_head": None,
           "codeinjection_foot": None, "custom_template": None, "canonical_url": None,
           "newsletter_id": None, "show_title_and_feature_image": 1}
    row.update(fields)
    return row


def post_meta(post_id, **fields):
    row = {"id": "m" + post_id, "post_id": post_id, "og_image": None, "og_title": None,
           "og_description": None, "twitter_image": None, "twitter_title": None,
           "twitter_description": None, "meta_title": None, "meta_description": None,
           "email_subject": None, "frontmatter": None, "feature_image_alt": None,
           "feature_image_caption": None, "email_only": 0}
    row.update(fields)
    return row


def ghost5():
    zurich = lexical(
        para(text("Ein "), text("kurzer", 1), text(" Gruß aus "), text("Zürich", 2), text(" — mit "),
             {"children": [text("Karte")], "direction": "ltr", "format": "", "indent": 0,
              "type": "link", "version": 1, "rel": None, "target": None, "title": None,
              "url": "__GHOST_URL__/karte/"},
             text("."), {"type": "linebreak", "version": 1}, text("x < y & z", 16)),
        {"children": [text("Anreise")], "direction": "ltr", "format": "", "indent": 0,
         "type": "extended-heading", "version": 1, "tag": "h2"},
        {"children": [
            {"children": [text("Zug")], "direction": "ltr", "format": "", "indent": 0,
             "type": "listitem", "version": 1, "value": 1},
            {"children": [text("Flugzeug"),
                          {"children": [{"children": [text("über Kloten")], "type": "listitem",
                                         "value": 1, "version": 1}],
                           "listType": "number", "start": 3, "tag": "ol", "type": "list",
                           "version": 1}],
             "type": "listitem", "value": 2, "version": 1}],
         "direction": "ltr", "format": "", "indent": 0, "listType": "bullet", "start": 1,
         "tag": "ul", "type": "list", "version": 1},
        {"children": [text("Ordnung muss sein.")], "type": "extended-quote", "version": 1},
        {"type": "codeblock", "version": 1, "code": "print(\"Grüezi\")\nif a < b:\n    pass\n",
         "language": "python", "caption": ""},
        {"type": "image", "version": 1, "src": "__GHOST_URL__/content/images/2024/03/see.jpg",
         "width": 1200, "height": 800, "title": "", "alt": "Der Zürichsee",
         "caption": "Foto: <a href=\"https://example.org/\">Anna</a>", "cardWidth": "wide",
         "href": ""},
        {"type": "horizontalrule", "version": 1},
        {"type": "callout", "version": 1, "calloutText": "<p>Vergessen Sie den <b>Schirm</b> nicht.</p>",
         "calloutEmoji": "💡", "backgroundColor": "blue"},
        {"type": "toggle", "version": 1, "heading": "<span>Preise?</span>",
         "content": "<p>Teuer.</p>"},
        {"type": "button", "version": 1, "buttonText": "Abonnieren", "alignment": "center",
         "buttonUrl": "__GHOST_URL__/#/portal/signup"},
    )
    hello = lexical(
        para(text("你好，世界！这是第一篇文章。")),
        {"type": "gallery", "version": 1, "images": [
            {"row": 0, "fileName": "a.jpg", "src": "__GHOST_URL__/content/images/2024/04/a.jpg",
             "width": 800, "height": 600, "alt": "长城", "caption": "第一张"},
            {"row": 0, "fileName": "b.jpg", "src": "__GHOST_URL__/content/images/2024/04/b.jpg",
             "width": 800, "height": 600, "alt": "", "caption": ""},
            {"row": 1, "fileName": "c.jpg", "src": "__GHOST_URL__/content/images/2024/04/c.jpg",
             "width": 600, "height": 800, "alt": "故宫", "caption": ""}],
         "caption": "北京之旅"},
        {"type": "bookmark", "version": 1, "url": "https://example.com/article",
         "metadata": {"icon": "https://example.com/favicon.ico", "title": "示例文章",
                      "description": "A description & more", "author": "李雷",
                      "publisher": "Example", "thumbnail": "https://example.com/thumb.jpg"},
         "caption": ""},
        {"type": "embed", "version": 1, "url": "https://www.youtube.com/watch?v=abc",
         "embedType": "video", "html": "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>",
         "metadata": {}, "caption": "视频"},
        {"type": "markdown", "version": 1, "markdown": "## 小标题\n\n- 一\n- *二*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"},
        {"type": "html", "version": 1, "html": "<div class=\"note\">原始 <b>HTML</b></div>"},
        {"type": "signup", "version": 1, "header": "订阅 -- 现在", "buttonText": "Go"},
    )
    posts = [
        post(id="p1", uuid="0e0bfb8e-5d51-4f4b-9a8c-1b2f3c4d5e61", title="Willkommen in Zürich",
             slug="willkommen-in-zurich", lexical=zurich, plaintext="Ein kurzer Gruß aus Zürich",
             feature_image="__GHOST_URL__/content/images/2024/03/zurich.jpg", featured=1,
             created_at="2024-03-01T08:00:00.000Z", updated_at="2024-03-06T09:15:00.000Z",
             published_at="2024-03-05T09:30:00.000Z", custom_excerpt="Ein Wochenende am See.",
             codeinjection_head="<style>.x{}</style>",
             canonical_url="https://old.example.com/zurich/"),
        post(id="p2", uuid="7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", title="你好，世界",
             slug="ni-hao-shi-jie", lexical=hello, plaintext="你好，世界！",
             created_at="2024-04-01T00:00:00.000Z", updated_at="2024-04-02T12:00:00.000Z",
             published_at="2024-04-02T10:00:00.000Z"),
        post(id="p3", uuid="a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d", title="Über uns", slug="about",
             type="page", html="<p>Wir sind <a href=\"__GHOST_URL__/\">hier</a>.</p>"
             "<img src=\"__GHOST_URL__/content/images/team.png\">",
             lexical=lexical(para(text("ignored: html wins"))),
             created_at="2024-01-01T00:00:00.000Z", updated_at="2024-01-01T00:00:00.000Z",
             published_at="2024-01-01T00:00:00.000Z"),
        post(id="p4", uuid="b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e", title="Entwurf", slug="entwurf",
             status="draft", lexical=lexical(para(text("Noch nicht fertig."))),
             created_at="2024-05-01T00:00:00.000Z", updated_at="2024-05-02T00:00:00.000Z"),
        post(id="p5", uuid="c5d6e7f8-a9b0-4c1d-8e2f-3a4b5c6d7e8f", title="Bald", slug="bald",
             status="scheduled", lexical=lexical(para(text("Kommt noch."))),
             created_at="2024-05-03T00:00:00.000Z", updated_at="2024-05-03T00:00:00.000Z",
             published_at="2030-01-01T06:00:00.000Z"),
        post(id="p6", uuid="d6e7f8a9-b0c1-4d2e-9f3a-4b5c6d7e8f9a", title="Newsletter Nr. 1",
             slug="newsletter-1", status="sent", visibility="members",
             lexical=lexical(para(text("Nur per E-Mail."))),
             created_at="2024-02-01T00:00:00.000Z", updated_at="2024-02-01T00:00:00.000Z",
             published_at="2024-02-01T07:00:00.000Z"),
        post(id="p7", uuid="e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b", title="Für Mitglieder",
             slug="fur-mitglieder", visibility="paid",
             lexical=lexical(para(text("Frei.")), {"type": "paywall", "version": 1},
                             para(text("Bezahlt."))),
             created_at="2024-02-10T00:00:00.000Z", updated_at="2024-02-10T00:00:00.000Z",
             published_at="2024-02-10T07:00:00.000Z"),
    ]
    data = {
        "posts": posts,
        "posts_authors": [
            {"id": "pa1", "post_id": "p1", "author_id": "u2", "sort_order": 1},
            {"id": "pa2", "post_id": "p1", "author_id": "u1", "sort_order": 0},
            {"id": "pa3", "post_id": "p2", "author_id": "u2", "sort_order": 0},
        ],
        "posts_meta": [
            post_meta("p1", feature_image_alt="Altstadt am Abend",
                      feature_image_caption="Foto von <a href=\"__GHOST_URL__/author/jonas/\">Jonas</a>",
                      meta_description="Zürich an einem Wochenende.", og_title="Zürich!",
                      twitter_title="Zürich (Twitter)", meta_title="Zürich | Blog"),
            post_meta("p6", email_subject="Die erste Ausgabe", email_only=1),
        ],
        "posts_tags": [
            {"id": "pt1", "post_id": "p1", "tag_id": "t2", "sort_order": 2},
            {"id": "pt2", "post_id": "p1", "tag_id": "t1", "sort_order": 0},
            {"id": "pt3", "post_id": "p1", "tag_id": "t3", "sort_order": 1},
            {"id": "pt4", "post_id": "p2", "tag_id": "t4", "sort_order": 0},
        ],
        "settings": [
            {"id": "s1", "group": "site", "key": "title", "value": "Mein Blog", "type": "string"},
            {"id": "s2", "group": "site", "key": "locale", "value": "de", "type": "string"},
        ],
        "tags": [
            {"id": "t1", "name": "Reisen", "slug": "reisen", "visibility": "public"},
            {"id": "t2", "name": "Schweiz", "slug": "schweiz", "visibility": "public"},
            {"id": "t3", "name": "#hero", "slug": "hash-hero", "visibility": "internal"},
            {"id": "t4", "name": "中文", "slug": "zhong-wen", "visibility": "public"},
        ],
        "users": [
            {"id": "u1", "name": "Jonas Müller", "slug": "jonas", "email": "jonas@example.com"},
            {"id": "u2", "name": "王芳", "slug": "wang-fang", "email": "wang@example.com"},
        ],
    }
    return {"db": [{"meta": {"exported_on": 1712000000000, "version": "5.82.0"}, "data": data}]}


def mobiledoc(markups, atoms, cards, sections):
    return json.dumps({"version": "0.3.1", "ghostVersion": "4.0", "markups": markups,
                       "atoms": atoms, "cards": cards, "sections": sections},
                      ensure_ascii=False, separators=(",", ":"))


def ghost4():
    body = mobiledoc(
        [["a", ["href", "__GHOST_URL__/older/", "rel", "noopener"]], ["strong"], ["em"]],
        [["soft-return", "", {}]],
        [["image", {"src": "__GHOST_URL__/content/images/2021/03/bild.png", "alt": "Ein Bild",
                    "caption": "Bildunterschrift", "cardWidth": ""}],
         ["code", {"code": "SELECT * FROM t WHERE a < 1;", "language": "sql"}],
         ["markdown", {"markdown": "**fett** und `code`"}],
         ["html", {"html": "<table><tr><td>1</td></tr></table>"}],
         ["hr", {}],
         ["callout", {"calloutEmoji": "⚠️", "calloutText": "Achtung", "backgroundColor": "yellow"}]],
        [[1, "p", [[0, [], 0, "Hallo "], [0, [1], 1, "Welt"], [0, [], 0, ", siehe "],
                   [0, [0, 2], 2, "hier"], [1, [], 0, 0], [0, [], 0, "neue Zeile"]]],
         [1, "h2", [[0, [], 0, "Teil 2"]]],
         [10, 0], [10, 1],
         [3, "ol", [[[0, [], 0, "eins"]], [[0, [2], 1, "zwei"]]]],
         [1, "blockquote", [[0, [], 0, "Zitat"]]],
         [10, 2], [10, 3], [10, 4], [10, 5]])
    posts = [
        {"id": "5f1a", "uuid": "11111111-2222-4333-8444-555555555555", "title": "Alter Beitrag",
         "slug": "alter-beitrag", "mobiledoc": body, "html": None, "plaintext": "Hallo Welt",
         "feature_image": "__GHOST_URL__/content/images/2021/03/titel.jpg", "featured": 0,
         "type": "post", "status": "published", "locale": None, "visibility": "public",
         "email_recipient_filter": "none", "created_at": "2021-03-01T10:00:00.000Z",
         "updated_at": "2021-03-04T11:00:00.000Z", "published_at": "2021-03-04T10:20:30.000Z",
         "custom_excerpt": None, "codeinjection_head": None, "codeinjection_foot": "<script>x()</script>",
         "custom_template": None, "canonical_url": None},
        {"id": "5f1b", "uuid": "66666666-7777-4888-9999-000000000000", "title": "Kontakt",
         "slug": "kontakt", "mobiledoc": mobiledoc([], [], [], [[1, "p", [[0, [], 0, "E-Mail"]]]]),
         "html": None, "type": "page", "status": "published", "visibility": "public",
         "created_at": "2021-01-01T00:00:00.000Z", "updated_at": "2021-01-01T00:00:00.000Z",
         "published_at": "2021-01-01T00:00:00.000Z"},
    ]
    data = {
        "posts": posts,
        "posts_authors": [{"id": "a1", "post_id": "5f1a", "author_id": "1", "sort_order": 0}],
        "posts_meta": [{"id": "m1", "post_id": "5f1a", "feature_image_alt": "Titelbild",
                        "feature_image_caption": None, "meta_description": None}],
        "posts_tags": [{"id": "x1", "post_id": "5f1a", "tag_id": "9", "sort_order": 0},
                       {"id": "x2", "post_id": "5f1a", "tag_id": "8", "sort_order": 1}],
        "tags": [{"id": "8", "name": "#import", "slug": "hash-import", "visibility": "internal"},
                 {"id": "9", "name": "Archiv", "slug": "archiv", "visibility": "public"}],
        "users": [{"id": "1", "name": "Greta Beispiel", "slug": "greta", "email": "g@example.com"}],
        "settings": [{"id": "s1", "key": "permalinks", "value": "/:year/:month/:slug/"}],
    }
    return {"meta": {"exported_on": 1617000000000, "version": "4.2.0"}, "data": data}


def write(name, document):
    (HERE / name).write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write("ghost5.json", ghost5())
    write("ghost4.json", ghost4())
    # A download cut short in the middle of the third post (the page).
    whole = (HERE / "ghost5.json").read_bytes()
    cut = whole.index("Wir sind".encode())
    (HERE / "ghost5_truncated.json").write_bytes(whole[:cut])
