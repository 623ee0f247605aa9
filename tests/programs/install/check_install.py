#!/usr/bin/env python3
"""`cmake --install` as a packager runs it: into a staging root, then the installed program is
used as a person would: `folio --version`, `man folio-epub` (rendered by man-db with groff's
warnings on), the bash, zsh and fish completions loaded by those shells and asked for a
completion, and a book of examples/ made by the installed binary, through epubcheck."""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, type=pathlib.Path)
    parser.add_argument("--examples", required=True, type=pathlib.Path)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    root = args.work / "root"
    problems: list[str] = []
    installed = run(["cmake", "--install", str(args.build), "--prefix", str(root / "usr")])
    if installed.returncode != 0:
        print(installed.stdout + installed.stderr, file=sys.stderr)
        return 1
    folio = root / "usr" / "bin" / "folio"
    share = root / "usr" / "share"
    expected = [folio, share / "man" / "man1" / "folio.1", share / "man" / "man1" / "folio-epub.1",
                share / "bash-completion" / "completions" / "folio",
                share / "zsh" / "vendor-completions" / "_folio",
                share / "fish" / "vendor_completions.d" / "folio.fish"]
    for path in expected:
        if not path.is_file():
            problems.append(f"not installed: {path.relative_to(root)}")
    version = run([str(folio), "--version"])
    if version.returncode != 0 or not version.stdout.startswith("folio "):
        problems.append(f"folio --version: {version.stdout!r} {version.stderr!r}")

    commands = ["inspect", "render", "check", "epub", "hugo", "markdown", "feed", "html", "serve", "verify"]
    for page in ["folio", *[f"folio-{c}" for c in commands]]:
        path = share / "man" / "man1" / f"{page}.1"
        if not path.is_file():
            problems.append(f"no manual page {page}(1)")
            continue
        checked = run(["groff", "-man", "-ww", "-z", str(path)])
        if checked.returncode != 0 or checked.stderr:
            problems.append(f"groff warns about {page}.1: {checked.stderr}")
    shown = run(["man", "folio-epub"], env={**os.environ, "MANPATH": str(share / "man"),
                                              "MANPAGER": "cat", "MANWIDTH": "80"})
    for word in ("--output", "--fetch-images", "[epub]", "EXIT STATUS"):
        if word not in shown.stdout.replace("‐", "-"):
            problems.append(f"man folio-epub does not show {word}: {shown.stderr}")

    bash = run(["bash", "-c", f"source {share}/bash-completion/completions/folio; "
                "COMP_WORDS=(folio epub --ord); COMP_CWORD=2; _folio; echo ${COMPREPLY[@]}; "
                "COMP_WORDS=(folio epub --order ''); COMP_CWORD=3; _folio; echo ${COMPREPLY[@]}"])
    if bash.stdout.split("\n")[:2] != ["--order", "date -date title path"]:
        problems.append(f"bash completion gave {bash.stdout!r} {bash.stderr!r}")
    if shutil.which("zsh"):
        zsh = run(["zsh", "-n", str(share / "zsh" / "vendor-completions" / "_folio")])
        if zsh.returncode != 0:
            problems.append(f"zsh -n _folio: {zsh.stderr}")
    else:
        problems.append("zsh is not installed (scripts/packages/test-install.txt)")
    if shutil.which("fish"):
        fish = run(["fish", "-c", f"source {share}/fish/vendor_completions.d/folio.fish; "
                    "complete -C 'folio epub --ord'"])
        if fish.returncode != 0 or "--order" not in fish.stdout:
            problems.append(f"fish completion gave {fish.stdout!r} {fish.stderr!r}")
    else:
        problems.append("fish is not installed (scripts/packages/test-install.txt)")

    book = args.work / "examples.epub"
    made = run([str(folio), "epub", str(args.examples / "posts"), "-o", str(book),
                "--config", str(args.examples / "folio.toml"), "--static",
                str(args.examples / "static")])
    if made.returncode not in (0, 1) or not book.is_file():
        problems.append(f"installed folio epub: exit {made.returncode}: {made.stderr[-2000:]}")
    else:
        checked = run(["java", "-jar", "/usr/share/java/epubcheck.jar", str(book)])
        if checked.returncode != 0 or "0 fatals / 0 errors / 0 warnings" not in checked.stdout + checked.stderr:
            problems.append(f"epubcheck on the installed program's book:\n{checked.stdout}{checked.stderr}")

    # The highlighting module, where the installed program looks for it: <libdir>/folio/.
    if (args.build / "folio-highlight.so").is_file():
        highlighted = run([str(folio), "render", "--highlight"], input="```rust\nfn main() {}\n```\n")
        if '<span class="hl-keyword">fn</span>' not in highlighted.stdout:
            problems.append(f"installed folio render --highlight: {highlighted.stdout!r} "
                            f"{highlighted.stderr[-1000:]!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"install: {len(expected)} files, {len(commands) + 1} manual pages, 3 shells, "
          f"epubcheck: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
