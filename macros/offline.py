"""The offline copy of the site: the service worker with its precache list.

Written into the built site after the build (macros/main.py on_post_build): browser/sw.js
with a first line that names every file to keep and the build's version, a hash of those
files. A build that changes any file gives a new sw.js, which the browser installs as an
update (browser/js/offline.js then offers to reload).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

# Material copies its search worker and stemmers even with search off; source maps and the
# host's headers are not for the browser either. sw.js itself is never precached.
LEFT_OUT = ("sw.js", "_headers", "sitemap.xml.gz")
LEFT_OUT_FOLDERS = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


def precache_files(site_dir: Path) -> list[str]:
    """Every file of the built site that a reader may need offline, relative to its root."""
    return [
        name
        for name in sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*"))
        if (site_dir / name).is_file()
        and name not in LEFT_OUT
        and not name.endswith(".map")
        and not name.startswith(LEFT_OUT_FOLDERS)
    ]


def address(name: str) -> str:
    """The address a reader uses for a file: a page by its folder ("./tips/"), as links do."""
    return "./" + name.removesuffix("index.html")


def version(site_dir: Path, files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (site_dir / name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def write_worker(site_dir: Path, source: Path) -> dict:
    """Write site_dir/sw.js; returns what it precaches ({"version", "files"})."""
    files = precache_files(site_dir)
    precache = {"version": version(site_dir, files), "files": [address(name) for name in files]}
    head = f"const PRECACHE = {json.dumps(precache, separators=(',', ':'))};\n"
    (site_dir / "sw.js").write_text(head + source.read_text(encoding="utf-8"), encoding="utf-8")
    return precache
