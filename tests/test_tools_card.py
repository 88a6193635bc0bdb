"""The gesprekskaart: one A4 page made from what the reader saved, from an empty browser
to paper; the 'and N more' line when there is more; the build stops on an id that does
not resolve; without JavaScript it is a card to fill in by hand."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest
import yaml
from browser_helpers import (
    DATA as DATA_DIR,
)
from browser_helpers import (
    VERSION,
    axe_violations,
    browser_today,
    edition,
    open_page,
    open_to_print,
    page_date,
    printed,
    reload,
    saved,
    seed,
    site_data,
    wait_until_saved,
)
from conftest import SCHEMES, page_address
from playwright.sync_api import expect
from test_print import PAPER_WIDTH

from macros.loader import DataError, load, load_card
from macros.tools_registry import TOOLS

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
CARD = load_card(ROOT / "data" / "gesprekskaart.yml", DATA.templates, TOOLS)
SOURCE = "gesprekskaart.md"


@functools.cache
def card(lang: str):
    """The card's texts in the language."""
    path = DATA_DIR / "gesprekskaart.yml"
    return load_card(path, site_data(lang).templates, TOOLS, edition(lang))


def instructions(lang: str) -> list[str]:
    """What the page says to the reader: none of it belongs on the card."""
    said = card(lang)
    return [
        said.intro.split(".")[0],
        said.noscript.split(".")[0],
        said.namen.uitleg,
        said.namen.kop,
        said.afdrukken,
    ]


@pytest.mark.browser
def test_from_an_empty_browser_to_a_one_page_card(context, tmp_path, lang):
    page = context.new_page()
    open_page(page, page_address("successen.md", lang))
    page.fill("#gk-success-date", browser_today(page).isoformat())
    page.fill("#gk-success-what", "Ik heb de nieuwe collega ingewerkt")
    page.locator("[data-gk-module=successes] form button[type=submit]").click()
    expect(page.locator("[data-list] li")).to_have_count(1)

    open_page(page, page_address("smart-doel.md", lang))
    page.fill("#gk-smart-1-specific", "Ik wil een cursus Excel afronden")
    wait_until_saved(page, "state.tools.smart?.goals[0].specific")

    open_page(page, page_address("bespreekpunten.md", lang))
    page.fill("#gk-point-new", "Meer tijd voor overleg met het team")
    page.locator("[data-gk-module=points] form button[type=submit]").click()
    expect(page.locator("[data-list] li")).to_have_count(1)

    page.close()
    page = open_to_print(context, page_address(SOURCE, lang))
    page.get_by_label(card(lang).namen.met).fill("Sanne de Vries")
    page.get_by_role("button", name=card(lang).afdrukken).click()
    assert page.evaluate("window.__printed") == 1
    text = printed(page, tmp_path, "kaart", 1)
    for part in ("Ik heb de nieuwe collega ingewerkt", "Ik wil een cursus Excel afronden"):
        assert part in text
    assert "Meer tijd voor overleg met het team" in text
    assert "Sanne de Vries" in text
    for section in card(lang).secties:
        assert section.kop in text
    assert card(lang).notities in text
    for instruction in instructions(lang):
        assert instruction not in text, f"instruction on the card: {instruction}"
    reload(page)
    expect(page.get_by_label(card(lang).namen.met)).to_have_value("Sanne de Vries")
    assert saved(page)["tools"]["card"] == {"manager": "Sanne de Vries"}


LONG = "een heel lang verhaal over wat er allemaal gebeurde en waarom dat belangrijk was " * 5


def full_state() -> dict:
    return {
        "version": VERSION,
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
            "points": {
                "items": [{"id": f"p{n}", "text": f"Punt {n}: {LONG}"} for n in range(1, 11)]
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
                    {"specific": f"Doel {n}: {LONG}", "timeBound": "2027-06-01"}
                    for n in range(1, 6)
                ]
            },
        },
    }


def more_line(lang: str, section_id: str, n: int) -> str:
    section = next(one for one in card(lang).secties if one.id == section_id)
    return card(lang).meer.replace("{n}", str(n)).replace("{waar}", section.waar)


@pytest.mark.browser
def test_a_full_preparation_still_fits_one_page_and_says_how_many_more(context, tmp_path, lang):
    page = open_to_print(context, page_address(SOURCE, lang))
    seed(page, full_state())
    page.get_by_role("button", name=card(lang).afdrukken).click()
    text = printed(page, tmp_path, "vol", 1)
    for section_id, more in (("punten", 7), ("bewijs", 5), ("doelen", 3), ("vragen", 2)):
        assert more_line(lang, section_id, more) in text, section_id
    assert "Punt 3:" in text and "Punt 4:" not in text
    assert "Succes 8:" in text and "Succes 5:" not in text, "newest successes first"
    assert page_date(page, "2027-03-16", weekday=True) in text and "10:00" in text
    assert text.index(more_line(lang, "vragen", 2)) > text.index("Vraag 3:")
    # The card cuts what does not fit; here nothing had to be cut.
    page.set_viewport_size({"width": PAPER_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    paper = page.locator(".gk-card")
    assert paper.evaluate("card => card.scrollHeight <= card.clientHeight")


@pytest.mark.browser
def test_without_javascript_the_card_is_there_to_fill_by_hand(browser, base_url, lang):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(page_address(SOURCE, lang))
    note = page.locator(".gk-noscript")
    expect(note).to_be_visible()
    assert " ".join(note.inner_text().split()) == card(lang).noscript
    for section in card(lang).secties:
        expect(page.get_by_role("heading", name=section.kop)).to_be_visible()
    expect(page.get_by_role("button", name=card(lang).afdrukken)).to_be_hidden()
    expect(page.get_by_label(card(lang).namen.met)).to_be_hidden()
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
@SCHEMES
@pytest.mark.parametrize("filled", [False, True], ids=["leeg", "gevuld"])
def test_no_axe_violations(page, scheme, filled, lang):
    page.emulate_media(color_scheme=scheme)
    open_page(page, page_address(SOURCE, lang))
    if filled:
        seed(page, full_state())
        page.get_by_label(card(lang).namen.jij).fill("Kim")
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
