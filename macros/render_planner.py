"""Plan je voorbereiding (browser/js/planner.js): the date form, the calendar download
and the timeline of steps from data/planner.yml."""

from __future__ import annotations

from macros.html import all_messages, esc, heading
from macros.models import Plan, PlanOffsets, PlanStep, Plural
from macros.render_checklist import page_url
from macros.render_tool_parts import (
    button,
    button_row,
    error_summary,
    field,
    message,
    noscript,
)
from macros.tools_registry import module_attr


def _count(n: int, words: Plural) -> str:
    return words.een if n == 1 else words.meer.replace("{n}", str(n))


def offset_words(step: PlanStep, words: PlanOffsets) -> str:
    """When a step is, in words: '2 weken voor het gesprek', 'de dag na het gesprek'."""
    if step.maanden:
        return _count(step.maanden, words.maanden_na)
    days = abs(step.dagen)
    before = step.dagen < 0
    if days == 0:
        return words.gesprek
    if days == 1:
        return words.dag_voor if before else words.dag_na
    if days % 7 == 0:
        return _count(days // 7, words.weken_voor if before else words.weken_na)
    return _count(days, words.dagen_voor if before else words.dagen_na)


def _step(step: PlanStep, words: PlanOffsets, root: str, level: int) -> str:
    return (
        f'<li class="gk-timeline__step" data-step="{step.id}" data-days="{step.dagen}" '
        f'data-months="{step.maanden}">'
        '<p class="gk-timeline__when"><span class="gk-timeline__date" data-step-date></span>'
        f'<span class="gk-timeline__offset">{esc(offset_words(step, words))}</span></p>'
        + heading(level, f"stap-{step.id}", step.titel, "gk-timeline__title")
        + f'<p>{esc(step.tekst)} <a href="{esc(page_url(step.link, root))}">'
        f"{esc(step.linktekst)}</a></p></li>"
    )


def render_planner(
    plan: Plan, no_script: str, root: str = "/", level: int = 2, *, problems: str
) -> str:
    """The date form with the calendar download right below its confirmation, and the
    timeline of steps (dates filled in by planner.js). `problems`: the title of the
    form's error summary."""
    texts = plan.teksten
    date = field(
        "gk-plan-date",
        texts.datum,
        texts.datum_uitleg,
        '<input type="date" name="date"',
        error=True,
    )
    # Where a browser has no time picker, this is a text box: planner.js checks it.
    time = field(
        "gk-plan-time", texts.tijd, texts.tijd_uitleg, '<input type="time" name="time"', error=True
    )
    steps = "".join(_step(step, plan.wanneer, root, level + 1) for step in plan.stappen)
    return (
        '<div class="gk-tool gk-planner"'
        f"{module_attr('planner')}{all_messages(texts.meldingen)}>"
        f'{noscript(no_script)}<form class="gk-tool__form gk-noprint gk-needs-js">'
        f'{error_summary(problems, level)}<div class="gk-tool__row">{date}{time}</div>'
        f'<button type="submit" class="gk-button gk-button--primary">{esc(texts.maak)}</button>'
        + message(' id="gk-plan-message"')
        + '<div class="gk-planner__calendar" data-plan-calendar hidden>'
        f'<p class="gk-planner__reminder">{esc(texts.herinnering)}</p>'
        + button_row(
            button(texts.agenda, 'data-action="ics"'),
            button(texts.afdrukken, 'data-action="print"'),
        )
        + f"{message()}</div></form>"
        + heading(level, "tijdlijn", texts.tijdlijn, "gk-tool__heading")
        + f'<p class="gk-planner__summary" data-plan-summary>{esc(texts.zonder_datum)}</p>'
        f'<ol class="gk-timeline">{steps}</ol></div>'
    )
