#!/usr/bin/python3
"""Atomic output: SIGKILL folio mid-run and find either the previous output or the new one.

    atomic_output.py --folio FOLIO --generator bench/generate_corpus.py --work DIR [--count N]

For `folio epub`, `folio feed` (RSS) and `folio hugo` on a generated corpus: build the output
once (the previous output), change every article, build the new output elsewhere as the
reference, then start the same build over the previous output and SIGKILL it at several points
of its run. After each kill the book and the feed must be byte for byte the previous or the
new one, and every Hugo file the previous or the new version of itself (never a prefix, never
empty); no file that a reader would pick up (not dot-hidden) may be left half-written.
Exits 1 on the first failed check.
"""

import argparse
import filecmp
import os
import shutil
import signal
import subprocess
import sys
import time

KILL_POINTS = (0.05, 0.2, 0.4, 0.6, 0.8, 0.95)


def build(argv):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=1200)
    if result.returncode not in (0, 1):
        sys.exit(f"FAIL {' '.join(argv)}: exit {result.returncode}\n{result.stderr[-2000:]}")


def kill_after(argv, seconds):
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return finished


def visible_files(root):
    out = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            out[os.path.relpath(path, root)] = path
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--count", type=int, default=3000)
    args = parser.parse_args()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    subprocess.run([sys.executable, args.generator, f"{work}/gen", "--count", str(args.count)],
                   check=True, stdout=subprocess.DEVNULL)
    old_corpus = f"{work}/gen/articles"
    new_corpus = f"{work}/new"
    shutil.copytree(old_corpus, new_corpus)
    for name in os.listdir(new_corpus):
        path = os.path.join(new_corpus, name)
        with open(path, "a", encoding="utf-8") as f:
            f.write("\nA paragraph added for the new build.\n")

    failures = []
    feed = ["--base-url", "https://example.org/", "--feed-url", "https://example.org/feed.xml",
            "--limit", "0"]
    jobs = [
        ("epub", lambda corpus, out: [args.folio, "epub", corpus, "-o", out, "--title", "T",
                                      "--language", "en"], "file"),
        ("feed", lambda corpus, out: [args.folio, "feed", corpus, "-o", out] + feed, "file"),
        ("hugo", lambda corpus, out: [args.folio, "hugo", corpus, "-o", out], "dir"),
    ]
    for name, command, kind in jobs:
        previous = f"{work}/{name}-previous"
        reference = f"{work}/{name}-new"
        build(command(old_corpus, previous))
        start = time.monotonic()
        build(command(new_corpus, reference))
        duration = time.monotonic() - start
        print(f"{name}: a full build takes {duration:.2f} s", flush=True)
        for point in KILL_POINTS:
            target = f"{work}/{name}-target"
            shutil.rmtree(target, ignore_errors=True)
            if kind == "file":
                shutil.copyfile(previous, target)
            else:
                shutil.copytree(previous, target)
            finished = kill_after(command(new_corpus, target), duration * point)
            where = f"{name} killed at {point:.0%} of the run" + (" (it had finished)" if finished else "")
            if kind == "file":
                same_old = filecmp.cmp(target, previous, shallow=False)
                same_new = filecmp.cmp(target, reference, shallow=False)
                state = "previous" if same_old else "new" if same_new else None
                ok = state is not None
                print(f"{'ok  ' if ok else 'FAIL'} {where}: the file is the {state or 'neither'} one")
                if not ok:
                    failures.append(where)
                stray = [n for n in os.listdir(work) if n.startswith(f"{name}-target") and
                         n != f"{name}-target"]
            else:
                bad = []
                old_files = visible_files(previous)
                new_files = visible_files(reference)
                for rel, path in visible_files(target).items():
                    if os.path.basename(rel).startswith("."):
                        continue  # a temporary file the kill left: hidden, never read
                    matches = [p for p in (old_files.get(rel), new_files.get(rel)) if p]
                    if not any(filecmp.cmp(path, p, shallow=False) for p in matches):
                        bad.append(rel)
                ok = not bad
                print(f"{'ok  ' if ok else 'FAIL'} {where}: {len(bad)} files neither previous "
                      f"nor new{': ' + ', '.join(bad[:5]) if bad else ''}")
                if not ok:
                    failures.append(where)
                stray = []
            if stray:
                failures.append(f"{where}: stray files {stray}")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failed checks")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
