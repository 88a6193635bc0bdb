"""The pages of a built site, as URLs relative to its root."""

from pathlib import Path


def page_urls(site: Path) -> list[str]:
    pages = sorted(path for path in site.rglob("index.html"))
    return [
        path.parent.relative_to(site).as_posix() + "/" if path.parent != site else ""
        for path in pages
    ]
