"""What the hostile-input program tests share: running folio with a time limit while measuring
its peak memory, and checking what it wrote (XML with expat, which, unlike lenient parsers,
rejects control characters and bad character references; JSON; EPUB containers)."""

import io
import json
import os
import re
import subprocess
import time
import xml.parsers.expat
import zipfile

# GNU-style diagnostic with a position: `path:line:col: error: message [code]`.
DIAGNOSTIC = re.compile(r"^(?P<path>[^\n:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|note): ", re.M)


class Run:
    """One finished folio process."""

    def __init__(self, args, returncode, stdout, stderr, seconds, peak_rss_mb):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.peak_rss_mb = peak_rss_mb

    def describe(self):
        return (f"{' '.join(self.args)}: exit {self.returncode}, {self.seconds:.1f} s, "
                f"{self.peak_rss_mb:.0f} MB peak")


TIME = "/usr/bin/time"  # GNU time (Debian package `time`), for the peak memory


def run_folio(args, timeout, stdin=None, env=None):
    """Runs `args` (folio and its arguments) to the end or `timeout` seconds (then kills it and
    says so); returns a Run with the peak resident memory of folio alone.

    The peak comes from GNU time, not from this process's wait4: Linux carries a parent's
    peak over into the child it execs, so Python's own size would be counted."""
    start = time.monotonic()
    out_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"folio-out-{os.getpid()}")
    with open(out_path, "w+b") as out, open(out_path + ".err", "w+b") as err:
        process = subprocess.Popen([TIME, "-q", "-f", "%M", "-o", out_path + ".rss"] + args,
                                   stdin=subprocess.DEVNULL if stdin is None else stdin,
                                   stdout=out, stderr=err, env=env)
        deadline = start + timeout
        status = None
        rusage = None
        while True:
            pid, status, rusage = os.wait4(process.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.monotonic() > deadline:
                process.kill()
                pid, status, rusage = os.wait4(process.pid, 0)
                status = None
                break
            time.sleep(0.02)
        process.returncode = 0  # reaped by wait4 already: keep Popen from waiting again
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    os.unlink(out_path)
    os.unlink(out_path + ".err")
    peak_kb = 0
    signal_number = None
    if os.path.exists(out_path + ".rss"):
        with open(out_path + ".rss") as f:
            report = f.read()
        numbers = [line for line in report.split("\n") if line.strip().isdigit()]
        peak_kb = int(numbers[-1]) if numbers else 0
        # GNU time notes a signal that ended folio ("Command terminated by signal 6").
        found = re.search(r"terminated by signal (\d+)", report)
        signal_number = int(found.group(1)) if found else None
        os.unlink(out_path + ".rss")
    if status is None:
        returncode = "timeout"
    elif os.WIFSIGNALED(status):
        returncode = -os.WTERMSIG(status)
    else:
        returncode = -signal_number if signal_number else os.WEXITSTATUS(status)
    return Run(args, returncode, stdout, stderr, seconds, peak_kb / 1024.0)


def xml_problem(data):
    """Why `data` is not a well-formed XML document (expat), or None."""
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as e:
        line = data.split(b"\n")[e.lineno - 1] if e.lineno else b""
        return f"{e} near {line[max(0, e.offset - 40):e.offset + 40]!r}"
    return None


def json_problem(data):
    """Why `data` is not JSON (as UTF-8), or None."""
    try:
        json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return str(e)[:300]
    return None


def epub_problems(data):
    """What is wrong with an EPUB's container and XML files (every .xhtml, .opf, .ncx, .xml)."""
    problems = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            names = book.namelist()
            if not names or names[0] != "mimetype":
                problems.append("mimetype is not the first entry")
            for name in names:
                if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
                    problem = xml_problem(book.read(name))
                    if problem:
                        problems.append(f"{name}: {problem}")
    except zipfile.BadZipFile as e:
        problems.append(f"not a zip: {e}")
    return problems
