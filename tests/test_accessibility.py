"""Accessibility on every page: axe in both palettes with state filled in, and a phone.

axe runs the WCAG 2.0-2.2 A/AA rules plus best practices; its wcag22aa rule
target-size checks the 24 x 24 px minimum on the phone viewport.
"""

import pytest
from browser_helpers import axe_violations
from test_build import nav_pages

pytestmark = pytest.mark.browser

PAGES = ["" if page == "index.md" else page.removesuffix(".md") + "/" for page in nav_pages()]


def fill_in(page) -> None:
    """Tick every box and type in every field, as a reader who finished would have."""
    for box in page.locator('main input[type="checkbox"]:visible').all():
        box.check()
    for field in page.locator("main textarea:visible, main input[type='text']:visible").all():
        field.fill("Ik heb het project op tijd afgerond.")
    for field in page.locator("main input[type='date']:visible").all():
        field.fill("2026-12-15")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violations(context, scheme):
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    problems = []
    for url in PAGES:
        page.goto(url)
        expected = "slate" if scheme == "dark" else "default"
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected
        fill_in(page)
        problems += [f"/{url}: {violation}" for violation in axe_violations(page)]
    assert not problems, "\n".join(problems)


def test_phone_no_sideways_scroll_and_large_enough_targets(browser, base_url):
    context = browser.new_context(
        base_url=base_url, viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    problems = []
    for url in PAGES:
        page.goto(url)
        fill_in(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            problems.append(f"/{url}: scrolls sideways ({width} px wide)")
        problems += [
            f"/{url}: {violation}"
            for violation in axe_violations(page)
            if violation.startswith("target-size")
        ]
    context.close()
    assert not problems, "\n".join(problems)
