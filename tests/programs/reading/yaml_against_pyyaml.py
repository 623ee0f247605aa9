"""Crafted front matters read by folio and by PyYAML (YAML 1.1, as Hugo and Jekyll read it).

Every front matter PyYAML refuses must be an error of folio's at a line of the front matter,
and the article must not be converted; every one PyYAML accepts must be read without error.
yaml-cpp, folio's parser, is more lenient than PyYAML in places: each such case found is a
case here, so a leniency that comes back fails the test.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys

import yaml

# name: (front matter without fences, why it is interesting)
CASES = {
    "unclosed_double": ('title: "Hello world\ndate: 2024-01-02\ntags: [a]\n',
                        "a title whose double quote is never closed swallowed the date"),
    "unclosed_double_later_quote": ('title: "Hello world\ndate: 2024-01-02\nsummary: "x"\n',
                                    "closed by the next key's opening quote"),
    "unclosed_single": ("title: 'Hello world\ndate: 2024-01-02\n", "the same, single-quoted"),
    "text_after_quote": ('title: "Hello" world\ndate: 2024-01-02\n', "text after the closing quote"),
    "tab_indent": ("cover:\n\timage: a.png\n", "a tab used as indentation"),
    "bad_indent": ("title: a\n  date: 2024-01-02\n", "a key indented under a plain scalar"),
    "colon_in_plain": ("title: a: b\n", "': ' inside a plain scalar"),
    "unclosed_flow": ("tags: [a, b\ndate: 2024-01-02\n", "'[' never closed"),
    "bad_escape": ('title: "a \\q b"\n', "an escape YAML does not have"),
    "dash_after_map": ("title: a\n- b\n", "a list item after a map's key"),
    "anchor_undefined": ("title: *x\n", "an alias to no anchor"),
    "at_start": ("title: @me\n", "'@' is reserved at the start of a plain scalar"),
    "backtick_start": ("title: `x`\n", "'`' is reserved at the start of a plain scalar"),
    # Accepted by both:
    "multiline_plain": ("title: a\n  b\n", "a plain scalar folded over two lines"),
    "hash_inside_word": ("title: a#b\n", "'#' not after a space is text"),
    "closed_multiline_double": ('title: "Hello\n  world"\ndate: 2024-01-02\n',
                                "a double-quoted title folded over two lines, closed"),
}


def pyyaml_error_line(text):
    """The 1-based line PyYAML refuses `text` at (in the front matter), or None."""
    try:
        yaml.safe_load(text)
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return mark.line + 1 if mark else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    failures = []
    for name, (front_matter, why) in CASES.items():
        path = work / f"{name}.md"
        path.write_text("---\n" + front_matter + "---\nBody.\n", encoding="utf-8")
        refused_at = pyyaml_error_line(front_matter)
        run = subprocess.run([args.folio, "inspect", str(path)], capture_output=True, text=True,
                             timeout=60)
        errors = [line for line in run.stderr.splitlines() if ": error: " in line]
        if refused_at is None:
            if errors or run.returncode != 0:
                failures.append(f"{name} ({why}): PyYAML accepts it, folio said {errors}")
            continue
        # Front matter lines are file lines 2 .. n+1: the error must point inside it, or at the
        # closing fence where the parser ran out of text.
        last_line = front_matter.count("\n") + 2
        placed = [e for e in errors
                  if (m := re.match(re.escape(str(path)) + r":(\d+):\d+: error: ", e))
                  and 2 <= int(m.group(1)) <= last_line]
        if run.returncode != 1 or not placed or '"title"' in run.stdout:
            failures.append(f"{name} ({why}): PyYAML refuses it at front-matter line "
                            f"{refused_at}; folio exited {run.returncode}, said {errors}")
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(CASES) - len(failures)} of {len(CASES)} cases read as PyYAML reads them")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
