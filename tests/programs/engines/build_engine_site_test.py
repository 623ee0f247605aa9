#!/usr/bin/python3
"""build_engine_site.py fails a build whose engine warns: a Hugo site with a page and no layout
for it, and a Jekyll post that asks for a layout that does not exist, both of which the engines
build (exit 0) with a warning only.

    build_engine_site_test.py --work DIR
"""

import argparse
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_engine_site  # noqa: E402

SITES = {
    "hugo": {
        "hugo.toml": 'baseURL = "https://example.org/"\n',
        "content/posts/a.md": "---\ntitle: A\n---\nText.\n",
    },
    "jekyll": {
        "_config.yml": 'url: "https://example.org"\n',
        "_posts/2024-01-02-a.md": "---\ntitle: A\nlayout: missing\n---\nText.\n",
    },
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    failures = 0
    for engine, files in SITES.items():
        site = os.path.join(args.work, engine, "site")
        shutil.rmtree(os.path.join(args.work, engine), ignore_errors=True)
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(site, path)), exist_ok=True)
            with open(os.path.join(site, path), "w", encoding="utf-8") as f:
                f.write(text)
        _, problems = build_engine_site.build(engine, site, os.path.join(args.work, engine, "out"))
        if any("exited" in problem for problem in problems):
            print(f"FAIL {engine}: the engine failed, where it should only warn: {problems}")
            failures += 1
        elif not problems:
            print(f"FAIL {engine}: the warning was not reported")
            failures += 1
        else:
            print(f"{engine}: reported {problems}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
