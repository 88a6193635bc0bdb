"""The kind of meeting the reader has (issue 15): the choice on the start page and on
Voorbereiden, what each page shows for it, the count "x van N", the printouts and the
card, and that switching never loses a tick or an answer."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from browser_helpers import STUB_PRINT, VERSION, axe_violations, open_page, saved, seed
from playwright.sync_api import expect

from macros.loader import load, load_interface, load_my_data
from macros.render_checklist import progress_text as progress_line

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
TYPES = DATA.types
KINDS = [kind.id for kind in TYPES.soorten]
CHECKLIST = DATA.checklists["voorbereiding"]
LISTS = load_interface(ROOT / "data" / "ui.yml").lijsten
# The practice questions: one of them is for some kinds only (through its question).
FORM = DATA.templates["oefenvragen"]
LIST = '.gk-checklist[data-checklist="voorbereiding"]'


def progress_text(done: int, total: int) -> str:
    return progress_line(done, total, LISTS)


def applies(tags: list[str], kind: str | None) -> bool:
    return not kind or not tags or kind in tags


def shown_items(kind: str | None) -> list[str]:
    return [item.id for item in CHECKLIST.items if applies(item.gesprek, kind)]


def name(kind: str) -> str:
    return next(t.titel for t in TYPES.soorten if t.id == kind)


def state_with(kind: str | None, ticks: list[str] = ()) -> dict:
    tools = {"meeting": {"kind": kind}} if kind else {}
    items = {item: True for item in ticks}
    return {
        "version": VERSION,
        "checklists": {"voorbereiding": {"items": items}},
        "templates": {},
        "tools": tools,
    }


def visible_items(page) -> list[str]:
    return page.locator(f"{LIST} input[data-item]:visible").evaluate_all(
        "boxes => boxes.map(box => box.dataset.item)"
    )


def progress(page) -> str:
    return page.locator(f"{LIST} .gk-progress__text").inner_text()


def choose(page, label: str) -> None:
    page.locator("[data-type-choice]").get_by_label(label, exact=False).first.check()


@pytest.mark.parametrize("kind", [None, *KINDS])
def test_each_kind_shows_and_counts_its_own_items(page, kind):
    open_page(page, "voorbereiden/")
    seed(page, state_with(kind))
    expected = shown_items(kind)
    assert visible_items(page) == expected
    assert progress(page) == progress_text(0, len(expected))
    # Every shown item ticked: "N van N", and the list says it is done.
    for item in expected:
        page.locator(f'{LIST} input[data-item="{item}"]').check()
    assert progress(page) == progress_text(len(expected), len(expected))
    expect(page.locator(f"{LIST} [data-checklist-done]")).to_be_visible()
    # The block 'Bij een …' is the chosen kind's.
    notes = page.locator(".gk-type-note:visible .admonition-title")
    if kind in TYPES.verschillen[0].teksten:
        expect(notes).to_have_text([TYPES.keuze.kop.replace("{naam}", name(kind))])
    else:
        expect(notes).to_have_count(0)
    assert axe_violations(page) == []


@pytest.mark.parametrize("kind", [None, *KINDS])
def test_the_overview_counts_only_the_items_for_the_kind(page, kind):
    # One tick for every kind, and one on an item for some kinds only.
    typed = next(item for item in CHECKLIST.items if item.gesprek)
    ticks = [CHECKLIST.items[0].id, typed.id]
    open_page(page, "checklists/")
    seed(page, state_with(kind, ticks))
    done = len(
        [item for item in CHECKLIST.items if item.id in ticks and applies(item.gesprek, kind)]
    )
    progress = page.locator('[data-checklist-progress="voorbereiding"]')
    expect(progress).to_have_text(progress_text(done, len(shown_items(kind))))


def test_without_a_choice_the_count_is_as_before(page):
    open_page(page, "voorbereiden/")
    assert visible_items(page) == [item.id for item in CHECKLIST.items]
    assert progress(page) == progress_text(0, len(CHECKLIST.items))


@pytest.mark.parametrize("url", ["", "voorbereiden/"])
def test_the_choice_is_saved_and_changes_the_page(page, url):
    open_page(page, url)
    status = page.locator("[data-type-choice] [role=status]")
    expect(status).to_have_text(TYPES.keuze.niets)
    choose(page, "Beoordelingsgesprek")
    expect(status).to_have_text(TYPES.keuze.gekozen.replace("{naam}", "beoordelingsgesprek"))
    assert saved(page)["tools"]["meeting"] == {"kind": "beoordeling"}
    assert axe_violations(page) == []
    open_page(page, "voorbereiden/")
    expect(page.locator("[data-type-choice] input[value=beoordeling]")).to_be_checked()
    assert visible_items(page) == shown_items("beoordeling")
    choose(page, TYPES.keuze.geen)
    assert "meeting" not in saved(page)["tools"]
    assert visible_items(page) == shown_items(None)


def test_switching_keeps_every_tick_and_answer(page):
    open_page(page, "voorbereiden/")
    choose(page, "Beoordelingsgesprek")
    only_judged = next(
        i.id for i in CHECKLIST.items if i.gesprek and "ontwikkeling" not in i.gesprek
    )
    page.locator(f'{LIST} input[data-item="{only_judged}"]').check()
    field = next(f for f in FORM.fields if f.gesprek and "ontwikkeling" not in f.gesprek)
    answer = page.locator(f"#gk-oefenvragen--{field.id}")
    open_page(page, "vragen/")
    answer.fill("Mijn eigen oordeel")
    answer.blur()
    before = saved(page)
    assert before["templates"]["oefenvragen"]["fields"][field.id] == "Mijn eigen oordeel"

    open_page(page, "voorbereiden/")
    choose(page, "Ontwikkelgesprek")
    assert only_judged not in visible_items(page)
    assert progress(page) == progress_text(0, len(shown_items("ontwikkeling")))
    open_page(page, "vragen/")
    expect(answer).to_be_hidden()
    after = saved(page)
    assert after["checklists"] == before["checklists"]
    assert (
        after["templates"]["oefenvragen"]["fields"] == before["templates"]["oefenvragen"]["fields"]
    )

    open_page(page, "voorbereiden/")
    choose(page, "Beoordelingsgesprek")
    expect(page.locator(f'{LIST} input[data-item="{only_judged}"]')).to_be_checked()
    assert progress(page) == progress_text(1, len(shown_items("beoordeling")))
    open_page(page, "vragen/")
    expect(answer).to_have_value("Mijn eigen oordeel")


def test_another_tab_changes_the_choice(context):
    first, second = context.new_page(), context.new_page()
    open_page(first, "voorbereiden/")
    open_page(second, "voorbereiden/")
    choose(second, "Jaargesprek")
    expect(first.locator("[data-type-choice] input[value=jaar]")).to_be_checked()
    assert visible_items(first) == shown_items("jaar")


def test_a_kind_is_in_the_export_and_comes_back_with_an_import(page, tmp_path):
    open_page(page, "")
    choose(page, "Jaargesprek")
    open_page(page, "mijn-gegevens/")
    manifest = json.loads(page.locator("#gk-manifest").get_attribute("data-manifest"))
    assert manifest["tools"]["meeting"]["title"] == TYPES.keuze.afdruk
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporteer").click()
    path = tmp_path / "export.json"
    download.value.save_as(path)
    assert json.loads(path.read_text(encoding="utf-8"))["tools"]["meeting"] == {"kind": "jaar"}
    seed(page, state_with(None))
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Importeer").click()
    chooser.value.set_files(str(path))
    page.get_by_role("button", name="Ja, zet terug").click()
    expect(page.locator('[data-gk-tool="import"] [role=status]')).to_contain_text("Klaar")
    expect(page.locator('[data-gk-tool="summary"]')).to_contain_text(
        f"{TYPES.keuze.afdruk}: {name('jaar')}"
    )
    assert saved(page)["tools"]["meeting"] == {"kind": "jaar"}


def test_without_javascript_everything_shows_with_its_kinds(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("voorbereiden/")
    assert visible_items(page) == [item.id for item in CHECKLIST.items]
    for item in CHECKLIST.items:
        label = page.locator(f'label[for="gk-voorbereiding--{item.id}"]')
        mark = label.locator(".gk-type-mark")
        if item.gesprek:
            names = [name(kind) for kind in item.gesprek]
            text = mark.inner_text()
            assert text.startswith(TYPES.keuze.geldt) and all(n in text for n in names)
        else:
            expect(mark).to_have_count(0)
    notes = page.locator(".gk-type-note:visible")
    expect(notes).to_have_count(len(TYPES.verschillen[0].teksten))
    expect(page.locator("[data-type-choice]")).to_be_hidden()
    context.close()


def print_to_pdf(page, path: Path) -> str:
    page.emulate_media(media="print")
    page.pdf(path=str(path), format="A4", prefer_css_page_size=True)
    page.emulate_media(media="screen")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize("kind", [None, *KINDS])
def test_the_printout_names_the_kind_and_leaves_out_the_rest(context, tmp_path, kind):
    context.add_init_script(STUB_PRINT)
    page = context.new_page()
    open_page(page, "sjablonen/oefenvragen/")
    seed(page, state_with(kind))
    page.get_by_role("button", name="Leeg formulier afdrukken").click()
    text = print_to_pdf(page, tmp_path / "form.pdf")
    if kind:
        assert f"{TYPES.keuze.afdruk} {name(kind)}" in text
    else:
        assert TYPES.keuze.afdruk not in text
    for field in FORM.fields:
        label = " ".join(field.label.split())
        assert (label in text) == applies(field.gesprek, kind), label


@pytest.mark.parametrize("kind", KINDS)
def test_the_card_names_the_kind(context, tmp_path, kind):
    context.add_init_script(STUB_PRINT)
    page = context.new_page()
    open_page(page, "gesprekskaart/")
    seed(page, state_with(kind))
    expect(page.locator(".gk-card .gk-type-name:visible")).to_have_text([name(kind)])
    text = print_to_pdf(page, tmp_path / "card.pdf")
    assert f"{TYPES.keuze.afdruk} {name(kind)}" in text


@pytest.mark.parametrize("kind", [None, *KINDS])
def test_questions_for_another_kind_are_hidden(page, kind):
    open_page(page, "vragen/")
    seed(page, state_with(kind))
    headings = page.locator(".md-content h3[id^=vraag-]:visible")
    expected = [f"vraag-{q.id}" for q in DATA.questions if applies(q.gesprek, kind)]
    assert headings.evaluate_all("hs => hs.map(h => h.id)") == expected
    fields = page.locator('.gk-form[data-template="oefenvragen"] [data-field]:visible')
    expected_fields = [f.id for f in FORM.fields if applies(f.gesprek, kind)]
    assert fields.evaluate_all("fs => fs.map(f => f.dataset.field)") == expected_fields
    assert axe_violations(page) == []


def test_my_data_counts_only_the_items_of_the_chosen_kind(page):
    """Mijn gegevens says "x van N afgevinkt" as the checklist does: for the chosen kind."""
    kind = "beoordeling"
    shown = shown_items(kind)
    hidden = [item.id for item in CHECKLIST.items if item.id not in shown]
    assert shown and hidden
    said = load_my_data(ROOT / "data" / "mijn-gegevens.yml").afgevinkt
    summary = page.locator('[data-gk-tool="summary"]')
    open_page(page, "mijn-gegevens/")
    seed(page, state_with(kind, [shown[0], hidden[0]]))
    expect(summary).to_contain_text(f"{CHECKLIST.titel}: {said.format(n=1, alle=len(shown))}")
    seed(page, state_with(None, [shown[0], hidden[0]]))
    expect(summary).to_contain_text(
        f"{CHECKLIST.titel}: {said.format(n=2, alle=len(CHECKLIST.items))}"
    )
