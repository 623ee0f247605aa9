#!/usr/bin/env python3
"""folio as a C++ library, used from outside the tree: `cmake --install` into a staging prefix,
then examples/library (posts_report) configured and built against that prefix only
(`find_package(folio)`, CMAKE_PREFIX_PATH=staging, no package registry), run on examples/posts,
its report checked against the installed `folio inspect` and its feed against `folio feed`
byte for byte; built again with `pkg-config --static --cflags --libs folio` and run; and
<folio/folio.hpp> compiled with the installed include folder alone, where every header it
reaches must be folio's own or the C++ standard library's (no md4c, yaml-cpp, toml++,
pugixml, gumbo, ISA-L, nlohmann_json or CLI11 type is reachable)."""
import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"]
BASE_URL = "https://example.org/"
FEED_TITLE = "Example posts"


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          **kwargs)


def failed(what: str, result: subprocess.CompletedProcess) -> str:
    return (f"{what}: exit {result.returncode}\n{result.stdout[-4000:]}"
            f"{result.stderr[-4000:]}")


def count_nodes(value, counts: dict[str, int]) -> None:
    """Counts the `link` and `image` nodes anywhere in a `folio inspect` JSON value."""
    if isinstance(value, dict):
        if value.get("type") in counts:
            counts[value["type"]] += 1
        for child in value.values():
            count_nodes(child, counts)
    elif isinstance(value, list):
        for child in value:
            count_nodes(child, counts)


def expected_report(folio: pathlib.Path, posts: pathlib.Path, cwd: pathlib.Path,
                    problems: list[str]) -> list[tuple[str, str, int, int]]:
    """(date, title, images, links) per article, from the installed program's `inspect`."""
    inspected = run([folio, "inspect", "--no-positions", posts], cwd=cwd)
    if inspected.returncode != 0:
        problems.append(failed("folio inspect", inspected))
        return []
    rows = []
    for article in json.loads(inspected.stdout)["articles"]:
        counts = {"image": 0, "link": 0}
        count_nodes([article["body"], article.get("footnotes", [])], counts)
        date = article["meta"]["date"]
        rows.append((date["value"] if date else "-", article["meta"]["title"],
                     counts["image"], counts["link"]))
    return rows


def check_report(name: str, result: subprocess.CompletedProcess,
                 expected: list[tuple[str, str, int, int]], feed: pathlib.Path,
                 problems: list[str]) -> None:
    """posts_report's output: a line per article as `folio inspect` sees it, then the total."""
    if result.returncode != 0:
        problems.append(failed(name, result))
        return
    lines = result.stdout.splitlines()
    rows = []
    for line in lines[:-1]:
        match = re.fullmatch(r"([^\t]+)\t([^\t]*)\timages: (\d+)\tlinks: (\d+)\thtml: (\d+) bytes",
                             line)
        if not match:
            problems.append(f"{name}: unexpected line {line!r}")
            continue
        if int(match.group(5)) == 0:
            problems.append(f"{name}: no HTML for {match.group(2)!r}")
        rows.append((match.group(1), match.group(2), int(match.group(3)), int(match.group(4))))
    if rows != expected:
        problems.append(f"{name}: the articles differ from `folio inspect`:\n  got      {rows}\n"
                        f"  expected {expected}")
    total = f"{len(expected)} articles; feed written to {feed}"
    if not lines or lines[-1] != total:
        problems.append(f"{name}: last line {lines[-1:]!r}, expected {total!r}")
    # The feed job reports the garbled text (mojibake) of two example posts, as `folio feed`
    # does, each warning followed by its source line and caret; nothing else is expected.
    lines = result.stderr.splitlines()
    others = []
    mojibake = 0
    i = 0
    while i < len(lines):
        if lines[i].endswith("[feed.mojibake]"):
            mojibake += 1
            i += 3
            continue
        others.append(lines[i])
        i += 1
    if mojibake != 2 or others:
        problems.append(f"{name} reported other diagnostics than the mojibake of two example "
                        f"posts:\n{result.stderr}")


