#!/usr/bin/python3
"""The pathological suite: hostile articles, generated here at test time, through every writer.

    pathological.py --folio FOLIO --work DIR --case NAME [--scale N] [--memory-scale M]
                    [--epubcheck JAR]
    pathological.py --list

Each case writes its articles to DIR/NAME/in and runs them through `folio inspect`, `render`,
`epub`, `feed` (RSS, Atom, JSON Feed), `hugo` and `markdown`. Every run must end within the
case's time limit and stay under its peak-memory cap (times N and M with --scale and
--memory-scale, for sanitizer builds), exit 0 or 1 (never a signal, never 2), and either
  - exit 0 with valid output: JSON parses, RSS/Atom/EPUB XML is well-formed to expat (which
    rejects control characters), Hugo and Markdown output reads back with `folio inspect`
    without errors; or
  - exit 1 with a `file:line:col: error:` diagnostic naming the input (and whatever output was
    written still valid).
With --epubcheck, books from inputs under 2 MB are also checked by epubcheck (slow: Java).
Prints one line per run with its time and peak memory.
"""

import argparse
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import DIAGNOSTIC, epub_problems, json_problem, run_folio, xml_problem  # noqa: E402

FRONT = "---\ntitle: Pathological\ndate: 2024-05-01\ntags: [x]\n---\n"
C0 = "".join(chr(c) for c in range(0x00, 0x20))  # every C0 control character, NUL included
HOSTILE_MARKUP = "]]> -- <!-- --> ]]]]><![CDATA[ --->"


def deep_blockquotes():
    return {"quotes.md": FRONT + "> " * 10000 + "deep\n"}


def deep_lists():
    # 10,000 nested list items on one line each kind, and 10,000 indented levels of a list.
    nested_indented = "".join("  " * min(i, 3) + "- item\n" for i in range(10000))
    return {"bullets.md": FRONT + "- " * 10000 + "x\n",
            "ordered.md": FRONT + "1. " * 10000 + "x\n",
            "mixed.md": FRONT + "> - 1. " * 3400 + "x\n",
            "long-list.md": FRONT + nested_indented}


def emphasis_markers():
    return {"stars.md": FRONT + "*" * 100000 + "a\n",
            "alternating.md": FRONT + "*a _b " * 50000 + "\n",
            "open-close.md": FRONT + "**a" * 50000 + "\n",
            "links.md": FRONT + "[a](" * 50000 + "\n",
            "backticks.md": FRONT + "`a``" * 50000 + "\n"}


def long_line():
    words = ("lorem ipsum *dolor* sit amet [link](https://example.org/x) " * 20000)[:1 << 20]
    return {"one-line.md": FRONT + words + "\n"}


BIG_ARTICLE_MB = 50  # --big-article-mb


