"""Shared fixtures: the built site, a local server for it, and a real Chromium."""

from __future__ import annotations

import fcntl
import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The site's languages: Dutch at the root, English under /en/ (mkdocs.yml, i18n). One build
# makes both, so every test shares the one site_dir.
LANGUAGES = ("nl", "en")


def page_address(source: str, lang: str = "nl") -> str:
    """A page's address from the site's root: 'tips.md' -> 'tips/', in English 'en/tips/'."""
    prefix = "" if lang == "nl" else f"{lang}/"
    return prefix + ("" if source == "index.md" else source.removesuffix(".md") + "/")


@pytest.fixture(
    params=[
        pytest.param(lang, marks=[pytest.mark.english] if lang != "nl" else [])
        for lang in LANGUAGES
    ]
)
def lang(request) -> str:
    """Runs a test once per language; `-m "not english"` keeps the quick Dutch loop."""
    return request.param


# For axe on a page or tool: light and dark in Dutch, light in English. The colours are the same in
# both languages; the English run checks what its longer texts do.
SCHEMES = pytest.mark.parametrize(
    ("scheme", "lang"),
    [("light", "nl"), ("dark", "nl"), pytest.param("light", "en", marks=pytest.mark.english)],
)


def pytest_terminal_summary(terminalreporter) -> None:
    """Figures a test records as the property "figures" (page weight), printed after the
    run: output of pytest-xdist's workers does not reach the terminal."""
    for reports in terminalreporter.stats.values():
        for report in reports:
            for name, text in getattr(report, "user_properties", []):
                if name == "figures" and getattr(report, "when", "") == "call":
                    terminalreporter.write_sep("-", report.nodeid.split("::")[-1])
                    terminalreporter.write_line(text)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `make build` makes it (strict), in a temporary folder.

    `make test` runs the tests in parallel (pytest-xdist): the first worker builds the
    site and the others wait for it and share it, instead of each building its own.
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    out = shared / "site"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not out.is_dir():
            # Built beside and renamed when whole: a failed build leaves no half site.
            building = shared / "site-building"
            shutil.rmtree(building, ignore_errors=True)
            build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d"]
            result = subprocess.run(
                [*build, str(building)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
            assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
            building.rename(out)
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    """The test server, without a traceback when a browser leaves a page mid-download and
    closes the connection (as a reader's browser may): that is no error."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def chromium_path() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not found:
        pytest.fail(
            "No Chromium: run the tests with `make test`, which finds or installs one, "
            "or set CHROMIUM=/path/to/chromium."
        )
    return found


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


class PageWatch:
    """What a page did that a reader would never want: errors and off-site requests."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.errors: list[str] = []
        self.offsite: list[str] = []

    def attach(self, page) -> None:
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on(
            "console",
            lambda msg: msg.type == "error" and self.errors.append(f"console: {msg.text}"),
        )
        page.on(
            "request",
            lambda request: (
                request.url.startswith((self.base_url, "data:", "blob:"))
                or self.offsite.append(request.url)
            ),
        )


@pytest.fixture
def context(browser, base_url):
    """A fresh browser profile; every page in it must stay error-free and on-site."""
    # No service worker: it would copy the whole site in the background of every test.
    # tests/test_offline.py tests it in contexts of its own.
    context = browser.new_context(base_url=base_url, locale="nl-NL", service_workers="block")
    watch = PageWatch(base_url)
    context.on("page", watch.attach)
    context.watch = watch
    yield context
    context.close()
    assert watch.errors == [], "errors in the browser"
    assert watch.offsite == [], "requests to another origin"


@pytest.fixture
def page(context):
    return context.new_page()
