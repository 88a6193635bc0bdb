"""Mijn successen: dated entries, sorted and shown by period, and printed."""

from __future__ import annotations

import datetime

import pytest
from browser_helpers import (
    axe_violations,
    browser_today,
    open_page,
    open_to_print,
    page_date,
    printed,
    reload,
    saved,
    start_from_intro,
    tab_to,
    texts,
)
from conftest import SCHEMES, page_address
from playwright.sync_api import expect

from macros.loader import load_successes

pytestmark = pytest.mark.browser

SOURCE = "successen.md"
ENTRIES = [  # oldest first; fixed days in the past, whatever day the tests run
    (
        datetime.date(2025, 8, 22),
        "Ik heb de nieuwe collega ingewerkt",
        "Ze werkte na twee weken zelfstandig",
    ),
    (datetime.date(2025, 10, 21), "Ik heb het project op tijd afgerond.", ""),
    (
        datetime.date(2025, 11, 25),
        "Ik gaf een presentatie voor het hele team",
        "Drie teams gebruiken nu ons overzicht.",
    ),
]


def words(page):
    """The tool's texts in the language of the page."""
    return texts(page.evaluate("document.documentElement.lang"), load_successes, "successen.yml")


def counted(page, n: int) -> str:
    plural = words(page).meldingen.successen
    return plural.een if n == 1 else plural.meer.format(n=n)


def add(page, day: datetime.date, what: str, result: str = "") -> None:
    page.fill("#gk-success-date", day.isoformat())
    page.fill("#gk-success-what", what)
    page.fill("#gk-success-result", result)
    page.locator("form button[type=submit]").click()


@pytest.fixture
def successes(context, lang):
    page = open_to_print(context, page_address(SOURCE, lang))
    for entry in ENTRIES:
        add(page, *entry)
    return page


def listed_dates(page) -> list[str]:
    return page.locator(".gk-successes__date").all_inner_texts()


def count_line(page):
    return page.locator("[data-count]")


def period_line(page, shown: int, period: str) -> str:
    """E.g. '2 van 3 successen, vanaf 21 oktober 2025.'"""
    say = words(page).meldingen
    part = say.deel.format(n=shown, alle=counted(page, len(ENTRIES)))
    return say.telling_periode.format(aantal=part, periode=period)


def test_sorted_and_shown_by_period(successes):
    page = successes
    say = words(page).meldingen
    expect(page.locator("form .gk-tool__message")).to_have_text(
        say.toegevoegd.format(datum=page_date(page, ENTRIES[-1][0]))
    )
    expect(count_line(page)).to_have_text(say.telling.format(aantal=counted(page, 3)))
    newest_first = [page_date(page, day) for day, _, _ in reversed(ENTRIES)]
    assert listed_dates(page) == newest_first
    expect(page.locator(".gk-successes__item").first).to_contain_text(
        f"{say.opbrengst} {ENTRIES[-1][2]}"
    )
    page.select_option("#gk-success-order", label=words(page).oudste)
    expect(page.locator(".gk-successes__date").first).to_have_text(page_date(page, ENTRIES[0][0]))
    assert listed_dates(page) == newest_first[::-1]

    middle = page_date(page, ENTRIES[1][0])
    page.fill("#gk-success-from", ENTRIES[1][0].isoformat())
    expect(count_line(page)).to_have_text(period_line(page, 2, say.vanaf.format(van=middle)))
    page.fill("#gk-success-to", ENTRIES[1][0].isoformat())
    expect(count_line(page)).to_have_text(
        period_line(page, 1, say.van_tot.format(van=middle, tot=middle))
    )
    assert listed_dates(page) == [middle]
    page.fill("#gk-success-from", ENTRIES[2][0].isoformat())
    expect(count_line(page)).to_have_text(say.omgedraaid)
    expect(page.locator(".gk-successes__item")).to_have_count(0)


