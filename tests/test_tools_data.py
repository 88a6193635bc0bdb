"""The tools' data: the planner's steps and the feedback builder's words load, broken data
stops the build with a message naming file, entry and field, and the rendered tools are
escaped and carry what the browser code reads."""

import json
from pathlib import Path
from textwrap import dedent

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.loader import (
    DataError,
    Edition,
    load,
    load_feedback_words,
    load_my_data,
    load_plan,
)
from macros.manifest import build_manifest
from macros.models import FeedbackWords, Plan, PlanStep
from macros.render_feedback import check_template, render_feedback_builder
from macros.render_planner import offset_words, render_planner
from macros.tools_registry import TOOLS

ROOT = Path(__file__).resolve().parent.parent
# The planner's words as in data/planner.yml; these tests are about its steps.
PLANNER = yaml.safe_load((ROOT / "data" / "planner.yml").read_text(encoding="utf-8"))
TEXTS = PLANNER["teksten"]
PLAN = (
    yaml.safe_dump({"teksten": TEXTS, "wanneer": PLANNER["wanneer"]}, allow_unicode=True)
    + """\
stappen:
  - id: terugkijken
    dagen: -14
    titel: Kijk terug
    tekst: Schrijf op wat je bereikte.
    link: voorbereiden.md#stap-1
    linktekst: Lees stap 1
  - id: gesprek
    titel: Het gesprek
    tekst: Doe actief mee.
    link: tips.md
    linktekst: Lees de tips
  - id: vervolg
    maanden: 3
    titel: Kijk hoe het gaat
    tekst: Wat loopt nog niet?
    link: na-het-gesprek.md
    linktekst: Lees verder
"""
)
# The builder's own text as in data/feedback-woorden.yml; these tests are about its words.
FEEDBACK_TEXTS = yaml.safe_load((ROOT / "data" / "feedback-woorden.yml").read_text("utf-8"))[
    "teksten"
]
WORDS = (
    yaml.safe_dump({"teksten": FEEDBACK_TEXTS}, allow_unicode=True)
    + """\
sjabloon: feedback-leidinggevende-formulier
meldingen:
  harder: Harder.
woorden:
  - id: nooit
    vormen: [nooit]
    tip: Noem liever een keer dat het gebeurde.
  - id: jij-bent
    vormen: [jij bent, je bent]
    tip: Vertel liever wat er gebeurde.
"""
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    return path


def plan_error(tmp_path: Path, text: str, docs: Path | None = None) -> str:
    with pytest.raises(DataError) as caught:
        load_plan(write(tmp_path, "planner.yml", text), docs)
    return str(caught.value)


def words_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(DataError) as caught:
        load_feedback_words(write(tmp_path, "feedback-woorden.yml", text))
    return str(caught.value)


def test_the_real_tool_data_loads_and_links_reach_pages():
    plan = load_plan(ROOT / "data" / "planner.yml", ROOT / "docs")
    assert [step for step in plan.stappen if step.dagen == 0 and step.maanden == 0]
    words = load_feedback_words(ROOT / "data" / "feedback-woorden.yml")
    forms = {form for word in words.woorden for form in word.vormen}
    # The words the issue and the content brief name.
    assert {"nooit", "altijd", "jij bent", "je moet"} <= forms


def test_valid_plan_and_words_load(tmp_path):
    plan = load_plan(write(tmp_path, "planner.yml", PLAN))
    assert [(step.id, step.dagen, step.maanden) for step in plan.stappen] == [
        ("terugkijken", -14, 0),
        ("gesprek", 0, 0),
        ("vervolg", 0, 3),
    ]
    words = load_feedback_words(write(tmp_path, "feedback-woorden.yml", WORDS))
    assert words.woorden[1].vormen == ["jij bent", "je bent"]


def test_plan_errors_name_file_step_and_field(tmp_path):
    message = plan_error(tmp_path, PLAN.replace("titel: Kijk terug\n", "titl: Kijk terug\n"))
    assert "planner.yml: planner: stappen 'terugkijken' → veld 'titl': onbekend veld" in message
    assert "stappen 'terugkijken' → veld 'titel': verplicht veld ontbreekt" in message
    message = plan_error(tmp_path, PLAN.replace("dagen: -14", "dagen: veertien"))
    assert "stappen 'terugkijken' → veld 'dagen': moet een heel getal zijn" in message


def test_plan_steps_go_in_time_order_around_the_meeting(tmp_path):
    swapped = PLAN.replace("dagen: -14", "dagen: 2")
    assert "zet de stappen op volgorde van tijd" in plan_error(tmp_path, swapped)
    no_meeting = PLAN.replace("  - id: gesprek\n", "  - id: gesprek\n    dagen: 1\n")
    assert "één stap is het gesprek zelf" in plan_error(tmp_path, no_meeting)
    both = PLAN.replace("maanden: 3", "maanden: 3\n    dagen: 4")
    assert "stappen 'vervolg': geef 'dagen' of 'maanden', niet allebei" in plan_error(
        tmp_path, both
    )


def test_plan_link_must_reach_a_page(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "voorbereiden.md").write_text("# x", encoding="utf-8")
    (docs / "tips.md").write_text("# x", encoding="utf-8")
    message = plan_error(tmp_path, PLAN, docs)
    assert "stappen 'vervolg' → veld 'link': pagina 'na-het-gesprek.md' bestaat niet" in message


def test_word_errors_name_file_entry_and_field(tmp_path):
    message = words_error(tmp_path, WORDS.replace("[jij bent, je bent]", "[jij bent, Je  Bent]"))
    assert (
        "feedback-woorden.yml: feedbackwoorden: woorden 'jij-bent' → vormen nr. 2: "
        "ongeldige waarde 'Je  Bent': alleen kleine letters, met één spatie tussen de woorden"
    ) in message
    message = words_error(tmp_path, WORDS.replace("    tip: Vertel liever", "    tipp: Vertel"))
    assert "woorden 'jij-bent' → veld 'tipp': onbekend veld" in message
    assert "woorden 'jij-bent' → veld 'tip': verplicht veld ontbreekt" in message
    twice = WORDS.replace("[jij bent, je bent]", "[jij bent, nooit]")
    assert "vorm-id 'nooit' komt twee keer voor" in words_error(tmp_path, twice)


@pytest.mark.parametrize(
    ("days", "months", "words"),
    [
        (-14, 0, "2 weken voor het gesprek"),
        (-12, 0, "12 dagen voor het gesprek"),
        (-7, 0, "1 week voor het gesprek"),
        (-1, 0, "de dag voor het gesprek"),
        (0, 0, "de dag van het gesprek"),
        (1, 0, "de dag na het gesprek"),
        (0, 1, "1 maand na het gesprek"),
        (0, 3, "3 maanden na het gesprek"),
    ],
)
def test_offset_in_words(days, months, words):
    step = PlanStep(
        id="x", titel="T", tekst="T", dagen=days, maanden=months, link="a.md", linktekst="L"
    )
    plan = load_plan(ROOT / "data" / "planner.yml", ROOT / "docs")
    assert offset_words(step, plan.wanneer) == words


def test_offset_in_words_follows_the_language():
    """The English planner says when a step is in English (data/en/planner.yml, wanneer)."""
    english = Edition("en", ROOT / "data")
    plan = load_plan(ROOT / "data" / "planner.yml", ROOT / "docs", english)
    said = [offset_words(step, plan.wanneer) for step in plan.stappen]
    assert said[0] == "2 weeks before the meeting"
    assert "the day of the meeting" in said and "3 months after the meeting" in said


def _all(texts, text: str):
    """Every text of a data section replaced by `text`."""
    if isinstance(texts, dict):
        return {key: _all(value, text) for key, value in texts.items()}
    return text


def test_planner_markup_carries_each_step_escaped():
    hostile = "<b>{{ 7*7 }}</b> {n}"  # {n}: a plural needs it
    plan = Plan.model_validate(
        {
            "teksten": _all(TEXTS, hostile),
            "wanneer": _all(PLANNER["wanneer"], hostile),
            "stappen": [
                {
                    "id": "gesprek",
                    "titel": hostile,
                    "tekst": hostile,
                    "link": "tips.md#tip-1",
                    "linktekst": "Lees",
                }
            ],
        }
    )
    html = render_planner(plan, hostile, "/sub/", problems="Fouten")
    assert "<b>" not in html and "{{" not in html
    step = BeautifulSoup(html, "html.parser").select_one("[data-step]")
    assert (step["data-step"], step["data-days"], step["data-months"]) == ("gesprek", "0", "0")
    assert step.select_one(".gk-timeline__title").get_text() == hostile
    assert step.find("a")["href"] == "/sub/tips/#tip-1"
    planner = BeautifulSoup(html, "html.parser").select_one("[data-gk-module=planner]")
    for said in ("ingekort", "tijdfout", "verweg", "stappen-one", "stappen-other"):
        assert planner[f"data-msg-{said}"] == hostile
    assert planner.select_one("noscript").get_text() == hostile
    assert planner.select_one(".gk-planner__reminder").get_text() == hostile


def test_word_list_reaches_the_browser_as_escaped_json():
    hostile = '</div><script>alert(1)</script> "x" {{ 7*7 }}'
    words = FeedbackWords.model_validate(
        {
            "sjabloon": "feedback",
            "meldingen": {"harder": hostile},
            "woorden": [{"id": "nooit", "vormen": ["nooit", "nooit meer"], "tip": hostile}],
            "teksten": _all(FEEDBACK_TEXTS, hostile),
        }
    )
    html = render_feedback_builder(words, "Geen JavaScript.")
    assert "<script>" not in html and "{{" not in html
    element = BeautifulSoup(html, "html.parser").select_one("#gk-feedback-words")
    assert element.has_attr("hidden")
    assert json.loads(element["data-words"]) == [{"forms": ["nooit", "nooit meer"], "tip": hostile}]


def test_the_registry_feeds_the_manifest_with_the_words_from_data():
    texts = load_my_data(ROOT / "data" / "mijn-gegevens.yml")
    tools = build_manifest(load(ROOT / "data", ROOT / "docs"), "1.0.0", texts)["tools"]
    assert (
        list(tools)
        == list(TOOLS)
        == [
            "planner",
            "smart",
            "successes",
            "points",
            "card",
            "meeting",
        ]
    )
    assert tools["planner"] == {
        "title": "Plan je voorbereiding",
        "summary": "date",
        "field": "date",
        "words": {"date": "gesprek op {datum}", "none": "nog geen datum"},
    }
    assert tools["smart"] == {
        "title": "Formuleer een SMART-doel",
        "summary": "count",
        "field": "goals",
        "words": ["1 doel", "{n} doelen"],
    }
    assert tools["card"]["summary"] == "filled"
    assert "field" not in tools["card"]


def my_data_error(tmp_path: Path, edit) -> str:
    raw = yaml.safe_load((ROOT / "data" / "mijn-gegevens.yml").read_text(encoding="utf-8"))
    edit(raw)
    path = write(tmp_path, "mijn-gegevens.yml", yaml.safe_dump(raw, allow_unicode=True))
    with pytest.raises(DataError) as caught:
        load_my_data(path)
    return str(caught.value)


def test_my_data_names_exactly_the_registered_tools(tmp_path):
    message = my_data_error(tmp_path, lambda raw: raw["hulpmiddelen"].pop("smart"))
    assert message.endswith("mijn gegevens: hulpmiddelen 'smart': ontbreekt")
    message = my_data_error(
        tmp_path, lambda raw: raw["hulpmiddelen"].update(tijdlijn={"titel": "T"})
    )
    assert "hulpmiddelen 'tijdlijn': bestaat niet in macros/tools_registry.py" in message
    message = my_data_error(tmp_path, lambda raw: raw["hulpmiddelen"]["planner"].pop("leeg"))
    assert "hulpmiddelen 'planner' → veld 'leeg': verplicht veld ontbreekt" in message


def test_the_feedback_builder_writes_into_a_template_with_its_four_fields(tmp_path):
    data = load(ROOT / "data", ROOT / "docs")
    words = load_feedback_words(ROOT / "data" / "feedback-woorden.yml")
    check_template(words, data.templates, Path("feedback-woorden.yml"))  # the real data fits
    other = words.model_copy(update={"sjabloon": "oefenvragen"})
    with pytest.raises(DataError, match="'oefenvragen' heeft geen veld 'situatie'"):
        check_template(other, data.templates, Path("feedback-woorden.yml"))
    gone = words.model_copy(update={"sjabloon": "weg"})
    with pytest.raises(
        DataError, match="feedbackwoorden → veld 'sjabloon': 'weg' bestaat niet in data/templates/"
    ):
        check_template(gone, data.templates, Path("feedback-woorden.yml"))
