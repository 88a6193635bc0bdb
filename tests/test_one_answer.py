"""One answer in one place (issue 11): saved data of version 4, with two SMART copies and
two feedback copies, ends as one record each with nothing lost, from storage and from an
old export; the preparation form shows the successes and last time's agreements
read-only, on screen and on paper."""

from __future__ import annotations

import json

import pytest
from browser_helpers import (
    KEY,
    VERSION,
    axe_violations,
    open_page,
    page_date,
    saved,
    seed,
    site_data,
    texts,
)
from conftest import page_address
from playwright.sync_api import expect
from test_print import pdf_text, print_pdf
from test_state_data_tools import import_file, message

from macros.loader import load_my_data, load_smart

pytestmark = pytest.mark.browser

FEEDBACK = "feedback-leidinggevende-formulier"
# A goal's first four fields as version 4 named them (in the template's field ids too).
LETTERS = {
    "specifiek": "Excel leren",
    "meetbaar": "Ik maak elke maand zelf het overzicht.",
    "acceptabel": "Wij vinden het allebei nuttig.",
    "realistisch": "Ik krijg er twee uur per week voor.",
}
# Version 4 as the site saved it before: the helper's goal copied into slot 1 of the
# template, a second goal typed only in the template, and the feedback in both places
# with one part that differs.
OLD = {
    "version": 4,
    "checklists": {},
    "templates": {
        "smart-doelen": {
            "fields": {
                "doel-1": "Voor 1 juli 2027 wil ik Excel leren. Ik maak elke maand zelf het "
                "overzicht. Wij vinden het allebei nuttig. Ik krijg er twee uur per week voor.",
                **{f"doel-1-{letter}": text for letter, text in LETTERS.items()},
                "doel-1-tijdgebonden": "1 juli 2027",
                "doel-1-steun": "Een cursus bij de hogeschool",
                "doel-2-specifiek": "mijn eerste project leiden",
                "doel-2-tijdgebonden": "2027-12-01",
            },
            "agenda": {},
        },
        FEEDBACK: {
            "fields": {
                "onderwerp": "Het rooster",
                "situatie": "Het rooster kwam drie keer te laat.",
                "wens": "Het rooster een week vooruit.",
            },
            "agenda": {},
        },
    },
    "tools": {
        "smart": {"goals": [{"id": "a", **LETTERS, "tijdgebonden": "2027-07-01"}]},
        "feedback": {
            "situatie": "In de laatste drie overleggen kwamen we niet toe aan mijn punten.",
            "effect": "Ik wist niet of ik verder kon.",
            "wens": "Het rooster een week vooruit.",
            "positief": "Je maakt tijd als ik een vraag heb.",
        },
    },
}
# The goals after the migrations to version 6, which gave their fields English keys.
GOALS = [
    {
        "id": "a",
        "specific": "Excel leren",
        "measurable": "Ik maak elke maand zelf het overzicht.",
        "achievable": "Wij vinden het allebei nuttig.",
        "relevant": "Ik krijg er twee uur per week voor.",
        "timeBound": "2027-07-01",
    },
    {
        "id": "sjabloon-doel-2",
        "specific": "mijn eerste project leiden",
        "measurable": "",
        "achievable": "",
        "relevant": "",
        "timeBound": "2027-12-01",
    },
]
FEEDBACK_FIELDS = {
    "onderwerp": "Het rooster",
    "situatie": "Het rooster kwam drie keer te laat.\n\n"
    "In de laatste drie overleggen kwamen we niet toe aan mijn punten.",
    "effect": "Ik wist niet of ik verder kon.",
    "wens": "Het rooster een week vooruit.",
    "positief": "Je maakt tijd als ik een vraag heb.",
}


def assert_one_record_each(state: dict) -> None:
    assert state["version"] == VERSION
    assert "feedback" not in state["tools"]
    assert state["tools"]["smart"]["goals"] == GOALS
    assert state["templates"]["smart-doelen"]["fields"] == {
        "doel-1-steun": "Een cursus bij de hogeschool"
    }
    assert state["templates"][FEEDBACK]["fields"] == FEEDBACK_FIELDS


# Migrations of stored data: the same code path and data in English (the one text that
# differs, how a goal reads, the SMART tests check in both languages).
def test_stored_copies_end_as_one_record_each_and_nothing_is_lost(page):
    open_page(page, "sjablonen/smart-doelen/")
    seed(page, OLD)
    sentence = texts("nl", load_smart, "smart.yml").zin.doel_met_datum
    assert_one_record_each(saved(page))
    # The template shows the helper's goals, and still holds its own extra answer.
    views = page.locator('[data-saved-view="smart"] .gk-saved__list')
    expect(views.nth(0).locator("li")).to_have_text(
        [
            sentence.format(datum=page_date(page, "2027-07-01"), wat="Excel leren")
            + " "
            + " ".join(list(LETTERS.values())[1:])
        ]
    )
    expect(views.nth(1).locator("li")).to_have_text(
        [sentence.format(datum=page_date(page, "2027-12-01"), wat="mijn eerste project leiden")]
    )
    expect(page.locator("#gk-smart-doelen--doel-1-steun")).to_have_value(
        "Een cursus bij de hogeschool"
    )
    # The builder and the template show the same feedback.
    open_page(page, "feedback-schrijven/")
    expect(page.locator("#gk-feedback-situatie")).to_have_value(FEEDBACK_FIELDS["situatie"])
    open_page(page, f"sjablonen/{FEEDBACK}/")
    for field, text in FEEDBACK_FIELDS.items():
        expect(page.locator(f'[data-field="{field}"]')).to_have_value(text)


