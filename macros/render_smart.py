"""Formuleer een SMART-doel (browser/js/smart.js): one card per goal, all words from
data/smart.yml."""

from __future__ import annotations

from macros.html import all_messages, esc
from macros.models import SmartLetter, SmartTool
from macros.render_tool_parts import button, button_row, field, message, noscript
from macros.tools_registry import module_attr


def _letter(n: str, letter: SmartLetter) -> str:
    control_id = f"gk-smart-{n}-{letter.veld}"
    prefix = f'<span class="gk-smart__letter" aria-hidden="true">{letter.letter}</span> '
    # smart.js names the letters still empty by data-name.
    data = f'data-letter="{letter.veld}" data-name="{esc(f"{letter.letter} ({letter.voluit})")}"'
    if letter.veld == "timeBound":
        note = f"{control_id}-note"
        return field(
            control_id,
            letter.label,
            letter.uitleg,
            f'<input type="date" {data}',
            prefix=prefix,
            described=f" {note}",
            after=f'<p class="gk-field__note" id="{note}" aria-live="polite"></p>',
        )
    return field(
        control_id, letter.label, letter.uitleg, f'<textarea rows="2" {data}', prefix=prefix
    )


def _goal(smart: SmartTool, n: str, composed: str = "") -> str:
    """One goal card; n is "__" in the <template> that smart.js numbers."""
    letters = "".join(_letter(n, letter) for letter in smart.letters)
    hidden = " " + smart.knop_doel.replace("{n}", n)
    return (
        '<fieldset class="gk-tool__card gk-smart__goal">'
        f"<legend>{esc(smart.doel.replace('{n}', n))}</legend>"
        f'<div class="gk-noprint">{letters}</div>'
        '<p class="gk-smart__missing" role="status" data-missing></p>'
        f'<p class="gk-composed__label">{esc(smart.in_woorden)}</p>'
        f'<p class="gk-composed" data-composed>{esc(composed)}</p>'
        + button_row(
            button(smart.kopieer, 'data-action="copy"', hidden),
            button(smart.verwijder, 'data-action="remove"', hidden),
            classes="gk-noprint",
        )
        + f"{message()}</fieldset>"
    )


def render_smart(smart: SmartTool, no_script: str) -> str:
    """The goals: smart.js makes them from the <template>; goal 1 is in the page already,
    with the words smart.js shows for an empty goal, so nothing moves when it takes over."""
    first = _goal(smart, "1", smart.meldingen.leeg)
    return (
        '<div class="gk-tool gk-smart"'
        f"{module_attr('smart')}{all_messages(smart.meldingen)}>"
        f"{noscript(no_script)}<template>{_goal(smart, '__')}</template>"
        f'<div class="gk-needs-js" data-goals>{first}</div>'
        + button_row(
            button(smart.nog_een, 'data-action="add"'),
            button(smart.afdrukken, 'data-action="print"'),
            classes="gk-noprint gk-needs-js",
        )
        + "</div>"
    )
