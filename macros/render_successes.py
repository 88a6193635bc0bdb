"""Mijn successen (browser/js/successes.js): the form, the filters and the list, all words
from data/successen.yml."""

from __future__ import annotations

from macros.html import all_messages, esc, heading
from macros.models import SuccessesTool
from macros.render_tool_parts import button, button_row, error_summary, field, message, noscript
from macros.tools_registry import module_attr


def render_successes(text: SuccessesTool, no_script: str, level: int = 2, *, problems: str) -> str:
    """The form for a new success, the list with its filters and buttons, and the example
    for a reader without entries. `problems`: the title of the form's error summary."""
    # Id, words, control and whether it has an error line (successes.js checks those).
    date, what, result, start, end = (
        field(control_id, words.label, words.uitleg, control, error=error)
        for control_id, words, control, error in (
            ("gk-success-date", text.datum, '<input type="date" name="date"', True),
            ("gk-success-what", text.wat, '<textarea rows="2" name="what"', True),
            ("gk-success-result", text.opbrengst, '<textarea rows="2" name="result"', False),
            ("gk-success-from", text.van, '<input type="date"', False),
            ("gk-success-to", text.tot, '<input type="date"', False),
        )
    )
    order = (
        '<div class="gk-field"><label for="gk-success-order" class="gk-field__label">'
        f'{esc(text.volgorde)}</label><select id="gk-success-order">'
        f'<option value="new">{esc(text.nieuwste)}</option>'
        f'<option value="old">{esc(text.oudste)}</option></select></div>'
    )
    example = text.voorbeeld
    said = text.meldingen
    # With no entries yet: an example and one action; the filters and the buttons for the
    # list come with the first entry (successes.js). They are hidden from the start, as a new
    # reader has none (so nothing shifts), and so need no gk-needs-js.
    empty = (
        '<div class="gk-successes__empty gk-noprint gk-needs-js" data-empty>'
        f"<p>{esc(text.leeg)}</p>"
        '<div class="gk-successes__example">'
        f'<p class="gk-successes__label">{esc(example.kop)}</p>'
        f"<p>{esc(example.wat)}</p>"
        f'<p><span class="gk-successes__label">{esc(said.opbrengst)} </span>'
        f"{esc(example.opbrengst)}</p></div>"
        '<p><button type="button" class="gk-button gk-button--primary" data-action="start">'
        f"{esc(text.eerste)}</button></p></div>"
    )
    return (
        '<div class="gk-tool gk-successes"'
        f"{module_attr('successes')}{all_messages(said)}>"
        f"{noscript(no_script)}"
        f'<form class="gk-noprint gk-needs-js">{error_summary(problems, level)}'
        '<fieldset class="gk-tool__card">'
        f"<legend>{esc(text.nieuw)}</legend>{date}{what}{result}"
        f'<button type="submit" class="gk-button gk-button--primary">{esc(text.voeg_toe)}</button>'
        f"{message()}</fieldset></form>"
        + heading(level, "je-successen", text.kop, "gk-tool__heading")
        + empty
        + '<fieldset class="gk-tool__form gk-tool__row gk-noprint" data-with-entries'
        f' hidden><legend class="gk-visually-hidden">{esc(text.kies)}</legend>'
        f'{start}{end}{order}</fieldset><p class="gk-successes__count" role="status" data-count>'
        '</p><ol class="gk-successes__list" data-list></ol>'
        + button_row(
            button(text.afdrukken, 'data-action="print"'),
            classes="gk-noprint",
            extra=" data-with-entries hidden",
        )
        + f"{message()}</div>"
    )
