#!/usr/bin/python3
"""Drops files from the kernel's page cache, so that the next run reads them from the disk, as a
first run over a blog does: `evict_from_page_cache.py DIR...` (every file below each DIR).

No root needed (fsync, then posix_fadvise DONTNEED on each file, not /proc/sys/vm/drop_caches).
On tmpfs it does nothing. Prints how many files it asked for.
"""

import os
import sys


def main():
    count = 0
    for top in sys.argv[1:]:
        for folder, _, names in os.walk(top):
            for name in names:
                fd = os.open(os.path.join(folder, name), os.O_RDONLY)
                try:
                    os.fsync(fd)  # only clean pages can go: a corpus just generated is dirty
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
                count += 1
    print(f"evicted {count} files", file=sys.stderr)


if __name__ == "__main__":
    main()
