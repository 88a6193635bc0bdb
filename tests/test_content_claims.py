"""What the Privacy and Toegankelijkheid pages promise, done in a real browser."""

import pytest
from browser_helpers import focus_outline, tab_to

pytestmark = pytest.mark.browser


def test_keyboard_follows_the_start_page_into_the_guide(page):
    page.goto("")
    # The first task of the start page's task list (data/taken.yml).
    tab_to(page, "main ol.gk-tasks__list a")
    assert page.evaluate("document.activeElement.textContent") == "Plan je voorbereiding"
    assert not focus_outline(page).startswith("none")
    page.keyboard.press("Enter")
    page.wait_for_url("**/plannen/")
    assert page.title().startswith("Plan je voorbereiding")


def test_keyboard_ticks_a_checklist_item_with_space(page):
    page.goto("voorbereiden/")
    box = page.get_by_label("Ik heb opgeschreven wat ik heb bereikt.")
    tab_to(page, "#gk-voorbereiding--resultaten")
    assert not focus_outline(page).startswith("none")
    page.keyboard.press("Space")
    assert box.is_checked()


def test_no_cookies_and_nothing_sent_while_using_the_site(context):
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append((request.method, request.url)))
    page.goto("voorbereiden/")
    page.get_by_label("Ik heb opgeschreven wat ik heb bereikt.").check()
    page.get_by_role("textbox", name="Wat heb je bereikt?").fill("Het nieuwe rooster ingevoerd.")
    page.goto("feedback/")
    page.get_by_role("textbox", name="Waar gaat het over, in een paar woorden?").fill(
        "prioriteiten"
    )
    page.goto("privacy/")
    assert context.cookies() == []
    assert requests and {method for method, _ in requests} == {"GET"}
    typed = ("rooster", "prioriteiten")
    assert not [url for _, url in requests if any(word in url for word in typed)]
