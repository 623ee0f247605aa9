#!/usr/bin/python3
"""Times a live server's rebuild after an article is saved: the time from the save to the
article's rebuilt page on disk.

    bench/time_edits.py ARTICLES OUTPUT NAME [NAME...] [--pause S]

For each NAME (a file in ARTICLES) it saves the file with one more paragraph holding a fresh
marker, the way editors save (a new file renamed over the old one), and polls OUTPUT's page of
that article until it holds the marker. The page is found by a first, untimed edit of each
article (the marker is looked for in every OUTPUT/**/index.html), so the script knows nothing of
either tool's URLs. Prints one line per timed edit and, last, `median MS` (milliseconds).
"""
import argparse
import os
import pathlib
import statistics
import sys
import time


def save(path, text):
    temporary = path.with_name("." + path.name + ".bench-tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def holds(page, marker):
    try:
        return marker in page.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False


def wait_for_page(output, marker, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for page in output.rglob("index.html"):
            if holds(page, marker):
                return page
        time.sleep(0.2)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", type=pathlib.Path)
    parser.add_argument("output", type=pathlib.Path)
    parser.add_argument("names", nargs="+")
    parser.add_argument("--pause", type=float, default=1.0,
                        help="seconds between edits, so one rebuild is over before the next save")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    times = []
    for number, name in enumerate(args.names):
        source = args.articles / name
        original = source.read_text(encoding="utf-8")
        marker = f"servebenchfind{number}x{os.getpid()}"
        save(source, original + f"\n\n{marker}\n")
        page = wait_for_page(args.output, marker, args.timeout)
        if page is None:
            print(f"time_edits.py: no page of {name} showed the edit", file=sys.stderr)
            return 1
        time.sleep(args.pause)
        marker = f"servebenchtimed{number}x{os.getpid()}"
        text = original + f"\n\n{marker}\n"
        started = time.perf_counter()
        save(source, text)
        while not holds(page, marker):
            if time.perf_counter() - started > args.timeout:
                print(f"time_edits.py: {page} did not change", file=sys.stderr)
                return 1
            time.sleep(0.0005)
        took = (time.perf_counter() - started) * 1000
        times.append(took)
        print(f"{name}: {took:.1f} ms ({page.relative_to(args.output)})", file=sys.stderr)
        save(source, original)
        time.sleep(args.pause)
    print(f"median {statistics.median(times):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
