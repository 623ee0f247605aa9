#!/usr/bin/env python3
"""Every Atom feed feeds_validate wrote, through jing with the RFC 4287 RELAX NG schema and its
Schematron rules. The schema is test data kept outside the repository (shared/data/atom): without
it the test is skipped (exit 77) and says what it needs."""
import argparse
import pathlib
import sys

from check_feeds import check_jing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schemas", required=True, help="folder with atom.rng and atom-rules.sch")
    parser.add_argument("--list", required=True, help="atom-files.txt written by check_feeds.py")
    args = parser.parse_args()
    schemas = pathlib.Path(args.schemas)
    missing = [name for name in ("atom.rng", "atom-rules.sch") if not (schemas / name).is_file()]
    if missing:
        print(f"skipped: needs the Atom RELAX NG schema and Schematron rules ({', '.join(missing)}) "
              f"in {schemas}, which is outside the repository; configure with "
              "-DFOLIO_SHARED_DATA=DIR to point at them")
        return 77
    files = [pathlib.Path(line) for line in
             pathlib.Path(args.list).read_text(encoding="utf-8").splitlines() if line]
    if not files:
        print(f"{args.list} lists no Atom file", file=sys.stderr)
        return 1
    problems: list[str] = []
    for path in files:
        check_jing(path, schemas, problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"jing (RELAX NG + Schematron): {len(files)} Atom files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
