"""The gesprekskaart: one A4 page made from what the reader saved, from an empty browser
to paper; the 'and N more' line when there is more; the build stops on an id that does
not resolve; without JavaScript it is a card to fill in by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
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
from test_print import PAPER_WIDTH

from macros.loader import DataError, load, load_card
from macros.tools_registry import TOOLS

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
CARD = load_card(ROOT / "data" / "gesprekskaart.yml", DATA.templates, TOOLS)
URL = "gesprekskaart/"
# What the page says to the reader: none of it belongs on the card.
INSTRUCTIONS = [
    CARD.intro.split(".")[0],
    CARD.noscript.split(".")[0],
    CARD.namen.uitleg,
    CARD.namen.kop,
    CARD.afdrukken,
]


def browser_today(page) -> str:
    return page.evaluate("new Date().toLocaleDateString('sv-SE')")


@pytest.mark.browser
def test_from_an_empty_browser_to_a_one_page_card(context, tmp_path):
    page = context.new_page()
    open_page(page, "successen/")
    page.fill("#gk-success-date", browser_today(page))
    page.fill("#gk-success-what", "Ik heb de nieuwe collega ingewerkt")
    page.get_by_role("button", name="Voeg toe").click()
    expect(page.locator("[data-list] li")).to_have_count(1)

    open_page(page, "smart-doel/")
    page.fill("#gk-smart-1-specifiek", "Ik wil een cursus Excel afronden")
    wait_until_saved(page, "state.tools.smart?.goals[0].specifiek")

    open_page(page, "bespreekpunten/")
    page.fill("#gk-point-new", "Meer tijd voor overleg met het team")
    page.get_by_role("button", name="Voeg toe").click()
    expect(page.locator("[data-list] li")).to_have_count(1)

    page.close()
    page = open_to_print(context, URL)
    page.get_by_label(CARD.namen.met).fill("Sanne de Vries")
    page.get_by_role("button", name=CARD.afdrukken).click()
    assert page.evaluate("window.__printed") == 1
    text = printed(page, tmp_path, "kaart", 1)
    for part in ("Ik heb de nieuwe collega ingewerkt", "Ik wil een cursus Excel afronden"):
        assert part in text
    assert "Meer tijd voor overleg met het team" in text
    assert "Sanne de Vries" in text
    for section in CARD.secties:
        assert section.kop in text
    assert CARD.notities in text
    for words in INSTRUCTIONS:
        assert words not in text, f"instruction on the card: {words}"
    reload(page)
    expect(page.get_by_label(CARD.namen.met)).to_have_value("Sanne de Vries")
    assert saved(page)["tools"]["gesprekskaart"] == {"met": "Sanne de Vries"}


LONG = "een heel lang verhaal over wat er allemaal gebeurde en waarom dat belangrijk was " * 5


def full_state() -> dict:
    return {
        "version": 2,
        "checklists": {},
        "templates": {
            "voorbereidingsformulier": {
                "fields": {
                    "nodig": f"Een cursus: {LONG}",
                    "vragen": [f"Vraag {n}: {LONG}" for n in range(1, 6)],
                },
                "agenda": {},
            }
        },
        "tools": {
            "planner": {"date": "2027-03-16", "time": "10:00"},
            "bespreekpunten": {
                "items": [{"id": f"p{n}", "tekst": f"Punt {n}: {LONG}"} for n in range(1, 11)]
            },
            "successes": {
                "entries": [
                    {
                        "id": f"s{n}",
                        "date": f"2026-0{n}-01",
                        "what": f"Succes {n}: {LONG}",
                        "result": LONG,
                    }
                    for n in range(1, 9)
                ]
            },
            "smart": {
                "goals": [
                    {"specifiek": f"Doel {n}: {LONG}", "tijdgebonden": "2027-06-01"}
                    for n in range(1, 6)
                ]
            },
        },
    }


def more_line(section_id: str, n: int) -> str:
    section = next(one for one in CARD.secties if one.id == section_id)
    return CARD.meer.replace("{n}", str(n)).replace("{waar}", section.waar)


@pytest.mark.browser
def test_a_full_preparation_still_fits_one_page_and_says_how_many_more(context, tmp_path):
    page = open_to_print(context, URL)
    seed(page, full_state())
    page.get_by_role("button", name=CARD.afdrukken).click()
    text = printed(page, tmp_path, "vol", 1)
    for section_id, more in (("punten", 7), ("bewijs", 5), ("doelen", 3), ("vragen", 2)):
        assert more_line(section_id, more) in text, section_id
    assert "Punt 3:" in text and "Punt 4:" not in text
    assert "Succes 8:" in text and "Succes 5:" not in text, "newest successes first"
    assert "dinsdag 16 maart 2027" in text and "10:00" in text
    assert text.index(more_line("vragen", 2)) > text.index("Vraag 3:")
    # The card cuts what does not fit; here nothing had to be cut.
    page.set_viewport_size({"width": PAPER_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    card = page.locator(".gk-card")
    assert card.evaluate("card => card.scrollHeight <= card.clientHeight")


@pytest.mark.browser
def test_without_javascript_the_card_is_there_to_fill_by_hand(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(URL)
    note = page.locator(".gk-noscript")
    expect(note).to_be_visible()
    assert " ".join(note.inner_text().split()) == CARD.noscript
    for section in CARD.secties:
        expect(page.get_by_role("heading", name=section.kop)).to_be_visible()
    expect(page.get_by_role("button", name=CARD.afdrukken)).to_be_hidden()
    expect(page.get_by_label(CARD.namen.met)).to_be_hidden()
    context.close()


def test_the_build_stops_on_a_field_or_tool_that_does_not_exist(tmp_path):
    source = ROOT / "data" / "gesprekskaart.yml"
    for key, value, words in (
        ("veld", "wensen", "secties 'vraag' → veld 'veld': 'wensen' staat niet in sjabloon"),
        ("sjabloon", "formulier", "secties 'vraag' → veld 'sjabloon': 'formulier' bestaat niet"),
    ):
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
        next(one for one in raw["secties"] if one["id"] == "vraag")[key] = value
        path = tmp_path / "gesprekskaart.yml"
        path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
        with pytest.raises(DataError, match=words) as error:
            load_card(path, DATA.templates, TOOLS)
        assert str(path) in str(error.value)
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    raw["secties"][0]["hulpmiddel"] = "agenda"
    path = tmp_path / "kaart.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError, match="secties 'punten' → veld 'hulpmiddel': 'agenda' bestaat"):
        load_card(path, DATA.templates, TOOLS)
    shutil.rmtree(tmp_path)


def test_the_page_carries_the_ids_it_reads(site_dir):
    html = (site_dir / "gesprekskaart" / "index.html").read_text(encoding="utf-8")
    for section in CARD.secties:
        source = (
            f'data-card-tool="{section.hulpmiddel}"'
            if section.hulpmiddel
            else f'data-card-template="{section.sjabloon}" data-card-field="{section.veld}"'
        )
        assert f'data-card-section="{section.id}" data-size="{section.aantal}" {source}' in html


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("filled", [False, True], ids=["leeg", "gevuld"])
def test_no_axe_violations(page, scheme, filled):
    page.emulate_media(color_scheme=scheme)
    open_page(page, URL)
    if filled:
        seed(page, full_state())
        page.get_by_label(CARD.namen.jij).fill("Kim")
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
