#!/usr/bin/python3
"""Markdown writer round trip: parse -> write -> parse gives the same AST.

    markdown_round_trip.py --folio FOLIO --work DIR --spec spec.txt.gz [--corpus-dir DIR]

Every example of the GFM spec (read as tests/programs/gfm_spec.py reads it) becomes one
file, behind an empty front matter so its first line stays body. `folio markdown --style b
--reformat` writes them all again from the AST, and `folio inspect --no-positions` of both sets must give
the same body and footnotes, node for node. Prints the count and the first difference of
each failing example. With --corpus-dir (or --corpus N, generated) the same is done for a folder of
articles, metadata included. Exits 1 when any example differs, 77 when the spec is missing.
"""

import argparse
import gzip
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gfm_spec import MD4C_TEST_FILES, read_examples  # noqa: E402
from round_trip import first_difference, inspect, run  # noqa: E402


def body_of(article):
    return [["body", article["body"]], ["footnotes", article.get("footnotes", [])]]


def check(folio, inputs, written, what, with_meta):
    # --reformat: the writer is what is tested (without it the bodies are copied as written).
    run([folio, "markdown", inputs, "-o", written, "--style", "b", "--reformat"])
    before = inspect(folio, inputs)
    after = inspect(folio, written)
    failures = []
    for slug, article in before.items():
        other = after.get(slug)
        if other is None:
            failures.append(f"{slug}: not written")
            continue
        a = [["meta", article["meta"]]] + body_of(article) if with_meta else body_of(article)
        b = [["meta", other["meta"]]] + body_of(other) if with_meta else body_of(other)
        diff = first_difference(a, b)
        if diff:
            failures.append(f"{slug}: {diff}")
    print(f"{what}: {len(before) - len(failures)} of {len(before)} round-trip identically")
    for failure in failures[:40]:
        print(f"  FAIL {failure}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--spec", help="the GFM spec.txt.gz (cmark-gfm)")
    parser.add_argument("--corpus-dir")
    parser.add_argument("--corpus", type=int, help="generate a corpus of this many articles")
    parser.add_argument("--generator", help="bench/generate_corpus.py, for --corpus")
    parser.add_argument("--md4c-tests", help="md4c's extension test files (tables, autolinks, ...)")
    args = parser.parse_args()
    if args.spec and not os.path.exists(args.spec):
        print(f"spec not found: {args.spec}")
        sys.exit(77)
    if args.md4c_tests and not os.path.isdir(args.md4c_tests):
        # md4c's test files live outside the repository (shared/data): skipped, not failed.
        print(f"skipped: needs md4c's test files ({', '.join(MD4C_TEST_FILES + ['spec.txt'])}) "
              f"in {args.md4c_tests}, which is outside the repository; configure with "
              "-DFOLIO_SHARED_DATA=DIR to point at them")
        sys.exit(77)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    failures = []
    if args.spec:
        examples_dir = os.path.join(args.work, "spec")
        os.makedirs(examples_dir)
        with gzip.open(args.spec, "rt", encoding="utf-8") as f:
            examples = read_examples(f.read())
        for example in examples:
            with open(os.path.join(examples_dir, f"example-{example.number:03d}.md"), "w",
                      encoding="utf-8", newline="") as out:
                out.write("---\n---\n" + example.markdown)
        failures += check(args.folio, examples_dir, os.path.join(args.work, "spec-written"),
                          "GFM spec examples", False)
    if args.md4c_tests:
        extension_dir = os.path.join(args.work, "md4c")
        os.makedirs(extension_dir)
        for name in MD4C_TEST_FILES + ["spec.txt"]:
            with open(os.path.join(args.md4c_tests, name), encoding="utf-8") as f:
                for example in read_examples(f.read()):
                    stem = name.replace(".txt", "")
                    with open(os.path.join(extension_dir, f"{stem}-{example.number:03d}.md"), "w",
                              encoding="utf-8", newline="") as out:
                        out.write("---\n---\n" + example.markdown)
        failures += check(args.folio, extension_dir, os.path.join(args.work, "md4c-written"),
                          "md4c extension examples", False)
    corpus_dir = args.corpus_dir
    if args.corpus:
        run([sys.executable, args.generator, os.path.join(args.work, "corpus"), "--count",
             str(args.corpus)])
        corpus_dir = os.path.join(args.work, "corpus", "articles")
    if corpus_dir:
        failures += check(args.folio, corpus_dir, os.path.join(args.work, "corpus-written"),
                          "corpus articles", True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
