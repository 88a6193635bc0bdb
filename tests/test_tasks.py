"""The start page's task list: each task's status follows what the reader saved, the
status is the link's description for a screen reader, and once the planner knows the
date the page says how many days are left, which step is due and, with little time, the
short route. 'Today' is the browser's."""

from __future__ import annotations

import datetime
import functools

import pytest
from browser_helpers import (
    DATA,
    axe_violations,
    browser_today,
    edition,
    open_page,
    page_date,
    reload,
    seed,
    site_data,
    texts,
    wait_until_saved,
)
from conftest import page_address
from playwright.sync_api import expect

from macros.loader import load_plan, load_tasks

pytestmark = pytest.mark.browser


@functools.cache
def task_list(lang: str):
    return load_tasks(DATA / "taken.yml", site_data(lang), edition=edition(lang))


def open_start(page, lang: str = "nl") -> None:
    open_page(page, page_address("index.md", lang))


def statuses(page, lang: str = "nl") -> dict[str, str]:
    return {
        task.id: page.locator(f'[data-task="{task.id}"] [data-status]').inner_text()
        for task in task_list(lang).tasks
    }


def link(page, task_id: str):
    return page.locator(f'[data-task="{task_id}"] a')


def tick(state: dict, checklist: str, *items: str) -> None:
    entry = state["checklists"].setdefault(checklist, {"items": {}})
    entry["items"].update(dict.fromkeys(items, True))


def blank() -> dict:
    return {"version": 2, "checklists": {}, "templates": {}, "tools": {}}


def test_statuses_change_as_tasks_are_done(page, lang):
    tasks = task_list(lang)
    words = tasks.status
    open_start(page, lang)
    first = {task.id: words.wacht if task.eerst else words.nieuw for task in tasks.tasks}
    assert statuses(page, lang) == first
    # The status is read with the link, as its description.
    expect(link(page, "plannen")).to_have_accessible_description(words.nieuw)
    expect(link(page, "kaart")).to_have_accessible_description(words.wacht)
    assert axe_violations(page) == []

    # A reader ticks one item of "look back" on the guide page: that task is under way.
    open_page(page, page_address("voorbereiden.md", lang))
    page.locator("#gk-voorbereiding--resultaten").check()
    wait_until_saved(page, "state.checklists?.voorbereiding?.items?.resultaten")
    open_start(page, lang)
    assert statuses(page, lang)["terugkijken"] == words.bezig
    expect(link(page, "terugkijken")).to_have_accessible_description(words.bezig)

    state = blank()
    tick(
        state,
        "voorbereiding",
        "resultaten",
        "uitdagingen-voorbeelden",
        "uitdagingen-oplossingen",
        "doel-gesprek",
        "vragen",
    )
    state["tools"]["planner"] = {"date": "2099-01-05"}
    state["templates"]["gespreksverslag"] = {"fields": {"afspraken": "   "}, "agenda": {}}
    seed(page, state)
    open_start(page, lang)
    assert statuses(page, lang) == {
        **first,
        "plannen": words.klaar,
        "terugkijken": words.klaar,
        "vragen": words.klaar,
        "kaart": words.nieuw,  # the questions are done, so the card can be made
        "afspraken": words.wacht,  # spaces alone are not a start
    }
    assert axe_violations(page) == []

    state["templates"]["gespreksverslag"]["fields"]["afspraken"] = "Cursus in maart"
    state["tools"]["successes"] = {"entries": []}  # an empty list is no start either
    seed(page, state)
    open_start(page, lang)
    assert statuses(page, lang)["afspraken"] == words.bezig
    assert statuses(page, lang)["feedback"] == words.nieuw


# Tabs are storage mechanics: the same code path in English.
def test_a_tab_that_saves_changes_the_statuses_here(context):
    page = context.new_page()
    open_start(page)
    other = context.new_page()
    open_page(other, "plannen/")
    day = browser_today(other) + datetime.timedelta(days=30)
    other.fill("#gk-plan-date", day.isoformat())
    other.locator("[data-gk-module=planner] button[type=submit]").click()
    expect(page.locator('[data-task="plannen"] [data-status]')).to_have_text(
        task_list("nl").status.klaar
    )
    expect(page.locator("[data-countdown]")).to_be_visible()