def check_include_path(cmake_build: pathlib.Path, prefix: pathlib.Path,
                       problems: list[str]) -> None:
    """The example's compile command takes folio's headers from the staging prefix only (never
    from the source or build tree): every -I / -isystem folder is under the prefix."""
    commands = json.loads((cmake_build / "compile_commands.json").read_text(encoding="utf-8"))
    for entry in commands:
        words = entry["command"].split()
        folders = [words[i + 1] for i, word in enumerate(words[:-1]) if word in ("-I", "-isystem")]
        folders += [word[2:] for word in words if word.startswith("-I") and len(word) > 2]
        outside = [f for f in folders if pathlib.Path(prefix) not in pathlib.Path(f).parents]
        if not folders or outside:
            problems.append(f"examples/library compiles with include folders {folders}; "
                            f"outside the staging prefix: {outside}")


def check_isolation(cxx: str, include: pathlib.Path, work: pathlib.Path,
                    problems: list[str]) -> None:
    """<folio/folio.hpp> compiles with only the installed include folder on the path, and every
    header it reaches is under it or one of the standard library's (those <bits/stdc++.h>, every
    standard header, reaches), so no third-party type can be part of the API."""
    unit = work / "facade_only.cpp"
    unit.write_text("#include <folio/folio.hpp>\n\nint main() { return 0; }\n", encoding="utf-8")
    flags = ["-std=c++20", *WARNINGS, "-I", include / "folio", "-I", include]
    compiled = run([cxx, *flags, "-c", unit, "-o", work / "facade_only.o"])
    if compiled.returncode != 0:
        problems.append(failed("<folio/folio.hpp> with the installed include folder alone",
                               compiled))
        return

    def reached(source: str) -> set[pathlib.Path]:
        listed = run([cxx, *flags, "-x", "c++", "-M", "-MT", "unit", "-"], input=source)
        if listed.returncode != 0:
            problems.append(failed("listing the headers <folio/folio.hpp> reaches", listed))
            return set()
        words = listed.stdout.replace("\\\n", " ").split()[1:]
        return {pathlib.Path(os.path.realpath(word)) for word in words if word != "-"}

    standard = reached("#include <bits/stdc++.h>\n")
    facade = reached("#include <folio/folio.hpp>\n")
    root = pathlib.Path(os.path.realpath(include / "folio"))
    foreign = sorted(str(path) for path in facade - standard if root not in path.parents)
    if foreign:
        problems.append("<folio/folio.hpp> reaches headers that are neither folio's nor the "
                        "standard library's:\n  " + "\n  ".join(foreign))
    ours = [path for path in facade if root in path.parents]
    if len(ours) < 10:
        problems.append(f"<folio/folio.hpp> reaches only {len(ours)} installed headers")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, type=pathlib.Path)
    parser.add_argument("--example", required=True, type=pathlib.Path)
    parser.add_argument("--posts", required=True, type=pathlib.Path)
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--generator", default="Ninja")
    parser.add_argument("--work", required=True, type=pathlib.Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    prefix = args.work / "staging"
    problems: list[str] = []

    installed = run(["cmake", "--install", args.build, "--prefix", prefix])
    if installed.returncode != 0:
        print(failed("cmake --install", installed), file=sys.stderr)
        return 1
    include = prefix / "include"
    for path in [include / "folio" / "folio.hpp", include / "folio" / "src" / "ast" / "article.hpp",
                 include / "folio" / "formats" / "feed" / "feed_job.hpp"]:
        if not path.is_file():
            problems.append(f"not installed: {path.relative_to(prefix)}")
    configs = sorted(prefix.glob("lib*/**/cmake/folio/folioConfig.cmake"))
    pc_files = sorted(prefix.glob("lib*/**/pkgconfig/folio.pc"))
    if not configs or not pc_files:
        problems.append(f"no folioConfig.cmake ({configs}) or folio.pc ({pc_files}) installed")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    folio = prefix / "bin" / "folio"
    # A program that links the library finds the highlighting module in the prefix folio was
    # configured for; installed elsewhere (this staging prefix), it is named, as the README says.
    modules = sorted(prefix.glob("lib*/**/folio-highlight.so"))
    module_environment = dict(os.environ)
    if modules:
        module_environment["FOLIO_HIGHLIGHT_MODULE"] = str(modules[0])
    posts = args.posts.resolve()

    # The program's own view of the articles and its feed: what the library must give too.
    expected = expected_report(folio, posts, args.work, problems)
    (args.work / "cli").mkdir()
    cli_feed = args.work / "cli" / "feed.xml"
    made = run([folio, "feed", posts, "-o", cli_feed, "--base-url", BASE_URL, "--title",
                FEED_TITLE], cwd=args.work)
    if made.returncode != 0:
        problems.append(failed("installed folio feed", made))

    # The example out of the tree, against the staging prefix alone.
    example = args.work / "example"
    shutil.copytree(args.example, example)
    cmake_build = args.work / "cmake-build"
    configured = run(["cmake", "-S", example, "-B", cmake_build, "-G", args.generator,
                      "-DCMAKE_BUILD_TYPE=Release", f"-DCMAKE_CXX_COMPILER={args.cxx}",
                      f"-DCMAKE_PREFIX_PATH={prefix}", "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF",
                      "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                      f"-DCMAKE_CXX_FLAGS={' '.join(WARNINGS)}"])
    if configured.returncode != 0:
        problems.append(failed("configuring examples/library with find_package(folio)",
                               configured))
    else:
        cache = (cmake_build / "CMakeCache.txt").read_text(encoding="utf-8")
        found = re.search(r"^folio_DIR:PATH=(.*)$", cache, re.MULTILINE)
        if not found or pathlib.Path(found.group(1)).resolve() != configs[0].parent.resolve():
            problems.append(f"find_package(folio) found {found and found.group(1)}, not the "
                            f"staging prefix's {configs[0].parent}")
        built = run(["cmake", "--build", cmake_build, "-j2"])
        if built.returncode != 0:
            problems.append(failed("building examples/library", built))
        else:
            check_include_path(cmake_build, prefix, problems)
            (args.work / "cmake-run").mkdir()
            feed = args.work / "cmake-run" / "feed.xml"
            report = run([cmake_build / "posts_report", posts, feed], cwd=args.work,
                         env=module_environment)
            check_report("posts_report (find_package)", report, expected, feed, problems)
            if feed.is_file() and cli_feed.is_file():
                if feed.read_bytes() != cli_feed.read_bytes():
                    problems.append("the library's feed differs from `folio feed`'s")
                if not ElementTree.parse(feed).getroot().findall("./channel/item"):
                    problems.append("the library's feed has no item")
            else:
                problems.append("posts_report or folio feed wrote no feed")

    # The same program through pkg-config, with the staging prefix's folio.pc alone.
    environment = {**os.environ, "PKG_CONFIG_PATH": str(pc_files[0].parent)}
    version = run(["pkg-config", "--modversion", "folio"], env=environment)
    flags = run(["pkg-config", "--static", "--cflags", "--libs", "folio"], env=environment)
    if flags.returncode != 0 or version.returncode != 0:
        problems.append(failed("pkg-config --static --cflags --libs folio", flags))
    else:
        if str(prefix) not in flags.stdout:
            problems.append(f"pkg-config's flags do not name the staging prefix: {flags.stdout}")
        (args.work / "pkg-config").mkdir()
        binary = args.work / "pkg-config" / "posts_report"
        built = run([args.cxx, "-std=c++20", *WARNINGS, "-O2", example / "main.cpp", "-o", binary,
                     *flags.stdout.split()])
        if built.returncode != 0:
            problems.append(failed("building examples/library with pkg-config", built))
        else:
            feed = args.work / "pkg-config" / "feed.xml"
            report = run([binary, posts, feed], cwd=args.work, env=module_environment)
            check_report("posts_report (pkg-config)", report, expected, feed, problems)

    check_isolation(args.cxx, include, args.work, problems)

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"library: installed folio {version.stdout.strip()}; examples/library through "
          f"find_package and pkg-config on {len(expected)} articles; <folio/folio.hpp> alone: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
