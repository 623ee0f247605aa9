#!/usr/bin/python3
"""Writes a synthetic blog corpus for the folio benchmarks.

    bench/generate_corpus.py OUT [--count N] [--seed S] [--real]

Writes N articles (default 10,000) to OUT/articles/NNNNN-slug.md, each a front matter plus a
Markdown body, and the same bodies alone to OUT/bodies/NNNNN.md, so `folio inspect` and
`folio render` parse the same Markdown. About half the articles use the JavaScript blog
engine's YAML (style A: quoted date, category, excerpt, featuredImage), half Hugo + PaperMod's
(style B: ISO date-time, tags, summary, draft, cover map, site keys). Bodies are 2-8 KB of
headings, paragraphs with emphasis, links and code spans, nested lists, task lists, tables,
fenced code, images and block quotes, in English or Dutch (with accented words).

With --real the corpus imitates what real blogs hold besides clean Markdown: 6 posts in 10 have
raw HTML blocks (images with `align`, `width="100%"` and `border`, `<figure>`, `<picture>` with
`srcset`, YouTube and Vimeo `<iframe>`s, `<div>` wrappers around Markdown, `<details>`), many
have inline tags (`<img>`, `<kbd>`, `<span>`, `<sup>`, `<br>`), Hugo shortcodes and Jekyll
Liquid tags, and posts are in English, Dutch, German, French and Persian (right to left). The
raw HTML names images under /images/, which OUT/static/images/ holds (small PNGs; a few names
are missing on purpose), so `--static OUT/static` finds them.

The output depends only on N, the seed and --real: one random.Random, no clock, no hash order. OUT/corpus.txt
is written last and records both, so a caller can tell a finished corpus from a partial one.
"""

import argparse
import datetime
import os
import random
import re
import shutil
import sys

EN_WORDS = """the a of to and in is that for it as with on be by this are or from at an which
but not have has can you your we our they their will one more all about when what how there
post blog site page feed build theme image link reader writer draft content static server
cache deploy markdown template layout header footer archive tag category search index style
font color script commit branch review release version plugin engine parser renderer output
input file folder path date time title summary excerpt cover photo caption table list code
block quote heading paragraph footnote newsletter comment author editor workflow pipeline
simple fast small clean quiet careful honest useful broken slow early late old new first last
write read check fix ship test measure move keep drop add remove rename publish schedule""".split()

NL_WORDS = """de het een van en in is dat voor met op te zijn door dit of uit bij aan als maar niet
heeft kan je jouw we ons onze ze hun zal één meer alle over wanneer wat hoe er bericht blog
site pagina feed bouwen thema afbeelding link lezer schrijver concept inhoud statisch server
cache uitrollen sjabloon opmaak koptekst voettekst archief categorie zoeken index stijl
lettertype kleur script versie uitbreiding lezen schrijven controleren oplossen publiceren
meten verplaatsen bewaren toevoegen verwijderen hernoemen plannen datum tijd titel samenvatting
omslag foto bijschrift tabel lijst code citaat kop alinea voetnoot nieuwsbrief reactie auteur
redacteur werkwijze snel klein rustig zorgvuldig eerlijk nuttig kapot traag vroeg laat oud
nieuw eerste laatste café geïntegreerd ideeën privé coördinatie financiële reünie creëren
geüpdatet één beëindigd zeeën categorieën efficiënt""".split()

TITLE_WORDS = {
    "en": ("static sites;feeds;Markdown;themes;images;deploys;drafts;archives;search;caching;"
           "typography;comments;newsletters;templates;footnotes;tables;accessibility;"
           "performance;hosting;backups;migrations;analytics;writing;editing;publishing"
           ).split(";"),
    "nl": ("statische sites;feeds;Markdown;thema's;afbeeldingen;uitrollen;concepten;archieven;"
           "zoeken;caching;typografie;reacties;nieuwsbrieven;sjablonen;voetnoten;tabellen;"
           "toegankelijkheid;prestaties;hosting;back-ups;migraties;statistieken;schrijven;"
           "redactie;publiceren").split(";"),
}
TITLE_PATTERNS = {
    "en": ["{a} and {b}", "Why {a} matter", "A practical guide to {a}", "{a}: lessons from a year",
           "What I learned about {a}", "{a} without the pain", "Ten notes on {a} and {b}"],
    "nl": ["{a} en {b}", "Waarom {a} ertoe doen", "Een praktische gids voor {a}",
           "{a}: lessen uit een jaar", "Wat ik leerde over {a}", "{a} zonder gedoe",
           "Tien notities over {a} en {b}"],
}
CATEGORIES = ["AI & Technologie", "Webontwikkeling", "Engineering", "Schrijven & Publiceren",
              "Tools", "Column"]
