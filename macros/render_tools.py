"""Render the four tools: the planner, the SMART helper, the feedback builder and the
successes log.

Each tool is markup from here that a module in browser/js/ brings to life (found by a
data-gk-* attribute on its root). Labels, hints and the planner's steps are in the page
itself, so they read without JavaScript and the page tests check their spelling; the
parts that only work with JavaScript carry the class gk-needs-js, which shows them only
when the <html> element has gk-js (set in <head> by material-fixes.js, so they are there
from the first paint and nothing shifts), and a noscript note says why.
"""

from __future__ import annotations

import json

from macros.html import esc, heading
from macros.models import FeedbackWords, Plan, PlanStep
from macros.render_checklist import page_url

NOSCRIPT = (
    '<noscript><p class="gk-noscript">Dit hulpmiddel werkt alleen met JavaScript, en je '
    "browser voert dat nu niet uit. Je kunt de uitleg op deze pagina wel lezen.</p></noscript>"
)


def _message(extra: str = "") -> str:
    """A status line for what a tool says back (filled by its module)."""
    return f'<p class="gk-tool__message" role="status"{extra}></p>'


def _button(label: str, attrs: str, hidden_label: str = "") -> str:
    extra = f'<span class="gk-visually-hidden">{esc(hidden_label)}</span>' if hidden_label else ""
    return f'<button type="button" class="gk-button" {attrs}>{esc(label)}{extra}</button>'


def _field(
    control_id: str,
    label: str,
    hint: str,
    control: str,
    *,
    prefix: str = "",
    described: str = "",
    after: str = "",
    error: bool = False,
) -> str:
    """A labelled field with its hint. `control` is the opening tag without its '>' (a
    textarea's end tag is added); `after` comes below the control. With `error`, an empty
    line for the field's error (`<control_id>-error`) sits between hint and control."""
    help_id = f"{control_id}-help"
    end = "</textarea>" if control.startswith("<textarea") else ""
    error_line = ""
    if error:
        described += f" {control_id}-error"
        error_line = f'<p class="gk-field-error" id="{control_id}-error" aria-live="polite"></p>'
    return (
        '<div class="gk-field">'
        f'<label for="{control_id}" class="gk-field__label">{prefix}{esc(label)}</label>'
        f'<p id="{help_id}" class="gk-field__help">{esc(hint)}</p>{error_line}'
        f'{control} id="{control_id}" aria-describedby="{help_id}{described}" autocomplete="off">'
        f"{end}{after}</div>"
    )


def _error_summary(title: str, level: int) -> str:
    """The list of a form's problems at its top, with a link to each field; filled and
    shown by fieldErrors in browser/js/ui.js when a try finds more than one."""
    return (
        '<div class="gk-error-summary" data-error-summary tabindex="-1" hidden>'
        f'<h{level} class="gk-error-summary__title">{esc(title)}</h{level}><ul></ul></div>'
    )


# --- Planner --------------------------------------------------------------------------


