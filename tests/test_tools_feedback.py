"""Feedback voor je leidinggevende: the message follows the four parts as the reader types,
and every word in data/feedback-woorden.yml gets its tip, as a whole word only."""

from __future__ import annotations

import pytest
from browser_helpers import (
    axe_violations,
    open_to_print,
    printed,
    reload,
    saved,
    start_from_intro,
    tab_to,
    texts,
    wait_ready,
    wait_until_saved,
)
from conftest import SCHEMES, page_address
from playwright.sync_api import expect

from macros.loader import load_feedback_words

pytestmark = pytest.mark.browser

SOURCE = "feedback-schrijven.md"
PARTS = {
    "situatie": "In de laatste drie overleggen kwamen we niet toe aan mijn voorstellen.",
    "effect": "Daardoor wist ik niet of ik verder kon met het rooster.",
    "wens": "Zou je mijn punten vooraan op de agenda willen zetten?",
    "positief": "Ik waardeer het dat je tijd maakt als ik een vraag heb.",
}
TEMPLATE_FORM = '.gk-form[data-template="feedback-leidinggevende-formulier"]'


def area(page, part: str):
    return page.locator(f"#gk-feedback-{part}")


def flags(page, part: str):
    return page.locator(f"#gk-feedback-{part}-flags")


@pytest.fixture
def feedback(context, lang):
    return open_to_print(context, page_address(SOURCE, lang))


def words(page):
    """The helper's texts and word list in the language of the page."""
    lang = page.evaluate("document.documentElement.lang")
    return texts(lang, load_feedback_words, "feedback-woorden.yml")


def harsh(page, *entries: int) -> str:
    """A sentence of the first form of each of these entries of the word list: each
    gets its own tip."""
    forms = [words(page).woorden[entry].vormen[0] for entry in entries]
    return " ".join(forms).capitalize() + "."


def composed(page):
    return page.locator("[data-composed] p")


def test_the_message_follows_the_parts(feedback):
    page = feedback
    expect(composed(page)).to_have_text([words(page).teksten.leeg])
    area(page, "wens").fill(PARTS["wens"])
    expect(composed(page)).to_have_text([PARTS["wens"]])
    for part, text in PARTS.items():
        area(page, part).fill(text)
    expect(composed(page)).to_have_text(list(PARTS.values()))
    for part in PARTS:
        expect(flags(page, part)).to_be_empty()


def test_every_word_from_the_data_gets_its_tip(feedback):
    page = feedback
    box = flags(page, "situatie")
    for word in words(page).woorden:
        for form in word.vormen:
            typed = form.capitalize()
            area(page, "situatie").fill(f"Het gaat om dit: {typed}, zei ik.")
            expect(box).to_contain_text(f"\u2018{typed}\u2019: {word.tip}")
            expect(box.locator("li")).to_have_count(1)
            # Inside a longer word it is another word: no tip.
            area(page, "situatie").fill(f"Het gaat om dit: {form}x, zei ik.")
            expect(box).to_be_empty()
    area(page, "effect").fill(harsh(page, 2, 1, 3, 0))
    expect(flags(page, "effect").locator("li")).to_have_count(4)
    expect(flags(page, "effect")).to_contain_text(words(page).meldingen.harder)


def test_copy_and_no_second_copy_in_the_template(context, feedback, lang):
    page = feedback
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    message = page.locator("[data-gk-module=feedback-builder] > .gk-tool__message")
    for part, text in PARTS.items():
        area(page, part).fill(text)
    page.get_by_role("button", name=words(page).teksten.kopieer).click()
    expect(message).to_have_text(texts(lang).algemeen.gekopieerd)
    assert page.evaluate("navigator.clipboard.readText()") == "\n\n".join(PARTS.values())

    # The builder writes the template's own fields: no button copies the message there.
    expect(page.locator("[data-gk-module=feedback-builder] button")).to_have_text(
        [words(page).teksten.kopieer, words(page).teksten.afdrukken]
    )


