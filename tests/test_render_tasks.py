"""data/taken.yml: broken references stop the build naming file, task and field, and the
task list renders as an ordered list of links that carries what tasks.js reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.loader import DataError, load, load_plan, load_tasks
from macros.models import TaskList
from macros.render_tasks import render_tasks

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
PLAN = load_plan(ROOT / "data" / "planner.yml")
RAW = yaml.safe_load((ROOT / "data" / "taken.yml").read_text(encoding="utf-8"))


def broken(tmp_path: Path, change) -> str:
    raw = json.loads(json.dumps(RAW))
    change(raw)
    path = tmp_path / "taken.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_tasks(path, DATA, ROOT / "docs")
    return str(caught.value)


def first_task(raw: dict) -> dict:
    return raw["groepen"][0]["taken"][1]  # 'terugkijken'


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda raw: first_task(raw)["klaar"][0].update(item="resultatn"),
            "taken 'terugkijken' → klaar nr. 1: item 'resultatn' bestaat niet in checklist "
            "'voorbereiding'",
        ),
        (
            lambda raw: first_task(raw)["klaar"][0].update(checklist="voorbereidin"),
            "taken 'terugkijken' → klaar nr. 1: checklist 'voorbereidin' bestaat niet",
        ),
        (
            lambda raw: first_task(raw)["bezig"][1].update(veld="uitdaging"),
            "taken 'terugkijken' → bezig nr. 2: veld 'uitdaging' bestaat niet in sjabloon "
            "'voorbereidingsformulier'",
        ),
        (
            lambda raw: first_task(raw)["bezig"][0].update(sjabloon="formulier"),
            "taken 'terugkijken' → bezig nr. 1: sjabloon 'formulier' bestaat niet",
        ),
        (
            lambda raw: first_task(raw)["bezig"][2].update(veld="entry"),
            "taken 'terugkijken' → bezig nr. 3: veld 'entry' bestaat niet in hulpmiddel "
            "'successes'",
        ),
        (
            lambda raw: first_task(raw)["bezig"][2].update(hulpmiddel="agenda"),
            "taken 'terugkijken' → bezig nr. 3: hulpmiddel 'agenda' bestaat niet",
        ),
        (
            lambda raw: first_task(raw).update(link="terugkijken.md"),
            "taken 'terugkijken' → veld 'link': pagina 'terugkijken.md' bestaat niet",
        ),
        (
            lambda raw: first_task(raw).update(eerst="kaart"),
            "taak 'terugkijken': 'eerst' moet een eerdere taak zijn",
        ),
        (
            lambda raw: raw["kort"]["taken"].append("slapen"),
            "kort → taken: taak 'slapen' bestaat niet",
        ),
        (
            lambda raw: first_task(raw)["klaar"][0].update(veld="x"),
            "groepen nr. 1 → taken 'terugkijken' → klaar nr. 1: 'veld' hoort bij",
        ),
        (
            lambda raw: raw["status"].pop("wacht"),
            "status → veld 'wacht': verplicht veld ontbreekt",
        ),
    ],
)
def test_a_broken_reference_names_file_task_and_field(tmp_path, change, expected):
    message = broken(tmp_path, change)
    assert message.startswith(f"{tmp_path / 'taken.yml'}: ")
    assert expected in message, message


def soup(tasks: TaskList) -> BeautifulSoup:
    return BeautifulSoup(render_tasks(tasks, PLAN, "/sub/"), "html.parser")


def test_an_ordered_list_of_links_with_their_status_as_description():
    tasks = load_tasks(ROOT / "data" / "taken.yml", DATA, ROOT / "docs")
    html = soup(tasks)
    lists = html.select("ol.gk-tasks__list")
    assert len(lists) == len(tasks.groepen)
    assert lists[1]["start"] == str(len(tasks.groepen[0].taken) + 1)
    items = html.select("ol.gk-tasks__list > li")
    assert [item["data-task"] for item in items] == [task.id for task in tasks.tasks]
    for item, task in zip(items, tasks.tasks, strict=True):
        link, status = item.select_one("a"), item.select_one("[data-status]")
        assert link.get_text() == task.titel
        assert link["href"].startswith("/sub/")
        assert link["aria-describedby"] == status["id"]
        assert "gk-needs-js" in status["class"]
        assert status.get_text() == tasks.status.nieuw
        assert json.loads(item["data-klaar"]) == [signal.path for signal in task.klaar]
        assert json.loads(item["data-bezig"]) == [signal.path for signal in task.bezig]
        assert item.get("data-eerst") == task.eerst
    root = html.select_one("[data-gk-tasks]")
    for kind in ("nieuw", "bezig", "klaar", "wacht"):
        assert root[f"data-status-{kind}"] == getattr(tasks.status, kind)
    countdown = html.select_one("[data-countdown]")
    assert countdown.has_attr("hidden")
    steps = json.loads(countdown["data-steps"])
    assert [step["title"] for step in steps] == [step.titel for step in PLAN.stappen]
    assert steps[0]["href"].startswith("/sub/")
    route = [link.get_text() for link in html.select("[data-short-route] li a")]
    titles = {task.id: task.titel for task in tasks.tasks}
    assert route == [titles[wanted] for wanted in tasks.kort.taken]


def test_signal_paths_point_into_the_saved_state():
    tasks = load_tasks(ROOT / "data" / "taken.yml", DATA)
    paths = [signal.path for task in tasks.tasks for signal in [*task.bezig, *task.klaar]]
    assert ["tools", "planner", "date"] in paths
    assert ["checklists", "voorbereiding", "items", "resultaten"] in paths
    assert ["templates", "voorbereidingsformulier", "fields", "bereikt"] in paths


def test_text_from_data_is_escaped():
    hostile = '<b>{{ 7*7 }}</b> "x"'
    raw = json.loads(json.dumps(RAW))
    raw["titel"] = raw["status"]["klaar"] = raw["aftellen"]["dagen"] = hostile
    first_task(raw)["titel"] = hostile
    html = render_tasks(TaskList.model_validate(raw), PLAN)
    assert "<b>" not in html and "{{" not in html
    parsed = BeautifulSoup(html, "html.parser")
    assert parsed.select_one("[data-gk-tasks]")["data-status-klaar"] == hostile
    assert parsed.select_one("[data-countdown]")["data-text-days"] == hostile
    assert parsed.select_one('[data-task="terugkijken"] a').get_text() == hostile
