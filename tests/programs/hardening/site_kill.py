#!/usr/bin/python3
"""The site under fire: SIGKILL, SIGINT and a full disk at random points of a rebuild.

    site_kill.py --folio FOLIO --work DIR [--count N] [--trials N] [--seed S]

A site is built from N generated articles (the previous site), the corpus is changed (every
body edited, one article in ten removed, new ones added) and the new site is built elsewhere as
the reference. Then, trial after trial, a copy of the previous site is rebuilt and stopped at a
random point of its run: by SIGKILL, by SIGINT, or by a full disk (the copy on a tmpfs a little
larger than the previous site, mounted inside a user and mount namespace the test makes with
`unshare -Urm`, never the machine's own disks). After every trial:
  - every visible file is whole: byte for byte its previous or its new version;
  - every page the sitemap and the feeds list is there;
  - nothing the previous site published is removed unless the run completed (exit 0), and a
    completed run leaves exactly the reference site.
Exits 1 if any check failed. The normal suite runs 200 articles; the `long` label 2,000.
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

BASE = "https://example.org/"


def write_corpus(posts, count, edition):
    shutil.rmtree(posts, ignore_errors=True)
    os.makedirs(posts)
    for i in range(count + (count // 10 if edition == 2 else 0)):
        if edition == 2 and i % 10 == 3:
            continue  # removed in the new edition: its page is stale
        with open(os.path.join(posts, f"post-{i:05d}.md"), "w") as f:
            f.write(f"---\ntitle: Post {i}\ndate: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
                    f"tags: [t{i % 13}, e{edition}]\n---\n\n# Post {i}, edition {edition}\n\n" +
                    f"Body of post {i} in edition {edition}. " * 40 + "\n")


def snapshot(root):
    """Visible files (no dot-hidden name on the way) with their bytes."""
    out = {}
    for top, folders, files in os.walk(root):
        folders[:] = [d for d in folders if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(top, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root)] = f.read()
    return out


def listed_pages(root):
    """Site-relative files the sitemap and the feeds name."""
    pages = set()
    for name in ("sitemap.xml", "feed.xml", "atom.xml"):
        path = os.path.join(root, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for url in re.findall(re.escape(BASE) + r"[^\"<\s]*", f.read()):
                rel = url[len(BASE):]
                pages.add(rel + "index.html" if rel == "" or rel.endswith("/") else rel)
    return pages


def check_site(site, previous, reference, completed):
    """The invariants, as a list of problems (empty: all hold)."""
    now = snapshot(site)
    problems = []
    for rel, data in now.items():
        if data != previous.get(rel) and data != reference.get(rel):
            problems.append(f"{rel} is neither its previous nor its new version "
                            f"({len(data)} bytes)")
    for rel in sorted(listed_pages(site)):
        if rel not in now:
            problems.append(f"{rel} is listed by the sitemap or a feed and missing")
    if completed:
        if set(now) != set(reference):
            problems.append(f"completed, but the files differ from the reference: "
                            f"{sorted(set(now) ^ set(reference))[:5]}")
    else:
        # Removal is the run's last step, after the new site is in place (its sitemap names
        # none of them): stopped during it, some stale files may be gone, never another.
        gone = sorted(set(previous) - set(now))
        published = now.get("sitemap.xml") == reference.get("sitemap.xml")
        wrongly = [rel for rel in gone if rel in reference or not published]
        if wrongly:
            problems.append(f"{len(wrongly)} previously published files removed by a run that "
                            f"did not complete: {wrongly[:5]}")
    return problems


def load_snapshots(work):
    with open(os.path.join(work, "snapshots.json")) as f:
        raw = json.load(f)
    return ({k: v.encode("latin-1") for k, v in raw["previous"].items()},
            {k: v.encode("latin-1") for k, v in raw["reference"].items()})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--trials", type=int, default=4, help="trials per way of stopping")
    parser.add_argument("--seed", type=int, default=23)
    # Inside the namespace: check a site against the snapshots and print the problems as JSON.
    parser.add_argument("--check", help=argparse.SUPPRESS)
    parser.add_argument("--completed", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = os.path.abspath(args.work)
    if args.check:
        previous, reference = load_snapshots(work)
        print(json.dumps(check_site(args.check, previous, reference, args.completed)))
        return 0

    folio = os.path.abspath(args.folio)
    rng = random.Random(args.seed)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    old_posts, new_posts = os.path.join(work, "old"), os.path.join(work, "new")
    write_corpus(old_posts, args.count, 1)
    write_corpus(new_posts, args.count, 2)
    prev_site, ref_site = os.path.join(work, "previous"), os.path.join(work, "reference")
    command = lambda posts, site: [folio, "html", posts, "-o", site, "--base-url", BASE]
    subprocess.run(command(old_posts, prev_site), capture_output=True, check=True)
    start = time.time()
    subprocess.run(command(new_posts, ref_site), capture_output=True, check=True)
    full = time.time() - start
    previous, reference = snapshot(prev_site), snapshot(ref_site)
    with open(os.path.join(work, "snapshots.json"), "w") as f:
        json.dump({"previous": {k: v.decode("latin-1") for k, v in previous.items()},
                   "reference": {k: v.decode("latin-1") for k, v in reference.items()}}, f)
    print(f"{args.count} articles: {len(previous)} files before, {len(reference)} after; "
          f"a full rebuild takes {full:.2f} s", flush=True)

    failures = []
    site = os.path.join(work, "site")

    def record(what, problems):
        print(("ok   " if not problems else "FAIL ") + what +
              ("" if not problems else ": " + "; ".join(problems[:3])), flush=True)
        if problems:
            failures.append(what)

    for how in ("SIGKILL", "SIGINT"):
        for _ in range(args.trials):
            at = rng.uniform(0.0, 1.1) * full
            shutil.rmtree(site, ignore_errors=True)
            shutil.copytree(prev_site, site, symlinks=True)
            run = subprocess.Popen(command(new_posts, site), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
            time.sleep(at)
            if run.poll() is None:
                run.send_signal(getattr(signal, how))
            code = run.wait(timeout=600)
            record(f"{how} at {at:.3f} s (exit {code})",
                   check_site(site, previous, reference, code == 0))

    if subprocess.run(["unshare", "-Urm", "true"], capture_output=True).returncode != 0:
        print("skip the full disk: unshare -Urm is not allowed here", flush=True)
    else:
        # tmpfs gives each file whole 4 KB pages.
        pages = lambda n: (n + 4095) // 4096 * 4096
        used = sum(pages(os.path.getsize(os.path.join(top, n)))
                   for top, _, files in os.walk(prev_site) for n in files)
        grown = sum(pages(len(v)) for v in reference.values())
        for _ in range(args.trials):
            # Room for the previous site plus part of the new one, in 4 KB pages.
            size = used + int(rng.uniform(0.02, 0.9) * grown) + 64 * 1024
            shutil.rmtree(site, ignore_errors=True)
            os.makedirs(site)
            script = (f"mount -t tmpfs -o size={size} tmpfs {site} && "
                      f"{{ cp -a {prev_site}/. {site}/ || {{ echo exit=copy; "
                      f"echo '[\"the previous site did not fit\"]'; exit 0; }}; }} && "
                      f"{' '.join(command(new_posts, site))} >/dev/null 2>&1; code=$?; "
                      f"echo exit=$code; "
                      f"if [ $code = 0 ]; then done=--completed; else done=; fi; "
                      f"/usr/bin/python3 {os.path.abspath(__file__)} --folio {folio} "
                      f"--work {work} --check {site} $done")
            result = subprocess.run(["unshare", "-Urm", "sh", "-c", script],
                                    capture_output=True, text=True, timeout=900)
            lines = result.stdout.strip().splitlines()
            try:
                problems = json.loads(lines[-1])
            except (IndexError, ValueError):
                problems = [f"the check did not run: {result.stdout[-300:]} "
                            f"{result.stderr[-300:]}"]
            code = lines[0] if lines else "?"
            record(f"full disk at {size // 1024} KB ({code})", problems)

    if failures:
        print(f"{len(failures)} trial(s) failed", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
