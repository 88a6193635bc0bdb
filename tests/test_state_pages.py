"""Checklists and forms remember what a reader did: across reloads, instant navigation
and two open tabs, with progress in words and a confirm step before starting over."""

import json
import re

import pytest
from browser_helpers import axe_violations, wait_ready
from playwright.sync_api import expect

from macros.overview import template_page

pytestmark = pytest.mark.browser

KEY = "gespreksklaar:state"
TICK = "Ik heb opgeschreven wat ik heb bereikt."
CHECKLIST = '.gk-checklist[data-checklist="voorbereiding"]'
FORM = '.gk-form[data-template="voorbereidingsformulier"]'


def saved(page) -> dict | None:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")


def reload(page) -> None:
    """Reloads and waits until the state modules (imported on demand) have run."""
    page.reload()
    wait_ready(page)


def seed(page, value: str) -> None:
    """Puts a raw value under the state key, then reloads so the page reads it."""
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, value])
    reload(page)


def open_page(page, url: str) -> None:
    page.goto(url)
    wait_ready(page)


def progress(page) -> str:
    return page.locator(f"{CHECKLIST} .gk-progress__text").inner_text()


def wait_until_saved(form) -> None:
    form.locator(".gk-save-status").get_by_text("Opgeslagen op dit apparaat").wait_for()


def table_page(page) -> tuple[str, str]:
    """A template page with a table field, found in the manifest on Mijn gegevens."""
    open_page(page, "mijn-gegevens/")
    manifest = json.loads(page.locator("#gk-manifest").get_attribute("data-manifest"))
    for template_id, spec in manifest["templates"].items():
        for field_id, field in spec["fields"].items():
            if field["type"] == "tabel":
                return template_page(template_id).removesuffix(".md") + "/", field_id
    raise AssertionError("no template with a table")


def test_a_tick_is_saved_counted_and_restored(page):
    open_page(page, "voorbereiden/")
    total = page.locator(f"{CHECKLIST} input[data-item]").count()
    assert progress(page) == f"0 van {total} afgevinkt"
    assert page.locator(f"{CHECKLIST} .gk-progress__text").get_attribute("role") == "status"
    page.get_by_label(TICK).check()
    assert progress(page) == f"1 van {total} afgevinkt"
    fill = page.locator(f"{CHECKLIST} .gk-progress__fill").evaluate("e => e.style.width")
    assert float(fill.removesuffix("%")) == pytest.approx(100 / total)
    assert saved(page)["checklists"]["voorbereiding"]["items"] == {"resultaten": True}
    reload(page)
    assert page.get_by_label(TICK).is_checked()
    assert progress(page) == f"1 van {total} afgevinkt"


