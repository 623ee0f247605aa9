#!/usr/bin/env python3
"""`folio serve` end to end: starts it on a free port with a small site, then over HTTP edits an
article (its page and the index change), deletes one (its page 404s with the site's 404 page, and
no page links it), breaks a front matter (its page shows the error, the others still serve with
the error over them) and fixes it; shows a draft marked as one (and keeps it out of the feeds
and sitemap); sees a saved folio.toml's new title, and keeps serving the last good site while
folio.toml does not read; moves a folder of articles in and out again; the event
stream announces each rebuild; a folder's redirect is encoded; paths that leave the
site or name hidden files are refused; the files on disk never hold the live-reload script;
nothing is written beside the inputs; SIGTERM stops it cleanly (exit 0, no lock left).
Prints the time from each save to the rebuilt page on disk."""
import argparse
import http.client
import os
import re
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body, dict(response.getheaders())


def wait_for(what, test, timeout=20.0):
    """Polls `test` until it returns a true value; returns it, or None after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = test()
        except (ConnectionError, OSError):
            value = None
        if value:
            return value
        time.sleep(0.02)
    check(False, f"timed out waiting for {what}")
    return None


def save(path, text):
    """As editors do: a new file renamed over the old one."""
    temporary = path.with_name("." + path.name + ".swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def article(title, date, body, tags="[serve]"):
    return f"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n---\n\n{body}\n"


class EventStream(threading.Thread):
    """Collects the `data:` lines of the server's event stream."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.data = []

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        connection.request("GET", "/__folio/events")
        response = connection.getresponse()
        self.content_type = response.getheader("Content-Type")
        while True:
            line = response.fp.readline()
            if not line:
                return
            line = line.decode().strip()
            if line.startswith("data: "):
                self.data.append(line[len("data: "):])


