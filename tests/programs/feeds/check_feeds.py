#!/usr/bin/env python3
"""Builds RSS, Atom and JSON feeds with the real `folio feed` and runs every validator and
client the feeds issue names on them:

  * Atom: jing against the RFC 4287 RELAX NG schema and its Schematron rules (jing runs
    Schematron 1.5, the dialect atom-rules.sch is written in);
  * RSS and Atom: Debian's python3-feedparser (bozo must be 0; every entry needs a title, a
    link, a date and content) and the npm client rss-parser (tests/tools/parse_feed.js);
  * JSON Feed 1.1: the required shape, and the same items as the RSS feed.

It does so on examples/posts and on a generated hostile corpus whose titles and bodies carry
`&`, `<`, `]]>`, quotes, emoji and characters XML cannot hold, and checks that the hostile text
arrives intact (minus those characters), that CDATA was split, that URLs became absolute and
that items are newest first.
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import feedparser  # Debian's python3-feedparser, under /usr/bin/python3

BASE = "https://example.org/blog/"
# XML 1.0 Char production: what survives in every feed format.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return NOT_XML.sub("", text)


# ---- the hostile corpus ----------------------------------------------------------------------

HOSTILE = [
    # (file, title, date, extra front matter lines, body)
    ("amp-and-angle", 'Fish & Chips <b>not bold</b> "quoted" \'single\' ]]> end 😀',
     "2026-03-01", "", "First & only <paragraph> with ]]> inside and an emoji 🎉.\n\n"
     '<div class="raw">]]> raw block & CDATA end</div>\n\n'
     "```\ncode with ]]> and <tags> & entities &amp;\n```\n"),
    ("control-chars", "Bell\u0007 and \u0001 start-of-heading and tab\there",
     "2026-02-15T10:30:00.125Z", "",
     "Text with controls \u0001\u0002\u0008 and noncharacters \ufffe\uffff removed.\n"),
    ("relative-links", "Links, images & anchors",
     "2026-02-14T09:00:00+05:30", "",
     "## Section\n\n![alt & <x>](<img/photo one.png>) and [up](../other/) and [site](/about/) and "
     "[here](#section) and [mail](mailto:a@example.org) and [ext](https://ext.example/x?a=1&b=2).\n"),
    ("cdata-in-summary", "Summary ]]> test",
     "2026-01-31", 'summary: "A summary with ]]> & <b>markup</b> \\u0003 control"\n',
     "# Summary ]]> test\n\nBody after a heading that repeats the title.\n"),
    ("quotes-emoji-title", "“Curly” ‘quotes’, ß, 中文 and 👩‍💻 zero-width-joined",
     "2025-12-31T23:59:59-08:00", "tags: [\"a&b\", \"<tag>\", \"]]>\"]\n",
     "Plain body.\n"),
    ("draft-post", "A draft that must not appear", "2026-03-05", "draft: true\n", "Secret.\n"),
]


def yaml_string(text: str) -> str:
    # YAML double-quoted scalar: escape backslash, quote and every control character.
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 0x20 or ch in "\ufffe\uffff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def write_hostile_corpus(folder: pathlib.Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, title, date, extra, body in HOSTILE:
        text = f"---\ntitle: {yaml_string(title)}\ndate: {date}\n{extra}---\n\n{body}"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")


# ---- runners ---------------------------------------------------------------------------------


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)


def build_feeds(folio: str, inputs: list[str], out: pathlib.Path, extra: list[str],
                problems: list[str]) -> dict[str, pathlib.Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for fmt, name in (("rss", "feed.xml"), ("atom", "feed.atom"), ("json", "feed.json")):
        target = out / name
        result = run([folio, "feed", *inputs, "-o", str(target), "--format", fmt,
                      "--base-url", BASE, *extra],
                     env={**os.environ, "SOURCE_DATE_EPOCH": "1767225600"})
        if result.returncode != 0:
            problems.append(f"folio feed --format {fmt} exited {result.returncode}: {result.stderr}")
        files[fmt] = target
    return files


# The Atom files made, for feeds_atom_schema (the schema lives outside the repository).
ATOM_FILES: list[pathlib.Path] = []


def check_jing(atom: pathlib.Path, schema_dir: pathlib.Path | None, problems: list[str]) -> None:
    if schema_dir is None:
        # Copied: the command-line checks write one path several times over.
        copy = atom.with_name(f"{atom.stem}-{len(ATOM_FILES)}{atom.suffix}")
        copy.write_bytes(atom.read_bytes())
        ATOM_FILES.append(copy)
        return
    for schema in ("atom.rng", "atom-rules.sch"):
        result = run(["jing", str(schema_dir / schema), str(atom)])
        # Debian's launcher warns about optional jars it cannot find (xml-apis, batik, ...):
        # that is about the launcher's class path, not about the document.
        output = [line for line in (result.stdout + result.stderr).splitlines()
                  if line.strip() and not line.startswith("[warning] /usr/bin/jing: Unable to locate")]
        if result.returncode != 0 or output:
            problems.append(f"jing {schema} on {atom}:\n" + "\n".join(output))


def check_feedparser(path: pathlib.Path, version: str, problems: list[str]):
    parsed = feedparser.parse(str(path))
    if parsed.bozo:
        problems.append(f"feedparser: {path} is bozo: {parsed.bozo_exception!r}")
    if parsed.version != version:
        problems.append(f"feedparser: {path} reads as {parsed.version!r}, not {version}")
    for index, entry in enumerate(parsed.entries, 1):
        for field, value in (("title", entry.get("title")), ("link", entry.get("link")),
                             ("date", entry.get("published_parsed")),
                             ("content", entry.get("content", [{}])[0].get("value"))):
            if not value:
                problems.append(f"feedparser: {path} entry {index} has no {field}")
    dates = [entry.get("published_parsed") for entry in parsed.entries]
    if any(a is not None and b is not None and a < b for a, b in zip(dates, dates[1:])):
        problems.append(f"feedparser: {path} entries are not newest first: {dates}")
    return parsed


def check_rss_parser(node_script: pathlib.Path, paths: list[pathlib.Path], problems: list[str]):
    result = run(["node", str(node_script), *map(str, paths)])
    if result.returncode != 0:
        problems.append(f"rss-parser: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def check_json_feed(path: pathlib.Path, rss_titles: list[str], problems: list[str]) -> dict:
    feed = json.loads(path.read_text(encoding="utf-8"))
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append(f"{path}: version is {feed.get('version')!r}")
    for key in ("title", "home_page_url", "feed_url", "items"):
        if key not in feed:
            problems.append(f"{path}: no {key}")
    for index, item in enumerate(feed.get("items", []), 1):
        for key in ("id", "url", "title", "content_html", "date_published"):
            if not item.get(key):
                problems.append(f"{path}: item {index} has no {key}")
    titles = [item.get("title") for item in feed.get("items", [])]
    if titles != rss_titles:
        problems.append(f"{path}: items {titles} differ from the RSS items {rss_titles}")
    return feed


def check_corpus(label: str, folio: str, inputs: list[str], out: pathlib.Path, extra: list[str],
                 args, problems: list[str]):
    files = build_feeds(folio, inputs, out, extra, problems)
    if problems:
        return None
    check_jing(files["atom"], args.schemas and pathlib.Path(args.schemas), problems)
    rss = check_feedparser(files["rss"], "rss20", problems)
    atom = check_feedparser(files["atom"], "atom10", problems)
    clients = check_rss_parser(pathlib.Path(args.rss_parser), [files["rss"], files["atom"]], problems)
    rss_titles = [entry.title for entry in rss.entries]
    json_feed = check_json_feed(files["json"], rss_titles, problems)
    if [e.title for e in atom.entries] != rss_titles:
        problems.append(f"{label}: Atom and RSS carry different titles")
    for client in clients:
        if [item["title"] for item in client["items"]] != rss_titles:
            problems.append(f"{label}: rss-parser read other titles from {client['path']}")
    jing = "jing (RELAX NG + Schematron) clean" if args.schemas else "Atom schema: feeds_atom_schema"
    print(f"{label}: {len(rss.entries)} items; {jing}; feedparser "
          f"bozo=0 for RSS and Atom; rss-parser read {sum(len(c['items']) for c in clients)} items")
    return files, rss, atom, json_feed


def check_hostile_details(files, rss, atom, json_feed, problems: list[str]) -> None:
    expected = [(name, clean(title)) for name, title, *_ in HOSTILE if name != "draft-post"]
    expected_titles = {title for _, title in expected}
    atom_titles = [entry.title for entry in atom.entries]
    # Atom titles are type="text": what a reader shows must be the title exactly.
    if set(atom_titles) != expected_titles or len(atom_titles) != len(expected):
        problems.append(f"hostile: Atom titles {atom_titles!r} are not {sorted(expected_titles)!r}")
    json_titles = [item["title"] for item in json_feed["items"]]
    if set(json_titles) != expected_titles:
        problems.append(f"hostile: JSON titles {json_titles!r} are not {sorted(expected_titles)!r}")
    if any("draft" in title for title in atom_titles):
        problems.append("hostile: the draft article is in the feed")
    raw_rss = files["rss"].read_text(encoding="utf-8")
    if "]]]]><![CDATA[>" not in raw_rss:
        problems.append("hostile: no split CDATA section in the RSS for content containing ]]>")
    for name in ("rss", "atom", "json"):
        raw = files[name].read_text(encoding="utf-8")
        if NOT_XML.search(raw):
            problems.append(f"hostile: {files[name]} still holds characters XML 1.0 forbids")
    by_title = {entry.title: entry for entry in rss.entries}
    first = by_title.get(clean(HOSTILE[0][1]))
    if first is None or '<div class="raw">]]> raw block & CDATA end</div>' not in first.content[0].value:
        problems.append("hostile: the raw ]]> did not survive the CDATA split")
    rss_titles = [entry.title for entry in rss.entries]
    if set(rss_titles) != expected_titles:
        problems.append(f"hostile: RSS titles {rss_titles!r} are not {sorted(expected_titles)!r}")
    links = by_title.get(clean(HOSTILE[2][1]))
    wanted = ['src="https://example.org/blog/posts/relative-links/img/photo%20one.png"',
              'href="https://example.org/blog/posts/other/"',
              'href="https://example.org/blog/about/"',
              # Fragments stay fragments; the renderer prefixes them like the heading ids.
              'href="#relative-links-section"', 'id="relative-links-section"', 'href="mailto:a@example.org"']
    json_links = next((i for i in json_feed["items"] if i["title"] == clean(HOSTILE[2][1])), {})
    for snippet in wanted:
        if snippet not in json_links.get("content_html", ""):
            problems.append(f"hostile: {snippet} not in the content {json_links.get('content_html')!r}")
    if links is None:
        problems.append("hostile: the relative-links article is missing")
    summary = by_title.get(clean(HOSTILE[3][1]))
    if summary is None or "Summary ]]> test</h1>" in summary.content[0].value:
        problems.append("hostile: the H1 repeating the title was not left out")


def check_command_line(folio: str, examples: pathlib.Path, work: pathlib.Path,
                       schemas: pathlib.Path | None, problems: list[str]) -> None:
    """The command as a user meets it: usage errors, limits, summary mode, reproducibility."""
    posts = str(examples / "posts")
    target = work / "cli" / "feed.xml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    usage = [
        ([], "folio: error: a base URL is required (--base-url or base_url in folio.toml) "
             "[feed.base-url]\n"),
        (["--base-url", "example.org/blog/"],
         "folio: error: base URL 'example.org/blog/' must be absolute, starting with https:// or "
         "http:// (like https://example.org/) [feed.base-url]\n"),
        (["--base-url", BASE, "--time-zone", "Europe/Atlantis"],
         "folio: error: unknown time zone 'Europe/Atlantis': use UTC, an offset like +01:00, or "
         "an IANA name like Europe/Amsterdam (looked in /usr/share/zoneinfo/, Debian package "
         "tzdata) [feed.time-zone]\n"),
    ]
    for extra, expected in usage:
        # Run where no folio.toml can supply a base URL.
        result = run([folio, "feed", posts, "-o", str(target), *extra], cwd=target.parent)
        if result.returncode != 2 or result.stderr != expected:
            problems.append(f"cli: {extra} gave exit {result.returncode} and {result.stderr!r}, "
                            f"wanted exit 2 and {expected!r}")
    if target.exists():
        problems.append("cli: a usage error still wrote the feed")

    def feed_bytes(*extra: str) -> bytes:
        result = run([folio, "feed", posts, "-o", str(target), "--base-url", BASE, *extra],
                     cwd=target.parent,
                     env={k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"})
        if result.returncode != 0:
            problems.append(f"cli: {extra} exited {result.returncode}: {result.stderr}")
        return target.read_bytes() if target.exists() else b""

    first = feed_bytes()
    if first != feed_bytes():
        problems.append("cli: two runs on the same input gave different bytes")
    if feedparser.parse(feed_bytes("--limit", "3")).entries.__len__() != 3:
        problems.append("cli: --limit 3 did not give 3 items")
    drafts = len(feedparser.parse(feed_bytes("--drafts")).entries)
    if drafts != len(feedparser.parse(first).entries) + 1:
        problems.append("cli: --drafts did not add the one draft of examples/posts")
    summary = feed_bytes("--content", "summary")
    if b"content:encoded" in summary or b"<description>" not in summary:
        problems.append("cli: --content summary still carries the full content")
    # An Atom entry without content leans on its alternate link (RFC 4287 4.1.1): still valid?
    atom_summary = feed_bytes("--content", "summary", "--format", "atom", "--limit", "0")
    if b"<content" in atom_summary:
        problems.append("cli: --content summary --format atom still carries content")
    check_jing(target, schemas, problems)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--examples", required=True, help="examples/ folder")
    parser.add_argument("--schemas", help="folder with atom.rng and atom-rules.sch; without it the "
                        "Atom files are listed in WORK/atom-files.txt for check_atom_schema.py")
    parser.add_argument("--rss-parser", required=True, help="tests/tools/parse_feed.js")
    parser.add_argument("--work", required=True, help="scratch folder")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    examples = pathlib.Path(args.examples)
    problems: list[str] = []

    check_corpus("examples", args.folio, [str(examples / "posts")], work / "examples",
                 ["--config", str(examples / "folio.toml")], args, problems)

    check_command_line(args.folio, examples, work, args.schemas and pathlib.Path(args.schemas),
                       problems)

    corpus = work / "hostile-corpus"
    write_hostile_corpus(corpus)
    checked = check_corpus("hostile", args.folio, [str(corpus)], work / "hostile",
                           ["--time-zone", "Europe/Amsterdam"], args, problems)
    if checked:
        check_hostile_details(*checked, problems)

    (work / "atom-files.txt").write_text("".join(f"{path}\n" for path in ATOM_FILES),
                                         encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
