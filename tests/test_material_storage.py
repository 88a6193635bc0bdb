"""Material's own storage helpers survive a browser that blocks site data."""

import pytest
from browser_helpers import BLOCK_STORAGE
from test_build import nav_pages

pytestmark = pytest.mark.browser


@pytest.mark.slow
def test_pages_load_without_errors_when_storage_is_blocked(context):
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    for source in nav_pages():
        page.goto("" if source == "index.md" else source.removesuffix(".md") + "/")
        page.wait_for_load_state("load")
    # Switching the palette writes to storage: it must still switch.
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme
    # The `context` fixture fails the test on any uncaught error.


def test_palette_choice_is_remembered_when_storage_works(page):
    page.goto("")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