def _count(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


def offset_words(step: PlanStep) -> str:
    """When a step is, in words: '2 weken voor het gesprek', 'de dag na het gesprek'."""
    if step.maanden:
        return f"{_count(step.maanden, 'maand', 'maanden')} na het gesprek"
    days = abs(step.dagen)
    side = "voor" if step.dagen < 0 else "na"
    if days == 0:
        return "de dag van het gesprek"
    if days == 1:
        return f"de dag {side} het gesprek"
    amount = _count(days // 7, "week", "weken") if days % 7 == 0 else f"{days} dagen"
    return f"{amount} {side} het gesprek"


def _step(step: PlanStep, root: str, level: int) -> str:
    return (
        f'<li class="gk-timeline__step" data-step="{step.id}" data-days="{step.dagen}" '
        f'data-months="{step.maanden}">'
        '<p class="gk-timeline__when"><span class="gk-timeline__date" data-step-date></span>'
        f'<span class="gk-timeline__offset">{esc(offset_words(step))}</span></p>'
        + heading(level, f"stap-{step.id}", step.titel, "gk-timeline__title")
        + f'<p>{esc(step.tekst)} <a href="{esc(page_url(step.link, root))}">'
        f"{esc(step.linktekst)}</a></p></li>"
    )


def render_planner(plan: Plan, root: str = "/", level: int = 2, *, problems: str) -> str:
    """The date form with the calendar download right below its confirmation, and the
    timeline of steps (dates filled in by planner.js). `problems`: the title of the
    form's error summary."""
    texts = plan.teksten
    date = _field(
        "gk-plan-date",
        "Datum van je gesprek",
        "Weet je de datum nog niet precies? Kies dan een datum die ongeveer klopt.",
        '<input type="date" name="date"',
        error=True,
    )
    # Where a browser has no time picker, this is a text box: planner.js checks it.
    time = _field(
        "gk-plan-time",
        "Tijd van je gesprek",
        "Dit mag je leeg laten.",
        '<input type="time" name="time"',
        error=True,
    )
    steps = "".join(_step(step, root, level + 1) for step in plan.stappen)
    said = (
        f'data-text-squeezed="{esc(texts.ingekort)}" data-text-time="{esc(texts.tijdfout)}" '
        f'data-text-far="{esc(texts.verweg)}"'
    )
    return (
        f'<div class="gk-tool gk-planner" data-gk-planner {said}>'
        f'{NOSCRIPT}<form class="gk-tool__form gk-noprint gk-needs-js">'
        f'{_error_summary(problems, level)}<div class="gk-tool__row">{date}{time}</div>'
        '<button type="submit" class="gk-button gk-button--primary">Maak mijn planning</button>'
        + _message(' id="gk-plan-message"')
        + '<div class="gk-planner__calendar" data-plan-calendar hidden>'
        f'<p class="gk-planner__reminder">{esc(texts.herinnering)}</p>'
        '<p class="gk-tool__buttons">'
        + _button("Zet in mijn agenda", 'data-action="ics"')
        + _button("Planning afdrukken", 'data-action="print"')
        + f"</p>{_message()}</div></form>"
        + heading(level, "tijdlijn", "Je tijdlijn", "gk-tool__heading")
        + '<p class="gk-planner__summary" data-plan-summary>Zo ziet je voorbereiding eruit. '
        "Vul hierboven de datum in, dan zie je bij elke stap de dag.</p>"
        f'<ol class="gk-timeline">{steps}</ol></div>'
    )


# --- SMART helper -----------------------------------------------------------------------

# Letter, field, label and hint; a reader's answer to Specifiek finishes "Ik wil ...".
SMART_LETTERS = (
    (
        "S",
        "specifiek",
        "Specifiek: wat wil je precies bereiken?",
        "Maak de zin af: 'Ik wil …'. Bijvoorbeeld: een cursus Excel voor gevorderden afronden.",
    ),
    (
        "M",
        "meetbaar",
        "Meetbaar: waaraan zie je dat het gelukt is?",
        "Bijvoorbeeld: Ik maak elke maand zelf het overzicht van de verkoopcijfers.",
    ),
    (
        "A",
        "acceptabel",
        "Acceptabel: staan jij en je leidinggevende er allebei achter?",
        "Bijvoorbeeld: Mijn leidinggevende en ik vinden dit allebei nuttig.",
    ),
    (
        "R",
        "realistisch",
        "Realistisch: kun je het halen met de tijd en middelen die je hebt?",
        "Bijvoorbeeld: Ik krijg er twee uur per week voor.",
    ),
    (
        "T",
        "tijdgebonden",
        "Tijdgebonden: wanneer heb je het bereikt?",
        "Kies de datum waarop het af is.",
    ),
)


def _letter(n: str, letter: str, field: str, label: str, hint: str) -> str:
    control_id = f"gk-smart-{n}-{field}"
    prefix = f'<span class="gk-smart__letter" aria-hidden="true">{letter}</span> '
    if field == "tijdgebonden":
        note = f"{control_id}-note"
        return _field(
            control_id,
            label,
            hint,
            f'<input type="date" data-letter="{field}"',
            prefix=prefix,
            described=f" {note}",
            after=f'<p class="gk-field__note" id="{note}" aria-live="polite"></p>',
        )
    return _field(
        control_id, label, hint, f'<textarea rows="2" data-letter="{field}"', prefix=prefix
    )


# What smart.js shows for a goal with nothing filled in yet (its update()); goal 1 is in
# the page with it from the start, so nothing moves when the script takes over.
SMART_NO_GOAL = "Vul de letters in. Dan zie je hier je doel."


def _goal(n: str, missing: str = "", composed: str = "") -> str:
    """One goal card; n is "__" in the <template> that smart.js numbers."""
    letters = "".join(_letter(n, *letter) for letter in SMART_LETTERS)
    return (
        f'<fieldset class="gk-tool__card gk-smart__goal"><legend>Doel {n}</legend>'
        f'<div class="gk-noprint">{letters}</div>'
        f'<p class="gk-smart__missing" role="status" data-missing>{missing}</p>'
        '<p class="gk-composed__label">Je doel in woorden</p>'
        f'<p class="gk-composed" data-composed>{composed}</p>'
        '<p class="gk-tool__buttons gk-noprint">'
        + _button("Kopieer", 'data-action="copy"', f" doel {n}")
        + _button("Verwijder", 'data-action="remove"', f" doel {n}")
        + f"</p>{_message()}</fieldset>"
    )


def render_smart() -> str:
    """The goals: smart.js makes them from the <template>; goal 1 is in the page already."""
    first = _goal("1", "", SMART_NO_GOAL)
    return (
        f'<div class="gk-tool gk-smart" data-gk-smart>{NOSCRIPT}'
        f'<template>{_goal("__")}</template><div class="gk-needs-js" data-goals>{first}</div>'
        '<p class="gk-tool__buttons gk-noprint gk-needs-js">'
        + _button("Nog een doel", 'data-action="add"')
        + _button("Doelen afdrukken", 'data-action="print"')
        + "</p></div>"
    )


# --- Feedback builder --------------------------------------------------------------------

FEEDBACK_PARTS = (
    (
        "situatie",
        "De situatie: wat gebeurde er, en wanneer?",
        "Beschrijf wat je zag of hoorde. Bijvoorbeeld: In de laatste drie teamoverleggen "
        "kwamen we niet toe aan mijn voorstellen.",
    ),
    (
        "effect",
        "Het effect: wat betekende dat voor jou of voor het werk?",
        "Bijvoorbeeld: Daardoor wist ik niet of ik verder kon met het nieuwe rooster.",
    ),
    (
        "wens",
        "Je wens of voorstel: wat zou helpen?",
        "Bijvoorbeeld: Zou je mijn punten vooraan op de agenda willen zetten?",
    ),
    (
        "positief",
        "Iets positiefs: wat gaat er goed?",
        "Bijvoorbeeld: Ik waardeer het dat je tijd maakt als ik een vraag heb.",
    ),
)


def words_element(words: FeedbackWords) -> str:
    """The word list as JSON in a hidden element's attribute, escaped like the manifest
    (not a <script>: see macros/manifest.py)."""
    entries = [{"forms": word.vormen, "tip": word.tip} for word in words.woorden]
    text = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<div id="gk-feedback-words" hidden data-words="{esc(text)}"></div>'


def render_feedback_builder(words: FeedbackWords, level: int = 2) -> str:
    parts = "".join(
        _field(
            f"gk-feedback-{part}",
            label,
            hint,
            f'<textarea rows="3" data-part="{part}"',
            described=f" gk-feedback-{part}-flags",
            after=f'<div class="gk-flags" id="gk-feedback-{part}-flags" aria-live="polite"></div>',
        )
        for part, label, hint in FEEDBACK_PARTS
    )
    listed = "".join(
        f"<li><strong>{esc(', '.join(word.vormen))}</strong>: {esc(word.tip)}</li>"
        for word in words.woorden
    )
    return (
        f'<div class="gk-tool gk-feedback" data-gk-feedback>{NOSCRIPT}'
        f'<div class="gk-tool__form gk-noprint gk-needs-js">{parts}</div>'
        + heading(level, "je-bericht", "Je bericht", "gk-tool__heading")
        + '<div class="gk-composed" data-composed><p>Vul de vier delen hierboven in. Dan zie '
        "je hier je bericht.</p></div>"
        '<p class="gk-tool__buttons gk-noprint gk-needs-js">'
        + _button("Kopieer het bericht", 'data-action="copy"')
        + _button("Bericht afdrukken", 'data-action="print"')
        + f"</p>{_message()}"
        + heading(level, "woorden", "Op welke woorden let de hulp?", "gk-tool__heading")
        + "<p>Deze woorden klinken snel als een verwijt. Gebruik je er een, dan zie je een "
        "tip. Je beslist zelf wat je ermee doet.</p>"
        f'<ul class="gk-feedback__words">{listed}</ul>{words_element(words)}</div>'
    )


# --- Successes log -----------------------------------------------------------------------


def render_successes(level: int = 2, *, problems: str) -> str:
    """The form for a new success, the list with its filters and buttons, and the example
    for a reader without entries. `problems`: the title of the form's error summary."""
    date = _field(
        "gk-success-date",
        "Datum",
        "Wanneer gebeurde het?",
        '<input type="date" name="date"',
        error=True,
    )
    what = _field(
        "gk-success-what",
        "Wat ging er goed?",
        "Bijvoorbeeld: Ik heb de nieuwe collega ingewerkt.",
        '<textarea rows="2" name="what"',
        error=True,
    )
    result = _field(
        "gk-success-result",
        "Wat leverde het op?",
        "Bijvoorbeeld: Na twee weken werkte ze zelfstandig. Dit mag je leeg laten.",
        '<textarea rows="2" name="result"',
    )
    start = _field(
        "gk-success-from", "Van", "De eerste dag die je wilt zien.", '<input type="date"'
    )
    end = _field(
        "gk-success-to", "Tot en met", "De laatste dag die je wilt zien.", '<input type="date"'
    )
    order = (
        '<div class="gk-field"><label for="gk-success-order" class="gk-field__label">Volgorde'
        '</label><select id="gk-success-order"><option value="new">Nieuwste eerst</option>'
        '<option value="old">Oudste eerst</option></select></div>'
    )
    # With no entries yet: an example and one action; the filters and the buttons for the
    # list come with the first entry (successes.js). They are hidden from the start, as a new
    # reader has none (so nothing shifts), and so need no gk-needs-js.
    empty = (
        '<div class="gk-successes__empty gk-noprint gk-needs-js" data-empty>'
        "<p>Je hebt nog geen successen opgeschreven. Zo kan een succes eruitzien:</p>"
        '<div class="gk-successes__example">'
        '<p class="gk-successes__label">Voorbeeld</p>'
        "<p>Ik heb het nieuwe rooster voor het team gemaakt.</p>"
        '<p><span class="gk-successes__label">Wat het opleverde: </span>'
        "Iedereen wist twee weken eerder wanneer hij moest werken.</p></div>"
        '<p><button type="button" class="gk-button gk-button--primary" data-action="start">'
        "Schrijf je eerste succes op</button></p></div>"
    )
    return (
        f'<div class="gk-tool gk-successes" data-gk-successes>{NOSCRIPT}'
        f'<form class="gk-noprint gk-needs-js">{_error_summary(problems, level)}'
        '<fieldset class="gk-tool__card">'
        f"<legend>Nieuw succes</legend>{date}{what}{result}"
        '<button type="submit" class="gk-button gk-button--primary">Voeg toe</button>'
        f"{_message()}</fieldset></form>"
        + heading(level, "je-successen", "Je successen", "gk-tool__heading")
        + empty
        + '<fieldset class="gk-tool__form gk-tool__row gk-noprint" data-with-entries'
        ' hidden><legend class="gk-visually-hidden">Kies wat je ziet</legend>'
        f'{start}{end}{order}</fieldset><p class="gk-successes__count" role="status" data-count>'
        '</p><ol class="gk-successes__list" data-list></ol>'
        '<p class="gk-tool__buttons gk-noprint" data-with-entries hidden>'
        + _button("Zet in mijn voorbereidingsformulier", 'data-action="insert"')
        + _button("Successen afdrukken", 'data-action="print"')
        + f"</p>{_message()}</div>"
    )
