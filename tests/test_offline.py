"""Offline use and installing as an app: the manifest, the service worker and its updates."""

from __future__ import annotations

import functools
import gzip
import json
import shutil
import struct
import threading
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest
from browser_helpers import KEY
from conftest import PageWatch, QuietServer
from test_build import built_pages, nav_pages

from macros.offline import precache_files, version, write_worker

ROOT = Path(__file__).resolve().parent.parent
TOOLS = (
    "[data-gk-module=planner]",
    "[data-gk-module=smart]",
    "[data-gk-module=feedback-builder]",
    "[data-gk-module=successes]",
)
# Something each kind of part saves: a tick in a checklist, text in a form or a tool.
SAVES = (
    ".gk-checklist input[type=checkbox]",
    ":is(.gk-form, " + ", ".join(TOOLS) + ") :is(textarea, input[type=text]):visible",
)

# Tools that save only when the reader presses their button: fields, then the button.
SAVE_BY_BUTTON = {
    "plannen.md": ({"#gk-plan-date": "in 30 days", "#gk-plan-time": "10:00"}, "Maak mijn planning"),
    "successen.md": ({"#gk-success-what": "Offline een klant geholpen"}, "Voeg toe"),
}


def save_by_button(page, fields: dict[str, str], button: str) -> None:
    for selector, value in fields.items():
        if value == "in 30 days":  # by the browser's own clock
            value = page.evaluate("new Date(Date.now() + 30 * 864e5).toLocaleDateString('sv')")
        page.fill(selector, value)
    page.get_by_role("button", name=button).click()


def url_of(source: str) -> str:
    return "" if source == "index.md" else source.removesuffix(".md") + "/"


# --- The precache list and the worker, as the build writes them ---


def test_the_worker_precaches_every_page_asset_and_the_sitemap(site_dir):
    head = (site_dir / "sw.js").read_text(encoding="utf-8").split("\n", 1)[0]
    precache = json.loads(head.removeprefix("const PRECACHE = ").removesuffix(";"))
    files = set(precache["files"])
    for source in nav_pages():
        assert f"./{url_of(source)}" in files, source
    own = {f"./assets/{path.name}" for path in (ROOT / "docs" / "assets").iterdir()}
    assert own <= files
    for name in ("./sitemap.xml", "./404.html", "./zoekindex.json", "./manifest.webmanifest"):
        assert name in files
    assert any(name.startswith("./assets/javascripts/bundle.") for name in files)
    assert any(name.startswith("./assets/stylesheets/main.") for name in files)
    left_out = [name for name in files if name.endswith((".map", "sw.js")) or "/lunr/" in name]
    assert left_out == []
    assert precache["version"] == version(site_dir, precache_files(site_dir))


def test_the_worker_stays_small(site_dir):
    assert len(gzip.compress((site_dir / "sw.js").read_bytes(), 6)) <= 2 * 1024


