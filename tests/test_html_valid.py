"""Every built page is valid HTML by the W3C Nu Html Checker (tools/vnu)."""

from pathlib import Path

import pytest

from tools import vnu


@pytest.mark.slow
def test_every_page_is_valid_html(site_dir: Path):
    if not vnu.available():
        pytest.fail("The Nu Html Checker needs Java and tools/vnu: run the tests with `make test`.")
    assert len(list(site_dir.rglob("*.html"))) > 20
    errors = vnu.html_errors(site_dir)
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)


@pytest.mark.browser
def test_stacked_comparison_keeps_its_table_semantics(page):
    # The cells carry no ARIA roles (invalid HTML); on a phone the CSS stacks the table,
    # and a screen reader must still hear headers and cells.
    page.set_viewport_size({"width": 375, "height": 667})
    page.goto("verschil/")
    table = page.locator("table.gk-comparison")
    assert table.locator("td").first.evaluate("cell => getComputedStyle(cell).display") == "block"
    tree = table.aria_snapshot()
    assert tree.count("- columnheader ") == 2
    assert tree.count("- rowheader ") == 3
    assert tree.count("- cell ") == 6  # the empty corner cell has no name, so no space
