"""Broken storage never breaks a page: blocked or full storage, corrupt data, data in an
older or a newer format. The `context` fixture fails a test on any console error.

Dutch only: storage and migrations run the same code with the same data in English."""

import json
from pathlib import Path

import pytest
from browser_helpers import (
    ASIDE,
    BLOCK_STORAGE,
    FULL_STORAGE,
    KEY,
    VERSION,
    open_page,
    saved,
    seed,
    seed_raw,
)
from playwright.sync_api import expect
from test_state_pages import CHECKLIST, FORM, TICK, progress, table_page

pytestmark = pytest.mark.browser


def assert_page_works_in_memory(page) -> None:
    page.locator(TICK).check()
    assert progress(page).startswith("1 van")
    field = page.locator(f"{FORM} textarea[data-field]").first
    field.fill("Alleen in het geheugen")
    status = page.locator(f"{FORM} .gk-save-status")
    expect(status).to_have_text("Niet opgeslagen: zie de melding bovenaan.")
    notice = page.locator(".gk-notice")
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text("je browser bewaart nu niets")


def test_blocked_storage_keeps_the_page_working_with_one_notice(context):
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    open_page(page, "voorbereiden/")
    assert_page_works_in_memory(page)
    open_page(page, "mijn-gegevens/")
    expect(page.locator(".gk-notice--unavailable")).to_have_count(1)


def test_full_storage_keeps_the_page_working_with_one_notice(context):
    context.add_init_script(FULL_STORAGE)
    page = context.new_page()
    open_page(page, "voorbereiden/")
    expect(page.locator(".gk-notice")).to_have_count(0)  # nothing failed yet
    assert_page_works_in_memory(page)


@pytest.mark.parametrize(
    "raw",
    ["{niet: json", '{"version": "2", "checklists": {}}', '"alleen tekst"', "null"],
    ids=["invalid-json", "no-version", "a-string", "null"],
)
def test_corrupt_data_is_set_aside_offered_and_the_page_starts_clean(page, raw):
    open_page(page, "voorbereiden/")
    seed_raw(page, raw)
    expect(page.locator(".gk-notice--corrupt")).to_contain_text("beschadigd")
    assert not page.locator(TICK).is_checked()
    aside = json.loads(page.evaluate(f"localStorage.getItem('{ASIDE}')"))
    assert [copy["text"] for copy in aside] == [raw]
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    with page.expect_download() as download:
        page.get_by_role("button", name="Download de beschadigde gegevens").click()
    offered = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert offered[0]["text"] == raw
    # The page starts clean and saves again.
    page.locator(TICK).check()
    assert saved(page)["checklists"]["voorbereiding"]["items"] == {"resultaten": True}
    open_page(page, "mijn-gegevens/")
    expect(page.locator('[data-gk-tool="aside"]')).to_contain_text("1 keer")


def test_data_of_version_1_is_migrated(page):
    open_page(page, "voorbereiden/")
    form = page.locator(FORM)
    entry = form.locator("[data-field][data-index]").first
    long = form.locator("textarea[data-field]:not([data-index])").first
    old = {
        "version": 1,
        "ticks": {"voorbereiding": ["resultaten"]},
        "answers": {
            "voorbereidingsformulier": {
                long.get_attribute("data-field"): "Uit de oude versie",
                f"{entry.get_attribute('data-field')}.1": "Oude vraag",
            }
        },
    }
    seed(page, old)
    expect(page.locator(TICK)).to_be_checked()
    assert long.input_value() == "Uit de oude versie"
    assert entry.input_value() == "Oude vraag"
    state = saved(page)
    assert state["version"] == VERSION
    assert state["templates"]["voorbereidingsformulier"]["fields"] == {
        long.get_attribute("data-field"): "Uit de oude versie",
        entry.get_attribute("data-field"): ["Oude vraag"],
    }
    expect(page.locator(".gk-notice")).to_have_count(0)


def test_version_1_tables_become_rows(page):
    url, field = table_page(page)
    open_page(page, url)
    template = page.locator(".gk-form").get_attribute("data-template")
    column = page.locator(f'[data-field="{field}"][data-column]').first.get_attribute("data-column")
    old = {"version": 1, "answers": {template: {f"{field}.2.{column}": "Tweede rij"}}}
    seed(page, old)
    cell = page.locator(f'[data-field="{field}"][data-row="2"][data-column="{column}"]')
    expect(cell).to_have_value("Tweede rij")
    assert saved(page)["templates"][template]["fields"][field] == [{}, {column: "Tweede rij"}]


def test_data_of_a_newer_version_is_left_alone(page):
    open_page(page, "voorbereiden/")
    newer = {"version": 99, "checklists": {"voorbereiding": {"done": ["x"]}}}
    seed(page, newer)
    expect(page.locator(".gk-notice--newer")).to_contain_text("nieuwere versie")
    page.locator(TICK).check()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Niet over de nieuwe heen")
    page.locator(f"{FORM} textarea[data-field]").first.blur()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == json.dumps(newer)
    assert page.locator(CHECKLIST).get_by_text("1 van").count() == 1
