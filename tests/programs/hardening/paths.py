#!/usr/bin/python3
"""Paths: no image reference, slug, `--static` lookup or symbolic link makes folio read or
write outside its roots.

    paths.py --folio FOLIO --work DIR

An article references a secret file outside its folder in every way we know: `../..`, an
absolute path, `%2e%2e` (dots after URL decoding), `..%2F`, a site-absolute path with `..`, a
symlinked folder and a symlinked file (in the article's folder and in the static folder), a
`file:` URL, a NUL; its slug tries `../../`. The secret holds a marker; `folio epub`, `hugo`,
`markdown` and `feed` must never copy the marker anywhere nor write a file outside their output
folder, also when the output folder holds a symbolic link to elsewhere. A legitimate image is
used too and must be embedded or copied, so the test cannot pass by copying nothing.
Exits 1 on the first failed check.
"""

import argparse
import os
import shutil
import subprocess
import sys
import zipfile

MARKER = b"FOLIO-SECRET-MARKER"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                    "3a7e9b550000000a49444154789c63600000000200014 8afa4710000000049454e44ae426082"
                    .replace(" ", ""))
SECRET = PNG + MARKER + b"\0" * (7777 - len(PNG) - len(MARKER))  # 7,777 bytes: a size to spot

REFERENCES = [
    "../../secret/secret.png",
    "/etc/passwd",
    "/../../secret/secret.png",
    "%2e%2e/%2e%2e/secret/secret.png",
    "..%2F..%2Fsecret%2Fsecret.png",
    "%2E%2E%2F%2E%2E%2Fsecret%2Fsecret.png",
    "/linked/secret.png",
    "/file-link.png",
    "images/secret.png",
    "file-link.png",
    "file:///etc/passwd",
    "ok.png%00/../../../secret/secret.png",
    os.path.abspath("/"),
]


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def tree_snapshot(root, skip):
    out = set()
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if os.path.join(folder, d) not in skip]
        for name in files + dirs:
            out.add(os.path.relpath(os.path.join(folder, name), root))
    return out


def marker_in_tree(root):
    hits = []
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            if MARKER in data:
                hits.append(path)
            if name.endswith(".epub"):
                with zipfile.ZipFile(path) as book:
                    hits += [f"{path}!{n}" for n in book.namelist() if MARKER in book.read(n)]
    return hits


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            failures.append(what)

    write(f"{work}/secret/secret.png", SECRET)
    write(f"{work}/secret-dir/secret.png", SECRET)
    write(f"{work}/site/static/img/ok.png", PNG)
    os.symlink(f"{work}/secret-dir", f"{work}/site/static/linked")
    os.symlink(f"{work}/secret/secret.png", f"{work}/site/static/file-link.png")
    os.makedirs(f"{work}/site/posts")
    os.symlink(f"{work}/secret-dir", f"{work}/site/posts/images")
    os.symlink(f"{work}/secret/secret.png", f"{work}/site/posts/file-link.png")
    body = "\n\n".join(f"![r{i}]({ref})" for i, ref in enumerate(REFERENCES))
    body += "\n\n![ok](/img/ok.png)\n"
    write(f"{work}/site/posts/evil.md",
          ("---\ntitle: Evil\ndate: 2024-01-01\nslug: ../../escape\n"
           "cover:\n  image: ../../secret/secret.png\n---\n" + body).encode())
    write(f"{work}/site/posts/absolute.md",
          b"---\ntitle: Absolute\ndate: 2024-01-02\nslug: /tmp/abs\n"
          b"cover:\n  image: /linked/secret.png\n---\nText.\n")
    write(f"{work}/site/posts/dots.md",
          b"---\ntitle: Dots\ndate: 2024-01-03\nslug: '%2e%2e/%2e%2e/x'\n"
          b"featuredImage: '%2e%2e/%2e%2e/secret/secret.png'\n---\nText.\n")
    posts = f"{work}/site/posts"
    static = ["--static", f"{work}/site/static"]
    out = f"{work}/out"
    before = tree_snapshot(work, {out})

    result = subprocess.run([args.folio, "epub", posts, "-o", f"{out}/book.epub", "--title", "T",
                             "--language", "en"] + static, capture_output=True, text=True)
    check(result.returncode in (0, 1), f"epub: exit {result.returncode}")
    with zipfile.ZipFile(f"{out}/book.epub") as book:
        images = [n for n in book.namelist() if n.endswith(".png")]
        check(any(book.read(n) == PNG for n in images), "epub: the legitimate image is embedded")

    result = subprocess.run([args.folio, "hugo", posts, "-o", f"{out}/hugo"] + static,
                            capture_output=True, text=True)
    check(result.returncode in (0, 1), f"hugo: exit {result.returncode}")
    copied = [p for f, _, names in os.walk(f"{out}/hugo") for p in names if p.endswith(".png")]
    check(len(copied) >= 1, f"hugo: the legitimate image is copied ({copied})")
    for folder, _, names in os.walk(f"{out}/hugo"):
        for name in names:
            rel = os.path.relpath(os.path.join(folder, name), f"{out}/hugo")
            check(not rel.startswith(".."), f"hugo: {rel} is inside the output folder")

    result = subprocess.run([args.folio, "markdown", posts, "-o", f"{out}/markdown", "--style", "a"],
                            capture_output=True, text=True)
    check(result.returncode in (0, 1), f"markdown: exit {result.returncode}")

    result = subprocess.run([args.folio, "feed", posts, "-o", f"{out}/feed.xml", "--base-url",
                             "https://example.org/"] + static, capture_output=True, text=True)
    check(result.returncode in (0, 1), f"feed: exit {result.returncode}")
    with open(f"{out}/feed.xml", encoding="utf-8") as f:
        check('length="7777"' not in f.read(), "feed: no enclosure carries the secret's size")

    result = subprocess.run([args.folio, "check", posts] + static, capture_output=True, text=True)
    check("check.image.outside" in result.stderr, "check: warns about references that leave")

    hits = marker_in_tree(out)
    check(not hits, f"no output holds the secret ({hits[:5]})")
    after = tree_snapshot(work, {out})
    check(after == before, f"nothing written outside the output folder ({sorted(after - before)[:5]})")
    with open(f"{work}/secret/secret.png", "rb") as f:
        check(f.read() == SECRET, "the secret is unchanged")

    # An output folder holding symbolic links: one to a folder elsewhere, one to a file.
    elsewhere = f"{work}/elsewhere"
    os.makedirs(elsewhere)
    write(f"{elsewhere}/evil.md", b"not to be overwritten\n")
    linked_out = f"{work}/linked-out"
    os.makedirs(linked_out)
    os.symlink(elsewhere, f"{linked_out}/posts")
    result = subprocess.run([args.folio, "hugo", posts, "-o", linked_out], capture_output=True,
                            text=True)
    check(result.returncode == 1 and "output.outside-root" in result.stderr,
          f"hugo into a folder whose posts/ links elsewhere: refused (exit {result.returncode})")
    check(sorted(os.listdir(elsewhere)) == ["evil.md"],
          f"hugo wrote nothing through the link ({sorted(os.listdir(elsewhere))})")
    md_out = f"{work}/md-linked"
    os.makedirs(md_out)
    os.symlink(f"{elsewhere}/evil.md", f"{md_out}/escape.md")
    subprocess.run([args.folio, "markdown", posts, "-o", md_out, "--style", "b"],
                   capture_output=True, text=True)
    with open(f"{elsewhere}/evil.md", "rb") as f:
        check(f.read() == b"not to be overwritten\n",
              "markdown replaces a symlinked output file instead of writing through it")

    if not failures:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failed checks")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
