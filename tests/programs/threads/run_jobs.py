#!/usr/bin/env python3
"""Runs every job that works on the loader's worker threads (inspect, check, epub, feed, html,
hugo, markdown) on examples/ and a generated corpus, with 1 and with 8 threads, and checks that
each run ends as it should and that the outputs of the two thread counts are the same bytes.
Under ThreadSanitizer any data race ends folio with exit code 66 and its report on stderr."""
import argparse
import filecmp
import os
import pathlib
import shutil
import subprocess
import sys

TSAN_EXIT = 66


def run(command: list[str], problems: list[str], expect: tuple[int, ...] = (0,)) -> None:
    result = subprocess.run(command, capture_output=True, text=True,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1767225600"})
    if result.returncode == TSAN_EXIT or "ThreadSanitizer" in result.stderr:
        problems.append(f"{' '.join(command)}: ThreadSanitizer:\n{result.stderr[-20000:]}")
    elif result.returncode not in expect:
        problems.append(f"{' '.join(command)}: exit {result.returncode}\n{result.stderr[-4000:]}")


def same_trees(a: pathlib.Path, b: pathlib.Path, problems: list[str]) -> None:
    compare = filecmp.dircmp(a, b)
    stack = [compare]
    while stack:
        c = stack.pop()
        for name in c.left_only + c.right_only + c.diff_files + c.funny_files:
            problems.append(f"{c.left} and {c.right} differ at {name}")
        stack.extend(c.subdirs.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True)
    parser.add_argument("--examples", required=True, type=pathlib.Path)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    subprocess.run([sys.executable, args.generator, str(args.work / "corpus"), "--count",
                    str(args.count)], check=True, capture_output=True)
    corpora = {"examples": (args.examples / "posts", ["--config", str(args.examples / "folio.toml")]),
               "corpus": (args.work / "corpus" / "articles", [])}
    problems: list[str] = []
    for name, (posts, config) in corpora.items():
        # examples/ holds articles with errors on purpose: exit 1 is their expected end.
        expect = (0, 1)
        outputs = {}
        for threads in ("1", "8"):
            out = args.work / f"{name}-{threads}"
            out.mkdir()
            common = [str(posts), *config, "--threads", threads]
            f = args.folio
            run([f, "inspect", *common], problems, expect)
            run([f, "check", *common], problems, expect)
            run([f, "epub", *common, "-o", str(out / "book.epub")], problems, expect)
            run([f, "feed", *common, "-o", str(out / "feed.xml"), "--base-url",
                 "https://example.org/", "--limit", "0"], problems, expect)
            run([f, "html", *common, "-o", str(out / "site"), "--base-url",
                 "https://example.org/"], problems, expect)
            run([f, "hugo", *common, "-o", str(out / "hugo")], problems, expect)
            run([f, "markdown", *common, "--style", "b", "-o", str(out / "markdown")], problems, expect)
            outputs[threads] = out
        same_trees(outputs["1"], outputs["8"], problems)
        print(f"{name}: inspect, check, epub, feed, html, hugo, markdown with 1 and 8 threads")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"threads: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
