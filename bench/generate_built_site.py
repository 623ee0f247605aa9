#!/usr/bin/python3
"""Writes a built site of N pages, as an engine would (one folder per post with index.html,
a header, a nav of 20 links, a body of paragraphs with links to other posts, #fragments and
images), an alias page per post, a `_redirects` of one pattern, and the old URLs as a list:
the input of the `folio verify` benchmark (bench/verify.sh).

    generate_built_site.py --pages 10000 --out DIR
"""

import argparse
import os
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(17)
    site = os.path.join(args.out, "site")
    os.makedirs(os.path.join(site, "images"), exist_ok=True)
    nav = "".join(f'<li><a href="/posts/post-{i}/">Post {i}</a></li>' for i in range(20))
    old_urls = []
    for n in range(args.pages):
        folder = os.path.join(site, "posts", f"post-{n}")
        os.makedirs(folder, exist_ok=True)
        paragraphs = []
        for p in range(12):
            other = rng.randrange(args.pages)
            paragraphs.append(
                f'<h2 id="section-{p}">Section {p}</h2>\n<p>Lorem ipsum dolor sit amet, consectetur '
                f'adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '
                f'See <a href="/posts/post-{other}/#section-{p % 12}">post {other}</a> and '
                f'<a href="../post-{(n + 1) % args.pages}/">the next one</a>, or '
                f'<a href="https://example.com/ref/{p}">a reference</a>.</p>\n'
                f'<img src="/images/picture-{p}.png" alt="" srcset="/images/picture-{p}.png 1x">\n')
        with open(os.path.join(folder, "index.html"), "w") as f:
            f.write(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Post {n}</title>'
                    f'<link rel="stylesheet" href="/style.css"><link rel="canonical" '
                    f'href="https://example.org/posts/post-{n}/"></head>\n<body><nav><ul>{nav}</ul></nav>'
                    f'<main><h1 id="title">Post {n}</h1>\n{"".join(paragraphs)}</main></body></html>\n')
        alias = os.path.join(site, "old", f"{n}")
        os.makedirs(alias, exist_ok=True)
        with open(os.path.join(alias, "index.html"), "w") as f:
            f.write(f'<!DOCTYPE html><html><head><title>https://example.org/posts/post-{n}/</title>'
                    f'<meta http-equiv="refresh" content="0; url=https://example.org/posts/post-{n}/">'
                    f'</head></html>\n')
        old_urls += [f"/old/{n}/", f"/blog/post-{n}/"]
    for p in range(12):
        with open(os.path.join(site, "images", f"picture-{p}.png"), "w") as f:
            f.write("png\n")
    with open(os.path.join(site, "style.css"), "w") as f:
        f.write("body{}\n")
    with open(os.path.join(site, "_redirects"), "w") as f:
        f.write("/blog/* /posts/:splat 301\n")
    with open(os.path.join(args.out, "old-urls.txt"), "w") as f:
        f.write("\n".join(old_urls) + "\n")


if __name__ == "__main__":
    main()
