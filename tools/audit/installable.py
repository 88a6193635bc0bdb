"""Can Chromium install the site as an app? Its own check, as Lighthouse 12 has none.

Chromium's DevTools protocol (Page.getInstallabilityErrors) checks the manifest, its
icons and the service worker the way the browser's install button does.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from playwright.sync_api import sync_playwright

from tools.audit.serve import serve


def run(site: Path, chromium: str) -> bool:
    """Print the verdict; True when Chromium finds nothing in the way."""
    # A profile on disk: Chromium installs nothing from an incognito window.
    with serve(site) as base, sync_playwright() as playwright, TemporaryDirectory() as profile:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium, args=["--no-sandbox"]
        )
        page = browser.new_page()
        page.goto(base)
        # Installable only once the service worker controls the page (browser/js/offline.js).
        page.locator("html[data-gk-offline=ready]").wait_for(state="attached", timeout=30_000)
        session = browser.new_cdp_session(page)
        errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
        manifest = session.send("Page.getAppManifest")
        browser.close()
    print("\nInstalleerbaar (Chromium, Page.getInstallabilityErrors)")
    print(f"  manifest: {manifest['url']}")
    for error in errors:
        print(f"  probleem: {error['errorId']} {error.get('errorArguments', '')}")
    print(f"  {'ja' if not errors else 'nee'}")
    return not errors
