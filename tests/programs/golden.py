#!/usr/bin/env python3
"""Runs the built `folio` on each case under cases/ and compares what it prints with the
golden files there. A case is a folder holding:

  args      the command line after `folio`, one argument per line (run inside the case folder)
  stdin     optional: fed to standard input
  stdout    expected standard output      (golden)
  stderr    expected standard error       (golden)
  exit      expected exit code            (golden)

UPDATE_GOLDEN=1 rewrites the golden files from the current output; review them as a diff.
"""
import argparse
import difflib
import os
import pathlib
import subprocess
import sys


def run_case(folio: str, case: pathlib.Path, update: bool) -> list[str]:
    args = [line for line in (case / "args").read_text().splitlines() if line]
    stdin = (case / "stdin").read_bytes() if (case / "stdin").exists() else b""
    result = subprocess.run([folio, *args], cwd=case, input=stdin, capture_output=True, timeout=60)
    actual = {
        "stdout": result.stdout.decode("utf-8", "replace"),
        "stderr": result.stderr.decode("utf-8", "replace"),
        "exit": f"{result.returncode}\n",
    }
    problems = []
    for name, text in actual.items():
        golden = case / name
        if update:
            golden.write_text(text)
            continue
        expected = golden.read_text() if golden.exists() else ""
        if text != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                f"{case.name}/{name} (expected)", f"{case.name}/{name} (actual)"))
            problems.append(diff)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--cases", default=str(pathlib.Path(__file__).parent / "cases"))
    parser.add_argument("only", nargs="*", help="case names to run (default: all)")
    options = parser.parse_args()
    options.folio = str(pathlib.Path(options.folio).resolve())
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    cases = sorted(p for p in pathlib.Path(options.cases).iterdir() if (p / "args").exists())
    if options.only:
        cases = [c for c in cases if c.name in options.only]
    failed = 0
    for case in cases:
        problems = run_case(options.folio, case, update)
        status = "updated" if update else ("ok" if not problems else "FAILED")
        print(f"{case.name}: {status}")
        for p in problems:
            print(p)
        failed += bool(problems)
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
