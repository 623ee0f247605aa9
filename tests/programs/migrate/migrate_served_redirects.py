#!/usr/bin/python3
"""A migration's server rules served in front of the built site: every old URL answers 301
with a URL whose page exists.

    migrate_served_redirects.py --folio FOLIO --fixtures DIR --builder build_engine_site.py
                                --work DIR

jekyll-blog is migrated to Hugo with `--site --redirects nginx,apache` (no engine form: the
built site holds no alias page, so only the server answers the old URLs), built by Hugo, then
served on 127.0.0.1 by Debian's nginx (the map and the server snippet folio wrote, included
as a user would) and by Debian's Apache (the .htaccess Hugo copied from static/). Each old URL
of the Jekyll site must answer `301` with a Location whose path then answers `200` with the
post of the same title. Skipped (exit 77) where neither server is installed.
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time

NGINX = "/usr/sbin/nginx"
APACHE = "/usr/sbin/apache2"
APACHE_MODULES = "/usr/lib/apache2/modules/"
# The Jekyll site's URLs (its _config.yml: /:year/:month/:day/:title.html) and each post's title.
OLD_URLS = {
    "/2024/03/05/first-post.html": "First post: moving house",
    "/2024/04/01/second-post.html": "Second post",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    """(status, Location, body) of one GET, redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": "old.example"})
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def wait_for(port, process):
    for _ in range(100):
        if process.poll() is not None:
            return False
        try:
            get(port, "/")
            return True
        except OSError:
            time.sleep(0.05)
    return False


def check_old_urls(server, port):
    failures = []
    for old, title in OLD_URLS.items():
        status, location, _ = get(port, old)
        if status != 301 or not location:
            failures.append(f"{server}: {old} answered {status} (Location {location!r}), not 301")
            continue
        new_path = re.sub(r"^[a-z]+://[^/]+", "", location)
        status, _, body = get(port, new_path)
        if status != 200:
            failures.append(f"{server}: {old} → {location}: that answered {status}, not 200")
        elif f"<title>{title}</title>" not in body:
            failures.append(f"{server}: {old} → {location}: not the page titled {title!r}")
        else:
            print(f"{server}: {old} → 301 {location} → 200 {title!r}")
    return failures


def serve_nginx(work, built):
    port = free_port()
    config = os.path.join(work, "nginx.conf")
    with open(config, "w") as f:
        f.write(f"pid {work}/nginx.pid;\nerror_log {work}/nginx-error.log;\nevents {{}}\n"
                f"http {{\n  access_log off;\n  include {built}/nginx-redirects.conf;\n"
                f"  server {{\n    listen 127.0.0.1:{port};\n    root {built};\n"
                f"    include {built}/nginx-redirects-server.conf;\n  }}\n}}\n")
    return [NGINX, "-p", work, "-c", config, "-g", "daemon off;"], port


def serve_apache(work, built):
    port = free_port()
    config = os.path.join(work, "httpd.conf")
    with open(config, "w") as f:
        f.write(f'ServerRoot "{work}"\nListen 127.0.0.1:{port}\nPidFile {work}/httpd.pid\n'
                f"ErrorLog {work}/apache-error.log\nDefaultRuntimeDir {work}\n"
                f"LoadModule mpm_event_module {APACHE_MODULES}mod_mpm_event.so\n"
                f"LoadModule authz_core_module {APACHE_MODULES}mod_authz_core.so\n"
                f"LoadModule alias_module {APACHE_MODULES}mod_alias.so\n"
                f"LoadModule dir_module {APACHE_MODULES}mod_dir.so\n"
                f"User nobody\nGroup nogroup\nServerName old.example\n"
                f'DocumentRoot "{built}"\nDirectoryIndex index.html\n'
                f'<Directory "{built}">\n  AllowOverride FileInfo\n  Require all granted\n'
                f"</Directory>\n")
    return [APACHE, "-f", config, "-X"], port


def served(name, command_and_port):
    command, port = command_and_port
    print("$", " ".join(command), flush=True)
    process = subprocess.Popen(command)
    try:
        if not wait_for(port, process):
            return [f"{name} did not start"]
        return check_old_urls(name, port)
    finally:
        process.terminate()
        process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--builder", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    if not os.path.exists(NGINX) and not os.path.exists(APACHE):
        print("SKIP: needs Debian's nginx or apache2 (scripts/packages/test-redirects.txt)")
        sys.exit(77)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    source, site, built = (os.path.join(work, name) for name in ("old", "new", "built"))
    shutil.copytree(os.path.join(args.fixtures, "jekyll-blog"), source)
    command = [args.folio, "migrate", source, "-o", site, "--to", "hugo", "--site",
               "--base-url", "https://example.org/", "--redirects", "nginx,apache"]
    print("$", " ".join(command), flush=True)
    if subprocess.run(command).returncode != 0:
        sys.exit("FAIL: folio migrate failed")
    if subprocess.run([sys.executable, args.builder, "hugo", site, built]).returncode != 0:
        sys.exit("FAIL: hugo did not build the migrated site cleanly")
    for old in OLD_URLS:
        if os.path.exists(os.path.join(built, old.lstrip("/"))):
            sys.exit(f"FAIL: the built site has a page at {old}: the server rules are not tested")
    # The servers' user (nobody for Apache) reads the site, whatever the umask made of it.
    for folder, _, _ in os.walk(work):
        os.chmod(folder, 0o755)
    failures = []
    if os.path.exists(NGINX):
        failures += served("nginx", serve_nginx(work, built))
    if os.path.exists(APACHE):
        failures += served("apache", serve_apache(work, built))
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
