"""Checklists and forms remember what a reader did: across reloads, instant navigation
and two open tabs, with progress in words and a confirm step before starting over.

Texts come from the data of the page's language; tests of storage alone stay Dutch."""

import json

import pytest
from browser_helpers import (
    axe_violations,
    open_page,
    reload,
    saved,
    site_data,
    texts,
    wait_until_saved,
)
from conftest import page_address
from playwright.sync_api import expect

from macros.overview import template_page

pytestmark = pytest.mark.browser

TICK = "#gk-voorbereiding--resultaten"  # the first item of the checklist on voorbereiden.md
CHECKLIST = '.gk-checklist[data-checklist="voorbereiding"]'
FORM = '.gk-form[data-template="voorbereidingsformulier"]'
PREPARE = "voorbereiden.md"
MY_DATA = "mijn-gegevens.md"


def progress(page) -> str:
    return page.locator(f"{CHECKLIST} .gk-progress__text").inner_text()


def ticked(lang: str, n: int, total: int) -> str:
    return texts(lang).lijsten.afgevinkt.format(n=n, alle=total)


def table_page(page, lang: str = "nl") -> tuple[str, str]:
    """A template page with a table field, found in the manifest on Mijn gegevens."""
    open_page(page, page_address(MY_DATA, lang))
    manifest = json.loads(page.locator("#gk-manifest").get_attribute("data-manifest"))
    for template_id, spec in manifest["templates"].items():
        for field_id, field in spec["fields"].items():
            if field["type"] == "tabel":
                return page_address(template_page(template_id), lang), field_id
    raise AssertionError("no template with a table")


def test_a_tick_is_saved_counted_and_restored(page, lang):
    open_page(page, page_address(PREPARE, lang))
    total = page.locator(f"{CHECKLIST} input[data-item]").count()
    assert total == len(site_data(lang).checklists["voorbereiding"].items)
    assert progress(page) == ticked(lang, 0, total)
    assert page.locator(f"{CHECKLIST} .gk-progress__text").get_attribute("role") == "status"
    page.locator(TICK).check()
    assert progress(page) == ticked(lang, 1, total)
    fill = page.locator(f"{CHECKLIST} .gk-progress__fill").evaluate("e => e.style.width")
    assert float(fill.removesuffix("%")) == pytest.approx(100 / total)
    assert saved(page)["checklists"]["voorbereiding"]["items"] == {"resultaten": True}
    reload(page)
    assert page.locator(TICK).is_checked()
    assert progress(page) == ticked(lang, 1, total)


def test_starting_over_asks_first_and_can_be_declined(page, lang):
    words, shared = texts(lang).lijsten, texts(lang).algemeen
    open_page(page, page_address(PREPARE, lang))
    boxes = page.locator(f"{CHECKLIST} input[data-item]")
    total = boxes.count()
    boxes.nth(0).check()
    boxes.nth(1).check()
    reset = page.locator(CHECKLIST).get_by_role("button", name=words.opnieuw)
    reset.click()
    dialog = page.get_by_role("dialog")
    title = site_data(lang).checklists["voorbereiding"].titel
    assert words.opnieuw_vraag.format(titel=title) in dialog.inner_text()
    assert page.evaluate("document.activeElement.textContent") == shared.nee_terug
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    assert boxes.nth(0).is_checked() and boxes.nth(1).is_checked()
    assert page.evaluate("document.activeElement.textContent") == words.opnieuw
    reset.click()
    page.get_by_role("button", name=words.opnieuw_ja).click()
    expect(boxes.nth(0)).not_to_be_checked()
    expect(boxes.nth(1)).not_to_be_checked()
    assert progress(page) == ticked(lang, 0, total)
    reload(page)
    assert not boxes.nth(0).is_checked()


def test_answers_of_every_kind_are_restored(page, lang):
    open_page(page, page_address(PREPARE, lang))
    form = page.locator(FORM)
    short = form.locator('input[type="text"][data-field]').first
    long = form.locator("textarea[data-field]:not([data-index])").first
    date = form.locator('input[type="date"][data-field]').first
    entries = form.locator("[data-field][data-index]")
    short.fill("Het afgelopen jaar")
    long.fill("Twee regels\nmet een enter ertussen")
    date.fill("2025-03-14")
    entries.nth(1).fill("Tweede vraag")
    wait_until_saved(page, "state.templates?.voorbereidingsformulier")
    reload(page)
    assert short.input_value() == "Het afgelopen jaar"
    assert long.input_value() == "Twee regels\nmet een enter ertussen"
    assert date.input_value() == "2025-03-14"
    assert entries.nth(0).input_value() == ""
    assert entries.nth(1).input_value() == "Tweede vraag"
    status = texts(lang).lijsten.opgeslagen.split("{tijd}")[0]
    expect(form.locator(".gk-save-status")).to_contain_text(status)


# Storage mechanics: the same code path and data in English.
def test_typing_is_saved_when_the_page_is_left_at_once(page):
    open_page(page, page_address(PREPARE))
    field = page.locator(f"{FORM} textarea[data-field]").first
    field.fill("Net getypt")
    reload(page)  # well within the pause before saving
    assert field.input_value() == "Net getypt"


