"""Mijn bespreekpunten: built by hand and from the forms, reordered by keyboard, printed
as the agenda for the manager and sent ahead; saved agenda choices become points; the
gespreksverslag takes the points over. Also the Node unit tests of the pure modules."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from browser_helpers import (
    PAGE_LANG,
    VERSION,
    axe_violations,
    open_page,
    open_to_print,
    page_date,
    printed,
    reload,
    saved,
    seed,
    texts,
    wait_until_saved,
)
from conftest import SCHEMES, page_address
from playwright.sync_api import expect
from test_state_data_tools import import_file

from macros.loader import load_my_data, load_points

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "bespreekpunten.md"
POINTS = ["Mijn werkdruk in de drukke maanden", "Een cursus over plannen", "Thuiswerken op vrijdag"]


def test_node_unit_tests_of_the_pure_modules_pass():
    result = subprocess.run(
        ["node", "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout


def words(page):
    """The texts of Mijn bespreekpunten in the language of the page."""
    return texts(page.evaluate(PAGE_LANG), load_points, "bespreekpunten.yml")


def point_button(page, action: str, n: int) -> str:
    """The name of a point's button, e.g. 'Wijzig punt 2'."""
    said = words(page)
    return f"{getattr(said.knoppen, action)} {said.punt.format(n=n)}"


# What a saved point holds: its text and, from a form, where it came from.
def point_text(item: dict) -> str:
    return item["text"]


def point_source(item: dict) -> str:
    return item["source"]


def points_state(points: list[str], **tools) -> dict:
    items = [{"id": f"p{n}", "text": text} for n, text in enumerate(points, 1)]
    return {
        "version": VERSION,
        "checklists": {},
        "templates": {},
        "tools": {"points": {"items": items}, **tools},
    }


def shown(page) -> list[str]:
    return page.locator("[data-list] [data-text]").all_inner_texts()


def saved_texts(page) -> list[str]:
    return [point_text(item) for item in saved(page)["tools"]["points"]["items"]]


def live(page):
    return page.locator("[data-gk-module=points] [data-live]")


@pytest.mark.browser
def test_add_change_and_remove_points(page, lang):
    open_page(page, page_address(SOURCE, lang))
    page.get_by_role("button", name=words(page).nieuw.knop).click()
    expect(live(page)).to_have_text(words(page).meldingen.leeg_punt)
    expect(page.locator("#gk-point-new")).to_be_focused()
    for text in POINTS:
        page.fill("#gk-point-new", text)
        page.get_by_role("button", name=words(page).nieuw.knop).click()
    expect(live(page)).to_have_text(words(page).meldingen.toegevoegd.format(n=3))
    assert shown(page) == POINTS
    expect(page.locator("[data-empty]")).to_be_hidden()

    page.get_by_role("button", name=point_button(page, "wijzig", 2)).click()
    editor = page.get_by_label(words(page).punt.format(n=2), exact=True)
    expect(editor).to_be_focused()
    editor.fill("Een cursus over plannen, in het voorjaar")
    page.get_by_role("button", name=point_button(page, "bewaar", 2)).click()
    expect(live(page)).to_have_text(words(page).meldingen.gewijzigd.format(n=2))
    expect(page.get_by_role("button", name=point_button(page, "wijzig", 2))).to_be_focused()

    page.get_by_role("button", name=point_button(page, "verwijder", 1)).click()
    page.get_by_role("button", name=words(page).meldingen.verwijder_ja).click()
    expect(live(page)).to_have_text(words(page).meldingen.verwijderd)
    expect(page.get_by_role("button", name=point_button(page, "verwijder", 1))).to_be_focused()
    reload(page)
    assert shown(page) == ["Een cursus over plannen, in het voorjaar", POINTS[2]]
    assert saved_texts(page) == shown(page)


