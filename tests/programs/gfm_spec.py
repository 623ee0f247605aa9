#!/usr/bin/python3
"""GFM spec conformance: every example of the GitHub Flavored Markdown spec through
`folio render -` and through md4c's own md_html (`md4c_render`), both compared with the
spec's expected HTML after normalising all three the way the spec's normalize.py does.

Also runs md4c's extension test files (informational): md4c's expected HTML has its own
style, so there folio is compared with md4c's output through the same normaliser.

Exits 1 when folio passes fewer examples than md4c or fewer than MINIMUM_PASSES, and 77
(ctest's skip) when the spec file is not there.
"""

import argparse
import gzip
import html
import html.entities
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

MINIMUM_PASSES = 665
TIMEOUT_SECONDS = 10
FENCE = "`" * 32
MD4C_TEST_FILES = [
    "tables.txt",
    "strikethrough.txt",
    "tasklists.txt",
    "permissive-url-autolinks.txt",
    "permissive-www-autolinks.txt",
    "permissive-email-autolinks.txt",
]


class Example:
    def __init__(self, number, section, markdown, expected):
        self.number = number
        self.section = section
        self.markdown = markdown
        self.expected = expected


def read_examples(text):
    """The examples of a spec-format file, numbered from 1 like the spec's own tooling."""
    examples = []
    section = ""
    state = "text"  # text, markdown, html
    markdown, expected = [], []
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if state == "text":
            if stripped.startswith(FENCE + " example"):
                state, markdown, expected = "markdown", [], []
            elif re.match(r"#+ ", stripped):
                section = stripped.lstrip("#").strip()
        elif state == "markdown":
            if stripped == ".":
                state = "html"
            else:
                markdown.append(line)
        elif state == "html":
            if stripped == FENCE:
                examples.append(Example(len(examples) + 1, section,
                                        "".join(markdown).replace("\u2192", "\t"),
                                        "".join(expected).replace("\u2192", "\t")))
                state = "text"
            else:
                expected.append(line)
    return examples


BLOCK_TAGS = {
    "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map",
    "button", "object", "canvas", "ol", "output", "colgroup", "p", "pre", "progress", "dd", "dl",
    "section", "dt", "script", "div", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "video", "footer", "form", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "caption", "noscript", "dir", "menu", "address", "style", "textarea",
}
WHITESPACE = re.compile(r"\s+")
CHUNK = re.compile(r"(<!\[CDATA\[.*?\]\]>|<[^>]*>|[^<]+)", re.S)


