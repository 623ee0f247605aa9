#!/usr/bin/env python3
"""Start-up stays small: `folio render` of a one-line file loads no library that only one
option needs (libcurl, for `epub --fetch-images`, brought 30 libraries and 90% of the start-up
time), and the number of shared objects the loader opens stays within a budget."""
import argparse
import os
import subprocess
import sys

# folio's own dependencies (md4c, yaml-cpp, toml++, pugixml, ISA-L, gumbo, mimalloc), the C and
# C++ runtimes, measured at 11: a new one has to be worth its start-up.
BUDGET = 12
# libcurl (`--fetch-images`) and the code highlighter with Qt under it (the first code block that
# names a language) are loaded on demand.
ONLY_ON_DEMAND = ("libcurl", "folio-highlight", "libKF5SyntaxHighlighting", "libQt5")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True)
    args = parser.parse_args()
    result = subprocess.run([args.folio, "render", "-"], input="# One line\n", text=True,
                            capture_output=True, env={**os.environ, "LD_DEBUG": "files"})
    if result.returncode != 0:
        print(f"folio render exited {result.returncode}: {result.stderr[-2000:]}", file=sys.stderr)
        return 1
    opened = sorted({line.split("file=")[1].split()[0] for line in result.stderr.splitlines()
                     if "file=" in line and ("[0];  needed by" in line or "dynamically loaded" in line)})
    problems = [f"{name} is loaded at start-up" for name in opened
                if name.startswith(ONLY_ON_DEMAND)]
    if len(opened) > BUDGET:
        problems.append(f"{len(opened)} libraries loaded at start-up, more than {BUDGET}: "
                        f"{', '.join(opened)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"start-up: {len(opened)} libraries: {', '.join(opened)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
