#!/usr/bin/env python3
"""Fails when an include runs against the layers: src/ (the library's base) includes only src/;
a format includes src/ and its own folder, never another format; only formats/registry.* (the
one list of formats) and formats/folio.hpp (the library's public header) name every format; cli/ sits on top and nothing below includes it.
README.md's layout table names every folder of src/ and formats/, and names none that is gone.
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


def layout_table_problems(root: pathlib.Path) -> list[str]:
    """The README's layout table against the tree: each src/ folder as `src/name/`, each format
    by its folder name in backquotes; every `src/name/` the README names must exist."""
    readme = (root / "README.md").read_text(encoding="utf-8")
    problems = []
    for folder in sorted(p for p in (root / "src").iterdir() if p.is_dir()):
        if f"`src/{folder.name}/`" not in readme:
            problems.append(f"README.md: the layout table does not name src/{folder.name}/")
    for folder in sorted(p for p in (root / "formats").iterdir() if p.is_dir()):
        if f"`{folder.name}`" not in readme:
            problems.append(f"README.md: the layout table does not name the format "
                            f"'{folder.name}' (formats/{folder.name}/)")
    for name in sorted(set(re.findall(r"`src/([a-z_]+)/`", readme))):
        if not (root / "src" / name).is_dir():
            problems.append(f"README.md: the layout table names src/{name}/, which does not exist")
    return problems


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
    problems += layout_table_problems(args.root)
    for problem in problems:
        print(problem)
    print(f"layers: {files} files, {len(problems)} problems (includes against the layers, "
          "command-line files too long, README layout table)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
