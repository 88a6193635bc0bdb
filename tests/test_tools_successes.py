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
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

URL = "successen/"
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


def add(page, day: datetime.date, what: str, result: str = "") -> None:
    page.fill("#gk-success-date", day.isoformat())
    page.fill("#gk-success-what", what)
    page.fill("#gk-success-result", result)
    page.get_by_role("button", name="Voeg toe").click()


@pytest.fixture
def successes(context):
    page = open_to_print(context, URL)
    for entry in ENTRIES:
        add(page, *entry)
    return page


def listed_dates(page) -> list[str]:
    return page.locator(".gk-successes__date").all_inner_texts()


def count_line(page):
    return page.locator("[data-count]")


def test_sorted_and_shown_by_period(successes):
    page = successes
    expect(page.locator("form .gk-tool__message")).to_have_text(
        f"Toegevoegd: je succes van {page_date(page, ENTRIES[-1][0])}."
    )
    expect(count_line(page)).to_have_text("3 successen.")
    newest_first = [page_date(page, day) for day, _, _ in reversed(ENTRIES)]
    assert listed_dates(page) == newest_first
    expect(page.locator(".gk-successes__item").first).to_contain_text(
        f"Wat het opleverde: {ENTRIES[-1][2]}"
    )
    page.select_option("#gk-success-order", label="Oudste eerst")
    expect(page.locator(".gk-successes__date").first).to_have_text(page_date(page, ENTRIES[0][0]))
    assert listed_dates(page) == newest_first[::-1]

    page.fill("#gk-success-from", ENTRIES[1][0].isoformat())
    expect(count_line(page)).to_have_text(
        f"2 van 3 successen, vanaf {page_date(page, ENTRIES[1][0])}."
    )
    page.fill("#gk-success-to", ENTRIES[1][0].isoformat())
    expect(count_line(page)).to_have_text(
        f"1 van 3 successen, van {page_date(page, ENTRIES[1][0])} tot en met {page_date(page, ENTRIES[1][0])}."
    )
    assert listed_dates(page) == [page_date(page, ENTRIES[1][0])]
    page.fill("#gk-success-from", ENTRIES[2][0].isoformat())
    expect(count_line(page)).to_have_text(
        "Let op: de eerste dag ligt na de laatste dag. Kies de periode opnieuw."
    )
    expect(page.locator(".gk-successes__item")).to_have_count(0)