TAGS = ["hugo", "papermod", "markdown", "rss", "epub", "static-sites", "css", "javascript",
        "python", "c++", "schrijven", "workflow", "hosting", "performance", "accessibility"]
LANGS = ["python", "js", "bash", "toml", "yaml", "cpp", "go", "text"]
CODE_SNIPPETS = {
    "python": ["def {w}(items):", "    return [x for x in items if x.{w2}]", "", "print({w}([]))"],
    "js": ["export function {w}(posts) {{", "  return posts.filter((p) => !p.{w2});", "}}"],
    "bash": ["set -euo pipefail", "for f in content/*.md; do", "  echo \"{w}: $f\"", "done"],
    "toml": ["[params]", "{w} = true", "{w2} = \"value\""],
    "yaml": ["params:", "  {w}: true", "  {w2}: [a, b, c]"],
    "cpp": ["int {w}(const std::vector<int>& v) {{", "    return static_cast<int>(v.size());",
            "}}"],
    "go": ["func {w}(s string) int {{", "\treturn len(s)", "}}"],
    "text": ["site/", "├─ content/", "│  ├─ {w}.md", "│  └─ {w2}.md", "└─ static/"],
}


def sentence(rng, lang, words_min=6, words_max=18):
    """One sentence with occasional emphasis, code spans and links."""
    words = NL_WORDS if lang == "nl" else EN_WORDS
    out = []
    for i in range(rng.randint(words_min, words_max)):
        w = rng.choice(words)
        roll = rng.random()
        if roll < 0.04:
            w = f"*{w}*"
        elif roll < 0.07:
            w = f"**{w}**"
        elif roll < 0.09:
            w = f"`{w}`"
        elif roll < 0.11:
            w = f"[{w}](https://example.org/{rng.choice(words)}/{rng.randint(1, 999)})"
        out.append(w)
    text = " ".join(out)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def plain_sentence(rng, lang, words_min, words_max):
    """A sentence without Markdown, for front-matter values and alt text."""
    text = sentence(rng, lang, words_min, words_max)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).replace("*", "").replace("`", "")
    return text[0].upper() + text[1:]


def paragraph(rng, lang):
    """A paragraph of 2-6 sentences, wrapped at about 90 columns like hand-written Markdown."""
    text = " ".join(sentence(rng, lang) for _ in range(rng.randint(2, 6)))
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 90:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def bullet_list(rng, lang):
    items = []
    for _ in range(rng.randint(3, 6)):
        items.append("- " + sentence(rng, lang, 3, 10))
        if rng.random() < 0.3:  # an ordered list inside a bullet item
            for n in range(1, rng.randint(2, 4) + 1):
                items.append(f"  {n}. " + sentence(rng, lang, 2, 7))
    return "\n".join(items)


def ordered_list(rng, lang):
    return "\n".join(f"{n}. " + sentence(rng, lang, 4, 12) for n in range(1, rng.randint(3, 6) + 1))


def task_list(rng, lang):
    return "\n".join(f"- [{rng.choice(['x', ' '])}] " + sentence(rng, lang, 3, 8)
                     for _ in range(rng.randint(3, 6)))


def table(rng, lang):
    words = NL_WORDS if lang == "nl" else EN_WORDS
    cols = rng.randint(2, 5)
    header = [rng.choice(words).capitalize() for _ in range(cols)]
    align = [rng.choice([":---", "---:", ":---:", "---"]) for _ in range(cols)]
    rows = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    for _ in range(rng.randint(3, 8)):
        cells = [str(rng.randint(0, 9999)) if rng.random() < 0.4 else rng.choice(words)
                 for _ in range(cols)]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def code_block(rng, lang):
    words = NL_WORDS if lang == "nl" else EN_WORDS
    code_lang = rng.choice(LANGS)
    w, w2 = (re.sub(r"\W", "_", rng.choice(words)) for _ in range(2))
    lines = [line.format(w=w, w2=w2) for line in CODE_SNIPPETS[code_lang]]
    return f"```{code_lang}\n" + "\n".join(lines) + "\n```"


def image(rng, lang):
    words = NL_WORDS if lang == "nl" else EN_WORDS
    name = rng.choice(words)
    return f"![{plain_sentence(rng, lang, 2, 5)[:-1]}](/blog/images/{name}-{rng.randint(1, 99)}.png)"