def with_points_only(page) -> list:
    """What acts on the list: printing it and sending it ahead (each once in the page)."""
    send = words(page).versturen
    return [
        page.get_by_role("button", name=words(page).agenda.afdrukken, include_hidden=True),
        page.get_by_role("heading", name=send.kop, include_hidden=True),
        page.get_by_role("textbox", name=send.label, include_hidden=True),
        page.get_by_role("button", name=send.kopieer, include_hidden=True),
        page.get_by_role("link", name=send.mail, include_hidden=True),
    ]


@pytest.mark.browser
def test_without_points_an_example_and_one_action_not_print_and_send(page, lang):
    open_page(page, page_address(SOURCE, lang))
    empty = page.locator("[data-gk-module=points] [data-empty]")
    controls = with_points_only(page)
    for control in controls:
        expect(control).to_have_count(1)
        expect(control).to_be_hidden()
    expect(empty).to_be_visible()
    expect(empty.locator("p").first).to_have_text(words(page).leeg)
    expect(empty.locator(".gk-points__example li")).to_have_text(words(page).voorbeeld.punten)
    expect(empty.get_by_role("button")).to_have_count(1)
    expect(page.locator("[data-list] li")).to_have_count(0)

    empty.get_by_role("button", name=words(page).eerste).click()
    expect(page.locator("#gk-point-new")).to_be_focused()
    page.keyboard.type(POINTS[0])
    page.get_by_role("button", name=words(page).nieuw.knop).click()
    expect(empty).to_be_hidden()
    for control in controls:
        expect(control).to_be_visible()
    assert shown(page) == POINTS[:1]

    page.get_by_role("button", name=point_button(page, "verwijder", 1)).click()
    page.get_by_role("button", name=words(page).meldingen.verwijder_ja).click()
    expect(live(page)).to_have_text(words(page).meldingen.verwijderd)
    expect(empty).to_be_visible()  # the last one gone: the example is back
    for control in controls:
        expect(control).to_be_hidden()
    expect(page.locator("#gk-point-new")).to_be_focused()
    assert saved_texts(page) == []


@pytest.mark.browser
def test_keyboard_only_reordering_keeps_the_focus_on_the_moved_point(page, lang):
    open_page(page, page_address(SOURCE, lang))
    seed(page, points_state(POINTS))
    page.locator("#gk-point-new").focus()
    # From the text field to the buttons of the last point, with Tab only.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == point_button(page, "omhoog", 3):
            break
    else:
        raise AssertionError("Tab never reached the button up of point 3")
    page.keyboard.press("Enter")
    expect(live(page)).to_have_text(words(page).meldingen.verplaatst.format(n=2, totaal=3))
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == point_button(page, "omhoog", 2), "the focus moves with the point"
    page.keyboard.press("Enter")
    expect(live(page)).to_have_text(words(page).meldingen.verplaatst.format(n=1, totaal=3))
    page.keyboard.press("Enter")
    expect(live(page)).to_have_text(words(page).meldingen.bovenaan)
    assert shown(page) == [POINTS[2], POINTS[0], POINTS[1]]
    page.keyboard.press("Tab")  # Omlaag punt 1
    page.keyboard.press("Space")
    expect(live(page)).to_have_text(words(page).meldingen.verplaatst.format(n=2, totaal=3))
    assert page.evaluate("document.activeElement.textContent") == point_button(page, "omlaag", 2)
    assert shown(page) == [POINTS[0], POINTS[2], POINTS[1]]
    assert saved_texts(page) == shown(page)


