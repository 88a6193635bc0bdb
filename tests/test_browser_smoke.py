"""A real Chromium loads the built site, a reader ticks a box, and axe finds nothing."""

import pytest
from browser_helpers import axe_violations

pytestmark = pytest.mark.browser


def test_tick_a_box_by_its_label(page):
    page.goto("voorbereiden/")
    box = page.get_by_label("Ik heb opgeschreven wat ik heb bereikt.")
    assert not box.is_checked()
    box.check()
    assert box.is_checked()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_start_page_has_no_axe_violations(page):
    page.goto("")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Bereid je")
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