def test_a_changed_file_gives_a_new_version(site_dir, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    before = write_worker(copy, ROOT / "browser" / "sw.js")["version"]
    assert write_worker(copy, ROOT / "browser" / "sw.js")["version"] == before
    (copy / "tips" / "index.html").write_text("<p>nieuw</p>", encoding="utf-8")
    assert write_worker(copy, ROOT / "browser" / "sw.js")["version"] != before


# --- Installable: manifest and icons ---


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is no PNG"
    return struct.unpack(">II", data[16:24])


def test_the_manifest_is_complete_and_its_icons_exist(site_dir):
    manifest = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Gespreksklaar" and manifest["short_name"]
    assert manifest["lang"] == "nl"
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == "./"
    assert manifest["theme_color"] == "#00665e"
    sizes = set()
    for icon in manifest["icons"]:
        width, height = png_size(site_dir / icon["src"])
        assert icon["sizes"] == f"{width}x{height}" and icon["type"] == "image/png"
        sizes.add(width)
    assert sizes == {192, 512}


def test_every_page_links_the_manifest(site_dir):
    for path in [*built_pages(site_dir), site_dir / "404.html"]:
        assert 'rel="manifest"' in path.read_text(encoding="utf-8"), path


# --- In the browser ---


@pytest.fixture
def own_site(site_dir, tmp_path):
    """A copy of the built site on a server of its own, so a test can change it."""
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    handler = functools.partial(
        type("Quiet", (SimpleHTTPRequestHandler,), {"log_message": lambda *args: None}),
        directory=str(copy),
    )
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield copy, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def wait_for_offline_copy(page) -> None:
    page.locator("html[data-gk-offline=ready]").wait_for(state="attached", timeout=30_000)


@pytest.fixture
def context(browser, base_url):
    """Like conftest's context, with the service worker allowed."""
    context = browser.new_context(base_url=base_url, locale="nl-NL")
    watch = PageWatch(base_url)
    context.on("page", watch.attach)
    yield context
    context.close()
    assert watch.errors == [], "errors in the browser"
    assert watch.offsite == [], "requests to another origin"


@pytest.mark.browser
@pytest.mark.slow
def test_after_one_visit_every_page_and_tool_loads_and_saves_offline(context):
    page = context.new_page()
    page.goto("")
    wait_for_offline_copy(page)
    context.set_offline(True)
    tools = 0
    for source in nav_pages():
        page.goto(url_of(source))
        assert page.locator("h1").count() == 1, source
        for root in page.locator(", ".join(TOOLS)).all():
            root.and_(page.locator('[data-ready="true"]')).wait_for(state="attached")
            tools += 1
        before = page.evaluate(f"localStorage.getItem('{KEY}')")
        if source in SAVE_BY_BUTTON:
            save_by_button(page, *SAVE_BY_BUTTON[source])
        else:
            part = page.locator(", ".join(SAVES)).first
            if not part.count():
                continue
            if part.get_attribute("type") == "checkbox":
                part.check()
            else:
                part.fill("Offline ingevuld")
        page.wait_for_function(f"(before) => localStorage.getItem('{KEY}') !== before", arg=before)
    assert tools == len(TOOLS)
    # Instant navigation works offline too: Material fetches the page and sitemap.xml.
    page.goto("")
    page.locator(".md-nav__link:visible", has_text="Na het gesprek").first.click()
    page.wait_for_url("**/na-het-gesprek/")
    page.locator("h1", has_text="Na het gesprek").wait_for()


@pytest.mark.browser
@pytest.mark.slow
def test_a_new_build_offers_to_reload_instead_of_swapping(browser, own_site):
    folder, base = own_site
    context = browser.new_context(base_url=base, locale="nl-NL")
    watch = PageWatch(base)
    context.on("page", watch.attach)
    try:
        page = context.new_page()
        page.goto("tips/")
        wait_for_offline_copy(page)
        notice = page.locator("[data-gk-update]")
        assert notice.is_hidden()
        old = page.evaluate("caches.keys()")

        # A new build: one page changed, so the worker has a new version.
        tips = folder / "tips" / "index.html"
        tips.write_text(tips.read_text(encoding="utf-8").replace("</h1>", " (nieuw)</h1>", 1))
        new = write_worker(folder, ROOT / "browser" / "sw.js")["version"]
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        notice.wait_for(state="visible")
        assert "(nieuw)" not in page.locator("h1").inner_text(), "the page changed by itself"
        assert page.locator(".gk-update[role=status]").count() == 1

        with page.expect_event("load"):
            notice.get_by_role("button").click()
        assert "(nieuw)" in page.locator("h1").inner_text()
        page.wait_for_function(
            "(name) => caches.keys().then((keys) => keys.length === 1 && keys[0] === name)",
            arg=f"gespreksklaar-{new}",
        )
        assert old != [f"gespreksklaar-{new}"]
    finally:
        context.close()
    assert watch.errors == [] and watch.offsite == []