@pytest.mark.browser
def test_a_form_answer_goes_to_the_points_once(page, lang):
    open_page(page, page_address("sjablonen/voorbereidingsformulier.md", lang))
    form = page.locator('.gk-form[data-template="voorbereidingsformulier"]')
    form.locator('.gk-to-points[data-ready="true"]').first.wait_for(state="attached")
    button = form.locator('[data-point-field="vragen"]')
    status = button.locator("xpath=..").get_by_role("status")
    button.click()
    expect(status).to_have_text(words(page).veld.leeg)
    form.locator("#gk-voorbereidingsformulier--vragen--1").fill("Hoe kijk jij naar mijn werk?")
    form.locator("#gk-voorbereidingsformulier--vragen--3").fill("Kan ik vaker thuiswerken?")
    button.click()
    expect(status).to_have_text(words(page).veld.toegevoegd)
    button.click()
    expect(status).to_have_text(words(page).veld.al)
    items = saved(page)["tools"]["points"]["items"]
    assert [(point_text(item), point_source(item)) for item in items] == [
        ("Hoe kijk jij naar mijn werk?", "voorbereidingsformulier/vragen"),
        ("Kan ik vaker thuiswerken?", "voorbereidingsformulier/vragen"),
    ]
    open_page(page, page_address(SOURCE, lang))
    assert shown(page) == ["Hoe kijk jij naar mijn werk?", "Kan ik vaker thuiswerken?"]


def instructions(page) -> list[str]:
    """Everything on the page that speaks to the reader: none of it belongs on the agenda."""
    said = words(page)
    intro = page.locator(".md-content__inner > p").first.inner_text()
    stays_here = texts(page.evaluate(PAGE_LANG)).lijsten.hier_bewaard.split("{link}")[0]
    return [
        intro.split(".")[0],
        said.nieuw.uitleg,
        said.versturen.uitleg.split(".")[0],
        said.nieuw.label,
        said.agenda.afdrukken,
        said.knoppen.omhoog,
        stays_here,
    ]


@pytest.mark.browser
def test_the_agenda_prints_the_points_and_the_meeting_without_instructions(context, tmp_path, lang):
    page = open_to_print(context, page_address(SOURCE, lang))
    seed(page, points_state(POINTS, planner={"date": "2027-03-16", "time": "14:30"}))
    page.get_by_role("button", name=words(page).agenda.afdrukken).click()
    assert page.evaluate("window.__printed") == 1
    text = printed(page, tmp_path, "agenda", 1)
    assert words(page).agenda.kop in text
    day = page_date(page, "2027-03-16", weekday=True)
    assert words(page).agenda.gesprek_tijd.format(datum=day, tijd="14:30") in text
    assert words(page).agenda.intro in text
    positions = [text.find(point) for point in POINTS]
    assert -1 not in positions and positions == sorted(positions), text
    for instruction in instructions(page):
        assert instruction not in text, f"instruction on the agenda: {instruction}"


@pytest.mark.browser
def test_the_agenda_can_be_sent_ahead_as_text_and_as_a_mail_link(context, lang):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    open_page(page, page_address(SOURCE, lang))
    seed(page, points_state(POINTS, planner={"date": "2027-03-16"}))
    expected = "\n".join(
        [
            words(page).agenda.kop,
            words(page).agenda.gesprek.format(datum=page_date(page, "2027-03-16", weekday=True)),
            "",
            words(page).agenda.intro,
            *(f"{n}. {point}" for n, point in enumerate(POINTS, 1)),
        ]
    )
    expect(page.get_by_label(words(page).versturen.label)).to_have_value(expected)
    page.get_by_role("button", name=words(page).versturen.kopieer).click()
    expect(live(page)).to_have_text(words(page).versturen.gekopieerd)
    assert page.evaluate("navigator.clipboard.readText()") == expected
    link = urlparse(page.get_by_role("link", name=words(page).versturen.mail).get_attribute("href"))
    query = parse_qs(link.query)
    assert link.scheme == "mailto" and link.path == ""
    assert query["subject"] == [words(page).versturen.onderwerp]
    assert query["body"] == [expected.replace("\n", "\r\n")]


# A migration: the same code path and data in English.
@pytest.mark.browser
def test_saved_agenda_choices_become_points_and_nothing_is_lost(page):
    old = {
        "version": 2,
        "checklists": {},
        "templates": {
            "voorbereidingsformulier": {
                "fields": {"doel-gesprek": "Een plan voor mijn ontwikkeling.", "nodig": "Tijd"},
                "agenda": {"doel-gesprek": True, "nodig": False},
            }
        },
        "tools": {},
    }
    open_page(page, page_address(SOURCE, "nl"))
    seed(page, old)
    assert shown(page) == ["Een plan voor mijn ontwikkeling."]
    state = saved(page)
    assert "agenda" not in state["templates"]["voorbereidingsformulier"]
    assert (
        state["templates"]["voorbereidingsformulier"]["fields"]
        == old["templates"]["voorbereidingsformulier"]["fields"]
    )


