#!/usr/bin/python3
"""Inputs and outputs kept apart: an output that is, contains or lies inside an input, or that
exists and is not a regular file or folder, is refused with exit 2 before anything is read or
written.

    overlap.py --folio FOLIO --work DIR

For every command that writes (epub, feed, html, markdown, hugo, migrate): the output named as
the input folder, a file or folder inside it, or a folder holding an input; each must exit 2
with `[usage.overlap]` and leave every source byte for byte as it was and nothing new in the
input folder. Then outputs that are not files: a FIFO, and inside a user and mount namespace the
test makes with `unshare -Urm` (so the machine's own devices are never the target) /dev/stdout on
a private /dev and a character device (the machine's /dev/null bind-mounted over a scratch
file), each exit 2 with
`[usage.output-kind]` and left as it was; `-` still writes to standard output.
Exits 1 if any check failed.
"""

import argparse
import os
import shutil
import stat
import subprocess
import sys

BASE = "https://example.org/"


def snapshot(folder):
    """Every file below `folder` with its bytes."""
    out = {}
    for top, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(top, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, folder)] = f.read()
    return out


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures.append(what)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    folio = os.path.abspath(args.folio)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    posts = os.path.join(work, "posts")
    os.makedirs(posts)
    for i in range(3):
        with open(os.path.join(posts, f"post-{i}.md"), "w") as f:
            f.write(f"---\ntitle: Post {i}\ndate: 2024-01-0{i + 1}\n---\n\nBody {i}.\n")
    before = snapshot(posts)
    checker = Checker()

    def run(*argv, cwd=work):
        return subprocess.run([folio, *argv], cwd=cwd, capture_output=True, text=True,
                              timeout=120)

    cases = [
        ("markdown posts -o posts", ["markdown", "posts", "--style", "b", "-o", "posts"]),
        ("hugo posts -o posts", ["hugo", "posts", "-o", "posts"]),
        ("epub posts -o posts/post-0.md", ["epub", "posts", "-o", "posts/post-0.md"]),
        ("epub posts/post-0.md -o posts/post-0.md",
         ["epub", "posts/post-0.md", "-o", "posts/post-0.md"]),
        ("feed posts -o posts/post-1.md",
         ["feed", "posts", "--base-url", BASE, "-o", "posts/post-1.md"]),
        ("html posts -o posts/site", ["html", "posts", "-o", "posts/site"]),
        ("html posts/post-0.md -o .", ["html", "posts/post-0.md", "-o", "."]),
        ("migrate posts/post-0.md --to hugo -o posts",
         ["migrate", "posts/post-0.md", "--to", "hugo", "-o", "posts"]),
    ]
    # Through a link: the output names the input by another path.
    os.symlink("posts", os.path.join(work, "alias"))
    cases.append(("markdown posts -o alias", ["markdown", "posts", "--style", "b", "-o",
                                              "alias"]))
    for what, argv in cases:
        result = run(*argv)
        checker.check(result.returncode == 2 and "[usage.overlap]" in result.stderr,
                      f"{what}: exit 2 with usage.overlap (got {result.returncode}: "
                      f"{result.stderr.strip()[:200]})")
        checker.check(snapshot(posts) == before, f"{what}: the sources are untouched")

    # Outputs that are not regular files or folders.
    fifo = os.path.join(work, "pipe")
    os.mkfifo(fifo)
    for what, argv in [("epub -o FIFO", ["epub", "posts", "-o", fifo]),
                       ("feed -o FIFO", ["feed", "posts", "--base-url", BASE, "-o", fifo]),
                       ("html -o FIFO", ["html", "posts", "-o", fifo])]:
        result = run(*argv)
        checker.check(result.returncode == 2 and "[usage.output-kind]" in result.stderr,
                      f"{what}: exit 2 with usage.output-kind (got {result.returncode})")
        checker.check(stat.S_ISFIFO(os.lstat(fifo).st_mode), f"{what}: the FIFO is still one")
    result = subprocess.run([folio, "epub", "posts", "-o", "-"], cwd=work, capture_output=True,
                            timeout=120)
    checker.check(result.returncode == 0 and result.stdout.startswith(b"PK"),
                  "epub -o -: the book on standard output")

    # A device, only inside a namespace of the test's own: /dev/null bind-mounted over a scratch
    # file there, and folio run as the namespace's root (as the root run was).
    device = os.path.join(work, "dev-null")
    open(device, "w").close()
    script = (f"mount --bind /dev/null {device} && "
              f"{folio} epub posts -o {device}; echo rc=$?; "
              f"{folio} feed posts --base-url {BASE} -o {device}; echo rc=$?; "
              f"stat -c %F {device}")
    probe = subprocess.run(["unshare", "-Urm", "true"], capture_output=True)
    if probe.returncode != 0:
        print("skip the device case: unshare -Urm is not allowed here", flush=True)
    else:
        result = subprocess.run(["unshare", "-Urm", "sh", "-c", script], cwd=work,
                                capture_output=True, text=True, timeout=120)
        lines = result.stdout.split()
        checker.check(lines.count("rc=2") == 2 and "[usage.output-kind]" in result.stderr,
                      f"-o a character device as root in a namespace: exit 2 (got "
                      f"{result.stdout.strip()!r}, {result.stderr.strip()[:200]!r})")
        checker.check("character" in result.stdout,
                      "the device is still a device after both runs")
        # /dev/stdout, also only in the namespace: on a private /dev, so that a folio that got
        # it wrong replaces the namespace's link, never the machine's (a run outside one left
        # this machine's /dev/stdout a regular file holding a book).
        script = (f"mount -t tmpfs tmpfs /dev && ln -s /proc/self/fd/1 /dev/stdout && "
                  f"{folio} epub posts -o /dev/stdout > {work}/captured; echo rc=$?; "
                  f"stat -c %F /dev/stdout")
        result = subprocess.run(["unshare", "-Urm", "sh", "-c", script], cwd=work,
                                capture_output=True, text=True, timeout=120)
        checker.check("rc=2" in result.stdout.split() and "[usage.output-kind]" in result.stderr,
                      f"epub -o /dev/stdout: exit 2 (got {result.stdout.strip()!r}, "
                      f"{result.stderr.strip()[:200]!r})")
        checker.check("symbolic link" in result.stdout, "/dev/stdout is still a link after it")

    # A migration may write into a folder inside its input (`folio migrate blog -o blog/new`):
    # it leaves that folder out of its inputs, so a second run finds the same articles.
    counts = []
    for _ in range(2):
        result = run("markdown", "posts", "--style", "a", "-o", "posts/out")
        counts.append(sum(len(files) for _, _, files in os.walk(os.path.join(posts, "out"))))
    checker.check(result.returncode == 0 and counts == [3, 3],
                  f"markdown posts -o posts/out twice: exit 0, 3 files each time (got "
                  f"{result.returncode}, {counts})")
    shutil.rmtree(os.path.join(posts, "out"))

    # Apart: writes, and the sources still untouched.
    result = run("markdown", "posts", "--style", "b", "-o", "posts-md")
    checker.check(result.returncode == 0, f"markdown posts -o posts-md: exit 0 "
                                          f"({result.stderr.strip()[:200]})")
    checker.check(snapshot(posts) == before, "the sources are untouched at the end")
    if checker.failures:
        print(f"{len(checker.failures)} check(s) failed", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
