"""Inputs that are not what they seem, through the command line (issue 23).

A FIFO in an input folder is skipped with a warning (it used to be skipped silently, or could
hang the run); an endless input named on the command line stops at --max-article-size; a
quoted draft flag keeps the article a draft; a file name holding an escape sequence and a
newline reaches the terminal escaped.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys


def run(folio, *arguments):
    return subprocess.run([folio, *arguments], capture_output=True, timeout=60)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    posts = work / "posts"
    posts.mkdir(parents=True)
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    (posts / "good.md").write_text("---\ntitle: Good\n---\nText.\n")
    os.mkfifo(posts / "pipe.md")
    (posts / "dangling.md").symlink_to(posts / "nowhere.md")
    result = run(args.folio, "inspect", str(posts))
    stderr = result.stderr.decode("utf-8", "replace")
    check(result.returncode == 0, f"a folder with a FIFO: exit {result.returncode}: {stderr}")
    check(f"{posts}/pipe.md: warning: a FIFO (named pipe)" in stderr, f"FIFO not named: {stderr}")
    check(f"{posts}/dangling.md: warning: a symbolic link to nothing" in stderr,
          f"dangling link not named: {stderr}")
    (posts / "pipe.md").unlink()
    (posts / "dangling.md").unlink()

    # A FIFO named on the command line is read once, whole: the book's second pass (bodies)
    # used to open it again and wait for a writer that had left, and an export's first 4 KiB
    # went to recognising it and were missing from what was read after.
    def through_fifo(name, content, *arguments):
        fifo = work / name
        os.mkfifo(fifo)
        (work / "fifo-content").write_bytes(content)
        writer = subprocess.Popen(["sh", "-c", 'cat "$1" > "$2"', "sh",
                                   str(work / "fifo-content"), str(fifo)])
        try:
            result = subprocess.run([args.folio, *arguments, str(fifo)], capture_output=True,
                                    timeout=20)
        except subprocess.TimeoutExpired:
            result = None
        writer.kill()
        writer.wait()
        fifo.unlink()
        return result

    body = "A line of the body that goes on for a while. " * 40
    result = through_fifo("fifo.md", f"---\ntitle: Through a pipe\n---\n\n{body}\n".encode(),
                          "epub", "-o", str(work / "fifo.epub"))
    check(result is not None and result.returncode == 0,
          f"epub of a FIFO: {'hung' if result is None else result.stderr[:300]}")
    if result is not None and result.returncode == 0:
        book = subprocess.run(["unzip", "-p", str(work / "fifo.epub")], capture_output=True).stdout
        check(b"A line of the body" in book, "epub of a FIFO: the body is missing")
    posts_xml = "".join(
        f"<item><title>Post {n}</title><wp:post_id>{n}</wp:post_id><wp:post_name>post-{n}"
        f"</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
        f"<wp:post_date_gmt>2020-01-0{1 + n % 9} 10:00:00</wp:post_date_gmt>"
        f"<content:encoded><![CDATA[<p>{'Words of the post. ' * 30}</p>]]></content:encoded></item>"
        for n in range(1, 21))
    wxr = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title>'
           f'<wp:wxr_version>1.2</wp:wxr_version>{posts_xml}</channel></rss>\n')
    check(len(wxr) > 8192, "the export is longer than the head read to recognise it")
    result = through_fifo("export.xml", wxr.encode(), "inspect")
    try:
        titles = [a["meta"]["title"] for a in json.loads(result.stdout)["articles"]]
    except (AttributeError, ValueError, KeyError) as error:
        titles = [f"{error}: {'' if result is None else result.stderr[:300]}"]
    check(titles == [f"Post {n}" for n in range(1, 21)], f"export through a FIFO: {titles}")

    result = run(args.folio, "inspect", "--max-article-size", "64KiB", "/dev/zero")
    stderr = result.stderr.decode("utf-8", "replace")
    check(result.returncode == 1 and "/dev/zero: error: the input goes on past 64 KiB" in stderr,
          f"/dev/zero: exit {result.returncode}: {stderr[:300]}")
    check("\0" not in stderr, "NUL bytes printed")

    (posts / "quoted.md").write_text('---\ntitle: Quoted\ndraft: "true"\n---\nText.\n')
    (posts / "yes.md").write_text("---\ntitle: Yes\ndraft: yes\n---\nText.\n")
    (posts / "maybe.md").write_text("---\ntitle: Maybe\ndraft: maybe\n---\nText.\n")
    for name, code in (("quoted", 0), ("yes", 0), ("maybe", 1)):
        result = run(args.folio, "inspect", str(posts / f"{name}.md"))
        check(result.returncode == code, f"{name}: exit {result.returncode}")
        try:
            article = json.loads(result.stdout)["articles"][0]
            check(article["meta"]["draft"] is True, f"{name}: not a draft: {article['meta']}")
        except (ValueError, KeyError, IndexError) as error:
            failures.append(f"{name}: {error}: {result.stdout[:200]!r}")

    hostile = posts / "x\x1b[2J\nforged.md:1:1: error: y.md"
    hostile.write_bytes(b"---\ntitle: T\ndate: 2024-02-30\n---\n")
    result = run(args.folio, "inspect", str(hostile))
    check(b"\x1b" not in result.stderr, "an escape sequence reached the terminal")
    check(b"\\x1b[2J\\nforged.md" in result.stderr, f"not escaped: {result.stderr!r}")
    check(not any(line.startswith(b"forged.md") for line in result.stderr.splitlines()),
          "a forged diagnostic line")

    for failure in failures:
        print("FAIL", failure)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
