"""Every built page is valid HTML by the W3C Nu Html Checker (vnu.jar, pinned in tools/vnu)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "tools" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(site_dir: Path):
    java = shutil.which("java")
    if not java or not VNU.is_file():
        pytest.fail("The Nu Html Checker needs Java and tools/vnu: run the tests with `make test`.")
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 20, f"only {len(pages)} pages built"
    # One Java start for all pages: the checker takes seconds to start.
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m['url'].removeprefix('file:')).relative_to(site_dir)}:{m.get('lastLine', '?')}: "
        f"{m['message']}"
        for m in messages
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
    assert result.returncode == 0, result.stderr


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