def test_table_rows_can_be_added_and_removed(page, lang):
    words = texts(lang).lijsten
    url, field = table_page(page, lang)
    open_page(page, url)
    table = page.locator(f'table:has([data-field="{field}"])')
    rows = table.locator("tbody tr[data-row]")
    start = rows.count()
    first_cell = rows.nth(0).locator("[data-field]").first
    first_cell.fill("Eerste")
    page.get_by_role("button", name=words.rij_toevoegen).first.click()
    assert rows.count() == start + 1
    focused = page.evaluate("document.activeElement.dataset.row")
    assert focused == str(start + 1)
    page.keyboard.type("Nieuw")
    row_one = f"{words.verwijder} {words.rij.format(n=1)}"
    rows.nth(0).get_by_role("button", name=row_one, exact=True).click()
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
    assert last.get_attribute("aria-label").endswith(words.rij.format(n=start))
    control_id = last.get_attribute("id")
    assert table.locator(f'[data-answer-for="{control_id}"]').count() == 1


def serve_sitemap_for_this_host(page, base_url: str) -> None:
    """Material takes only scheme and host from the sitemap's URLs, not the port, so on a
    test server with a port it never navigates instantly; this sitemap names the port."""

    def fulfill(route):
        real = route.fetch().text()
        route.fulfill(body=real.replace("https://gespreksklaar.nl/", base_url))

    page.route("**/sitemap.xml", fulfill)


# Storage mechanics, like the next test: the same code path and data in English.
def test_state_survives_instant_navigation_there_and_back(page, base_url):
    serve_sitemap_for_this_host(page, base_url)
    open_page(page, "voorbereiden/")
    page.evaluate("window.__samePage = true")
    page.locator(TICK).check()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Onderweg")
    page.locator(f"{FORM} .gk-mydata a").click()
    page.wait_for_url("**/mijn-gegevens/")
    expect(page.locator('[data-gk-tool="summary"] li')).to_have_count(2)
    page.go_back()
    page.wait_for_url("**/voorbereiden/")
    expect(page.locator(f"{CHECKLIST} .gk-progress")).to_have_count(1)
    assert page.evaluate("window.__samePage") is True, "expected instant navigation"
    assert page.locator(TICK).is_checked()
    assert page.locator(f"{FORM} textarea[data-field]").first.input_value() == "Onderweg"


def test_two_open_pages_stay_in_step(context):
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        open_page(tab, "voorbereiden/")
    first.locator(TICK).check()
    expect(second.locator(TICK)).to_be_checked()
    total = len(site_data("nl").checklists["voorbereiding"].items)
    expect(second.locator(f"{CHECKLIST} .gk-progress__text")).to_have_text(ticked("nl", 1, total))
    # Each tab types in its own field at the same time: neither loses the other's input.
    fields = f"{FORM} textarea[data-field]:not([data-index])"
    first.locator(fields).nth(0).fill("Uit tab een")
    second.locator(fields).nth(1).fill("Uit tab twee")
    for tab in (first, second):
        expect(tab.locator(fields).nth(0)).to_have_value("Uit tab een")
        expect(tab.locator(fields).nth(1)).to_have_value("Uit tab twee")
    answers = saved(first)["templates"]["voorbereidingsformulier"]["fields"]
    assert "Uit tab een" in answers.values() and "Uit tab twee" in answers.values()


def test_overview_shows_the_progress_of_each_list(page, lang):
    open_page(page, page_address(PREPARE, lang))
    page.locator(TICK).check()
    open_page(page, page_address("checklists.md", lang))
    spans = page.locator("[data-checklist-progress]")
    lists = site_data(lang).checklists
    assert spans.count() == len(lists)
    for i in range(spans.count()):
        span = spans.nth(i)
        list_id = span.get_attribute("data-checklist-progress")
        done = 1 if list_id == "voorbereiding" else 0
        total = len(lists[list_id].items)
        assert span.inner_text() == ticked(lang, done, total)


def test_every_checklist_and_form_links_to_my_data(page, lang):
    open_page(page, page_address(PREPARE, lang))
    name = texts(lang).lijsten.mijn_gegevens
    for block in (CHECKLIST, FORM):
        link = page.locator(block).get_by_role("link", name=name)
        assert link.get_attribute("href").endswith("/" + page_address(MY_DATA, lang))


def test_no_accessibility_violations_with_state_restored(page, lang):
    url, _ = table_page(page, lang)
    prepare = page_address(PREPARE, lang)
    open_page(page, prepare)
    page.locator(TICK).check()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Een antwoord")
    wait_until_saved(page, "state.templates?.voorbereidingsformulier")
    for target in (prepare, url, *(page_address(p, lang) for p in ("checklists.md", MY_DATA))):
        open_page(page, target)
        violations = axe_violations(page)
        assert not violations, f"{target}:\n" + "\n".join(violations)
    open_page(page, prepare)
    page.locator(CHECKLIST).get_by_role("button", name=texts(lang).lijsten.opnieuw).click()
    violations = axe_violations(page)
    assert not violations, "confirm step:\n" + "\n".join(violations)


def test_without_javascript_the_pages_are_plain_forms(browser, base_url, lang):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(page_address(PREPARE, lang))
    box = page.locator(TICK)
    box.check()
    assert box.is_checked()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Op papier")
    # In the page, but shown only with JavaScript (gk-needs-js): per checklist its progress
    # and its reset button, per form its save status and print tools.
    for part, count in ((f"{CHECKLIST} .gk-progress", 1), (f"{FORM} .gk-save-status", 1)):
        expect(page.locator(part)).to_have_count(count)
    parts = page.locator(".gk-progress, .gk-button, .gk-save-status, .gk-print-tools")
    assert not [part for part in parts.all() if part.is_visible()]
    page.goto(page_address(MY_DATA, lang))
    expect(page.locator(".gk-noscript")).to_be_visible()
    context.close()
