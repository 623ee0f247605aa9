#!/bin/sh
# folio beside the WordPress importers users reach for today, on the same generated exports
# (bench/generate_wxr.py): wordpress-export-to-markdown and hexo-migrator-wordpress, pinned in
# bench/peers/package.json (install once: cd bench/peers && npm ci --ignore-scripts). All three
# read the WXR offline: the peers are told not to download images (folio downloads none unless
# --fetch-images). Prints each tool's wall and CPU time, peak memory and Markdown files written,
# then what each kept of the export (import_peers_kept.py).
#
#   bench/import_peers.sh build/folio [POSTS...]     (default: 1000 10000)
set -eu
folio=$(realpath "$1"); shift
here=$(dirname "$(realpath "$0")")
peers=$here/peers/node_modules/.bin
work=${WORK:-/tmp/folio-import-peers}
[ -x "$peers/wordpress-export-to-markdown" ] || { echo "run: cd $here/peers && npm ci --ignore-scripts" >&2; exit 2; }
rm -rf "$work"; mkdir -p "$work"
measure() {  # name, output folder, command...
    name=$1; out=$2; shift 2
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" timeout 600 "$@" >"$work/$name.log" 2>&1 </dev/null || true
    set -- $(cat "$work/time" | tail -1)
    files=$(find "$out" -name '*.md' 2>/dev/null | wc -l)
    printf '| %s | %s | %s | %.1f | %s | %s |\n' "$name" "$posts" "$1" "$(echo "$2 + $3" | bc)" "$(($4 / 1024))" "$files"
}
echo "| tool | posts | wall s | CPU s | peak MiB | .md files |"
echo "|---|---|---|---|---|---|"
for posts in ${@:-1000 10000}; do
    export_file=$work/wxr-$posts.xml
    /usr/bin/python3 "$here/generate_wxr.py" "$export_file" --posts "$posts"
    measure folio "$work/folio-$posts" "$folio" migrate "$export_file" --to hugo -o "$work/folio-$posts"
    measure wordpress-export-to-markdown "$work/w2m-$posts" "$peers/wordpress-export-to-markdown" \
        --wizard false --input "$export_file" --output "$work/w2m-$posts" \
        --save-attached-images false --save-scraped-images false --include-other-types true
    # The same without its deliberate 25 ms pause between two files (bench/peers/no_write_delay.js).
    measure wordpress-export-to-markdown-no-delay "$work/w2m-nd-$posts" node \
        --require "$here/peers/no_write_delay.js" "$here/peers/node_modules/wordpress-export-to-markdown/index.js" \
        --wizard false --input "$export_file" --output "$work/w2m-nd-$posts" \
        --save-attached-images false --save-scraped-images false --include-other-types true
    site=$work/hexo-$posts
    mkdir -p "$site/source/_posts"
    ln -s "$here/peers/node_modules" "$site/node_modules"
    printf '{"name":"bench","private":true,"hexo":{"version":"7.3.0"},"dependencies":{"hexo":"7.3.0","hexo-migrator-wordpress":"2.1.2"}}\n' >"$site/package.json"
    printf 'title: Bench\nurl: https://new.example.org\n' >"$site/_config.yml"
    # hexo-migrator-wordpress says "N posts migrated." and then does not exit (measured: still
    # running a minute later, every file written): its wall time is until it says so.
    start=$(date +%s.%N)
    (cd "$site" && exec "$peers/hexo" migrate wordpress "$export_file" </dev/null >"$work/hexo.log" 2>&1) &
    pid=$!
    until grep -q "posts migrated" "$work/hexo.log" 2>/dev/null || ! kill -0 $pid 2>/dev/null; do sleep 0.1; done
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    printf '| hexo-migrator-wordpress | %s | %.1f | - | - | %s |\n' "$posts" "$wall" \
        "$(find "$site/source" -name '*.md' | wc -l)"
    # What each kept, counted item by item from the files they wrote.
    echo
    /usr/bin/python3 "$here/import_peers_kept.py" "$export_file" folio="$work/folio-$posts" \
        wordpress-export-to-markdown="$work/w2m-nd-$posts" hexo-migrator-wordpress="$site/source"
    echo
done
