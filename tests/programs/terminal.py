#!/usr/bin/env python3
"""The command line as a person at a terminal meets it, against the same run in a pipe: on a
terminal (a pseudo-terminal here) a long run shows a progress line, diagnostics are coloured and
a closing summary says what was written; in a pipe, and with NO_COLOR, none of that; with
--quiet no progress, notes or summary."""
import argparse
import os
import pathlib
import pty
import select
import shutil
import subprocess
import sys


def run_in_terminal(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Runs `command` with stdout and stderr on a new pseudo-terminal; returns exit and output."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower,
                               env=env, close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            process.kill()
            break
        try:
            data = os.read(leader, 65536)
        except OSError:  # the follower side closed: the process ended
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return process.wait(), b"".join(chunks).decode("utf-8", "replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    # Enough articles for a run of more than a second on one thread, and one broken date for a
    # coloured error.
    subprocess.run([sys.executable, args.generator, str(args.work / "corpus"), "--count", "4000"],
                   check=True, capture_output=True)
    posts = args.work / "corpus" / "articles"
    (posts / "zz-broken.md").write_text("---\ntitle: Broken\ndate: 2026-02-30\n---\nText.\n")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
    env["TERM"] = "xterm"
    # A fast machine writes the site in less than the default second before progress shows.
    env["FOLIO_PROGRESS_DELAY"] = "0"
    site = args.work / "site"
    command = [args.folio, "html", str(posts), "-o", str(site), "--threads", "1"]
    problems = []

    code, terminal = run_in_terminal(command, env)
    if code != 1:
        problems.append(f"terminal: exit {code}, wanted 1 (one broken date)")
    if "\r\x1b[K" not in terminal or "articles" not in terminal.split("\r\x1b[K")[1]:
        problems.append("terminal: no progress line")
    if "\x1b[1;31merror:\x1b[0m" not in terminal:
        problems.append("terminal: the error is not coloured")
    summary = [line for line in terminal.replace("\x1b[K", "").splitlines()
               if line.startswith("folio html: ")]
    if not summary or "4001 articles" not in summary[-1] or f"wrote {site}" not in summary[-1]:
        problems.append(f"terminal: no summary line naming 4001 articles and {site}: {summary}")

    code, quiet = run_in_terminal([*command, "--quiet"], env)
    if "\r\x1b[K" in quiet or "folio html: " in quiet or ": note: " in quiet:
        problems.append("--quiet: progress, summary or notes shown")
    if "error" not in quiet:
        problems.append("--quiet: the error is not shown")

    code, plain = run_in_terminal(command, {**env, "NO_COLOR": "1"})
    if "\x1b[1;31m" in plain:
        problems.append("NO_COLOR: still coloured")

    piped = subprocess.run(command, capture_output=True, text=True, env=env)
    if "\x1b" in piped.stderr or "folio html: " in piped.stderr:
        problems.append("pipe: escape codes or a summary in the output of a pipe")
    if "error: impossible date" not in piped.stderr:
        problems.append("pipe: the error is missing")

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"terminal: {len(problems)} problems (progress, colour and summary on a terminal; "
          "none in a pipe, with NO_COLOR or --quiet)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
