#!/usr/bin/python3
"""Bodies kept as written: `folio hugo` and `folio markdown` copy each Markdown body byte for byte.

    bodies_as_written.py --folio FOLIO --work DIR --inputs DIR [--static DIR] [--hugo HUGO]
    bodies_as_written.py --folio FOLIO --work DIR --corpus N --generator PY

Converts the inputs with `folio hugo` (page bundles, images copied) and with `folio markdown`
in every style, then compares each output body with its source body, line by line and with
the line ends as bytes (CRLF stays CRLF). The only differences allowed are the edits the
writers make:

  - an image destination that moved into the bundle (Markdown, a raw HTML `src`, a figure
    shortcode's `src`): the rest of the line is the same, and
    the new destination is a file of the bundle;
  - the first heading when it repeats the title, with the blank lines after it (Hugo pages).

A TOML front matter (Hugo's own) is also compared: `folio hugo` keeps it byte for byte, apart
from an image path that moved into the bundle.

Anything else (an escaped `!`, `_x_` become `*x*`, a renumbered list, a re-padded table) is
a failure, named with the file and line. With --hugo, the Hugo output is also built by Hugo
(raw HTML allowed, a `details` shortcode as themes have it), which must print no warning or
error. Exits 1 on any failure.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

problems = []


def fail(message):
    problems.append(message)
    print(f"FAIL {message}")


def run(cmd):
    result = subprocess.run(cmd, capture_output=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}\n"
                 f"{result.stderr.decode(errors='replace')[-4000:]}")
    return result


def articles(folio, inputs):
    doc = json.loads(run([folio, "inspect", inputs]).stdout)
    return doc["articles"]


# The body of a file: what follows the front matter's closing fence line, as bytes.


def split_body(data, syntax):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if syntax == "none":
        return data
    first_end = data.find(b"\n") + 1
    if syntax == "json":
        depth = 0
        for i, c in enumerate(data):
            if c == ord("{"):
                depth += 1
            elif c == ord("}"):
                depth -= 1
                if depth == 0:
                    nl = data.find(b"\n", i)
                    return b"" if nl < 0 else data[nl + 1:]
    fence = data[:3]
    pos = first_end
    while pos < len(data):
        nl = data.find(b"\n", pos)
        line = data[pos:len(data) if nl < 0 else nl].rstrip(b"\r")
        if line.rstrip() == fence:
            return b"" if nl < 0 else data[nl + 1:]
        pos = len(data) if nl < 0 else nl + 1
    return b""


def output_body(data):
    # Written by folio: front matter fenced by `---` or `+++` (CRLF in a CRLF file), then the
    # copied body as it was after the old front matter, or a blank line and the body when
    # there was none.
    m = re.compile(rb"\n" + re.escape(data[:3]) + rb"\r?\n").search(data, 3)
    return data[m.end():]


# Destinations as written: `](dest` (inline) and `[label]: dest` (definitions).
DESTINATION = re.compile(rb"(\]\(\s*<)([^>\n]*)(>)|(\]\(\s*)([^\s)<][^\s)]*)|"
                         rb"(^\s{0,3}\[[^\]]+\]:\s*<)([^>\n]*)(>)|(^\s{0,3}\[[^\]]+\]:\s*)(\S+)|"
                         # raw HTML's and shortcodes' `src="..."` (and `poster`), moved as well
                         rb"(\b(?:src|SRC|poster)\s*=\s*\")([^\"\n]*)(\")|"
                         rb"(\b(?:src|SRC|poster)\s*=\s*')([^'\n]*)(')")


def destinations(line):
    found, masked, last = [], b"", 0
    for m in DESTINATION.finditer(line):
        groups = [g for g in m.groups()]
        for i in (1, 4, 6, 9, 11, 14):
            if groups[i] is not None:
                found.append(groups[i])
                start, end = m.span(i + 1)
                masked += line[last:start] + b"\0"
                last = end
                break
    return found, masked + line[last:]


def heading_lines(lines, title):
    """How many lines from the start of `lines` the writer removes as the title heading."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == len(lines):
        return None
    start = i
    if lines[i].lstrip().startswith(b"#"):
        i += 1
    else:
        while i < len(lines) and not re.match(rb"^ {0,3}(=+|-+)\s*$", lines[i]):
            i += 1
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return start, i


def compare(where, source, output, bundle_dir, title, may_drop_heading):
    src_lines = source.splitlines(keepends=True)
    out_lines = output.splitlines(keepends=True)
    if may_drop_heading and len(out_lines) < len(src_lines):
        span = heading_lines(src_lines, title)
        if span is None:
            fail(f"{where}: lines removed but no heading to remove")
            return 0
        start, end = span
        removed = b"".join(src_lines[start:end])
        if title.encode().lower().split()[0] not in removed.lower():
            fail(f"{where}: removed lines are not the title heading: {removed[:200]!r}")
        src_lines = src_lines[:start] + src_lines[end:]
    if len(src_lines) != len(out_lines):
        fail(f"{where}: {len(src_lines)} body lines in the source, {len(out_lines)} written")
        return 0
    edits = 0
    for n, (a, b) in enumerate(zip(src_lines, out_lines), 1):
        if a == b:
            continue
        old, old_masked = destinations(a)
        new, new_masked = destinations(b)
        if old_masked != new_masked or len(old) != len(new):
            fail(f"{where}: body line {n} changed:\n  source  {a!r}\n  written {b!r}")
            return edits
        for o, w in zip(old, new):
            if o == w:
                continue
            target = os.path.join(bundle_dir, w.decode()) if bundle_dir else None
            if not target or not os.path.isfile(target):
                fail(f"{where}: body line {n}: destination {o!r} became {w!r}, "
                     "which is no file of the bundle")
            edits += 1
    return edits