def test_copy_and_print_only_once_there_is_a_message(feedback):
    page = feedback
    buttons = [
        page.get_by_role("button", name=name, include_hidden=True)
        for name in (words(page).teksten.kopieer, words(page).teksten.afdrukken)
    ]
    for button in buttons:
        expect(button).to_have_count(1)
        expect(button).to_be_hidden()  # nothing to copy or print yet
    area(page, "wens").fill(PARTS["wens"])
    for button in buttons:
        expect(button).to_be_visible()
    buttons[1].click()
    assert page.evaluate("window.__printed") == 1
    area(page, "wens").fill("  ")  # only spaces: still no message
    for button in buttons:
        expect(button).to_be_hidden()

    area(page, "positief").fill(PARTS["positief"])
    wait_until_saved(
        page,
        f"state.templates['feedback-leidinggevende-formulier']?.fields?.positief === "
        f"{PARTS['positief']!r}",
    )
    reload(page)  # a saved message: the buttons are there from the start
    for button in buttons:
        expect(button).to_be_visible()


def test_the_template_shows_and_keeps_the_same_answers(feedback):
    """One answer in one place: the builder writes the template's fields, so the template
    shows the same text, and what is typed there is back in the builder."""
    page = feedback
    for part, text in PARTS.items():
        area(page, part).fill(text)
    wait_until_saved(
        page,
        f"state.templates['feedback-leidinggevende-formulier']?.fields?.positief === "
        f"{PARTS['positief']!r}",
    )
    assert "feedback" not in saved(page)["tools"]
    page.locator(".md-content a[href$='sjablonen/feedback-leidinggevende-formulier/']").click()
    wait_ready(page)
    form = page.locator(TEMPLATE_FORM)
    for part, text in PARTS.items():
        expect(form.locator(f'[data-field="{part}"]')).to_have_value(text)
    form.locator('[data-field="wens"]').fill("Kunnen we elke week kort bijpraten?")
    wait_until_saved(
        page, "state.templates['feedback-leidinggevende-formulier']?.fields?.wens?.includes('week')"
    )
    page.go_back()
    wait_ready(page)
    expect(area(page, "wens")).to_have_value("Kunnen we elke week kort bijpraten?")


def test_survives_a_reload(feedback):
    page = feedback
    for part, text in PARTS.items():
        area(page, part).fill(text)
    sentence = harsh(page, 2, 0)
    area(page, "situatie").fill(sentence)
    wait_until_saved(
        page,
        f"state.templates['feedback-leidinggevende-formulier']?.fields?.situatie === {sentence!r}",
    )
    reload(page)
    expect(area(page, "situatie")).to_have_value(sentence)
    expect(area(page, "positief")).to_have_value(PARTS["positief"])
    expect(composed(page).first).to_have_text(sentence)
    expect(flags(page, "situatie").locator("li")).to_have_count(2)


def test_keyboard_only(feedback):
    page = feedback
    start_from_intro(page)
    for part, text in PARTS.items():
        tab_to(page, f"#gk-feedback-{part}")
        page.keyboard.type(text)
    expect(composed(page)).to_have_text(list(PARTS.values()))
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_message_on_a4(feedback, tmp_path):
    page = feedback
    for part, text in PARTS.items():
        area(page, part).fill(text)
    sentence = harsh(page, 2, 0)
    area(page, "effect").fill(sentence)
    text = printed(page, tmp_path, "feedback", 3)
    said = words(page)
    assert said.teksten.bericht in text and PARTS["situatie"] in text and sentence in text
    screen_only = (said.meldingen.harder, said.teksten.situatie.label, said.teksten.kopieer)
    for words_on_screen in screen_only:
        assert words_on_screen not in text


@SCHEMES
def test_no_axe_violations(feedback, scheme):
    page = feedback
    page.emulate_media(color_scheme=scheme)
    for part, text in PARTS.items():
        area(page, part).fill(text)
    area(page, "situatie").fill(harsh(page, 2, 0))
    expect(flags(page, "situatie").locator("li")).to_have_count(2)
    assert axe_violations(page) == []
