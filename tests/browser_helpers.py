"""Helpers for browser tests that several test files share."""

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

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


def wait_ready(page) -> None:
    """Waits until the site's own code has set up the page at the current address
    (main.js marks <html> with its path, also after an instant navigation)."""
    page.wait_for_function("() => document.documentElement.dataset.gkReady === location.pathname")


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
    results = Axe().run(page, options={"runOnly": only})
    return [
        f"{violation['id']}: {node['target']} {node['failureSummary'].splitlines()[-1].strip()}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


def focus_outline(page) -> str:
    """The outline of the focused element, e.g. 'solid 3px' or 'none 0px'."""
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return `${s.outlineStyle} ${s.outlineWidth}`; }"
    )


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until the element matching selector has the focus.

    Every element the focus passes on the way must show a visible outline.
    """
    target = page.locator(selector).first
    for _ in range(limit):
        page.keyboard.press("Tab")
        outline = focus_outline(page)
        where = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        assert not outline.startswith("none") and not outline.endswith(" 0px"), (
            f"focus not visible ({outline}) on {where}"
        )
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {selector}")
