"""The one set of helpers for the browser tests: open a page and wait for the site's own
code, read and seed what the browser stores, press Tab, print, run axe, and the texts and
dates of a page's language."""

from __future__ import annotations

import datetime
import functools
import json
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

from macros.loader import Edition, SiteData, load, load_interface

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
KEY = "gespreksklaar:state"
ASIDE = "gespreksklaar:corrupt"  # where the site sets broken data aside
# The version of the saved state this release writes (VERSION in browser/js/format.js).
VERSION = int(
    re.search(
        r"^export const VERSION = (\d+);$",
        (ROOT / "browser" / "js" / "format.js").read_text(encoding="utf-8"),
        re.MULTILINE,
    )[1]
)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
STUB_PRINT = "window.print = () => { window.__printed = (window.__printed || 0) + 1 }"
NO_CLIPBOARD = "Object.defineProperty(navigator, 'clipboard', { value: undefined })"

# Makes every touch of localStorage/sessionStorage throw, as a browser does when a
# reader blocks site data.
BLOCK_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException("Storage is blocked", "SecurityError"); },
  });
}
"""

# Reading works, but every write fails as when the quota is full.
FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


# --- a page's language: its data and its dates ------------------------------------------


def edition(lang: str) -> Edition | None:
    """How the build reads the data of a language: Dutch is data/ itself."""
    return None if lang == "nl" else Edition(lang, DATA)


@functools.cache
def site_data(lang: str) -> SiteData:
    """Every checklist, template and question in the language, as its pages show them."""
    return load(DATA, ROOT / "docs", edition(lang))


@functools.cache
def texts(lang: str, loader=load_interface, name: str = "ui.yml"):
    """One data file in the language through its loader, e.g. texts("en", load_points,
    "bespreekpunten.yml"); without loader and name, the interface texts of data/ui.yml."""
    return loader(DATA / name, edition=edition(lang))


def browser_today(page) -> datetime.date:
    """Today by the browser's own clock, now (never the host's, never at import time)."""
    return datetime.date.fromisoformat(page.evaluate("new Date().toLocaleDateString('sv-SE')"))


# The page's language (which data it shows), and its locale as browser/js/dates.js reads
# it for dates and lists: the tag from data (en-GB) on #gk-text, else <html lang>.
PAGE_LANG = "document.documentElement.lang"
PAGE_LOCALE = f"(document.getElementById('gk-text')?.dataset.locale || {PAGE_LANG})"


def page_list(page, items: list[str]) -> str:
    """'a, b en c' as the page joins a list, in its own language."""
    return page.evaluate(
        f"(items) => new Intl.ListFormat({PAGE_LOCALE}, {{ type: 'conjunction' }}).format(items)",
        items,
    )


def page_date(page, day: datetime.date | str, weekday: bool = False) -> str:
    """A date as the page writes it, in the page's own language (<html lang>): the browser
    formats it, so the test holds no month names of its own."""
    options = {"day": "numeric", "month": "long", "year": "numeric"}
    if weekday:
        options["weekday"] = "long"
    return page.evaluate(
        "([iso, options]) => { const [y, m, d] = iso.split('-').map(Number);"
        f" return new Date(y, m - 1, d).toLocaleDateString({PAGE_LOCALE}, options); }}",
        [str(day), options],
    )


# --- opening pages and waiting for the site's code --------------------------------------


def wait_ready(page) -> None:
    """Waits until the site's own code has set up the page at the current address: main.js
    marks <html data-gk-ready> with its path (also after an instant navigation) once every
    tool's module has run and set the tool's data-ready to "true" (or "failed")."""
    page.wait_for_function("() => document.documentElement.dataset.gkReady === location.pathname")


def assert_tools_started(page) -> None:
    failed = page.locator('[data-ready="failed"]').evaluate_all(
        "tools => tools.map((tool) => tool.outerHTML.slice(0, 80))"
    )
    assert failed == [], "a tool did not start"


def open_page(page, url: str) -> None:
    """Opens url and waits until the page is set up and every tool on it has started."""
    page.goto(url)
    wait_ready(page)
    assert_tools_started(page)


def reload(page) -> None:
    page.reload()
    wait_ready(page)
    assert_tools_started(page)


def open_to_print(context, url: str):
    """A new page at url, with window.print stubbed (STUB_PRINT counts the calls)."""
    context.add_init_script(STUB_PRINT)
    page = context.new_page()
    open_page(page, url)
    return page


# --- what the browser stores -------------------------------------------------------------


def saved(page) -> dict | None:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")


def seed_raw(page, text: str) -> None:
    """Puts text as it is under the state key (also broken JSON), then reloads so the page
    reads it."""
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, text])
    reload(page)


def seed(page, state: dict) -> None:
    """Stores state under the state key, then reloads so the page reads it."""
    seed_raw(page, json.dumps(state))


def wait_until_saved(page, condition: str) -> None:
    """Waits until `condition`, a JavaScript expression on `state`, holds for what is stored
    (typing is saved after a pause)."""
    page.wait_for_function(
        f"() => {{ const state = JSON.parse(localStorage.getItem('{KEY}')); "
        f"return !!state && !!({condition}); }}"
    )


# --- keyboard ----------------------------------------------------------------------------


def focus_outline(page) -> str:
    """The outline of the focused element, e.g. 'solid 3px' or 'none 0px'."""
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return `${s.outlineStyle} ${s.outlineWidth}`; }"
    )


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Presses Tab until the focus is on an element matching selector.

    Every element the focus passes on the way must show a visible outline. The selector may
    be a Playwright one (e.g. "button:text-is('Export')").
    """
    targets = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        outline = focus_outline(page)
        where = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        assert not outline.startswith("none") and not outline.endswith(" 0px"), (
            f"focus not visible ({outline}) on {where}"
        )
        if targets.evaluate_all("all => all.includes(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def start_from_intro(page) -> None:
    """Puts the keyboard focus on the last link of the page's intro (to Mijn gegevens),
    right before the tool."""
    page.locator('.md-content__inner > p a[href$="mijn-gegevens/"]').last.focus()


def type_date(page, iso: str) -> None:
    """Types a date into the focused date input, with the keyboard only.

    The order of the day and month parts follows the browser's own language, so a first
    date tells which it is; then the cursor goes back to the first part.
    """
    page.keyboard.type("01022000")
    month_first = page.evaluate("document.activeElement.value") == "2000-01-02"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    year, month, day = iso.split("-")
    page.keyboard.type(f"{month}{day}{year}" if month_first else f"{day}{month}{year}")
    assert page.evaluate("document.activeElement.value") == iso


# --- paper and axe -----------------------------------------------------------------------


def printed(page, tmp_path: Path, name: str, pages: int) -> str:
    """Prints the page to an A4 PDF with Chromium and gives back the text on paper."""
    from test_print import assert_a4, pdf_text, print_pdf  # test_print imports this module

    path = print_pdf(page, tmp_path / f"{name}.pdf")
    assert_a4(path, pages)
    return pdf_text(path)


# Resolves when the transitions that the last scroll or click started have ended (at
# most 2 s): axe measures colours, and a half-faded button has a contrast it never shows
# at rest.
SETTLE = """
new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))).then(() =>
  Promise.race([
    Promise.all(document.getAnimations().map((running) => running.finished.catch(() => null))),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ]))
"""


def axe_violations(page, rules: list[str] | None = None) -> list[str]:
    """axe's violations on the page once it is at rest, one readable line each: of the
    rules of AXE_TAGS, or only of `rules` (ids of axe rules)."""
    page.evaluate(SETTLE)
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": AXE_TAGS}
    # Only the violations in full: axe's other results are not read, and skipping them
    # halves its time.
    results = Axe().run(page, options={"runOnly": only, "resultTypes": ["violations"]})
    return [
        f"{violation['id']}: {node['target']} {node['failureSummary'].splitlines()[-1].strip()}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]
