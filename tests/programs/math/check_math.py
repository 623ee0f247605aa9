#!/usr/bin/python3
"""Math in the book, the site, the feeds, `render`, `markdown` and `hugo`.

    check_math.py --folio PATH --epubcheck JAR --vnu JAR --posts DIR --work DIR

The posts (posts/ here) write math as KaTeX blogs (`$...$`, `$$...$$` on lines of their own)
and kramdown blogs (`$$ x $$` among text is inline) do, with a matrix, cases, an aligned
block, a table and a note holding math, a price in dollars and one macro only the blog's own
KaTeX knew. The book passes epubcheck with the chapters that hold MathML declared
`properties="mathml"`; the site passes the Nu HTML checker; the Atom feed parses with
feedparser and carries the MathML; `render` writes MathML with the TeX as annotation;
`markdown --reformat` writes TeX that reads back as the same tree; `hugo` copies it byte for
byte; the unknown macro is one warning at its line and column.
"""

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "epub"))
from epubcheck_report import epubcheck_problem  # noqa: E402
import feedparser  # noqa: E402

BASE = "https://blog.example.org/"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
GRADIENT = "2024-03-02-gradient-descent.md"
MATRICES = "2024-05-11-matrices-and-cases.md"
failures: list[str] = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def folio(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, env=ENV, timeout=300)


def check_book(args, work: pathlib.Path):
    book = work / "book.epub"
    result = folio(args.folio, "epub", args.posts, "-o", str(book), "--title", "Math")
    if not check(result.returncode == 0, f"folio epub exited {result.returncode}: "
                 f"{result.stderr.decode()}"):
        return
    stderr = result.stderr.decode()
    warnings = re.findall(r"^(\S+):(\d+):(\d+): warning: (.*)$", stderr, re.M)
    math_warnings = [w for w in warnings if "[markdown.math]" in w[3]]
    check([(pathlib.Path(w[0]).name, w[1], w[2]) for w in math_warnings] == [(MATRICES, "35", "46")],
          f"expected one math warning at {MATRICES}:35:46, got: {math_warnings}")
    problem = epubcheck_problem(args.epubcheck, str(book))
    check(problem is None, problem)
    with zipfile.ZipFile(book) as archive:
        opf = archive.read("OEBPS/content.opf").decode()
        chapters = {name: archive.read(name).decode() for name in archive.namelist()
                    if re.match(r"OEBPS/.*\d{4}-.*\.xhtml$", name)}
    maths = 0
    for name, page in chapters.items():
        count = page.count("<math ")
        maths += count
        item = re.search(r'<item [^>]*href="' + re.escape(name[len("OEBPS/"):]) + r'"[^>]*/>', opf)
        item = item.group(0) if item else ""
        check(count > 0, f"{name} holds no MathML")
        check('properties="mathml"' in item, f"{name} holds MathML but its item is {item!r}")
        check('display="block"' in page, f"{name}: no display math")
        check('<annotation encoding="application/x-tex">' in page, f"{name}: no TeX annotation")
        check("$" not in re.sub(r"<annotation[^>]*>.*?</annotation>|<code[^>]*>.*?</code>", "", page,
                                flags=re.S).replace("$2 and a laptop run $0", ""),
              f"{name}: a dollar sign of math is left in the text")
    gradient = next((p for n, p in chapters.items() if "gradient" in n), "")
    check("about $2 and a laptop run $0, so" in gradient, "the prices in dollars are not text")
    check("<td><math " in gradient, "the math in the table is not MathML")
    matrices = next((p for n, p in chapters.items() if "matrices" in n), "")
    check("<merror><mtext>\\RR</mtext></merror>" in matrices, "the unknown macro is not shown")
    print(f"book: {len(chapters)} chapters, {maths} <math> elements, properties=\"mathml\" on "
          f"each, epubcheck {'clean' if problem is None else 'NOT clean'}")


def check_site(args, work: pathlib.Path):
    site = work / "site"
    result = folio(args.folio, "html", args.posts, "-o", str(site))
    if not check(result.returncode == 0, f"folio html exited {result.returncode}"):
        return
    pages = sorted(str(p) for p in site.rglob("*.html"))
    maths = sum(pathlib.Path(p).read_text(encoding="utf-8").count("<math ") for p in pages)
    check(maths > 0, "the site holds no MathML")
    nu = subprocess.run(["java", "-jar", args.vnu, "--errors-only", *pages], capture_output=True,
                        text=True)
    check(nu.returncode == 0 and not nu.stderr.strip(), f"Nu checker:\n{nu.stderr}")
    print(f"site: {len(pages)} pages, {maths} <math> elements, Nu checker "
          f"{'0 errors' if nu.returncode == 0 else 'ERRORS'}")


def check_feed(args, work: pathlib.Path):
    atom = work / "feed.atom"
    result = folio(args.folio, "feed", args.posts, "-o", str(atom), "--format", "atom",
                   "--base-url", BASE, "--limit", "0")
    if not check(result.returncode == 0, f"folio feed exited {result.returncode}"):
        return
    parsed = feedparser.parse(str(atom))
    check(not parsed.bozo, f"feedparser: {parsed.get('bozo_exception')}")
    contents = [entry.content[0].value for entry in parsed.entries]
    check(all("<math" in content for content in contents), "a feed entry lost its MathML")
    print(f"feed: {len(contents)} Atom entries with MathML, feedparser clean")


def check_render_markdown_hugo(args, work: pathlib.Path):
    post = pathlib.Path(args.posts) / GRADIENT
    rendered = folio(args.folio, "render", str(post)).stdout.decode()
    check('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">' in rendered,
          "render wrote no display MathML")
    check("<annotation encoding=\"application/x-tex\">L(\\theta)</annotation>" in rendered,
          "render did not keep the TeX as annotation")

    out = work / "markdown"
    result = folio(args.folio, "markdown", args.posts, "-o", str(out), "--style", "b",
                   "--reformat")
    check(result.returncode == 0, f"folio markdown exited {result.returncode}: "
          f"{result.stderr.decode()}")

    def bodies(folder):
        tree = json.loads(folio(args.folio, "inspect", str(folder)).stdout)
        articles = tree if isinstance(tree, list) else tree.get("articles", [tree])
        return sorted(json.dumps(a["body"], sort_keys=True) for a in articles)

    def strip_positions(text):
        return re.sub(r'"(line|column)": \d+', "", text)

    check([strip_positions(b) for b in bodies(out)] ==
          [strip_positions(b) for b in bodies(args.posts)],
          "the Markdown written with --reformat does not read back as the same tree")

    hugo = work / "hugo"
    folio(args.folio, "hugo", args.posts, "-o", str(hugo))
    copied = "\n".join(p.read_text(encoding="utf-8") for p in hugo.rglob("*.md"))
    source = (pathlib.Path(args.posts) / MATRICES).read_text(encoding="utf-8")
    block = source[source.index("$$\nf(x)"):source.index("\\end{cases}\n$$") + 14]
    check(block in copied, "folio hugo did not copy the math byte for byte")
    print("render: MathML with TeX annotation; markdown --reformat reads back the same; "
          "hugo copies math as written")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True)
    parser.add_argument("--epubcheck", required=True)
    parser.add_argument("--vnu", required=True, help="vnu.jar, the Nu HTML checker")
    parser.add_argument("--posts", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    os.chdir(work)
    check_book(args, work)
    check_site(args, work)
    check_feed(args, work)
    check_render_markdown_hugo(args, work)
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