def big_article():
    # 50 MB (by default) of ordinary Markdown: headings, paragraphs, lists, code, tables, links,
    # images.
    chunk = ("## Section\n\nA paragraph with *emphasis*, **strong**, `code`, a "
             "[link](https://example.org/a) and an ![image](https://example.org/i.png).\n\n"
             "- one\n- two\n  - three\n\n```c\nint main(void) { return 0; }\n```\n\n"
             "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n")
    body = chunk * ((BIG_ARTICLE_MB << 20) // len(chunk) + 1)
    return {"big.md": FRONT + body}


def many_tags():
    tags = ", ".join(f"tag-{i}" for i in range(10000))
    return {"tags.md": f"---\ntitle: Tags\ndate: 2024-05-01\ntags: [{tags}]\n"
                       f"categories: [{tags}]\n---\nBody.\n"}


def yaml_nesting():
    return {"flow.md": "---\ntitle: Flow\nx: " + "[" * 10000 + "]" * 10000 + "\n---\nBody.\n",
            "flow-map.md": "---\ntitle: Flow map\nx: " + "{a: " * 10000 + "1" + "}" * 10000 +
                           "\n---\nBody.\n",
            "block.md": "---\ntitle: Block\nx:\n" +
                        "".join(" " * i + "- \n" for i in range(1, 3000)) + "---\nBody.\n",
            "block-map.md": "---\ntitle: Block map\n" +
                            "".join(" " * i + "k:\n" for i in range(0, 3000)) + "---\nBody.\n",
            "toml.md": "+++\ntitle = 'TOML'\nx = " + "[" * 10000 + "]" * 10000 + "\n+++\nBody.\n",
            "json.md": '{"title": "JSON", "x": ' + "[" * 10000 + "]" * 10000 + "}\nBody.\n"}


def yaml_alias_bomb():
    lines = ["---", "title: Bomb", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghij"
    for prev, name in zip(names, names[1:]):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines += ["---", "Body."]
    # A key alias bomb too: one anchor used as 10,000 keys of a map.
    keys = "\n".join(f"  k{i}: *a" for i in range(10000))
    return {"laughs.md": "\n".join(lines) + "\n",
            "self.md": "---\ntitle: Self\na: &a [*a, *a]\n---\nBody.\n",
            "wide.md": "---\ntitle: Wide\nv: &a [1, 2, 3]\nm:\n" + keys + "\n---\nBody.\n"}


def invalid_utf8():
    bad = b"\xff\xfe\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xe2\x82"
    return {"bytes.md": b"---\ntitle: Bad " + bad + b" title\ndate: 2024-05-01\ntags: [\"" + bad +
                        b"\"]\nsummary: " + bad + b"\n---\n# Head " + bad + b"\n\nText " + bad +
                        b" [l" + bad + b"](/x" + bad + b") ![a" + bad + b"](i" + bad + b".png)\n\n"
                        b"```\n" + bad + b"\n```\n\n<p>" + bad + b"</p>\n",
            "latin1.md": "---\ntitle: Caf\xe9\n---\nNa\xefve r\xe9sum\xe9.\n".encode("latin-1")}


def nul_bytes():
    return {"nul.md": b"---\ntitle: \"N\\0U\\0L\"\ndate: 2024-05-01\n---\nText\0with\0NULs "
                      b"`co\0de` [li\0nk](/a\0b) <b>\0</b>\n\n\0\0\0\n\n```\n\0\n```\n",
            "raw-nul.md": b"---\ntitle: raw\0nul\n---\nBody\n"}


def control_titles():
    escaped_yaml = "".join(f"\\x{c:02x}" for c in range(0x20))
    escaped_json = "".join(f"\\u{c:04x}" for c in range(0x20))
    body_controls = C0.replace("\n", "").replace("\r", "")
    return {"yaml.md": f'---\ntitle: "T{escaped_yaml}"\ndate: 2024-05-01\n'
                       f'summary: "S{escaped_yaml}"\ntags: ["t{escaped_yaml}"]\n'
                       f'categories: ["c{escaped_yaml}"]\n---\n# T\n\nBody {body_controls}\n'
                       f"\n```\n{body_controls}\n```\n\n[a](/x \"{body_controls}\")\n",
            "toml.md": "+++\ntitle = \"T" + escaped_json + "\"\ndate = 2024-05-01\n+++\nBody\n",
            "json.md": '{"title": "T' + escaped_json + '", "date": "2024-05-01"}\nBody\n',
            "raw.md": "---\ntitle: T" + body_controls.replace("\t", "") + "\n---\nBody\n"}


def cdata_and_comments():
    h = HOSTILE_MARKUP
    return {"markup.md": f'---\ntitle: "{h}"\ndate: 2024-05-01\nsummary: "{h}"\n'
                         f'tags: ["{h}"]\ncategories: ["{h}"]\nslug: "a--b"\n'
                         f'cover:\n  image: "/{h}.png"\n  alt: "{h}"\n---\n'
                         f"# {h}\n\n{h} *{h}* `{h}`\n\n```\n{h}\n```\n\n"
                         f'<!-- {h} -->\n\n<div title="{h}">{h}</div>\n\n'
                         f'[{h}](/a--b "{h}") ![{h}](/i--.png "{h}")\n\n'
                         f"| {h} |\n|---|\n| {h} |\n\nnote[^n]\n\n[^n]: {h}\n"}


CASES = {
    # name: (generator, time limit per run in seconds, peak memory cap in MB)
    "deep_blockquotes": (deep_blockquotes, 60, 512),
    "deep_lists": (deep_lists, 60, 512),
    "emphasis_markers": (emphasis_markers, 60, 512),
    "long_line": (long_line, 60, 512),
    # One 50 MB article is held whole as an AST: about 95-125 bytes per input byte (measured,
    # docs/reliability.md; 55-90 before the nodes gained byte offsets and engine calls). The cap
    # stops a blow-up beyond that, not the known cost.
    "big_article": (big_article, 300, 7168),
    "many_tags": (many_tags, 60, 512),
    "yaml_nesting": (yaml_nesting, 60, 512),
    "yaml_alias_bomb": (yaml_alias_bomb, 60, 512),
    "invalid_utf8": (invalid_utf8, 60, 512),
    "nul_bytes": (nul_bytes, 60, 512),
    "control_titles": (control_titles, 60, 512),
    "cdata_and_comments": (cdata_and_comments, 60, 512),
}

BASE_URL = "https://example.org/blog/"


# Above folio's default --max-article-size (16 MiB), so that the 50 MB article is converted:
# these cases measure the parsers on large inputs, not the bound (reading/bounded_inputs.py).
BOUND = ["--max-article-size", "64MiB"]


def commands(folio, inputs, out):
    """(name, argv, output path or None, kind of output) for each writer."""
    return [(name, argv[:2] + BOUND + argv[2:], path, kind)
            for name, argv, path, kind in writer_commands(folio, inputs, out)]


def writer_commands(folio, inputs, out):
    return [
        ("inspect", [folio, "inspect", inputs], None, "stdout-json"),
        ("render", [folio, "render", "--front-matter"] + sorted(
            os.path.join(inputs, n) for n in os.listdir(inputs)), None, "none"),
        ("epub", [folio, "epub", inputs, "-o", f"{out}/book.epub", "--title", "T",
                  "--language", "en", "--drafts"], f"{out}/book.epub", "epub"),
        ("rss", [folio, "feed", inputs, "-o", f"{out}/feed.xml", "--format", "rss",
                 "--base-url", BASE_URL, "--limit", "0", "--drafts"], f"{out}/feed.xml", "xml"),
        ("atom", [folio, "feed", inputs, "-o", f"{out}/atom.xml", "--format", "atom",
                  "--base-url", BASE_URL, "--limit", "0", "--drafts"], f"{out}/atom.xml", "xml"),
        ("json", [folio, "feed", inputs, "-o", f"{out}/feed.json", "--format", "json",
                  "--base-url", BASE_URL, "--limit", "0", "--drafts"], f"{out}/feed.json", "json"),
        ("hugo", [folio, "hugo", inputs, "-o", f"{out}/hugo"], f"{out}/hugo", "markdown-dir"),
        ("markdown", [folio, "markdown", inputs, "-o", f"{out}/markdown", "--style", "b"],
         f"{out}/markdown", "markdown-dir"),
        # Bodies are copied as written by default: the Markdown writer is reached this way.
        ("hugo-reformat", [folio, "hugo", inputs, "-o", f"{out}/hugo-reformat", "--reformat"],
         f"{out}/hugo-reformat", "markdown-dir"),
        ("markdown-reformat", [folio, "markdown", inputs, "-o", f"{out}/markdown-reformat",
                               "--style", "b", "--reformat"],
         f"{out}/markdown-reformat", "markdown-dir"),
    ]


def output_problems(folio, kind, path, run, time_limit, epubcheck, small):
    if kind == "stdout-json":
        problem = json_problem(run.stdout)
        return [f"stdout: {problem}"] if problem else []
    if kind == "none" or path is None or not os.path.exists(path):
        return []
    if kind == "xml":
        with open(path, "rb") as f:
            problem = xml_problem(f.read())
        return [problem] if problem else []
    if kind == "json":
        with open(path, "rb") as f:
            problem = json_problem(f.read())
        return [problem] if problem else []
    if kind == "epub":
        with open(path, "rb") as f:
            problems = epub_problems(f.read())
        if not problems and epubcheck and small:
            checked = subprocess.run(["java", "-jar", epubcheck, "--quiet", path],
                                     capture_output=True, text=True, timeout=300)
            if checked.returncode != 0:
                problems.append("epubcheck: " + (checked.stdout + checked.stderr)[-2000:])
            else:
                print("  epubcheck: no errors", flush=True)
        return problems
    if kind == "markdown-dir":
        back = run_folio([folio, "inspect"] + BOUND + [path], time_limit)
        if back.returncode != 0:
            return [f"written Markdown does not read back: {back.describe()}\n"
                    + back.stderr.decode("utf-8", "replace")[-2000:]]
        return []
    raise ValueError(kind)


def run_case(name, folio, work, scale, memory_scale, epubcheck):
    generate, time_limit, memory_cap = CASES[name]
    time_limit *= scale
    memory_cap *= memory_scale
    root = os.path.join(work, name)
    shutil.rmtree(root, ignore_errors=True)
    inputs = os.path.join(root, "in")
    os.makedirs(inputs)
    size = 0
    for file_name, text in generate().items():
        data = text.encode("utf-8") if isinstance(text, str) else text
        size += len(data)
        with open(os.path.join(inputs, file_name), "wb") as f:
            f.write(data)
    failures = []
    for command, argv, path, kind in commands(folio, inputs, os.path.join(root, "out")):
        run = run_folio(argv, time_limit)
        print(f"{name} {command}: exit {run.returncode}, {run.seconds:.2f} s, "
              f"{run.peak_rss_mb:.0f} MB peak", flush=True)
        stderr = run.stderr.decode("utf-8", "replace")
        problems = []
        if run.returncode == "timeout":
            problems.append(f"did not finish within {time_limit} s")
        elif run.returncode not in (0, 1):
            problems.append(f"exit {run.returncode}\n{stderr[-3000:]}")
        if run.peak_rss_mb > memory_cap:
            problems.append(f"peak memory {run.peak_rss_mb:.0f} MB over the cap of {memory_cap} MB")
        if run.returncode == 1:
            # An error must say where: a diagnostic at file:line:col naming an input.
            named = [m for m in DIAGNOSTIC.finditer(stderr)
                     if m.group("severity") == "error" and m.group("path").startswith(inputs)]
            if not named:
                problems.append("exit 1 without a file:line:col error naming the input:\n"
                                + stderr[-2000:])
        if run.returncode in (0, 1):
            problems += output_problems(folio, kind, path, run, time_limit, epubcheck,
                                        size < (2 << 20))
        for problem in problems:
            failures.append(f"{name} {command}: {problem}")
    shutil.rmtree(root, ignore_errors=True)  # the big case is 50 MB of input and more of output
    return failures


def main():
    global BIG_ARTICLE_MB
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio")
    parser.add_argument("--work")
    parser.add_argument("--case", action="append", help="run only these (default: all)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply the time limits (sanitizer builds)")
    parser.add_argument("--memory-scale", type=float, default=1.0,
                        help="multiply the memory caps (sanitizer builds)")
    parser.add_argument("--epubcheck", help="epubcheck.jar: also check books of small inputs")
    parser.add_argument("--big-article-mb", type=int, default=BIG_ARTICLE_MB,
                        help="size of big_article's one article (the CI run takes a smaller one)")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    BIG_ARTICLE_MB = args.big_article_mb
    if args.list:
        print("\n".join(CASES))
        return
    if args.epubcheck and not os.path.exists(args.epubcheck):
        args.epubcheck = None
    failures = []
    for name in args.case or list(CASES):
        failures += run_case(name, args.folio, args.work, args.scale, args.memory_scale,
                             args.epubcheck)
    for failure in failures:
        print("FAIL " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