def block_quote(rng, lang):
    return "\n".join("> " + line for line in paragraph(rng, lang).split("\n"))


BLOCKS = [(paragraph, 10), (bullet_list, 3), (ordered_list, 2), (task_list, 1), (table, 2),
          (code_block, 2), (image, 1), (block_quote, 1)]


def body(rng, lang, title, target_bytes, h1):
    """Markdown blocks until the body reaches `target_bytes`, with an H2 every few blocks."""
    parts = [f"# {title}"] if h1 else []
    parts.append(paragraph(rng, lang))
    size = sum(len(p.encode()) + 2 for p in parts)
    since_heading = 0
    kinds, weights = zip(*BLOCKS)
    while size < target_bytes:
        if since_heading >= rng.randint(2, 5):
            block = "## " + sentence(rng, lang, 2, 6)[:-1]
            since_heading = 0
        else:
            block = rng.choices(kinds, weights)[0](rng, lang)
            since_heading += 1
        parts.append(block)
        size += len(block.encode()) + 2
    return "\n\n".join(parts) + "\n"


# ---- --real: what real posts hold besides clean Markdown --------------------------------------

DE_WORDS = """der die das und ist nicht mit auf für ein eine zu von im den dem es wir sie ich
bild seite beitrag schreiben lesen bauen über größe schön früh spät grün straße müde""".split()
FR_WORDS = """le la les et est pas avec sur pour un une de du des dans nous vous ils image
page article écrire lire construire été déjà très après où français thé""".split()
FA_WORDS = """این یک از به در با را که است برای ما شما آنها تصویر صفحه نوشتن خواندن ساختن
وبلاگ مطلب امروز خوب""".split()
REAL_LANGS = {"en": EN_WORDS, "nl": NL_WORDS, "de": DE_WORDS, "fr": FR_WORDS, "fa": FA_WORDS}
REAL_IMAGES = 24  # photo-1.png .. photo-24.png exist; photo-25 .. photo-30 do not


def real_words(rng, lang, n):
    return " ".join(rng.choice(REAL_LANGS[lang]) for _ in range(n))


def real_image_path(rng):
    return f"/images/photo-{rng.randint(1, REAL_IMAGES + 6)}.png"


def raw_html_block(rng, lang):
    """One raw HTML block of the kinds real posts hold."""
    alt = real_words(rng, lang, 3)
    kind = rng.randrange(7)
    if kind == 0:
        return (f'<p align="center"><img src="{real_image_path(rng)}" width="100%" border="0" '
                f'alt="{alt}"></p>')
    if kind == 1:
        return (f'<figure>\n  <img src="{real_image_path(rng)}" alt="{alt}" align="left">\n'
                f"  <figcaption>{real_words(rng, lang, 5)}</figcaption>\n</figure>")
    if kind == 2:
        return (f"<picture>\n  <source srcset=\"{real_image_path(rng)} 2x\">\n"
                f'  <img src="{real_image_path(rng)}" alt="{alt}">\n</picture>')
    if kind == 3:
        vid = "".join(rng.choice("abcdefghijkLMNOPQ0123456789_-") for _ in range(11))
        return (f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{vid}" '
                f'title="{alt}" frameborder="0" allowfullscreen></iframe>')
    if kind == 4:
        return (f'<div class="note">\n\n{paragraph(rng, "en" if lang == "fa" else lang)}\n\n'
                "</div>")
    if kind == 5:
        return (f"<details>\n<summary>{real_words(rng, lang, 3)}</summary>\n\n"
                f"{real_words(rng, lang, 12)}\n\n</details>")
    return (f'<div style="text-align:center"><iframe src="https://player.vimeo.com/video/'
            f'{rng.randint(10**7, 10**8)}" width="640" height="360" frameborder="0" '
            f"allowfullscreen></iframe></div>")


def inline_html_paragraph(rng, lang):
    """A paragraph with inline tags between its words."""
    parts = []
    for _ in range(rng.randint(3, 6)):
        parts.append(real_words(rng, lang, rng.randint(4, 10)))
        roll = rng.randrange(5)
        if roll == 0:
            parts.append(f'<img src="{real_image_path(rng)}" alt="icon" width="16">')
        elif roll == 1:
            parts.append("<kbd>Ctrl</kbd>+<kbd>C</kbd>")
        elif roll == 2:
            parts.append(f'<span class="highlight">{real_words(rng, lang, 2)}</span>')
        elif roll == 3:
            parts.append(f"x<sup>{rng.randint(2, 9)}</sup>")
        else:
            parts.append("<br>")
    return " ".join(parts) + "."


