#!/usr/bin/python3
"""Writes the seed corpus every fuzz target starts from.

    make_seeds.py OUT_DIR

Seeds: every article in examples/, every example of the GFM spec Debian's cmark-gfm ships and
of md4c's extension tests (/work/shared/data or tests' copies), each once as a bare body and
once behind each kind of front matter (YAML style A and B, TOML, JSON), so the fuzzer starts
from real front matter and every Markdown construct. Nothing is downloaded.
"""

import gzip
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "tests", "programs"))
from gfm_spec import MD4C_TEST_FILES, read_examples  # noqa: E402

SPEC = "/usr/share/doc/cmark-gfm/spec.txt.gz"
MD4C_DIRS = ["/work/shared/data/md4c-0.4.8"]

FRONT_MATTERS = [
    "",
    "---\ntitle: Seed\ndate: 2024-02-29T10:00:00+01:00\ntags: [a, b]\nsummary: s\n---\n",
    "---\ntitle: 'Seed'\ndate: 2024-01-01\ncategory: c\nexcerpt: e\nfeaturedImage: ./x.png\n---\n",
    "+++\ntitle = \"Seed\"\ndate = 2024-01-01T00:00:00Z\ntags = [\"a\"]\ndraft = true\n+++\n",
    "{\n  \"title\": \"Seed\",\n  \"date\": \"2024-01-01\",\n  \"tags\": [\"a\"]\n}\n",
]


def write(out, text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for folder, _, files in os.walk(os.path.join(ROOT, "examples")):
        for name in sorted(files):
            if name.endswith(".md"):
                with open(os.path.join(folder, name), "rb") as f:
                    write(out, f.read())
                count += 1
    bodies = []
    if os.path.exists(SPEC):
        with gzip.open(SPEC, "rt", encoding="utf-8") as f:
            bodies += [e.markdown for e in read_examples(f.read())]
    for directory in MD4C_DIRS:
        for name in MD4C_TEST_FILES:
            path = os.path.join(directory, name)
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    bodies += [e.markdown for e in read_examples(f.read())]
    for i, body in enumerate(bodies):
        # Every body bare, and behind one front matter in turn (all of them would be 5x the
        # seeds for little new coverage).
        write(out, body)
        write(out, FRONT_MATTERS[1 + i % (len(FRONT_MATTERS) - 1)] + body)
        count += 2
    for front in FRONT_MATTERS[1:]:
        write(out, front + "# Seed\n\nText with ![img](../../etc/passwd) and [link](%2e%2e/x).\n")
        count += 1
    print(f"{count} seeds in {out}")


if __name__ == "__main__":
    main()