class Normaliser(HTMLParser):
    """The spec's normalize.py: whitespace collapsed outside <pre> and trimmed around block
    tags, attributes sorted, `<br>` and `<br />` alike, entity and character references
    replaced by the characters they stand for (`<>&"` kept escaped)."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.last = "starttag"
        self.last_tag = ""
        self.in_pre = False
        self.output = ""

    def handle_data(self, data):
        after_tag = self.last in ("endtag", "starttag")
        after_block_tag = after_tag and self.last_tag in BLOCK_TAGS
        if after_tag and self.last_tag == "br":
            data = data.lstrip("\n")
        if not self.in_pre:
            data = WHITESPACE.sub(" ", data)
        if after_block_tag and not self.in_pre:
            if self.last == "starttag":
                data = data.lstrip()
            elif self.last == "endtag":
                data = data.strip()
        self.output += data
        self.last = "data"

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_pre = False
        elif tag in BLOCK_TAGS:
            self.output = self.output.rstrip()
        self.output += "</" + tag + ">"
        self.last_tag = tag
        self.last = "endtag"

    def handle_starttag(self, tag, attrs):
        if tag == "pre":
            self.in_pre = True
        if tag in BLOCK_TAGS:
            self.output = self.output.rstrip()
        self.output += "<" + tag
        for name, value in sorted(attrs, key=lambda attr: (attr[0], attr[1] or "")):
            self.output += " " + name
            # A bare attribute (`data-footnotes`) and an empty one (`data-footnotes=""`) are
            # the same attribute; XHTML only allows the second.
            if value:
                self.output += '="' + html.escape(value, quote=True) + '"'
        self.output += ">"
        self.last_tag = tag
        self.last = "starttag"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.last = "endtag"

    def handle_comment(self, data):
        self.output += "<!--" + data + "-->"
        self.last = "comment"

    def handle_decl(self, decl):
        self.output += "<!" + decl + ">"
        self.last = "decl"

    def unknown_decl(self, data):
        self.output += "<!" + data + ">"
        self.last = "decl"

    def handle_pi(self, data):
        self.output += "<?" + data + ">"
        self.last = "pi"

    def handle_entityref(self, name):
        code_point = html.entities.name2codepoint.get(name)
        self.output_char(chr(code_point) if code_point is not None else None, "&" + name + ";")
        self.last = "ref"

    def handle_charref(self, name):
        try:
            char = chr(int(name[1:], 16)) if name[:1] in ("x", "X") else chr(int(name))
        except (ValueError, OverflowError):
            char = None
        self.output_char(char, "&#" + name + ";")
        self.last = "ref"

    def output_char(self, char, fallback):
        escaped = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}
        if char is None:
            self.output += fallback
        else:
            self.output += escaped.get(char, char)


def normalise(text):
    parser = Normaliser()
    # HTMLParser cannot parse CDATA sections: pass them through verbatim, as normalize.py does.
    for chunk in CHUNK.finditer(text):
        if chunk.group(0).startswith("<![CDATA["):
            parser.output += chunk.group(0)
        else:
            parser.feed(chunk.group(0))
    parser.close()
    return parser.output


def run(command, markdown):
    """A program's HTML for `markdown` on stdin, or None when it failed or hung."""
    try:
        result = subprocess.run(command, input=markdown.encode("utf-8"), capture_output=True,
                                timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        return None
    return result.stdout.decode("utf-8", errors="replace")


def matches(actual, expected_normalised):
    return actual is not None and normalise(actual) == expected_normalised


def describe_failures(failures):
    """`Tabs: 1, 2; Links: 500` - failing example numbers grouped by section."""
    by_section = {}
    for example in failures:
        by_section.setdefault(example.section, []).append(str(example.number))
    return "; ".join(f"{section}: {', '.join(numbers)}" for section, numbers in by_section.items())


def run_spec(folio, md4c, spec_path):
    opener = gzip.open if spec_path.endswith(".gz") else open
    with opener(spec_path, "rt", encoding="utf-8") as spec:
        examples = read_examples(spec.read())
    folio_failures, md4c_failures = [], []
    for example in examples:
        expected = normalise(example.expected)
        if not matches(run(folio, example.markdown), expected):
            folio_failures.append(example)
        if not matches(run(md4c, example.markdown), expected):
            md4c_failures.append(example)
    total = len(examples)
    folio_passes = total - len(folio_failures)
    md4c_passes = total - len(md4c_failures)
    print(f"GFM spec: folio {folio_passes}/{total}, md4c md_html {md4c_passes}/{total}")
    if folio_failures:
        print(f"  folio fails: {describe_failures(folio_failures)}")
    if md4c_failures:
        print(f"  md4c fails: {describe_failures(md4c_failures)}")
    return folio_passes, md4c_passes


# Examples of each md4c test file on which folio's HTML equals md4c's own, as measured on
# 2026-12-06. Fewer is a regression. On task lists the two write their checkboxes with
# different markup, so none agree.
MD4C_AGREEMENT = {
    "tables.txt": 18,
    "strikethrough.txt": 8,
    "tasklists.txt": 0,
    "permissive-url-autolinks.txt": 10,
    "permissive-www-autolinks.txt": 9,
    "permissive-email-autolinks.txt": 4,
}


def run_md4c_tests(folio, md4c, directory):
    """Prints folio against md4c per file; returns the regressions (fewer agreeing examples
    than MD4C_AGREEMENT, or a file missing from the folder)."""
    problems = []
    for name in MD4C_TEST_FILES:
        path = os.path.join(directory, name)
        if not os.path.isfile(path):
            problems.append(f"{name}: not found in {directory}")
            continue
        with open(path, encoding="utf-8") as tests:
            examples = read_examples(tests.read())
        agree, md4c_passes, differing = 0, 0, []
        for example in examples:
            folio_html = run(folio, example.markdown)
            md4c_html = run(md4c, example.markdown)
            if md4c_html is not None and normalise(md4c_html) == normalise(example.expected):
                md4c_passes += 1
            if folio_html is not None and md4c_html is not None and \
                    normalise(folio_html) == normalise(md4c_html):
                agree += 1
            else:
                differing.append(str(example.number))
        line = f"{name}: folio = md4c {agree}/{len(examples)} (md4c vs its expected {md4c_passes}/{len(examples)})"
        if differing:
            line += f"; differ: {', '.join(differing)}"
        print(line)
        if agree < MD4C_AGREEMENT.get(name, 0):
            problems.append(f"{name}: folio agrees with md4c on {agree} examples, fewer than "
                            f"the {MD4C_AGREEMENT[name]} it did")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True, help="the folio executable")
    parser.add_argument("--md4c", required=True, help="the md4c_render executable")
    parser.add_argument("--spec", help="the GFM spec.txt, optionally gzipped")
    parser.add_argument("--md4c-tests", default="",
                        help="folder with md4c's test/*.txt files: run those instead of the spec")
    args = parser.parse_args()
    folio = [args.folio, "render", "-"]
    md4c = [args.md4c]

    if args.md4c_tests:
        # md4c's own test files live outside the repository (shared/data): without them this
        # test is skipped, and says what it needs, rather than failing a plain clone.
        if not os.path.isdir(args.md4c_tests):
            print(f"skipped: needs md4c's test files ({', '.join(MD4C_TEST_FILES)}) in "
                  f"{args.md4c_tests}, which is outside the repository; configure with "
                  "-DFOLIO_SHARED_DATA=DIR to point at them")
            return 77
        problems = run_md4c_tests(folio, md4c, args.md4c_tests)
        for problem in problems:
            print(f"FAIL: {problem}")
        return 1 if problems else 0

    if not os.path.isfile(args.spec):
        print(f"GFM spec: skipped ({args.spec} not found; install the cmark-gfm package)")
        return 77
    folio_passes, md4c_passes = run_spec(folio, md4c, args.spec)

    if folio_passes < md4c_passes or folio_passes < MINIMUM_PASSES:
        print(f"FAIL: folio must pass at least {max(md4c_passes, MINIMUM_PASSES)} examples")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
