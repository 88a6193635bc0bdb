"""Keyboard only: tick a whole checklist, fill in a form, open Mijn gegevens and export.

Only Tab, Shift+Tab, Space and Enter move and act (typing text aside); tab_to checks
that every element the focus lands on shows its outline.
"""

import json
from pathlib import Path

import pytest
from browser_helpers import focus_outline, open_page, tab_to, texts
from conftest import page_address

from macros.loader import load_my_data

pytestmark = pytest.mark.browser


def test_checklist_form_and_export_by_keyboard(page, lang):
    open_page(page, page_address("voorbereiden.md", lang))
    boxes = page.locator('[data-checklist="voorbereiding"] input[type="checkbox"]')
    ids = [box.get_attribute("id") for box in boxes.all()]
    for box_id in ids:
        tab_to(page, f"#{box_id}")
        page.keyboard.press("Space")
    assert all(box.is_checked() for box in boxes.all())
    progress = page.locator('[data-checklist="voorbereiding"] .gk-progress__text')
    assert progress.inner_text() == texts(lang).lijsten.afgevinkt.format(n=len(ids), alle=len(ids))

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
    page.wait_for_url(f"**/{page_address('mijn-gegevens.md', lang)}")

    export = texts(lang, load_my_data, "mijn-gegevens.yml").exporteer
    tab_to(page, f"main button:text-is('{export}')")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert set(exported["checklists"]["voorbereiding"]["items"]) == {
        box_id.removeprefix("gk-voorbereiding--") for box_id in ids
    }
    fields = exported["templates"]["voorbereidingsformulier"]["fields"]
    assert fields["bereikt"] == "Het nieuwe rooster ingevoerd."
