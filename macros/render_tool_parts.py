"""What the tools' renderers share: fields with their hint, buttons and status lines.

Each tool is markup from its own module (render_planner.py, render_smart.py, …) that a
module in browser/js/tools/ brings to life: its root names that module in data-gk-module
(tools_registry.module_attr). Labels, hints and the planner's steps are in
the page itself, so they read without JavaScript and the page tests check their spelling;
what the browser code says comes from the tool's data file as data-msg-* attributes on
its root (macros/html.py messages()). The parts that only work with JavaScript carry the
class gk-needs-js, which shows them only when the <html> element has gk-js (set in <head>
by material-fixes.js, so they are there from the first paint and nothing shifts), and a
noscript note says why.
"""

from __future__ import annotations

from macros.html import esc


def noscript(text: str) -> str:
    """The note for a reader without JavaScript (data/ui.yml hulpmiddelen)."""
    return f'<noscript><p class="gk-noscript">{esc(text)}</p></noscript>'


def message(extra: str = "") -> str:
    """A status line for what a tool says back (filled by its module)."""
    return f'<p class="gk-tool__message" role="status"{extra}></p>'


def error_summary(title: str, level: int) -> str:
    """The list of a form's problems at its top, with a link to each field; filled and
    shown by fieldErrors in browser/js/ui.js when a try finds more than one."""
    return (
        '<div class="gk-error-summary" data-error-summary tabindex="-1" hidden>'
        f'<h{level} class="gk-error-summary__title">{esc(title)}</h{level}><ul></ul></div>'
    )


def button(label: str, attrs: str, hidden_label: str = "") -> str:
    extra = f'<span class="gk-visually-hidden">{esc(hidden_label)}</span>' if hidden_label else ""
    return f'<button type="button" class="gk-button" {attrs}>{esc(label)}{extra}</button>'


def button_row(*buttons: str, classes: str = "", extra: str = "") -> str:
    """Buttons side by side; `classes` are added to the row's class, `extra` holds more
    attributes (' hidden' for a row the module shows later)."""
    row_class = f"gk-tool__buttons {classes}".rstrip()
    return f'<p class="{row_class}"{extra}>{"".join(buttons)}</p>'


def field(
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
        error_line = f'<p class="gk-field__error" id="{control_id}-error" aria-live="polite"></p>'
    return (
        '<div class="gk-field">'
        f'<label for="{control_id}" class="gk-field__label">{prefix}{esc(label)}</label>'
        f'<p id="{help_id}" class="gk-field__help">{esc(hint)}</p>{error_line}'
        f'{control} id="{control_id}" aria-describedby="{help_id}{described}" autocomplete="off">'
        f"{end}{after}</div>"
    )
