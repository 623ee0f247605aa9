#!/usr/bin/env python3
"""Fails when an include runs against the layers: src/ (the library's base) includes only src/;
a format includes src/ and its own folder, never another format; only formats/registry.* (the
one list of formats) and formats/folio.hpp (the library's public header) name every format; cli/ sits on top and nothing below includes it.
The command line stays thin: no file under cli/ holds more than CLI_MAX_LINES lines (option
parsing and calls; anything longer is a job that belongs in the library).
Prints every offending line as file:line: message."""
import argparse
import pathlib
import re
import sys

CLI_MAX_LINES = 150
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_problem(source: str, target: str) -> str | None:
    top = source.split("/")[0]
    target_top = target.split("/")[0]
    if target_top not in ("src", "formats", "cli"):
        return f"'{target}' is not under the one include root's src/, formats/ or cli/"
    if top == "src" and target_top != "src":
        return f"src/ is below every format and the command line, but includes '{target}'"
    if top == "formats":
        if target_top == "cli":
            return f"a format includes the command line: '{target}'"
        if source.startswith(("formats/registry.", "formats/folio.hpp")):
            return None
        if target_top == "formats":
            own = source.split("/")[1]
            other = target.split("/")[1]
            if other != own:
                return f"formats/{own} includes another format: '{target}'"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=pathlib.Path)
    args = parser.parse_args()
    problems = []
    files = 0
    for top in ("src", "formats", "cli"):
        for path in sorted((args.root / top).rglob("*")):
            if path.suffix not in (".cpp", ".hpp", ".h", ".c"):
                continue
            files += 1
            relative = path.relative_to(args.root).as_posix()
            lines = path.read_text(encoding="utf-8").splitlines()
            if top == "cli" and len(lines) > CLI_MAX_LINES:
                problems.append(f"{relative}:{len(lines)}: {len(lines)} lines, over the command "
                                f"line's {CLI_MAX_LINES}: move the work into the library")
            for number, line in enumerate(lines, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                if not (args.root / target).is_file():
                    problems.append(f"{relative}:{number}: '{target}' is not a path from the "
                                    "repository root (the one include root)")
                    continue
                problem = layer_problem(relative, target)
                if problem:
                    problems.append(f"{relative}:{number}: {problem}")
    for problem in problems:
        print(problem)
    print(f"layers: {files} files, {len(problems)} problems (includes against the layers, "
          "command-line files too long)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
