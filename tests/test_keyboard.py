"""Keyboard only: tick a whole checklist, fill in a form, open Mijn gegevens and export.

Only Tab, Shift+Tab, Space and Enter move and act (typing text aside); tab_to checks
that every element the focus lands on shows its outline.
"""

import json
from pathlib import Path

import pytest
from browser_helpers import focus_outline, tab_to

pytestmark = pytest.mark.browser


def test_checklist_form_and_export_by_keyboard(page):
    page.goto("voorbereiden/")
    boxes = page.locator('[data-checklist="voorbereiding"] input[type="checkbox"]')
    ids = [box.get_attribute("id") for box in boxes.all()]
    for box_id in ids:
        tab_to(page, f"#{box_id}")
        page.keyboard.press("Space")
    assert all(box.is_checked() for box in boxes.all())
    progress = page.locator('[data-checklist="voorbereiding"]').get_by_text("afgevinkt").first
    assert progress.inner_text().startswith(f"{len(ids)} van {len(ids)}")

    # Shift+Tab goes back one step, and that step shows its focus too.
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") != ids[-1]
    assert not focus_outline(page).startswith("none")

    tab_to(page, '[data-template="voorbereidingsformulier"] textarea[data-field="bereikt"]')
    page.keyboard.type("Het nieuwe rooster ingevoerd.")
    tab_to(
        page,
        '[data-template="voorbereidingsformulier"] ~ * a[href$="mijn-gegevens/"], '
        '[data-template="voorbereidingsformulier"] a[href$="mijn-gegevens/"]',
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn-gegevens/")

    tab_to(page, "main button:text-is('Exporteer')")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert set(exported["checklists"]["voorbereiding"]["items"]) == {
        box_id.removeprefix("gk-voorbereiding--") for box_id in ids
    }
    fields = exported["templates"]["voorbereidingsformulier"]["fields"]
    assert fields["bereikt"] == "Het nieuwe rooster ingevoerd."