@pytest.mark.parametrize("away", [0, 1, 2, 10])
def test_days_left_and_the_step_that_is_due(page, away, lang):
    tasks = task_list(lang)
    plan = texts(lang, load_plan, "planner.yml")
    open_start(page, lang)
    countdown = page.locator("[data-countdown]")
    expect(countdown).to_be_hidden()
    now = browser_today(page)
    meeting = now + datetime.timedelta(days=away)
    state = blank()
    state["tools"]["planner"] = {"date": meeting.isoformat()}
    seed(page, state)
    open_start(page, lang)
    expect(countdown).to_be_visible()
    said = tasks.aftellen
    days_left = {0: said.vandaag, 1: said.morgen}.get(away, said.dagen.replace("{n}", str(away)))
    expect(page.locator("[data-days-left]")).to_have_text(days_left)

    due = page.locator("[data-step-today]")
    if away == 0:
        meeting_step = next(s for s in plan.stappen if not s.dagen and not s.maanden)
        expect(due).to_have_text(said.stap.replace("{stap}", meeting_step.titel))
    else:
        # Whatever was missed before today is due today, or else the next step.
        text = due.inner_text()
        titles = [step.titel for step in plan.stappen]
        assert any(text == said.stap.replace("{stap}", title) for title in titles) or any(
            text.startswith(said.volgende.split("{stap}")[0] + title + ", op ")
            and text.endswith(".")
            for title in titles
        ), text
        if away <= 2 and now.weekday() < 5:
            # A plan of two weeks with two days left: the first step is due today.
            expect(due).to_have_text(said.stap.replace("{stap}", plan.stappen[0].titel))
        elif text.startswith(said.volgende.split("{stap}")[0]):
            assert page_date(page, now) not in text
    expect(due.locator("a")).to_have_count(1)

    route = page.locator("[data-short-route]")
    if away <= tasks.kort.dagen:
        expect(route).to_be_visible()
        expect(route.get_by_role("heading")).to_have_text(tasks.kort.titel)
        by_id = {task.id: task.titel for task in tasks.tasks}
        expect(route.locator("li")).to_have_text([by_id[wanted] for wanted in tasks.kort.taken])
    else:
        expect(route).to_be_hidden()
    assert axe_violations(page) == []


def test_a_meeting_that_is_over_shows_no_countdown(page, lang):
    tasks = task_list(lang)
    words = tasks.status
    open_start(page, lang)
    state = blank()
    state["tools"]["planner"] = {
        "date": (browser_today(page) - datetime.timedelta(days=1)).isoformat()
    }
    seed(page, state)
    open_start(page, lang)
    expect(page.locator("[data-countdown]")).to_be_hidden()
    assert statuses(page, lang)["plannen"] == words.klaar


def test_without_javascript_a_plain_ordered_list_of_links(browser, base_url, lang):
    tasks = task_list(lang)
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(page_address("index.md", lang))
    links = page.locator("ol.gk-tasks__list > li > a")
    expect(links).to_have_text([task.titel for task in tasks.tasks])
    for status in page.locator("[data-status]").all():
        expect(status).to_be_hidden()
    expect(page.locator("[data-countdown]")).to_be_hidden()
    context.close()


def test_the_support_page_is_linked_above_the_task_list(page, lang):
    open_start(page, lang)
    support = page.locator(".md-content a[href$='spanning/']").first
    list_top = page.locator("[data-gk-tasks]").bounding_box()["y"]
    assert support.bounding_box()["y"] < list_top


def test_a_checklist_shows_its_done_state_with_the_next_step(page, lang):
    checklist = site_data(lang).checklists["feedback-leidinggevende"]
    ticked = texts(lang).lijsten.afgevinkt.format
    open_page(page, page_address("feedback.md", lang))
    root = page.locator(f'[data-checklist="{checklist.id}"]')
    done = root.locator("[data-checklist-done]")
    boxes = root.locator("input[data-item]")
    expect(boxes).to_have_count(len(checklist.items))
    boxes.first.check()
    expect(root.locator(".gk-progress__text")).to_have_text(ticked(n=1, alle=len(checklist.items)))
    expect(done).to_be_hidden()
    # A ticked item looks ticked, not only by its box.
    label = root.locator("label").first
    assert "line-through" in label.evaluate("l => getComputedStyle(l).textDecorationLine")
    for box in boxes.all():
        box.check()
    expect(done).to_be_visible()
    expect(done.locator("a")).to_have_text(checklist.volgende.tekst)
    assert axe_violations(page) == []
    boxes.last.uncheck()
    expect(done).to_be_hidden()
    boxes.last.check()
    reload(page)
    expect(done).to_be_visible()  # from what was saved

    # The overview counts the same ticks.
    open_page(page, page_address("checklists.md", lang))
    total = len(checklist.items)
    expect(page.locator(f'[data-checklist-progress="{checklist.id}"]')).to_have_text(
        ticked(n=total, alle=total)
    )
    expect(page.locator('[data-checklist-progress="voorbereiding"]')).to_have_text(
        ticked(n=0, alle=len(site_data(lang).checklists["voorbereiding"].items))
    )