def test_starting_over_asks_first_and_can_be_declined(page):
    open_page(page, "voorbereiden/")
    boxes = page.locator(f"{CHECKLIST} input[data-item]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    reset = page.locator(CHECKLIST).get_by_role("button", name="Opnieuw beginnen")
    reset.click()
    dialog = page.get_by_role("dialog")
    assert "Opnieuw beginnen met" in dialog.inner_text()
    assert page.evaluate("document.activeElement.textContent") == "Nee, terug"
    page.keyboard.press("Escape")
    assert dialog.count() == 0
    assert boxes.nth(0).is_checked() and boxes.nth(1).is_checked()
    assert page.evaluate("document.activeElement.textContent") == "Opnieuw beginnen"
    reset.click()
    page.get_by_role("button", name="Ja, haal alle vinkjes weg").click()
    expect(boxes.nth(0)).not_to_be_checked()
    expect(boxes.nth(1)).not_to_be_checked()
    assert progress(page).startswith("0 van")
    reload(page)
    assert not boxes.nth(0).is_checked()


def test_answers_of_every_kind_are_restored(page):
    open_page(page, "voorbereiden/")
    form = page.locator(FORM)
    short = form.locator('input[type="text"][data-field]').first
    long = form.locator("textarea[data-field]:not([data-index])").first
    date = form.locator('input[type="date"][data-field]').first
    entries = form.locator("[data-field][data-index]")
    short.fill("Het afgelopen jaar")
    long.fill("Twee regels\nmet een enter ertussen")
    date.fill("2025-03-14")
    entries.nth(1).fill("Tweede vraag")
    wait_until_saved(form)
    reload(page)
    assert short.input_value() == "Het afgelopen jaar"
    assert long.input_value() == "Twee regels\nmet een enter ertussen"
    assert date.input_value() == "2025-03-14"
    assert entries.nth(0).input_value() == ""
    assert entries.nth(1).input_value() == "Tweede vraag"
    assert form.locator(".gk-save-status").inner_text().startswith("Opgeslagen op dit apparaat")


def test_typing_is_saved_when_the_page_is_left_at_once(page):
    open_page(page, "voorbereiden/")
    field = page.locator(f"{FORM} textarea[data-field]").first
    field.fill("Net getypt")
    reload(page)  # well within the pause before saving
    assert field.input_value() == "Net getypt"


def test_table_rows_can_be_added_and_removed(page):
    url, field = table_page(page)
    open_page(page, url)
    table = page.locator(f'table:has([data-field="{field}"])')
    rows = table.locator("tbody tr[data-row]")
    start = rows.count()
    first_cell = rows.nth(0).locator("[data-field]").first
    first_cell.fill("Eerste")
    page.get_by_role("button", name="Rij toevoegen").first.click()
    assert rows.count() == start + 1
    focused = page.evaluate("document.activeElement.dataset.row")
    assert focused == str(start + 1)
    page.keyboard.type("Nieuw")
    rows.nth(0).get_by_role("button", name="Verwijder rij 1").click()
    assert rows.count() == start
    assert rows.nth(0).locator("[data-field]").first.input_value() == ""
    assert rows.nth(start - 1).locator("[data-field]").first.input_value() == "Nieuw"
    reload(page)
    assert rows.count() == start
    assert rows.nth(start - 1).locator("[data-field]").first.input_value() == "Nieuw"
    # Every row keeps unique ids, a numbered label, and a print block that follows it.
    ids = table.locator("[data-field]").evaluate_all("els => els.map(e => e.id)")
    assert len(ids) == len(set(ids))
    last = rows.nth(start - 1).locator("[data-field]").first
    assert last.get_attribute("aria-label").endswith(f"rij {start}")
    control_id = last.get_attribute("id")
    assert table.locator(f'[data-answer-for="{control_id}"]').count() == 1


def serve_sitemap_for_this_host(page, base_url: str) -> None:
    """Material takes only scheme and host from the sitemap's URLs, not the port, so on a
    test server with a port it never navigates instantly; this sitemap names the port."""

    def fulfill(route):
        real = route.fetch().text()
        route.fulfill(body=real.replace("https://gespreksklaar.nl/", base_url))

    page.route("**/sitemap.xml", fulfill)


def test_state_survives_instant_navigation_there_and_back(page, base_url):
    serve_sitemap_for_this_host(page, base_url)
    open_page(page, "voorbereiden/")
    page.evaluate("window.__samePage = true")
    page.get_by_label(TICK).check()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Onderweg")
    page.locator(f"{FORM} .gk-mydata a").click()
    page.wait_for_url("**/mijn-gegevens/")
    expect(page.locator('[data-gk-tool="summary"] li')).to_have_count(2)
    page.go_back()
    page.wait_for_url("**/voorbereiden/")
    expect(page.locator(f"{CHECKLIST} .gk-progress")).to_have_count(1)
    assert page.evaluate("window.__samePage") is True, "expected instant navigation"
    assert page.get_by_label(TICK).is_checked()
    assert page.locator(f"{FORM} textarea[data-field]").first.input_value() == "Onderweg"


def test_two_open_pages_stay_in_step(context):
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        open_page(tab, "voorbereiden/")
    first.get_by_label(TICK).check()
    expect(second.get_by_label(TICK)).to_be_checked()
    assert progress(second).startswith("1 van")
    # Each tab types in its own field at the same time: neither loses the other's input.
    fields = f"{FORM} textarea[data-field]:not([data-index])"
    first.locator(fields).nth(0).fill("Uit tab een")
    second.locator(fields).nth(1).fill("Uit tab twee")
    for tab in (first, second):
        expect(tab.locator(fields).nth(0)).to_have_value("Uit tab een")
        expect(tab.locator(fields).nth(1)).to_have_value("Uit tab twee")
    answers = saved(first)["templates"]["voorbereidingsformulier"]["fields"]
    assert "Uit tab een" in answers.values() and "Uit tab twee" in answers.values()


def test_overview_shows_the_progress_of_each_list(page):
    open_page(page, "voorbereiden/")
    page.get_by_label(TICK).check()
    open_page(page, "checklists/")
    spans = page.locator("[data-checklist-progress]")
    assert spans.count() >= 1
    for i in range(spans.count()):
        span = spans.nth(i)
        done = "1" if span.get_attribute("data-checklist-progress") == "voorbereiding" else "0"
        assert re.fullmatch(rf"{done}( van \d+)? afgevinkt", span.inner_text())


def test_every_checklist_and_form_links_to_my_data(page):
    open_page(page, "voorbereiden/")
    for block in (CHECKLIST, FORM):
        link = page.locator(block).get_by_role("link", name="Mijn gegevens")
        assert link.get_attribute("href").endswith("/mijn-gegevens/")


def test_no_accessibility_violations_with_state_restored(page):
    url, _ = table_page(page)
    open_page(page, "voorbereiden/")
    page.get_by_label(TICK).check()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Een antwoord")
    wait_until_saved(page.locator(FORM))
    for target in ("voorbereiden/", url, "checklists/", "mijn-gegevens/"):
        open_page(page, target)
        violations = axe_violations(page)
        assert not violations, f"{target}:\n" + "\n".join(violations)
    open_page(page, "voorbereiden/")
    page.locator(CHECKLIST).get_by_role("button", name="Opnieuw beginnen").click()
    violations = axe_violations(page)
    assert not violations, "confirm step:\n" + "\n".join(violations)


def test_without_javascript_the_pages_are_plain_forms(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("voorbereiden/")
    box = page.get_by_label(TICK)
    box.check()
    assert box.is_checked()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Op papier")
    parts = page.locator(".gk-progress, .gk-button, .gk-save-status, .gk-print-tools")
    assert parts.count() > 0  # in the page, but shown only with JavaScript (gk-needs-js)
    assert not [part for part in parts.all() if part.is_visible()]
    page.goto("mijn-gegevens/")
    assert "geen JavaScript" in page.locator(".gk-noscript").inner_text()
    context.close()