def test_empty_and_invalid_input_get_a_message_and_lose_nothing(context, lang):
    page = context.new_page()
    open_page(page, page_address(SOURCE, lang))
    say = words(page).meldingen
    expect(page.locator("[data-empty]")).to_contain_text(words(page).leeg)
    today = browser_today(page)
    expect(page.locator("#gk-success-date")).to_have_value(today.isoformat())
    what_error, date_error = (
        page.locator("#gk-success-what-error"),
        page.locator("#gk-success-date-error"),
    )
    add_button = page.locator("form button[type=submit]")
    page.fill("#gk-success-result", "Een tevreden klant")
    expect(what_error).to_be_empty()  # nothing is wrong before the reader tries
    add_button.click()
    expect(what_error).to_have_text(say.wat_fout)
    expect(page.locator("#gk-success-what")).to_be_focused()
    expect(page.locator("#gk-success-what")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#gk-success-result")).to_have_value("Een tevreden klant")
    page.fill("#gk-success-date", "")
    page.fill("#gk-success-what", "Ik hielp een klant")
    expect(what_error).to_be_empty()  # fixed: the error goes at once
    expect(page.locator("#gk-success-what")).not_to_have_attribute("aria-invalid", "true")
    expect(date_error).to_be_empty()  # emptied, but not yet tried
    add_button.click()
    expect(date_error).to_have_text(say.datumfout)
    expect(page.locator("#gk-success-date")).to_be_focused()
    expect(page.locator("#gk-success-what")).to_have_value("Ik hielp een klant")
    expect(page.locator(".gk-error-summary")).to_be_hidden()  # one problem: no summary
    page.fill("#gk-success-what", "")
    add_button.click()
    summary = page.locator(".gk-error-summary")
    expect(summary).to_be_focused()  # two problems: the summary, with a link to each
    expect(summary.get_by_role("link")).to_have_text(
        [date_error.inner_text(), what_error.inner_text()]
    )
    page.fill("#gk-success-what", "Ik hielp een klant")
    expect(summary.get_by_role("link")).to_have_count(1)
    assert (saved(page) or {}).get("tools", {}).get("successes") is None
    expect(page.locator("[data-empty]")).to_be_visible()  # still nothing in the list


@SCHEMES
def test_without_entries_an_example_and_one_action_not_filters(context, scheme, lang):
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    open_page(page, page_address(SOURCE, lang))
    said = words(page)
    empty = page.locator("[data-empty]")
    expect(empty).to_be_visible()
    expect(empty.locator(".gk-successes__example")).to_contain_text(said.voorbeeld.kop)
    expect(empty.locator(".gk-successes__example")).to_contain_text(said.meldingen.opbrengst)
    expect(empty.get_by_role("button")).to_have_count(1)
    for nothing_to_act_on in (said.van.label, said.tot.label, said.volgorde):
        expect(page.get_by_label(nothing_to_act_on, exact=True)).to_be_hidden()
    print_button = page.get_by_role("button", name=said.afdrukken)
    expect(print_button).to_be_hidden()
    expect(page.locator(".gk-successes__item")).to_have_count(0)
    assert axe_violations(page) == []

    empty.get_by_role("button", name=said.eerste).click()
    expect(page.locator("#gk-success-what")).to_be_focused()
    add(page, browser_today(page), "Ik heb een klacht goed opgelost")
    expect(empty).to_be_hidden()
    expect(page.get_by_label(said.volgorde, exact=True)).to_be_visible()
    expect(print_button).to_be_visible()
    expect(count_line(page)).to_have_text(said.meldingen.telling.format(aantal=counted(page, 1)))

    page.locator(".gk-successes__item button").click()
    page.get_by_role("dialog").locator(".gk-button--danger").click()
    expect(empty).to_be_visible()  # the last one gone: the example is back
    expect(print_button).to_be_hidden()
    expect(page.locator("[data-gk-module=successes] > .gk-tool__message")).to_have_text(
        said.meldingen.verwijderd
    )


def delete_button(page, day: datetime.date):
    say = words(page).meldingen
    name = f"{say.verwijder} {say.verwijder_naam.format(datum=page_date(page, day))}"
    return page.get_by_role("button", name=name)


def test_survives_a_reload_and_an_entry_can_be_removed(successes):
    page = successes
    reload(page)
    expect(page.locator(".gk-successes__item")).to_have_count(3)
    stored = saved(page)["tools"]["successes"]["entries"]
    assert [(e["date"], e["what"], e["result"]) for e in stored] == [
        (day.isoformat(), what.strip(), result) for day, what, result in ENTRIES
    ]
    delete_button(page, ENTRIES[1][0]).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(ENTRIES[1][1])
    dialog.locator(".gk-button--danger").click()
    expect(page.locator(".gk-successes__item")).to_have_count(2)
    expect(delete_button(page, ENTRIES[0][0])).to_be_focused()
    reload(page)
    assert listed_dates(page) == [page_date(page, ENTRIES[2][0]), page_date(page, ENTRIES[0][0])]


def test_keyboard_only(context, lang):
    page = open_to_print(context, page_address(SOURCE, lang))
    start_from_intro(page)
    tab_to(page, "#gk-success-what")
    page.keyboard.type("Ik heb een klacht goed opgelost")
    tab_to(page, "form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".gk-successes__item")).to_have_count(1)
    tab_to(page, "#gk-success-order")
    tab_to(page, ".gk-successes__item button")
    page.keyboard.press("Enter")
    no = page.get_by_role("dialog").get_by_role("button", name=texts(lang).algemeen.nee_terug)
    expect(no).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(".gk-successes__item")).to_have_count(1)
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_list_on_a4(successes, tmp_path):
    page = successes
    said = words(page)
    page.fill("#gk-success-from", ENTRIES[1][0].isoformat())
    text = printed(page, tmp_path, "successes", 2)
    period = said.meldingen.vanaf.format(van=page_date(page, ENTRIES[1][0]))
    assert period_line(page, 2, period) in text
    for day, what, result in ENTRIES[1:]:
        assert page_date(page, day) in text and what in text and result in text
    assert ENTRIES[0][1] not in text
    screen_only = (said.nieuw, said.wat.label, said.nieuwste, said.meldingen.verwijder)
    for words_on_screen in screen_only:
        assert words_on_screen not in text


@SCHEMES
def test_no_axe_violations(successes, scheme):
    page = successes
    page.emulate_media(color_scheme=scheme)
    page.locator("form button[type=submit]").click()
    expect(page.locator("#gk-success-what-error")).to_have_text(words(page).meldingen.wat_fout)
    assert axe_violations(page) == []