def hugo_build(hugo, content, work):
    site = os.path.join(work, "hugo-site")
    os.makedirs(os.path.join(site, "layouts", "_default"), exist_ok=True)
    os.makedirs(os.path.join(site, "layouts", "shortcodes"), exist_ok=True)
    with open(os.path.join(site, "config.toml"), "w") as f:
        f.write('baseURL = "https://example.org/"\ntitle = "bodies as written"\n'
                'disableKinds = ["RSS", "sitemap", "robotsTXT", "404", "taxonomy", "term"]\n'
                "[markup.goldmark.renderer]\nunsafe = true\n")
    for name, text in (("single.html", "{{ .Content }}"), ("list.html", "{{ .Title }}")):
        with open(os.path.join(site, "layouts", "_default", name), "w") as f:
            f.write(text)
    with open(os.path.join(site, "layouts", "index.html"), "w") as f:
        f.write("home")
    # A shortcode a theme provides (Hugo 0.111 has no built-in `details`).
    with open(os.path.join(site, "layouts", "shortcodes", "details.html"), "w") as f:
        f.write('<details><summary>{{ .Get "summary" }}</summary>{{ .Inner }}</details>')
    shutil.copytree(content, os.path.join(site, "content"))
    result = subprocess.run([hugo, "--source", site, "--destination", os.path.join(work, "public")],
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        fail(f"hugo exited {result.returncode}:\n{output[-3000:]}")
    for line in output.splitlines():
        if "WARN" in line or "ERROR" in line:
            fail(f"hugo printed: {line}")
    return os.path.join(work, "public")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--inputs")
    parser.add_argument("--corpus", type=int)
    parser.add_argument("--generator")
    parser.add_argument("--hugo")
    parser.add_argument("--static", help="passed to `folio hugo` (site-absolute images)")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    inputs = args.inputs
    if args.corpus:
        run([sys.executable, args.generator, "--count", str(args.corpus),
             os.path.join(args.work, "corpus")])
        inputs = os.path.join(args.work, "corpus", "articles")

    found = articles(args.folio, inputs)
    hugo_out = os.path.join(args.work, "hugo")
    run([args.folio, "hugo", inputs, "-o", hugo_out] +
        (["--static", args.static] if args.static else []))
    checked = edits = 0
    for style in ("a", "b", "hugo"):
        markdown_out = os.path.join(args.work, "markdown-" + style)
        run([args.folio, "markdown", inputs, "-o", markdown_out, "--style", style])
        for article in found:
            source = article["source"]
            with open(source["path"], "rb") as f:
                body = split_body(f.read(), source["syntax"])
            written_path = os.path.join(markdown_out, article["slug"] + ".md")
            with open(written_path, "rb") as f:
                whole = f.read()
                written = output_body(whole)
            with open(source["path"], "rb") as f:
                crlf = f.readline().endswith(b"\r\n")
            if crlf != whole.split(b"\n", 1)[0].endswith(b"\r"):
                fail(f"{written_path}: the front matter's line ends are not the file's")
            if source["syntax"] == "none" and not body.startswith((b"\n", b"\r")):
                written = written[1:] if written.startswith(b"\n") else written
            edits += compare(f"{source['path']} -> markdown --style {style}", body, written, None,
                             article["meta"]["title"], False)
            checked += 1
            if style != "a":
                continue
            bundle = os.path.join(hugo_out, "posts", article["slug"])
            with open(os.path.join(bundle, "index.md"), "rb") as f:
                written = output_body(f.read())
            if source["syntax"] == "none" and not body.startswith((b"\n", b"\r")):
                written = written[1:] if written.startswith(b"\n") else written
            edits += compare(f"{source['path']} -> hugo", body, written, bundle,
                             article["meta"]["title"], True)
            checked += 1
            if source["syntax"] == "toml":
                # TOML to TOML: the front matter is copied as written, comments and all.
                with open(source["path"], "rb") as f:
                    data = f.read()
                with open(os.path.join(bundle, "index.md"), "rb") as f:
                    out = f.read()
                # Only an image path that moved into the bundle may differ.
                old_lines = data[:len(data) - len(body)].splitlines()
                new_lines = out[:len(out) - len(output_body(out))].splitlines()
                moved = re.compile(rb'^(\w+ = ")([^"]*)(")$')
                kept = len(old_lines) == len(new_lines) and all(
                    a == b or (moved.match(a) and moved.match(b) and
                               moved.sub(rb"\1\3", a) == moved.sub(rb"\1\3", b) and
                               os.path.isfile(os.path.join(bundle, moved.match(b).group(2).decode())))
                    for a, b in zip(old_lines, new_lines))
                if not kept:
                    fail(f"{source['path']} -> hugo: the TOML front matter was not kept as written")
    print(f"{checked} bodies compared, {edits} destinations edited")
    if args.hugo:
        hugo_build(args.hugo, hugo_out, args.work)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK: every body line is as written, apart from the listed edits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