def test_an_old_export_with_both_copies_still_imports(page, tmp_path):
    open_page(page, "mijn-gegevens/")
    file = tmp_path / "export.json"
    export = {"format": "gespreksklaar", "site": "0.1.0", "exported": "2026-11-30T10:00:00Z"}
    file.write_text(json.dumps({**export, **OLD}), encoding="utf-8")
    import_file(page, file)
    my_data = texts("nl", load_my_data, "mijn-gegevens.yml")
    page.get_by_role("dialog").get_by_role("button", name=my_data.terugzetten_ja).click()
    expect(message(page, "import")).to_contain_text(my_data.teruggezet)
    assert_one_record_each(saved(page))


SUCCESS = {
    "id": "s1",
    "date": "2026-10-05",
    "what": "Ik heb Eva ingewerkt.",
    "result": "Ze werkt nu zelfstandig.",
}
OLDER = {"id": "s2", "date": "2026-03-02", "what": "Nieuw rooster gemaakt.", "result": ""}
AGREEMENT = {"actie": "Cursus Excel aanvragen", "wie": "Ik", "deadline": "2027-02-01"}
NOW = {
    "version": VERSION,
    "checklists": {},
    "templates": {
        "gespreksverslag": {
            "fields": {"acties": [AGREEMENT, {"actie": "", "wie": "", "deadline": ""}]}
        },
        "voorbereidingsformulier": {"fields": {"bereikt": "Mijn eigen tekst."}},
    },
    "tools": {"successes": {"entries": [OLDER, SUCCESS]}},
}
FORM = "sjablonen/voorbereidingsformulier.md"


def success_lines(page) -> list[str]:
    return [
        f"{page_date(page, SUCCESS['date'])} · Ik heb Eva ingewerkt. · Ze werkt nu zelfstandig.",
        f"{page_date(page, OLDER['date'])} · Nieuw rooster gemaakt.",
    ]


def agreement_line(page) -> str:
    return f"Cursus Excel aanvragen · Ik · {page_date(page, AGREEMENT['deadline'])}"


def test_the_form_shows_successes_and_agreements_without_touching_the_answers(page, tmp_path, lang):
    open_page(page, page_address(FORM, lang))
    views = {
        name: page.locator(f'[data-saved-view="{name}"]') for name in ("successen", "afspraken")
    }
    for view in views.values():
        expect(view.locator(".gk-saved__empty")).to_be_visible()
        expect(view.locator(".gk-saved__list")).to_be_hidden()
    seed(page, NOW)
    expect(views["successen"].locator("li")).to_have_text(success_lines(page))
    expect(views["afspraken"].locator("li")).to_have_text([agreement_line(page)])
    for view in views.values():
        expect(view.locator(".gk-saved__empty")).to_be_hidden()
    # The agreements come first: above the first field of the look back.
    first = page.locator("[data-saved-view]").first
    expect(first).to_have_attribute("data-saved-view", "afspraken")
    expect(page.locator("#gk-voorbereidingsformulier--bereikt")).to_have_value("Mijn eigen tekst.")
    assert saved(page) == NOW  # shown, never copied into an answer
    text = pdf_text(print_pdf(page, tmp_path / "form.pdf"))
    assert agreement_line(page) in text and success_lines(page)[0] in text
    fields = site_data(lang).templates["voorbereidingsformulier"].fields
    [link] = [f.toon.linktekst for f in fields if f.toon and f.toon.bron == "successen"]
    assert link not in text  # a link to another page is for the screen


# Another tab is storage mechanics: the same code path in English.
def test_a_success_saved_in_another_tab_shows_up(page, context):
    open_page(page, page_address(FORM))
    other = context.new_page()
    open_page(other, "successen/")
    other.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(NOW)])
    expect(page.locator('[data-saved-view="successen"] li')).to_have_text(success_lines(page))


@pytest.mark.parametrize(
    ("source", "state"),
    [(FORM, NOW), ("sjablonen/smart-doelen.md", OLD)],
)
def test_no_axe_violations(page, source, state, lang):
    open_page(page, page_address(source, lang))
    seed(page, state)
    expect(page.locator(".gk-saved__list li").first).to_be_visible()
    assert axe_violations(page) == []