# A migration: the same code path and data in English.
@pytest.mark.browser
def test_an_old_export_with_agenda_choices_imports_as_points(page, tmp_path):
    export = tmp_path / "oud.json"
    export.write_text(
        '{"format": "gespreksklaar", "version": 2, "checklists": {}, "tools": {}, '
        '"templates": {"smart-doelen": {"fields": {"doel-1": "Excel leren"}, '
        '"agenda": {"doel-1": true}}}}',
        encoding="utf-8",
    )
    open_page(page, page_address("mijn-gegevens.md", "nl"))
    import_file(page, export)
    my_data = texts("nl", load_my_data, "mijn-gegevens.yml")
    expect(page.get_by_role("dialog")).to_contain_text(my_data.hulpmiddelen["points"].titel)
    page.get_by_role("button", name=my_data.terugzetten_ja).click()
    wait_until_saved(page, "state.tools.points")
    assert saved_texts(page) == ["Excel leren"]


@pytest.mark.browser
def test_the_report_takes_the_points_over_only_when_empty_and_exports_deadlines(page, lang):
    open_page(page, page_address("sjablonen/gespreksverslag.md", lang))
    seed(page, points_state(POINTS))
    form = page.locator('.gk-form[data-template="gespreksverslag"]')
    form.locator('.gk-to-points[data-ready="true"]').wait_for(state="attached")
    take = form.get_by_role("button", name=words(page).overnemen.knop)
    status = take.locator("xpath=..").get_by_role("status")
    expect(take).to_be_visible()
    take.click()
    expect(status).to_have_text(words(page).overnemen.klaar.format(n=len(POINTS)))
    actions = [form.locator(f"#gk-gespreksverslag--acties--{n}--actie") for n in (1, 2, 3)]
    for control, point in zip(actions, POINTS, strict=True):
        expect(control).to_have_value(point)
    wait_until_saved(page, "state.templates.gespreksverslag?.fields.acties?.[2]?.actie")
    form.locator("#gk-gespreksverslag--acties--1--wie").fill("Ik")
    take.click()
    expect(status).to_have_text(" ".join(words(page).overnemen.niet_leeg.split()))
    expect(actions[0]).to_have_value(POINTS[0])

    form.get_by_role("button", name=words(page).overnemen.agenda_knop).click()
    expect(status).to_have_text(words(page).overnemen.agenda_geen)
    form.locator("#gk-gespreksverslag--acties--2--deadline").fill("2027-04-01")
    with page.expect_download() as download:
        form.get_by_role("button", name=words(page).overnemen.agenda_knop).click()
    today = page.evaluate("new Date().toLocaleDateString('sv-SE')")
    assert download.value.suggested_filename == words(page).overnemen.agenda_bestand.format(
        datum=today
    )
    ics = Path(download.value.path()).read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20270401" in ics
    assert f"SUMMARY:{POINTS[1]}" in ics
    reload(page)
    expect(actions[1]).to_have_value(POINTS[1])


@pytest.mark.browser
@SCHEMES
@pytest.mark.parametrize("filled", [False, True], ids=["leeg", "gevuld"])
def test_no_axe_violations(page, scheme, filled, lang):
    page.emulate_media(color_scheme=scheme)
    open_page(page, page_address(SOURCE, lang))
    if filled:
        seed(page, points_state(POINTS, planner={"date": "2027-03-16", "time": "09:00"}))
        page.get_by_role("button", name=point_button(page, "wijzig", 2)).click()
        page.get_by_role("button", name=words(page).agenda.afdrukken).focus()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
