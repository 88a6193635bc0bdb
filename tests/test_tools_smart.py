"""Formuleer een SMART-doel: the goal in words follows the letters, the missing letters are
named, and a goal goes to the clipboard; the template SMART-doelen shows it."""

from __future__ import annotations

import datetime

import pytest
from browser_helpers import (
    NO_CLIPBOARD,
    PAGE_LANG,
    axe_violations,
    browser_today,
    open_page,
    open_to_print,
    page_date,
    page_list,
    printed,
    reload,
    saved,
    start_from_intro,
    tab_to,
    texts,
    type_date,
    wait_ready,
    wait_until_saved,
)
from conftest import SCHEMES, page_address
from playwright.sync_api import expect

from macros.loader import load_smart

pytestmark = pytest.mark.browser

SOURCE = "smart-doel.md"
DEADLINE = datetime.date(2099, 7, 1)  # in the future, whatever day the tests run
GOAL = {
    "specific": "een cursus Excel voor gevorderden afronden",
    "measurable": "daarna maak ik elke maand zelf het overzicht van de verkoopcijfers",
    "achievable": "Mijn leidinggevende en ik vinden dit allebei nuttig.",
    "relevant": "ik krijg er twee uur per week voor",
    "timeBound": DEADLINE.isoformat(),
}
SECOND = "mijn eerste project leiden"


def words(page):
    """The helper's texts in the language of the page."""
    return texts(page.evaluate(PAGE_LANG), load_smart, "smart.yml")


def composed(page) -> str:
    """What a reader should read: their own words as sentences, the deadline as the page
    writes dates."""
    goal = words(page).zin.doel_met_datum.format(
        datum=page_date(page, DEADLINE), wat=GOAL["specific"]
    )
    return (
        f"{goal} "
        "Daarna maak ik elke maand zelf het overzicht van de verkoopcijfers. "
        "Mijn leidinggevende en ik vinden dit allebei nuttig. "
        "Ik krijg er twee uur per week voor."
    )


def without_date(page, what: str) -> str:
    return words(page).zin.doel_zonder_datum.format(wat=what)


def missing(page, *fields: str) -> str:
    """'Nog niet ingevuld: M (Meetbaar) en T (Tijdgebonden).'"""
    letters = [f"{x.letter} ({x.voluit})" for x in words(page).letters if x.veld in fields]
    return words(page).meldingen.ontbreekt.format(letters=page_list(page, letters))


def goal(page, n: int):
    return page.locator(".gk-smart__goal").nth(n - 1)


def fill_goal(page, n: int, answers: dict[str, str]) -> None:
    for letter, value in answers.items():
        page.fill(f"#gk-smart-{n}-{letter}", value)


@pytest.fixture
def smart(context, lang):
    return open_to_print(context, page_address(SOURCE, lang))


def test_the_goal_in_words_follows_the_letters(smart):
    page = smart
    card = goal(page, 1)
    expect(card.locator("legend")).to_have_text(words(page).doel.format(n=1))
    # No error before the reader has typed anything.
    expect(card.locator("[data-missing]")).to_have_text("")
    fill_goal(page, 1, {"specific": GOAL["specific"]})
    expect(card.locator("[data-missing]")).to_have_text(
        missing(page, "measurable", "achievable", "relevant", "timeBound")
    )
    expect(card.locator("[data-composed]")).to_have_text(without_date(page, GOAL["specific"]))
    fill_goal(page, 1, GOAL)
    expect(card.locator("[data-composed]")).to_have_text(composed(page))
    expect(card.locator("[data-missing]")).to_have_text(words(page).meldingen.compleet)
    page.fill("#gk-smart-1-measurable", "")
    expect(card.locator("[data-missing]")).to_have_text(missing(page, "measurable"))


def test_copy_puts_the_goal_on_the_clipboard(context, smart, lang):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    fill_goal(smart, 1, GOAL)
    goal(smart, 1).locator('[data-action="copy"]').click()
    expect(goal(smart, 1).locator(".gk-tool__message")).to_have_text(
        texts(lang).algemeen.gekopieerd
    )
    assert smart.evaluate("navigator.clipboard.readText()") == composed(smart)


def test_without_a_clipboard_the_goal_is_selected_to_copy_by_hand(context, lang):
    context.add_init_script(NO_CLIPBOARD)
    page = context.new_page()
    open_page(page, page_address(SOURCE, lang))
    fill_goal(page, 1, GOAL)
    goal(page, 1).locator('[data-action="copy"]').click()
    expect(goal(page, 1).locator(".gk-tool__message")).to_have_text(
        texts(lang).algemeen.kopieren_mislukt
    )
    assert page.evaluate("getSelection().toString().trim()") == composed(page)


