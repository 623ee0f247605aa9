#!/usr/bin/python3
"""`--sync`: the commands that write many files sync the file system once, and only when asked.

    sync_option.py --folio FOLIO --examples examples/ --work DIR

Runs `folio html`, `folio hugo` and `folio markdown` on the examples under strace (Debian
`strace`), once without `--sync` and once with it, and counts the `syncfs` and `fsync` calls:
none without it (each file is renamed into place whole, as Hugo writes its files), exactly one
`syncfs` with it, never an fsync per file. Exits 1 on the first failed check.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

COMMANDS = {
    "html": ["--base-url", "https://example.org/"],
    "hugo": [],
    "markdown": ["--style", "b"],
}


def calls(folio, command, extra, examples, out, trace):
    argv = ["strace", "-f", "-qq", "-e", "trace=syncfs,fsync,fdatasync", "-o", trace,
            folio, command, examples, "-o", out, *COMMANDS[command], *extra]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    if result.returncode not in (0, 1):
        sys.exit(f"FAIL {' '.join(argv)}: exit {result.returncode}\n{result.stderr[-2000:]}")
    seen = {"syncfs": 0, "fsync": 0, "fdatasync": 0}
    with open(trace, encoding="utf-8") as log:
        for line in log:  # "PID syscall(args) = result"
            match = re.match(r"\d+\s+(\w+)\(", line)
            if match and match.group(1) in seen:
                seen[match.group(1)] += 1
    return seen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    if shutil.which("strace") is None:
        sys.exit("FAIL strace is not installed (scripts/setup.sh --tests installs it)")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    for command in COMMANDS:
        for extra, want in (([], 0), (["--sync"], 1)):
            out = os.path.join(args.work, f"{command}{'-sync' if extra else ''}")
            trace = out + ".strace"
            seen = calls(args.folio, command, extra, args.examples, out, trace)
            if not os.listdir(out):
                sys.exit(f"FAIL folio {command} {' '.join(extra)} wrote nothing")
            if seen["syncfs"] != want or seen["fsync"] or seen["fdatasync"]:
                sys.exit(f"FAIL folio {command} {' '.join(extra)}: {seen}, want {want} syncfs "
                         "and no fsync")
            print(f"ok folio {command} {' '.join(extra)}: {seen}")


if __name__ == "__main__":
    main()
