"""Mijn bespreekpunten: built by hand and from the forms, reordered by keyboard, printed
as the agenda for the manager and sent ahead; saved agenda choices become points; the
gespreksverslag takes the points over. Also the Node unit tests of the pure modules."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from browser_helpers import (
    axe_violations,
    open_page,
    open_to_print,
    printed,
    reload,
    saved,
    seed,
    wait_until_saved,
)
from playwright.sync_api import expect

from macros.loader import load_points

ROOT = Path(__file__).resolve().parent.parent
WORDS = load_points(ROOT / "data" / "bespreekpunten.yml")
URL = "bespreekpunten/"
POINTS = ["Mijn werkdruk in de drukke maanden", "Een cursus over plannen", "Thuiswerken op vrijdag"]


def test_node_unit_tests_of_the_pure_modules_pass():
    result = subprocess.run(
        ["node", "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout


def points_state(texts: list[str], **tools) -> dict:
    items = [{"id": f"p{n}", "tekst": text} for n, text in enumerate(texts, 1)]
    return {
        "version": 2,
        "checklists": {},
        "templates": {},
        "tools": {"bespreekpunten": {"items": items}, **tools},
    }


def shown(page) -> list[str]:
    return page.locator("[data-list] [data-text]").all_inner_texts()


def saved_texts(page) -> list[str]:
    return [item["tekst"] for item in saved(page)["tools"]["bespreekpunten"]["items"]]


def live(page):
    return page.locator("[data-gk-points] [data-live]")


@pytest.mark.browser
def test_add_change_and_remove_points(page):
    open_page(page, URL)
    page.get_by_role("button", name=WORDS.nieuw.knop).click()
    expect(live(page)).to_have_text(WORDS.meldingen.leeg_punt)
    expect(page.locator("#gk-point-new")).to_be_focused()
    for text in POINTS:
        page.fill("#gk-point-new", text)
        page.get_by_role("button", name=WORDS.nieuw.knop).click()
    expect(live(page)).to_have_text("Toegevoegd als punt 3.")
    assert shown(page) == POINTS
    expect(page.locator("[data-empty]")).to_be_hidden()

    page.get_by_role("button", name="Wijzig punt 2").click()
    editor = page.get_by_label("punt 2", exact=True)
    expect(editor).to_be_focused()
    editor.fill("Een cursus over plannen, in het voorjaar")
    page.get_by_role("button", name="Bewaar punt 2").click()
    expect(live(page)).to_have_text("Punt 2 is gewijzigd.")
    expect(page.get_by_role("button", name="Wijzig punt 2")).to_be_focused()

    page.get_by_role("button", name="Verwijder punt 1").click()
    page.get_by_role("button", name=WORDS.meldingen.verwijder_ja).click()
    expect(live(page)).to_have_text(WORDS.meldingen.verwijderd)
    expect(page.get_by_role("button", name="Verwijder punt 1")).to_be_focused()
    reload(page)
    assert shown(page) == ["Een cursus over plannen, in het voorjaar", POINTS[2]]
    assert saved_texts(page) == shown(page)


def with_points_only(page) -> list:
    """What acts on the list: printing it and sending it ahead (each once in the page)."""
    send = WORDS.versturen
    return [
        page.get_by_role("button", name=WORDS.agenda.afdrukken, include_hidden=True),
        page.get_by_role("heading", name=send.kop, include_hidden=True),
        page.get_by_role("textbox", name=send.label, include_hidden=True),
        page.get_by_role("button", name=send.kopieer, include_hidden=True),
        page.get_by_role("link", name=send.mail, include_hidden=True),
    ]


@pytest.mark.browser
def test_without_points_an_example_and_one_action_not_print_and_send(page):
    open_page(page, URL)
    empty = page.locator("[data-gk-points] [data-empty]")
    controls = with_points_only(page)
    for control in controls:
        expect(control).to_have_count(1)
        expect(control).to_be_hidden()
    expect(empty).to_be_visible()
    expect(empty.locator("p").first).to_have_text(WORDS.leeg)
    expect(empty.locator(".gk-points__example li")).to_have_text(WORDS.voorbeeld.punten)
    expect(empty.get_by_role("button")).to_have_count(1)
    expect(page.locator("[data-list] li")).to_have_count(0)

    empty.get_by_role("button", name=WORDS.eerste).click()
    expect(page.locator("#gk-point-new")).to_be_focused()
    page.keyboard.type(POINTS[0])
    page.get_by_role("button", name=WORDS.nieuw.knop).click()
    expect(empty).to_be_hidden()
    for control in controls:
        expect(control).to_be_visible()
    assert shown(page) == POINTS[:1]

    page.get_by_role("button", name="Verwijder punt 1").click()
    page.get_by_role("button", name=WORDS.meldingen.verwijder_ja).click()
    expect(live(page)).to_have_text(WORDS.meldingen.verwijderd)
    expect(empty).to_be_visible()  # the last one gone: the example is back
    for control in controls:
        expect(control).to_be_hidden()
    expect(page.locator("#gk-point-new")).to_be_focused()
    assert saved_texts(page) == []


@pytest.mark.browser
def test_keyboard_only_reordering_keeps_the_focus_on_the_moved_point(page):
    open_page(page, URL)
    seed(page, points_state(POINTS))
    page.locator("#gk-point-new").focus()
    # From the text field to the buttons of the last point, with Tab only.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Omhoog punt 3":
            break
    else:
        raise AssertionError("Tab never reached 'Omhoog punt 3'")
    page.keyboard.press("Enter")
    expect(live(page)).to_have_text("Dit punt staat nu op plaats 2 van 3.")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Omhoog punt 2", "the focus moves with the point"
    page.keyboard.press("Enter")
    expect(live(page)).to_have_text("Dit punt staat nu op plaats 1 van 3.")
    page.keyboard.press("Enter")
    expect(live(page)).to_have_text(WORDS.meldingen.bovenaan)
    assert shown(page) == [POINTS[2], POINTS[0], POINTS[1]]
    page.keyboard.press("Tab")  # Omlaag punt 1
    page.keyboard.press("Space")
    expect(live(page)).to_have_text("Dit punt staat nu op plaats 2 van 3.")
    assert page.evaluate("document.activeElement.textContent") == "Omlaag punt 2"
    assert shown(page) == [POINTS[0], POINTS[2], POINTS[1]]
    assert saved_texts(page) == shown(page)


@pytest.mark.browser
def test_a_form_answer_goes_to_the_points_once(page):
    page.goto("sjablonen/voorbereidingsformulier/")
    form = page.locator('.gk-form[data-template="voorbereidingsformulier"]')
    form.locator('.gk-to-points[data-ready="true"]').first.wait_for(state="attached")
    button = form.locator('[data-point-field="vragen"]')
    status = button.locator("xpath=..").get_by_role("status")
    button.click()
    expect(status).to_have_text(WORDS.veld.leeg)
    form.locator("#gk-voorbereidingsformulier--vragen--1").fill("Hoe kijk jij naar mijn werk?")
    form.locator("#gk-voorbereidingsformulier--vragen--3").fill("Kan ik vaker thuiswerken?")
    button.click()
    expect(status).to_have_text(WORDS.veld.toegevoegd)
    button.click()
    expect(status).to_have_text(WORDS.veld.al)
    items = saved(page)["tools"]["bespreekpunten"]["items"]
    assert [(item["tekst"], item["bron"]) for item in items] == [
        ("Hoe kijk jij naar mijn werk?", "voorbereidingsformulier/vragen"),
        ("Kan ik vaker thuiswerken?", "voorbereidingsformulier/vragen"),
    ]
    open_page(page, URL)
    assert shown(page) == ["Hoe kijk jij naar mijn werk?", "Kan ik vaker thuiswerken?"]


# Everything on the page that speaks to the reader: none of it belongs on the agenda.
INSTRUCTIONS = [
    "Wat wil je in het gesprek bespreken?",
    "Zet het hier op een rij.",
    WORDS.nieuw.uitleg,
    WORDS.versturen.uitleg.split(".")[0],
    WORDS.nieuw.label,
    WORDS.agenda.afdrukken,
    WORDS.knoppen.omhoog,
    "Bewaren of wissen doe je bij",
]


@pytest.mark.browser
def test_the_agenda_prints_the_points_and_the_meeting_without_instructions(context, tmp_path):
    page = open_to_print(context, URL)
    seed(page, points_state(POINTS, planner={"date": "2027-03-16", "time": "14:30"}))
    page.get_by_role("button", name=WORDS.agenda.afdrukken).click()
    assert page.evaluate("window.__printed") == 1
    text = printed(page, tmp_path, "agenda", 1)
    assert WORDS.agenda.kop in text
    assert "Ons gesprek is op dinsdag 16 maart 2027 om 14:30." in text
    assert WORDS.agenda.intro in text
    positions = [text.find(point) for point in POINTS]
    assert -1 not in positions and positions == sorted(positions), text
    for words in INSTRUCTIONS:
        assert words not in text, f"instruction on the agenda: {words}"


@pytest.mark.browser
def test_the_agenda_can_be_sent_ahead_as_text_and_as_a_mail_link(context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    open_page(page, URL)
    seed(page, points_state(POINTS, planner={"date": "2027-03-16"}))
    expected = "\n".join(
        [
            WORDS.agenda.kop,
            "Ons gesprek is op dinsdag 16 maart 2027.",
            "",
            WORDS.agenda.intro,
            *(f"{n}. {point}" for n, point in enumerate(POINTS, 1)),
        ]
    )
    expect(page.get_by_label(WORDS.versturen.label)).to_have_value(expected)
    page.get_by_role("button", name=WORDS.versturen.kopieer).click()
    expect(live(page)).to_have_text(WORDS.versturen.gekopieerd)
    assert page.evaluate("navigator.clipboard.readText()") == expected
    link = urlparse(page.get_by_role("link", name=WORDS.versturen.mail).get_attribute("href"))
    query = parse_qs(link.query)
    assert link.scheme == "mailto" and link.path == ""
    assert query["subject"] == [WORDS.versturen.onderwerp]
    assert query["body"] == [expected.replace("\n", "\r\n")]


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
    page.goto(URL)
    seed(page, old)
    assert shown(page) == ["Een plan voor mijn ontwikkeling."]
    state = saved(page)
    assert "agenda" not in state["templates"]["voorbereidingsformulier"]
    assert (
        state["templates"]["voorbereidingsformulier"]["fields"]
        == old["templates"]["voorbereidingsformulier"]["fields"]
    )


@pytest.mark.browser
def test_an_old_export_with_agenda_choices_imports_as_points(page, tmp_path):
    export = tmp_path / "oud.json"
    export.write_text(
        '{"format": "gespreksklaar", "version": 2, "checklists": {}, "tools": {}, '
        '"templates": {"smart-doelen": {"fields": {"doel-1": "Excel leren"}, '
        '"agenda": {"doel-1": true}}}}',
        encoding="utf-8",
    )
    page.goto("mijn-gegevens/")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Importeer").click()
    chooser.value.set_files(str(export))
    expect(page.get_by_role("dialog")).to_contain_text("Mijn bespreekpunten")
    page.get_by_role("button", name="Ja, zet terug").click()
    wait_until_saved(page, "state.tools.bespreekpunten")
    assert saved_texts(page) == ["Excel leren"]


@pytest.mark.browser
def test_the_report_takes_the_points_over_only_when_empty_and_exports_deadlines(page):
    page.goto("sjablonen/gespreksverslag/")
    seed(page, points_state(POINTS))
    form = page.locator('.gk-form[data-template="gespreksverslag"]')
    form.locator('.gk-to-points[data-ready="true"]').wait_for(state="attached")
    take = form.get_by_role("button", name=WORDS.overnemen.knop)
    status = take.locator("xpath=..").get_by_role("status")
    expect(take).to_be_visible()
    take.click()
    expect(status).to_have_text(f"Klaar: {len(POINTS)} bespreekpunten staan nu in de tabel.")
    actions = [form.locator(f"#gk-gespreksverslag--acties--{n}--actie") for n in (1, 2, 3)]
    for control, point in zip(actions, POINTS, strict=True):
        expect(control).to_have_value(point)
    wait_until_saved(page, "state.templates.gespreksverslag?.fields.acties?.[2]?.actie")
    form.locator("#gk-gespreksverslag--acties--1--wie").fill("Ik")
    take.click()
    expect(status).to_have_text(" ".join(WORDS.overnemen.niet_leeg.split()))
    expect(actions[0]).to_have_value(POINTS[0])

    form.get_by_role("button", name=WORDS.overnemen.agenda_knop).click()
    expect(status).to_have_text(WORDS.overnemen.agenda_geen)
    form.locator("#gk-gespreksverslag--acties--2--deadline").fill("2027-04-01")
    with page.expect_download() as download:
        form.get_by_role("button", name=WORDS.overnemen.agenda_knop).click()
    today = page.evaluate("new Date().toLocaleDateString('sv-SE')")
    assert download.value.suggested_filename == f"afspraken-{today}.ics"
    ics = Path(download.value.path()).read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20270401" in ics
    assert f"SUMMARY:{POINTS[1]}" in ics
    page.reload()
    form.locator('.gk-to-points[data-ready="true"]').wait_for(state="attached")
    expect(actions[1]).to_have_value(POINTS[1])


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("filled", [False, True], ids=["leeg", "gevuld"])
def test_no_axe_violations(page, scheme, filled):
    page.emulate_media(color_scheme=scheme)
    open_page(page, URL)
    if filled:
        seed(page, points_state(POINTS, planner={"date": "2027-03-16", "time": "09:00"}))
        page.get_by_role("button", name="Wijzig punt 2").click()
        page.get_by_role("button", name=WORDS.agenda.afdrukken).focus()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
