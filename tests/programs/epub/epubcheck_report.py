"""epubcheck, run the way the EPUB tests need it: one function shared by their drivers."""

import json
import subprocess
import sys


def epubcheck_problem(jar, path):
    """Runs epubcheck on `path` and prints each message it gives (with up to three places).
    Returns None when it reports no fatal error, error or warning, else a line that says how
    many; exits when epubcheck printed no report at all."""
    result = subprocess.run(["java", "-jar", jar, "--json", "-", path], capture_output=True,
                            text=True)
    start = result.stdout.find("{")
    if start < 0:
        sys.exit(f"epubcheck printed no JSON (exit {result.returncode}):\n"
                 f"{result.stdout}\n{result.stderr}")
    report = json.loads(result.stdout[start:])
    for message in report["messages"]:
        where = ", ".join(f"{l['path']}:{l['line']}" for l in message["locations"][:3])
        print(f"epubcheck {message['severity']} {message['ID']}: {message['message']} ({where})")
    counts = report["checker"]
    if counts["nFatal"] == 0 and counts["nError"] == 0 and counts["nWarning"] == 0:
        return None
    return (f"epubcheck on {path}: {counts['nFatal']} fatal, {counts['nError']} errors, "
            f"{counts['nWarning']} warnings")
