#!/usr/bin/python3
"""Every page's facts in a built site, as JSON on standard output.

    page_facts.py BUILT_DIR

A page's facts are the JSON its layout prints in <script type="application/json"
id="folio-page"> (the layouts folio migrate --site writes print title, date, updated, summary,
description, tags, categories, draft, cover and extra). Keyed by the page's URL path:
`a/b/index.html` is `/a/b/`, `a/b.html` is `/a/b.html`. Pages without facts are left out.
"""

import html.parser
import json
import os
import sys


class FactsFinder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.text = None

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("id") == "folio-page":
            self.inside = True
            self.text = ""

    def handle_endtag(self, tag):
        if tag == "script":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def url_path(built, file):
    relative = os.path.relpath(file, built).replace(os.sep, "/")
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative[: -len("index.html")]
    return "/" + relative


def page_facts(built):
    """{url path: facts} for every HTML page under `built` that prints facts."""
    pages = {}
    for folder, _, names in os.walk(built):
        for name in sorted(names):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                finder = FactsFinder()
                finder.feed(f.read())
            if finder.text is None:
                continue
            try:
                pages[url_path(built, path)] = json.loads(finder.text)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}: the facts are not JSON: {error}\n{finder.text}")
    return pages


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    json.dump(page_facts(sys.argv[1]), sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