def engine_syntax(rng, lang):
    """A Hugo shortcode or a Jekyll Liquid tag."""
    kind = rng.randrange(6)
    if kind == 0:
        return f'{{{{< figure src="{real_image_path(rng)}" caption="{real_words(rng, lang, 4)}" >}}}}'
    if kind == 1:
        return f"{{{{< youtube {rng.randint(10**9, 10**10)} >}}}}"
    if kind == 2:
        return '{{< highlight go >}}\nfunc main() {\n\tprintln("hi")\n}\n{{< /highlight >}}'
    if kind == 3:
        return "{% highlight ruby %}\nputs 'hello'\n{% endhighlight %}"
    if kind == 4:
        return (f"{real_words(rng, lang, 5)} {{% post_url 2021-0{rng.randint(1, 9)}-1"
                f"{rng.randint(0, 9)}-some-post %}} {real_words(rng, lang, 3)}.")
    return '{% include note.html content="' + real_words(rng, lang, 4) + '" %}'


def real_body(rng, lang, title, target_bytes, raw_html):
    """A body as `body` writes it, with raw HTML (when `raw_html`), inline tags and engine syntax
    among its blocks; Persian posts are mostly their own words."""
    text_lang = "en" if lang in ("de", "fr", "fa") else lang
    parts = [paragraph(rng, text_lang) if lang == text_lang else real_words(rng, lang, 40) + "."]
    size = len(parts[0].encode())
    kinds, weights = zip(*BLOCKS)
    since_heading = 0
    placed_raw = False
    while size < target_bytes:
        roll = rng.random()
        if since_heading >= rng.randint(2, 5):
            block = "## " + real_words(rng, lang, 4)
            since_heading = 0
        elif raw_html and (not placed_raw or roll < 0.12):
            block = raw_html_block(rng, lang)
            placed_raw = True
        elif roll < 0.2:
            block = inline_html_paragraph(rng, lang)
        elif roll < 0.27:
            block = engine_syntax(rng, lang)
        elif lang in ("de", "fr", "fa") and roll < 0.6:
            block = real_words(rng, lang, rng.randint(20, 60)) + "."
        else:
            block = rng.choices(kinds, weights)[0](rng, text_lang)
        since_heading += 1
        parts.append(block)
        size += len(block.encode()) + 2
    return "\n\n".join(parts) + "\n"


def real_article(rng, index):
    """(slug, whole file, body) of article `index` of the --real corpus."""
    lang = rng.choice(["en", "en", "nl", "nl", "de", "fr", "fa"])
    title_lang = lang if lang in TITLE_WORDS else "en"
    a, b = rng.sample(TITLE_WORDS[title_lang], 2)
    title = rng.choice(TITLE_PATTERNS[title_lang]).format(a=a, b=b)
    if lang in ("de", "fr", "fa"):
        title = real_words(rng, lang, 4)
    title = title[0].upper() + title[1:]
    date = datetime.datetime(2019, 1, 1) + datetime.timedelta(
        seconds=rng.randint(0, 7 * 365 * 86400), milliseconds=rng.randint(0, 999))
    summary = real_words(rng, lang, 12)
    front = (front_matter_a if rng.random() < 0.5 else front_matter_b)(
        rng, title_lang, title, date, summary)
    if rng.random() < 0.5:
        front = front.replace("---\n", f"---\nlang: {lang}\n", 1)
    target = rng.randint(2048, 7800) - len(front.encode())
    text = real_body(rng, lang, title, target, raw_html=rng.random() < 0.6)
    slug = slugify(title) or f"post-{index}"
    return f"{index:05d}-{slug}", front + "\n" + text, text


def write_real_images(out):
    """OUT/static/images/photo-N.png: tiny valid PNGs, each its own colour."""
    import struct
    import zlib
    folder = os.path.join(out, "static", "images")
    shutil.rmtree(os.path.join(out, "static"), ignore_errors=True)
    os.makedirs(folder)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    for n in range(1, REAL_IMAGES + 1):
        pixel = bytes([n * 10 % 256, 255 - n * 7 % 256, n * 3 % 256])
        raw = b"".join(b"\x00" + pixel * 8 for _ in range(8))
        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
               + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
        with open(os.path.join(folder, f"photo-{n}.png"), "wb") as f:
            f.write(png)


