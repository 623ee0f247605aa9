#!/usr/bin/env python3
"""The Debian package in a clean root: `cpack -G DEB` makes it, debootstrap makes a minimal
Debian 12 root (kept between runs in ~/.cache/folio-tests, outside the repository), apt installs
the package there with the dependencies it declares and nothing else, and the installed program
is used there: `folio --version`, `man folio-epub`, the bash completion, and a book of examples/
that epubcheck (outside the root) must pass. Needs root, as the test command runs."""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tarfile

SUITE = "bookworm"


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def debian_mirror() -> str:
    """The Debian mirror this machine's apt uses (the only package host it reaches)."""
    for path in [pathlib.Path("/etc/apt/sources.list"),
                 *sorted(pathlib.Path("/etc/apt/sources.list.d").glob("*.sources")),
                 *sorted(pathlib.Path("/etc/apt/sources.list.d").glob("*.list"))]:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words = line.split()
            if words[:1] == ["URIs:"]:
                uris = words[1:]
            elif words[:1] == ["deb"]:
                uris = [w for w in words[1:] if "://" in w][:1]
            else:
                continue
            for uri in uris:
                if uri.rstrip("/").endswith("/debian"):
                    return uri.rstrip("/")
    raise SystemExit("no Debian mirror found in /etc/apt/sources.list*")


def clean_root(target: pathlib.Path) -> None:
    cache = pathlib.Path(os.environ.get("XDG_CACHE_HOME", pathlib.Path.home() / ".cache"))
    archive = cache / "folio-tests" / f"debian-{SUITE}-minbase.tar"
    if not archive.is_file():
        archive.parent.mkdir(parents=True, exist_ok=True)
        staging = archive.parent / "staging"
        shutil.rmtree(staging, ignore_errors=True)
        made = run(["debootstrap", "--variant=minbase", SUITE, str(staging), debian_mirror()])
        if made.returncode != 0:
            raise SystemExit(f"debootstrap failed:\n{made.stdout[-3000:]}{made.stderr[-3000:]}")
        with tarfile.open(archive.with_suffix(".part"), "w") as tar:
            tar.add(staging, arcname=".")
        archive.with_suffix(".part").rename(archive)
        shutil.rmtree(staging, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target)


def in_root(root: pathlib.Path, command: str) -> subprocess.CompletedProcess:
    return run(["chroot", str(root), "/bin/bash", "-c", command],
               env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive",
                    "LANG": "C.UTF-8", "HOME": "/root"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, type=pathlib.Path)
    parser.add_argument("--examples", required=True, type=pathlib.Path)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("skipped: installing a package into a chroot needs root")
        return 77
    for tool in ("debootstrap", "chroot", "cpack"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (scripts/packages/test-install.txt)", file=sys.stderr)
            return 1
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    packed = run(["cpack", "-G", "DEB", "-B", str(args.work)], cwd=args.build)
    debs = sorted(args.work.glob("folio_*.deb"))
    if packed.returncode != 0 or not debs:
        print(f"cpack failed:\n{packed.stdout}{packed.stderr}", file=sys.stderr)
        return 1
    root = args.work / "root"
    clean_root(root)
    shutil.copy(debs[0], root / "tmp" / "folio.deb")
    shutil.copytree(args.examples, root / "tmp" / "examples")
    for name in ("resolv.conf",):
        shutil.copy(f"/etc/{name}", root / "etc" / name)
    problems: list[str] = []
    installed = in_root(root, "apt-get update -qq && apt-get install -y -qq --no-install-recommends "
                              "/tmp/folio.deb man-db bash-completion >/dev/null")
    if installed.returncode != 0:
        print(f"apt-get install in the clean root failed:\n{installed.stdout[-3000:]}"
              f"{installed.stderr[-3000:]}", file=sys.stderr)
        return 1
    version = in_root(root, "folio --version")
    if version.returncode != 0 or not version.stdout.startswith("folio "):
        problems.append(f"folio --version in the root: {version.stdout!r} {version.stderr!r}")
    page = in_root(root, "MANPAGER=cat MANWIDTH=80 man folio-epub")
    if "--fetch-images" not in page.stdout.replace("‐", "-"):
        problems.append(f"man folio-epub in the root: {page.stdout[:500]!r} {page.stderr!r}")
    completion = in_root(root, "source /usr/share/bash-completion/completions/folio; "
                               "COMP_WORDS=(folio epu); COMP_CWORD=1; _folio; echo ${COMPREPLY[@]}")
    if completion.stdout.strip() != "epub":
        problems.append(f"bash completion in the root: {completion.stdout!r} {completion.stderr!r}")
    book = in_root(root, "cd /tmp/examples && folio epub posts -o /tmp/examples.epub "
                         "--config folio.toml --static static")
    if book.returncode not in (0, 1) or not (root / "tmp" / "examples.epub").is_file():
        problems.append(f"folio epub in the root: exit {book.returncode}: {book.stderr[-2000:]}")
    else:
        checked = run(["java", "-jar", "/usr/share/java/epubcheck.jar",
                       str(root / "tmp" / "examples.epub")])
        if "0 fatals / 0 errors / 0 warnings" not in checked.stdout + checked.stderr:
            problems.append(f"epubcheck:\n{checked.stdout}{checked.stderr}")
    # The highlighting module and the libraries it loads (KSyntaxHighlighting, Qt) came with
    # the package's dependencies.
    highlighted = in_root(root, "printf '```rust\\nfn main() {}\\n```\\n' | folio render --highlight")
    if '<span class="hl-keyword">fn</span>' not in highlighted.stdout:
        problems.append(f"folio render --highlight in the root: {highlighted.stdout!r} "
                        f"{highlighted.stderr[-1000:]!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"deb: {debs[0].name} installed in a clean Debian {SUITE} root with its declared "
          f"dependencies; --version, man, bash completion, epubcheck: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