def test_empty_and_invalid_input_get_a_message_and_lose_nothing(context):
    page = context.new_page()
    open_page(page, URL)
    expect(page.locator("[data-empty]")).to_contain_text("nog geen successen")
    today = browser_today(page)
    expect(page.locator("#gk-success-date")).to_have_value(today.isoformat())
    what_error, date_error = (
        page.locator("#gk-success-what-error"),
        page.locator("#gk-success-date-error"),
    )
    page.fill("#gk-success-result", "Een tevreden klant")
    expect(what_error).to_be_empty()  # nothing is wrong before the reader tries
    page.get_by_role("button", name="Voeg toe").click()
    expect(what_error).to_have_text("Let op: schrijf eerst op wat er goed ging.")
    expect(page.locator("#gk-success-what")).to_be_focused()
    expect(page.locator("#gk-success-what")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#gk-success-result")).to_have_value("Een tevreden klant")
    page.fill("#gk-success-date", "")
    page.fill("#gk-success-what", "Ik hielp een klant")
    expect(what_error).to_be_empty()  # fixed: the error goes at once
    expect(page.locator("#gk-success-what")).not_to_have_attribute("aria-invalid", "true")
    expect(date_error).to_be_empty()  # emptied, but not yet tried
    page.get_by_role("button", name="Voeg toe").click()
    expect(date_error).to_have_text("Let op: vul een datum in: dag, maand en jaar.")
    expect(page.locator("#gk-success-date")).to_be_focused()
    expect(page.locator("#gk-success-what")).to_have_value("Ik hielp een klant")
    expect(page.locator(".gk-error-summary")).to_be_hidden()  # one problem: no summary
    page.fill("#gk-success-what", "")
    page.get_by_role("button", name="Voeg toe").click()
    summary = page.locator(".gk-error-summary")
    expect(summary).to_be_focused()  # two problems: the summary, with a link to each
    expect(summary.get_by_role("link")).to_have_text(
        [date_error.inner_text(), what_error.inner_text()]
    )
    page.fill("#gk-success-what", "Ik hielp een klant")
    expect(summary.get_by_role("link")).to_have_count(1)
    assert (saved(page) or {}).get("tools", {}).get("successes") is None
    expect(page.locator("[data-empty]")).to_be_visible()  # still nothing in the list


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_without_entries_an_example_and_one_action_not_filters(context, scheme):
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    open_page(page, URL)
    empty = page.locator("[data-empty]")
    expect(empty).to_be_visible()
    expect(empty.locator(".gk-successes__example")).to_contain_text("Voorbeeld")
    expect(empty.locator(".gk-successes__example")).to_contain_text("Wat het opleverde:")
    expect(empty.get_by_role("button")).to_have_count(1)
    for nothing_to_act_on in ("Van", "Tot en met", "Volgorde"):
        expect(page.get_by_label(nothing_to_act_on, exact=True)).to_be_hidden()
    expect(page.get_by_role("button", name="Successen afdrukken")).to_be_hidden()
    expect(page.locator(".gk-successes__item")).to_have_count(0)
    assert axe_violations(page) == []

    empty.get_by_role("button", name="Schrijf je eerste succes op").click()
    expect(page.locator("#gk-success-what")).to_be_focused()
    add(page, browser_today(page), "Ik heb een klacht goed opgelost")
    expect(empty).to_be_hidden()
    expect(page.get_by_label("Volgorde", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Successen afdrukken")).to_be_visible()
    expect(count_line(page)).to_have_text("1 succes.")

    page.get_by_role("button", name="Verwijder succes", exact=False).click()
    page.get_by_role("dialog").get_by_role("button", name="Ja, verwijder").click()
    expect(empty).to_be_visible()  # the last one gone: the example is back
    expect(page.get_by_role("button", name="Successen afdrukken")).to_be_hidden()
    expect(page.locator("[data-gk-successes] > .gk-tool__message")).to_have_text(
        "Het succes is verwijderd."
    )


def test_survives_a_reload_and_an_entry_can_be_removed(successes):
    page = successes
    reload(page)
    expect(page.locator(".gk-successes__item")).to_have_count(3)
    stored = saved(page)["tools"]["successes"]["entries"]
    assert [(e["date"], e["what"], e["result"]) for e in stored] == [
        (day.isoformat(), what.strip(), result) for day, what, result in ENTRIES
    ]
    page.get_by_role(
        "button", name=f"Verwijder succes van {page_date(page, ENTRIES[1][0])}"
    ).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(ENTRIES[1][1])
    dialog.get_by_role("button", name="Ja, verwijder").click()
    expect(page.locator(".gk-successes__item")).to_have_count(2)
    expect(
        page.get_by_role("button", name=f"Verwijder succes van {page_date(page, ENTRIES[0][0])}")
    ).to_be_focused()
    reload(page)
    assert listed_dates(page) == [page_date(page, ENTRIES[2][0]), page_date(page, ENTRIES[0][0])]


def test_keyboard_only(context):
    page = open_to_print(context, URL)
    start_from_intro(page)
    tab_to(page, "#gk-success-what")
    page.keyboard.type("Ik heb een klacht goed opgelost")
    tab_to(page, "form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".gk-successes__item")).to_have_count(1)
    tab_to(page, "#gk-success-order")
    tab_to(page, ".gk-successes__item button")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Nee, terug")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(".gk-successes__item")).to_have_count(1)
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_list_on_a4(successes, tmp_path):
    page = successes
    page.fill("#gk-success-from", ENTRIES[1][0].isoformat())
    text = printed(page, tmp_path, "successes", 2)
    assert f"2 van 3 successen, vanaf {page_date(page, ENTRIES[1][0])}." in text
    for day, what, result in ENTRIES[1:]:
        assert page_date(page, day) in text and what in text and result in text
    assert ENTRIES[0][1] not in text
    for screen_only in ("Nieuw succes", "Wat ging er goed?", "Nieuwste eerst", "Verwijder"):
        assert screen_only not in text


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations(successes, scheme):
    page = successes
    page.emulate_media(color_scheme=scheme)
    page.get_by_role("button", name="Voeg toe").click()
    expect(page.locator("#gk-success-what-error")).to_contain_text("Let op")
    assert axe_violations(page) == []
