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


def test_the_not_found_page_finds_the_site_root(page):
    """A server shows 404.html at any address, so its links start at the site's root ("/");
    the header must still give the scripts a root they can read (not "//")."""
    from test_search import open_search, search_for

    open_search(page, "404.html")
    assert search_for(page, "akkoord")[0].startswith("na-het-gesprek/")
