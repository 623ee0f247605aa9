#!/usr/bin/python3
"""Peak memory of the three jobs people run on a WordPress export, against the export's size:
`folio check`, `folio migrate --to hugo` and `folio epub` on an export written by
bench/generate_wxr.py, each run under /usr/bin/time, whose maximum resident set size must stay
within RATIO times the file (issue 19: a 500 MB export within twice its size). folio's own
memory at start (about 11 MB) counts, so the ratio means something only on a big export.

    export_memory.py --folio FOLIO --generator generate_wxr.py --work DIR [--posts N] [--ratio R]
                     [--allow JOB=R ...]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys


def peak_kib(command):
    """Runs `command` under /usr/bin/time -v; its maximum resident set size in KiB, and its
    exit status."""
    run = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, errors="replace")
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    if not found:
        sys.exit(f"no maximum resident set size from /usr/bin/time for {command}:\n{run.stderr[-2000:]}")
    return int(found.group(1)), run.returncode, run.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--posts", type=int, default=130000)
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--allow", action="append", default=[],
                        help="JOB=R: a bound of R times the export for that job instead")
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    export = os.path.join(args.work, "blog.xml")
    subprocess.run([sys.executable, args.generator, export, "--posts", str(args.posts)], check=True)
    size_kib = os.path.getsize(export) / 1024
    jobs = {
        "check": [args.folio, "check", export],
        "migrate": [args.folio, "migrate", export, "--to", "hugo", "-o", os.path.join(args.work, "site")],
        "epub": [args.folio, "epub", export, "-o", os.path.join(args.work, "blog.epub")],
    }
    bounds = {name: args.ratio for name in jobs}
    for allowed in args.allow:
        name, ratio = allowed.split("=")
        bounds[name] = float(ratio)
    failed = []
    for name, command in jobs.items():
        peak, status, stderr = peak_kib(command)
        # `check` exits 1 for the generated export's warnings-turned-findings only when they are
        # errors; any status above 1 is a crash or an out-of-memory end.
        if status > 1 or (name != "check" and status != 0):
            failed.append(f"folio {name} exited {status}:\n{stderr[-2000:]}")
        ratio = peak / size_kib
        print(f"folio {name}: peak {peak / 1024:.1f} MiB for a {size_kib / 1024:.1f} MiB export: "
              f"{ratio:.2f} times")
        if ratio > bounds[name]:
            failed.append(f"folio {name}: peak {ratio:.2f} times the export, more than {bounds[name]}")
    shutil.rmtree(args.work, ignore_errors=True)
    if failed:
        sys.exit("\n".join(failed))


if __name__ == "__main__":
    main()
