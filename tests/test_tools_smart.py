"""Formuleer een SMART-doel: the goal in words follows the letters, the missing letters are
named, and a goal goes to the clipboard; the template SMART-doelen shows it."""

from __future__ import annotations

import datetime

import pytest
from browser_helpers import (
    NO_CLIPBOARD,
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
    type_date,
    wait_ready,
    wait_until_saved,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

URL = "smart-doel/"
DEADLINE = datetime.date(2099, 7, 1)  # in the future, whatever day the tests run
GOAL = {
    "specifiek": "een cursus Excel voor gevorderden afronden",
    "meetbaar": "daarna maak ik elke maand zelf het overzicht van de verkoopcijfers",
    "acceptabel": "Mijn leidinggevende en ik vinden dit allebei nuttig.",
    "realistisch": "ik krijg er twee uur per week voor",
    "tijdgebonden": DEADLINE.isoformat(),
}


def composed(page) -> str:
    """What a reader should read: their own words as sentences, the deadline as the page
    writes dates."""
    return (
        f"Voor {page_date(page, DEADLINE)} wil ik een cursus Excel voor gevorderden afronden. "
        "Daarna maak ik elke maand zelf het overzicht van de verkoopcijfers. "
        "Mijn leidinggevende en ik vinden dit allebei nuttig. "
        "Ik krijg er twee uur per week voor."
    )


FOUR_MISSING = (
    "Nog niet ingevuld: M (Meetbaar), A (Acceptabel), R (Realistisch) en T (Tijdgebonden)."
)


def goal(page, n: int):
    return page.locator(".gk-smart__goal").nth(n - 1)


def fill_goal(page, n: int, answers: dict[str, str]) -> None:
    for letter, value in answers.items():
        page.fill(f"#gk-smart-{n}-{letter}", value)


@pytest.fixture
def smart(context):
    page = open_to_print(context, URL)
    return page


def test_the_goal_in_words_follows_the_letters(smart):
    page = smart
    card = goal(page, 1)
    expect(card.locator("legend")).to_have_text("Doel 1")
    # No error before the reader has typed anything.
    expect(card.locator("[data-missing]")).to_have_text("")
    fill_goal(page, 1, {"specifiek": GOAL["specifiek"]})
    expect(card.locator("[data-missing]")).to_have_text(FOUR_MISSING)
    expect(card.locator("[data-composed]")).to_have_text(
        "Ik wil een cursus Excel voor gevorderden afronden."
    )
    fill_goal(page, 1, GOAL)
    expect(card.locator("[data-composed]")).to_have_text(composed(page))
    expect(card.locator("[data-missing]")).to_have_text("Bij alle vijf letters staat iets.")
    page.fill("#gk-smart-1-meetbaar", "")
    expect(card.locator("[data-missing]")).to_have_text("Nog niet ingevuld: M (Meetbaar).")


def test_copy_puts_the_goal_on_the_clipboard(context, smart):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    fill_goal(smart, 1, GOAL)
    goal(smart, 1).get_by_role("button", name="Kopieer").click()
    expect(goal(smart, 1).locator(".gk-tool__message")).to_have_text(
        "Gekopieerd. Plak de tekst waar je hem nodig hebt."
    )
    assert smart.evaluate("navigator.clipboard.readText()") == composed(smart)


def test_without_a_clipboard_the_goal_is_selected_to_copy_by_hand(context):
    context.add_init_script(NO_CLIPBOARD)
    page = context.new_page()
    open_page(page, URL)
    fill_goal(page, 1, GOAL)
    goal(page, 1).get_by_role("button", name="Kopieer").click()
    expect(goal(page, 1).locator(".gk-tool__message")).to_contain_text(
        "Kopiëren lukt hier niet vanzelf. De tekst is geselecteerd"
    )
    assert page.evaluate("getSelection().toString().trim()") == composed(page)


def test_the_template_shows_the_goals_and_has_no_copy_of_its_own(smart):
    """One answer in one place: the template smart-doelen shows the helper's goals 1 and 2
    read-only, and has no fields of its own for them (no "Zet in het sjabloon")."""
    page = smart
    expect(page.get_by_role("button", name="Zet in het sjabloon")).to_have_count(0)
    fill_goal(page, 1, GOAL)
    page.get_by_role("button", name="Nog een doel").click()
    fill_goal(page, 2, {"specifiek": "mijn eerste project leiden"})
    wait_until_saved(page, "state.tools.smart?.goals?.[1]?.specifiek")
    page.locator(".md-content a[href$='sjablonen/smart-doelen/']").click()
    wait_ready(page)
    form = page.locator('.gk-form[data-template="smart-doelen"]')
    views = form.locator('[data-saved-view="smart"] .gk-saved__list')
    expect(views.nth(0).locator("li")).to_have_text([composed(page)])
    expect(views.nth(1).locator("li")).to_have_text(["Ik wil mijn eerste project leiden."])
    for letter in ("", "-specifiek", "-tijdgebonden"):
        expect(form.locator(f"#gk-smart-doelen--doel-1{letter}")).to_have_count(0)
    assert set(saved(page)["templates"].get("smart-doelen", {}).get("fields", {})) == set()


def test_empty_and_past_input_get_a_message_and_lose_nothing(smart):
    page = smart
    card = goal(page, 1)
    card.get_by_role("button", name="Kopieer").click()
    message = card.locator(".gk-tool__message")
    expect(message).to_have_text("Er is nog niets om te gebruiken. Vul eerst de letters in.")
    past = browser_today(page) - datetime.timedelta(days=10)
    fill_goal(page, 1, {"specifiek": GOAL["specifiek"], "tijdgebonden": past.isoformat()})
    expect(card.locator(".gk-field__note")).to_have_text("Let op: deze datum is al voorbij.")
    expect(card.locator("[data-composed]")).to_contain_text(f"Voor {page_date(page, past)} wil ik")
    wait_until_saved(page, f"state.tools.smart?.goals?.[0]?.tijdgebonden === '{past}'")


def test_goals_survive_a_reload_and_can_be_removed(smart):
    page = smart
    fill_goal(page, 1, GOAL)
    page.get_by_role("button", name="Nog een doel").click()
    fill_goal(page, 2, {"specifiek": "mijn eerste project leiden"})
    wait_until_saved(
        page, "state.tools.smart?.goals?.[1]?.specifiek === 'mijn eerste project leiden'"
    )
    reload(page)
    expect(page.locator(".gk-smart__goal")).to_have_count(2)
    for letter, value in GOAL.items():
        expect(page.locator(f"#gk-smart-1-{letter}")).to_have_value(value)
    expect(goal(page, 1).locator("[data-composed]")).to_have_text(composed(page))

    goal(page, 1).get_by_role("button", name="Verwijder").click()
    page.get_by_role("button", name="Nee, terug").click()
    expect(page.locator(".gk-smart__goal")).to_have_count(2)
    goal(page, 1).get_by_role("button", name="Verwijder").click()
    page.get_by_role("button", name="Ja, verwijder").click()
    expect(page.locator(".gk-smart__goal")).to_have_count(1)
    expect(page.locator("#gk-smart-1-specifiek")).to_have_value("mijn eerste project leiden")
    expect(page.locator("#gk-smart-1-specifiek")).to_be_focused()
    reload(page)
    expect(page.locator(".gk-smart__goal")).to_have_count(1)
    expect(page.locator("#gk-smart-1-specifiek")).to_have_value("mijn eerste project leiden")
    assert saved(page)["tools"]["smart"]["goals"][0]["meetbaar"] == ""


def test_keyboard_only(smart):
    page = smart
    start_from_intro(page)
    for letter in ("specifiek", "meetbaar", "acceptabel", "realistisch"):
        tab_to(page, f"#gk-smart-1-{letter}")
        page.keyboard.type(GOAL[letter])
    tab_to(page, "#gk-smart-1-tijdgebonden")
    type_date(page, GOAL["tijdgebonden"])
    expect(goal(page, 1).locator("[data-composed]")).to_have_text(composed(page))
    tab_to(page, '[data-action="copy"]')
    page.keyboard.press("Enter")
    expect(goal(page, 1).locator(".gk-tool__message")).not_to_be_empty()
    tab_to(page, '[data-action="add"]')
    page.keyboard.press("Enter")
    expect(page.locator("#gk-smart-2-specifiek")).to_be_focused()
    tab_to(page, '.gk-smart__goal:nth-child(2) [data-action="remove"]')
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Nee, terug")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator(".gk-smart__goal")).to_have_count(1)
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_goals_in_words_on_a4(smart, tmp_path):
    page = smart
    fill_goal(page, 1, GOAL)
    page.get_by_role("button", name="Nog een doel").click()
    fill_goal(page, 2, {"specifiek": "mijn eerste project leiden"})
    text = printed(page, tmp_path, "smart", 2)
    assert composed(page) in text and "Ik wil mijn eerste project leiden." in text
    assert "Doel 1" in text and "Doel 2" in text
    assert "Nog niet ingevuld: M (Meetbaar)" in text
    for screen_only in ("wat wil je precies bereiken?", "Nog een doel", "Zet in het", "Verwijder"):
        assert screen_only not in text


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations(smart, scheme):
    page = smart
    page.emulate_media(color_scheme=scheme)
    fill_goal(page, 1, GOAL)
    page.get_by_role("button", name="Nog een doel").click()
    goal(page, 2).get_by_role("button", name="Kopieer").click()
    expect(goal(page, 2).locator(".gk-tool__message")).not_to_be_empty()
    assert axe_violations(page) == []
    goal(page, 1).get_by_role("button", name="Verwijder").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert axe_violations(page) == []