def test_the_template_shows_the_goals_and_has_no_copy_of_its_own(smart):
    """One answer in one place: the template smart-doelen shows the helper's goals 1 and 2
    read-only, and has no fields of its own for them (no "Zet in het sjabloon")."""
    page = smart
    # Per goal copy and remove, and below them add and print: nothing copies to the template.
    actions = page.locator("[data-gk-module=smart] [data-action]")
    assert set(actions.evaluate_all("all => all.map((b) => b.dataset.action)")) == {
        "copy",
        "remove",
        "add",
        "print",
    }
    fill_goal(page, 1, GOAL)
    page.locator('[data-action="add"]').click()
    fill_goal(page, 2, {"specific": SECOND})
    wait_until_saved(page, "state.tools.smart?.goals?.[1]?.specific")
    page.locator(".md-content a[href$='sjablonen/smart-doelen/']").click()
    wait_ready(page)
    form = page.locator('.gk-form[data-template="smart-doelen"]')
    views = form.locator('[data-saved-view="smart"] .gk-saved__list')
    expect(views.nth(0).locator("li")).to_have_text([composed(page)])
    expect(views.nth(1).locator("li")).to_have_text([without_date(page, SECOND)])
    for letter in ("", "-specific", "-timeBound"):
        expect(form.locator(f"#gk-smart-doelen--doel-1{letter}")).to_have_count(0)
    assert set(saved(page)["templates"].get("smart-doelen", {}).get("fields", {})) == set()


def test_empty_and_past_input_get_a_message_and_lose_nothing(smart):
    page = smart
    card = goal(page, 1)
    card.locator('[data-action="copy"]').click()
    message = card.locator(".gk-tool__message")
    expect(message).to_have_text(words(page).meldingen.niets)
    past = browser_today(page) - datetime.timedelta(days=10)
    fill_goal(page, 1, {"specific": GOAL["specific"], "timeBound": past.isoformat()})
    expect(card.locator(".gk-field__note")).to_have_text(words(page).meldingen.voorbij)
    expect(card.locator("[data-composed]")).to_have_text(
        words(page).zin.doel_met_datum.format(datum=page_date(page, past), wat=GOAL["specific"])
    )
    wait_until_saved(page, f"state.tools.smart?.goals?.[0]?.timeBound === '{past}'")


def test_goals_survive_a_reload_and_can_be_removed(smart):
    page = smart
    fill_goal(page, 1, GOAL)
    page.locator('[data-action="add"]').click()
    fill_goal(page, 2, {"specific": SECOND})
    wait_until_saved(page, f"state.tools.smart?.goals?.[1]?.specific === {SECOND!r}")
    reload(page)
    expect(page.locator(".gk-smart__goal")).to_have_count(2)
    for letter, value in GOAL.items():
        expect(page.locator(f"#gk-smart-1-{letter}")).to_have_value(value)
    expect(goal(page, 1).locator("[data-composed]")).to_have_text(composed(page))

    shared = texts(page.evaluate(PAGE_LANG)).algemeen
    goal(page, 1).locator('[data-action="remove"]').click()
    page.get_by_role("button", name=shared.nee_terug).click()
    expect(page.locator(".gk-smart__goal")).to_have_count(2)
    goal(page, 1).locator('[data-action="remove"]').click()
    page.get_by_role("button", name=shared.ja_verwijder).click()
    expect(page.locator(".gk-smart__goal")).to_have_count(1)
    expect(page.locator("#gk-smart-1-specific")).to_have_value(SECOND)
    expect(page.locator("#gk-smart-1-specific")).to_be_focused()
    reload(page)
    expect(page.locator(".gk-smart__goal")).to_have_count(1)
    expect(page.locator("#gk-smart-1-specific")).to_have_value(SECOND)
    assert saved(page)["tools"]["smart"]["goals"][0]["measurable"] == ""


def test_keyboard_only(smart):
    page = smart
    start_from_intro(page)
    for letter in ("specific", "measurable", "achievable", "relevant"):
        tab_to(page, f"#gk-smart-1-{letter}")
        page.keyboard.type(GOAL[letter])
    tab_to(page, "#gk-smart-1-timeBound")
    type_date(page, GOAL["timeBound"])
    expect(goal(page, 1).locator("[data-composed]")).to_have_text(composed(page))
    tab_to(page, '[data-action="copy"]')
    page.keyboard.press("Enter")
    expect(goal(page, 1).locator(".gk-tool__message")).not_to_be_empty()
    tab_to(page, '[data-action="add"]')
    page.keyboard.press("Enter")
    expect(page.locator("#gk-smart-2-specific")).to_be_focused()
    tab_to(page, '.gk-smart__goal:nth-child(2) [data-action="remove"]')
    page.keyboard.press("Enter")
    no = texts(page.evaluate(PAGE_LANG)).algemeen.nee_terug
    expect(page.get_by_role("dialog").get_by_role("button", name=no)).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator(".gk-smart__goal")).to_have_count(1)
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_goals_in_words_on_a4(smart, tmp_path):
    page = smart
    fill_goal(page, 1, GOAL)
    page.locator('[data-action="add"]').click()
    fill_goal(page, 2, {"specific": SECOND})
    text = printed(page, tmp_path, "smart", 2)
    said = words(page)
    assert composed(page) in text and without_date(page, SECOND) in text
    assert said.doel.format(n=1) in text and said.doel.format(n=2) in text
    assert missing(page, "measurable", "achievable", "relevant", "timeBound") in text
    for screen_only in (said.letters[0].label, said.nog_een, said.verwijder):
        assert screen_only not in text


@SCHEMES
def test_no_axe_violations(smart, scheme):
    page = smart
    page.emulate_media(color_scheme=scheme)
    fill_goal(page, 1, GOAL)
    page.locator('[data-action="add"]').click()
    goal(page, 2).locator('[data-action="copy"]').click()
    expect(goal(page, 2).locator(".gk-tool__message")).not_to_be_empty()
    assert axe_violations(page) == []
    goal(page, 1).locator('[data-action="remove"]').click()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert axe_violations(page) == []
