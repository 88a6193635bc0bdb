"""Draw the app icons (docs/icons/icon-192.png and icon-512.png) from the site's logo.

The logo is the favicon in mkdocs.yml (an SVG); Chromium draws it at each size. The PNGs
are committed, so a build needs no browser; run this again after changing the favicon:

    CHROMIUM=/usr/bin/chromium .venv/bin/python tools/assets/icons.py
"""

import os
from pathlib import Path
from urllib.parse import unquote

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent.parent
SIZES = (192, 512)


def favicon_svg() -> str:
    # BaseLoader: mkdocs.yml has !!python tags that only MkDocs resolves.
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return unquote(config["theme"]["favicon"].removeprefix("data:image/svg+xml,"))


def main() -> None:
    source = "data:image/svg+xml," + favicon_svg().replace("#", "%23")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM"))
        for size in SIZES:
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                f'<body style="margin:0;background:transparent">'
                f'<img src="{source}" width="{size}" height="{size}"></body>'
            )
            page.locator("img").screenshot(
                path=ROOT / "docs" / "icons" / f"icon-{size}.png", omit_background=True
            )
        browser.close()


if __name__ == "__main__":
    main()
