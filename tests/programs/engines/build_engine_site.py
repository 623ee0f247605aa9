#!/usr/bin/python3
"""Builds a site with its real engine, offline, and fails on any warning or error it prints.

    build_engine_site.py ENGINE SITE_DIR OUT_DIR [--node-modules DIR]

ENGINE is hugo (/usr/bin/hugo), jekyll (/usr/bin/jekyll), eleventy or astro (from the pinned
npm packages in tests/tools/node_modules, or --node-modules). OUT_DIR receives the built site.
Prints the engine's output and the seconds the build took; exits 1 when the engine fails or
prints a line that reads as a warning or an error.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_NODE_MODULES = os.path.join(HERE, "..", "..", "tools", "node_modules")

# A warning or an error, in each engine's words: Hugo's `WARN`/`ERROR`, Jekyll's `Warning:`,
# `Deprecation:` and `Error:`, Astro's `[WARN]`/`[ERROR]`, Vite's `(!)`, Node's warnings.
WARNING = re.compile(r"\bwarn(ing)?\b|\berror\b|deprecat|\(!\)", re.IGNORECASE)


def said(line, site, out):
    """What the engine said on `line`, without colours and without the site's and the output's
    paths (a folder called `warnings` is not a warning)."""
    line = re.sub(r"\x1b\[[0-9;]*m", "", line)
    return line.replace(out, "OUT").replace(site, "SITE")


def command(engine, site, out, node_modules):
    """The command that builds `site` into `out`, and the folder it runs in."""
    if engine == "hugo":
        return ["/usr/bin/hugo", "--source", site, "--destination", out], site
    if engine == "jekyll":
        return ["/usr/bin/jekyll", "build", "--source", site, "--destination", out], site
    if engine == "eleventy":
        # Eleventy finds its configuration in the folder it runs in.
        cli = os.path.join(node_modules, "@11ty", "eleventy", "cmd.cjs")
        return ["node", cli, "--quiet", "--input=.", f"--output={out}"], site
    if engine == "astro":
        # Astro imports its build from the site's own node_modules, and builds into dist/.
        return ["node", os.path.join(site, "node_modules", "astro", "astro.js"), "build",
                "--root", site], site
    sys.exit(f"build_engine_site: unknown engine {engine} (hugo, jekyll, eleventy, astro)")


def link_packages(node_modules, into):
    """A node_modules folder of the site's own whose packages are links to the shared ones:
    Astro and Vite keep their caches in it (`.astro`, `.vite`), which must not be shared
    between sites (a post of one would be a duplicate in the next)."""
    os.makedirs(into)
    for name in os.listdir(node_modules):
        if name not in (".astro", ".vite", ".cache"):
            os.symlink(os.path.join(node_modules, name), os.path.join(into, name))


def build(engine, site, out, node_modules=DEFAULT_NODE_MODULES):
    """Builds; returns (seconds, problems), problems being the lines that warn or fail."""
    site, out, node_modules = (os.path.abspath(p) for p in (site, out, node_modules))
    if engine in ("eleventy", "astro") and not os.path.isdir(os.path.join(node_modules, "astro")):
        sys.exit(f"FAIL {engine}: no npm packages in {node_modules}: scripts/setup.sh --tests "
                 "installs them (npm ci in tests/tools)")
    if engine == "astro" and not os.path.exists(os.path.join(site, "node_modules")):
        link_packages(node_modules, os.path.join(site, "node_modules"))
    if os.path.exists(out):
        shutil.rmtree(out)
    env = dict(os.environ, ASTRO_TELEMETRY_DISABLED="1", NO_UPDATE_NOTIFIER="1",
               NO_COLOR="1", FORCE_COLOR="0", JEKYLL_ENV="production")
    cmd, cwd = command(engine, site, out, node_modules)
    start = time.monotonic()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    output = result.stdout + result.stderr
    problems = [line for line in output.splitlines() if WARNING.search(said(line, site, out))]
    if result.returncode != 0:
        problems.append(f"{engine} exited {result.returncode}")
    if engine == "astro" and result.returncode == 0:
        shutil.move(os.path.join(site, "dist"), out)
    print(output, end="")
    return seconds, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engine")
    parser.add_argument("site")
    parser.add_argument("out")
    parser.add_argument("--node-modules", default=DEFAULT_NODE_MODULES)
    args = parser.parse_args()
    seconds, problems = build(args.engine, args.site, args.out, args.node_modules)
    print(f"{args.engine}: built in {seconds:.1f} s")
    for problem in problems:
        print(f"FAIL {args.engine}: {problem}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
