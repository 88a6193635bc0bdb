"""The task list on the start page (GOV.UK's task list pattern) and, once the planner
knows the date, the days left and the step for today.

Without JavaScript it is an ordered list of links. browser/js/tasks.js reads the saved
state and fills in each status: which saved parts count (data-bezig, data-klaar: paths
into the state), which task must come first (data-eerst) and the status words (on the
root) all come from data/taken.yml through this markup.
"""

from __future__ import annotations

import json

from macros.html import esc, heading
from macros.models import Plan, Task, TaskList
from macros.render_checklist import page_url


def _json(value: object) -> str:
    return esc(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _task(task: Task, first_word: str, root: str) -> str:
    status_id = f"gk-task-{task.id}-status"
    first = f' data-eerst="{task.eerst}"' if task.eerst else ""
    # The status is the link's description, so a screen reader says it with the link.
    return (
        f'<li class="gk-task" data-task="{task.id}"{first}'
        f' data-bezig="{_json([signal.path for signal in task.bezig])}"'
        f' data-klaar="{_json([signal.path for signal in task.klaar])}">'
        f'<a class="gk-task__link" href="{esc(page_url(task.link, root))}"'
        f' aria-describedby="{status_id}">{esc(task.titel)}</a>'
        f'<span class="gk-task__status gk-needs-js" id="{status_id}" data-status>'
        f"{esc(first_word)}</span></li>"
    )


def _countdown(tasks: TaskList, plan: Plan, root: str, level: int) -> str:
    said = tasks.aftellen
    steps = [
        {
            "days": step.dagen,
            "months": step.maanden,
            "title": step.titel,
            "href": page_url(step.link, root),
        }
        for step in plan.stappen
    ]
    by_id = {task.id: task for task in tasks.tasks}
    route = "".join(
        f'<li><a href="{esc(page_url(task.link, root))}">{esc(task.titel)}</a></li>'
        for task in (by_id[wanted] for wanted in tasks.kort.taken)
    )
    return (
        '<div class="gk-countdown gk-noprint" data-countdown hidden'
        f' data-text-today="{esc(said.vandaag)}" data-text-tomorrow="{esc(said.morgen)}"'
        f' data-text-days="{esc(said.dagen)}" data-text-step="{esc(said.stap)}"'
        f' data-text-next="{esc(said.volgende)}" data-short-days="{tasks.kort.dagen}"'
        f' data-steps="{_json(steps)}">'
        '<p class="gk-countdown__days" data-days-left></p><p data-step-today></p>'
        '<div class="gk-short-route" data-short-route hidden>'
        + heading(level + 1, "kort", tasks.kort.titel, "gk-short-route__title")
        + f'<p>{esc(tasks.kort.tekst)}</p><ol class="gk-short-route__list">{route}</ol>'
        "</div></div>"
    )


def render_tasks(tasks: TaskList, plan: Plan, root: str = "/", level: int = 2) -> str:
    status = tasks.status
    words = (
        f'data-status-nieuw="{esc(status.nieuw)}" data-status-bezig="{esc(status.bezig)}" '
        f'data-status-klaar="{esc(status.klaar)}" data-status-wacht="{esc(status.wacht)}"'
    )
    parts = [
        f'<div class="gk-tasks" data-gk-tasks {words}>',
        heading(level, "je-voorbereiding", tasks.titel, "gk-tasks__title"),
        _countdown(tasks, plan, root, level),
    ]
    number = 1
    for n, group in enumerate(tasks.groepen, 1):
        # One numbering across the groups: the second list goes on where the first ended.
        start = f' start="{number}"' if number > 1 else ""
        items = "".join(_task(task, status.nieuw, root) for task in group.taken)
        parts.append(heading(level + 1, f"taken-{n}", group.titel, "gk-tasks__group"))
        parts.append(f'<ol class="gk-tasks__list"{start}>{items}</ol>')
        number += len(group.taken)
    parts.append("</div>")
    # One line per block and no blank lines: Markdown then passes it through as raw HTML.
    return "\n".join(parts)