def slugify(title):
    slug = title.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ü", "u"), ("'", "")):
        slug = slug.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", slug).strip("-")


def yaml_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter_a(rng, lang, title, date, summary):
    image_name = rng.choice(["Why It's Late", "header", "cover photo", "diagram"])
    return "\n".join([
        "---",
        f"title: {yaml_quote(title)}",
        f'date: "{date:%Y-%m-%d}"',
        f"category: {yaml_quote(rng.choice(CATEGORIES))}",
        f"excerpt: {yaml_quote(summary)}",
        f"featuredImage: {yaml_quote(f'/blog/images/{image_name} {rng.randint(1, 500)}.png')}",
        "---", ""])


def front_matter_b(rng, lang, title, date, summary):
    stamp = date.strftime("%Y-%m-%dT%H:%M:%S.") + f"{date.microsecond // 1000:03d}Z"
    tags = ", ".join(f'"{t}"' for t in rng.sample(TAGS, rng.randint(1, 4)))
    if rng.random() < 0.5:
        cover = f"https://images.example.net/{rng.randint(1000, 9999)}.jpg?w=1200&q=80"
    else:
        cover = f"/blog/images/cover-{rng.randint(1, 500)}.png"
    return "\n".join([
        "---",
        f"title: {yaml_quote(title)}",
        f"date: {stamp}",
        f"tags: [{tags}]",
        f"summary: {yaml_quote(summary)}",
        f"draft: {'true' if rng.random() < 0.1 else 'false'}",
        "cover:",
        f'  image: "{cover}"',
        f"  alt: {yaml_quote(plain_sentence(rng, lang, 2, 6)[:-1])}",
        f"  caption: {yaml_quote(plain_sentence(rng, lang, 2, 6))}",
        f'doelgroep: "{rng.choice(["beginners", "ontwikkelaars", "bloggers", "iedereen"])}"',
        f'sectie: "{rng.choice(["Tutorials", "Praktijk", "Column", "Techniek"])}"',
        "---", ""])


def article(rng, index):
    """(slug, whole file, body) of article `index`."""
    lang = rng.choice(["en", "nl"])
    a, b = rng.sample(TITLE_WORDS[lang], 2)
    title = rng.choice(TITLE_PATTERNS[lang]).format(a=a, b=b)
    title = title[0].upper() + title[1:]
    date = datetime.datetime(2019, 1, 1) + datetime.timedelta(
        seconds=rng.randint(0, 7 * 365 * 86400), milliseconds=rng.randint(0, 999))
    summary = plain_sentence(rng, lang, 8, 20)
    style_a = rng.random() < 0.5
    front = (front_matter_a if style_a else front_matter_b)(rng, lang, title, date, summary)
    # Whole files land in 2-8 KB; a style-A body repeats the title as an H1 most of the time.
    target = rng.randint(2048, 7800) - len(front.encode())
    text = body(rng, lang, title, target, h1=style_a and rng.random() < 0.7)
    return f"{index:05d}-{slugify(title)}", front + "\n" + text, text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="output folder (articles/, bodies/ and corpus.txt go in it)")
    parser.add_argument("--count", type=int, default=10000, help="articles to write (10000)")
    parser.add_argument("--seed", type=int, default=20260227, help="random seed (20260227)")
    parser.add_argument("--real", action="store_true",
                        help="raw HTML in 6 posts of 10, shortcodes, Liquid, five languages")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be at least 1")

    # Start from empty folders so a smaller run never leaves articles of a larger one behind.
    for sub in ("articles", "bodies"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
        os.makedirs(os.path.join(args.out, sub))
    marker = os.path.join(args.out, "corpus.txt")
    if os.path.exists(marker):
        os.remove(marker)

    rng = random.Random(args.seed)
    total = 0
    for i in range(1, args.count + 1):
        name, whole, text = (real_article if args.real else article)(rng, i)
        with open(os.path.join(args.out, "articles", name + ".md"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(whole)
        with open(os.path.join(args.out, "bodies", f"{i:05d}.md"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(text)
        total += len(whole.encode())
    if args.real:
        write_real_images(args.out)
    with open(marker, "w", encoding="utf-8") as f:
        f.write(f"count {args.count}\nseed {args.seed}\nbytes {total}\n"
                + ("real\n" if args.real else ""))
    print(f"generate_corpus: {args.count} articles, {total / 1e6:.1f} MB, in {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