def mtime_after(path, since):
    try:
        return path.stat().st_mtime_ns > since
    except FileNotFoundError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    posts = args.work / "input" / "posts"
    posts.mkdir(parents=True)
    site = args.work / "site"
    save(posts / "a.md", article("Alpha title", "2025-01-01", "Alpha body."))
    save(posts / "b.md", article("Beta title", "2025-01-02", "Beta body."))
    save(posts / "c.md", article("Gamma title", "2025-01-03", "Gamma body, after [alpha](/posts/a/)."))
    save(posts / "e.md", "---\ntitle: Epsilon draft\ndate: 2025-01-04\ndraft: true\n---\n\nUnfinished.\n")
    config = args.work / "folio.toml"
    save(config, 'title = "First site title"\n')
    inputs_before = sorted(p.name for p in posts.iterdir())

    for command in ([args.folio, "help", "serve"], [args.folio, "serve", "--help"]):
        shown = subprocess.run(command, capture_output=True, text=True)
        check(shown.returncode == 0 and "--port" in shown.stdout and "--base-url" in shown.stdout,
              f"{' '.join(command[1:])} shows serve's options")

    port = free_port()
    log = open(args.work / "serve.log", "w")
    server = subprocess.Popen([args.folio, "serve", str(posts), "-o", str(site), "--port",
                               str(port), "--base-url", f"http://127.0.0.1:{port}/",
                               "--config", str(config)],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        index = wait_for("the first build to be served", lambda: get(port, "/")[0] == 200, 120)
        if not index:
            return 1
        status, body, headers = get(port, "/")
        check(all(t in body for t in ("Alpha title", "Beta title", "Gamma title")),
              "the index lists every article")
        check("/__folio/events" in body, "served pages carry the live-reload script")
        check("First site title" in body, "the title is folio.toml's")

        # A draft: shown, marked on its page and in the index; never in the feeds or sitemap.
        status, body, _ = get(port, "/posts/e/")
        check(status == 200 and re.search(r'<h1>Epsilon draft <span class="draft">Draft</span></h1>', body),
              f"the draft's page is served, marked as a draft (got {status})")
        check('<meta name="robots" content="noindex">' in body, "the draft's page says noindex")
        status, body, _ = get(port, "/")
        check('Epsilon draft <span class="draft">Draft</span>' in body, "the index marks the draft")
        for machine_read in ("/feed.xml", "/atom.xml", "/sitemap.xml", "/search/search-index.js"):
            status, body, _ = get(port, machine_read)
            check(status == 200 and "posts/e/" not in body and "Epsilon" not in body,
                  f"{machine_read} leaves the draft out")
        check(headers.get("Content-Type", "").startswith("text/html"), "pages are text/html")
        on_disk = [p for p in site.rglob("*.html") if "__folio" in p.read_text(encoding="utf-8")]
        check(not on_disk, f"no file on disk holds the live-reload script: {on_disk[:3]}")
        status, body, headers = get(port, "/style.css")
        check(status == 200 and headers.get("Content-Type", "").startswith("text/css"),
              "the stylesheet is served as text/css")
        status, body, headers = get(port, "/posts/b")
        check(status == 301 and headers.get("Location") == "/posts/b/",
              f"/posts/b is sent to /posts/b/ (got {status} {headers.get('Location')})")
        # The query goes along, as it is sent (`/search?q=café` must search on the page it
        # is sent to).
        status, body, headers = get(port, "/posts/b?q=caf%C3%A9+x&n=1")
        check(status == 301 and headers.get("Location") == "/posts/b/?q=caf%C3%A9+x&n=1",
              f"/posts/b?q= is sent to /posts/b/?q= (got {status} {headers.get('Location')})")
        # Raw bytes in a client's query are escaped in the header, not copied into it.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            raw.sendall(b"GET /posts/b?q=\xc3\xa9\xff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := raw.recv(4096):
                answer += chunk
        check(b"\r\nLocation: /posts/b/?q=%C3%A9%FF\r\n" in answer.split(b"\r\n\r\n")[0] + b"\r\n",
              f"a raw query is escaped in the Location (got {answer[:200]!r})")
        # A folder named with a space and an accent: the Location is a valid, encoded path.
        named = site / "mon café"
        named.mkdir()
        (named / "index.html").write_text("<!DOCTYPE html><title>x</title>\n", encoding="utf-8")
        status, body, headers = get(port, "/mon%20caf%C3%A9")
        check(status == 301 and headers.get("Location") == "/mon%20caf%C3%A9/",
              f"/mon café is sent to /mon%20caf%C3%A9/ (got {status} {headers.get('Location')!r})")
        shutil.rmtree(named)
        for hostile in ("/%2e%2e/%2e%2e/etc/passwd", "/.folio-manifest", "/posts/%2e%2e/%2e%2e/x"):
            status, body, _ = get(port, hostile)
            check(status == 404 and "root:" not in body, f"{hostile} is refused (got {status})")

        events = EventStream(port)
        events.start()
        wait_for("the event stream's first message", lambda: events.data)
        check(getattr(events, "content_type", "").startswith("text/event-stream"),
              "the event stream is text/event-stream")

        # An edit: its page and the index change.
        page_b = site / "posts" / "b" / "index.html"
        since = page_b.stat().st_mtime_ns
        started = time.monotonic()
        save(posts / "b.md", article("Beta edited", "2025-01-02", "Beta changed body."))
        if wait_for("b's page on disk", lambda: mtime_after(page_b, since), 10):
            print(f"save to rebuilt page on disk: {1000 * (time.monotonic() - started):.1f} ms")
        wait_for("b's new body over HTTP", lambda: "Beta changed body." in get(port, "/posts/b/")[1])
        wait_for("the index with b's new title", lambda: "Beta edited" in get(port, "/")[1])
        wait_for("a reload event after the edit", lambda: len(events.data) >= 2)

        # A deletion: its page 404s with the site's 404 page, and no page links it.
        seen = len(events.data)
        os.remove(posts / "a.md")
        wait_for("the rebuild after the deletion", lambda: len(events.data) > seen)
        check(get(port, "/posts/a/")[0] == 404, "the deleted article's page is gone")
        status, body, _ = get(port, "/posts/a/")
        not_found = (site / "404.html").read_text(encoding="utf-8")
        check(not_found.split("</body>")[0] in body, "a missing page is served the site's 404.html")
        check(not (site / "posts" / "a").exists(), "a's page folder is removed")
        linking = [str(p.relative_to(site)) for p in site.rglob("*")
                   if p.is_file() and p.suffix in (".html", ".xml") and "Alpha title" in p.read_text(encoding="utf-8")]
        check(not linking, f"no page names the deleted article: {linking}")
        status, body, _ = get(port, "/posts/c/")
        check('href="../a/index.html"' not in body, "c's body no longer links a's page")

        # A broken front matter: its page shows the error, the others serve with it over them.
        seen = len(events.data)
        save(posts / "c.md", "---\ntitle: [Gamma\ndate: 2025-01-03\n---\n\nBroken.\n")
        wait_for("the rebuild after breaking c", lambda: len(events.data) > seen)
        status, body, _ = get(port, "/posts/c/")
        check(status == 500, f"c's page is served as its error (got {status})")
        check(re.search(r"c\.md:\d+:\d+: error: ", body) is not None,
              f"the error names the file, line and column: {body[-600:]}")
        status, body, _ = get(port, "/posts/b/")
        check(status == 200 and "Beta changed body." in body, "the other pages still serve")
        check('id="folio-problems"' in body and re.search(r"c\.md:\d+:\d+: error", body) is not None,
              "the other pages show the error over them")
        check(server.poll() is None, "the server keeps running after a broken front matter")

        # Fixed: the page comes back, the error goes.
        seen = len(events.data)
        save(posts / "c.md", article("Gamma fixed", "2025-01-03", "Gamma body again."))
        wait_for("the rebuild after fixing c", lambda: len(events.data) > seen)
        check(get(port, "/posts/c/")[0] == 200, "c's page is back once the file is fixed")
        wait_for("c's fixed body", lambda: "Gamma body again." in get(port, "/posts/c/")[1])
        status, body, _ = get(port, "/posts/b/")
        check('id="folio-problems"' not in body, "the error is gone once the file is fixed")

        inputs_after = sorted(p.name for p in posts.iterdir())
        check(inputs_after == ["b.md", "c.md", "e.md"], f"nothing written beside the inputs: {inputs_after}")

        # folio.toml saved: the site is built again with its new title.
        seen = len(events.data)
        save(config, 'title = "Second site title"\n')
        wait_for("the new title from folio.toml, and the rebuild's reload event",
                 lambda: "Second site title" in get(port, "/posts/b/")[1] and len(events.data) > seen)
        check("First site title" not in get(port, "/")[1], "the old title is gone from the index")
        # folio.toml broken: the error is printed and shown; the last good site stays served.
        save(config, 'title = "Third site title\n')
        wait_for("folio.toml's error over the pages", lambda: 'id="folio-problems"' in get(port, "/")[1])
        check(server.poll() is None, "the server keeps running after a broken folio.toml")
        status, body, _ = get(port, "/")
        check(status == 200 and "Second site title" in body, "the last good site is still served")
        check('id="folio-problems"' in body and re.search(r"folio\.toml:1:\d+: error", body) is not None,
              f"the pages show folio.toml's error: {body[-600:]}")
        save(config, 'title = "Third site title"\n')
        wait_for("the fixed folio.toml's title, and its error gone",
                 lambda: "Third site title" in (body := get(port, "/")[1]) and 'id="folio-problems"' not in body)

        # A folder of articles moved away: their pages go; moved back in: they come back.
        (args.work / "drafts" / "2024").mkdir(parents=True)
        save(args.work / "drafts" / "2024" / "d.md", article("Delta title", "2024-06-01", "Delta body."))
        os.rename(args.work / "drafts" / "2024", posts / "2024")
        wait_for("the page of an article in a folder moved in", lambda: get(port, "/posts/d/")[0] == 200)
        wait_for("the index listing it", lambda: "Delta title" in get(port, "/")[1])
        os.rename(posts / "2024", args.work / "drafts" / "2024")
        wait_for("its page gone with its folder", lambda: get(port, "/posts/d/")[0] == 404)
        wait_for("the index without it", lambda: "Delta title" not in get(port, "/")[1])
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            code = None
        log.close()
    check(code == 0, f"SIGTERM stops the server with exit 0 (got {code})")
    check(not (site / ".folio.lock").exists(), "no lock is left behind")
    output = (args.work / "serve.log").read_text()
    check("stopped" in output, "the server says it stopped")
    check(re.search(r"folio\.toml:1:\d+: error", output) is not None,
          "folio.toml's error is printed with its line and column")
    if FAILURES:
        print(output[-3000:], file=sys.stderr)
        print(f"{len(FAILURES)} check(s) failed", file=sys.stderr)
        return 1
    print("folio serve: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
