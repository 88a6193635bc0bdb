"""Render a template as a form of labelled fields.

Each input carries data-template / data-field (and data-index, data-row, data-column
for lists and tables) so the browser code can save and restore answers by id. The
number of writing lines from data travels as data-lines for the print styles.
"""

from macros.html import esc, heading
from macros.models import FieldType, Template, TemplateField

_INPUT_TYPES = {FieldType.kort: "text", FieldType.datum: "date"}
# A textarea never gets taller than this on screen; print shows the full answer.
_MAX_SCREEN_ROWS = 8


def _control(kind: FieldType, control_id: str, attrs: str, lines: int) -> str:
    if kind is FieldType.lang:
        rows = min(max(lines, 2), _MAX_SCREEN_ROWS)
        return f'<textarea id="{control_id}" rows="{rows}" {attrs}></textarea>'
    return f'<input type="{_INPUT_TYPES[kind]}" id="{control_id}" {attrs}>'


def _field(template: Template, field: TemplateField) -> str:
    field_id = f"gk-{template.id}--{field.id}"
    help_id = f"{field_id}-help"
    described = f' aria-describedby="{help_id}"' if field.uitleg else ""
    help_html = (
        f'<p id="{help_id}" class="gk-field__help">{esc(field.uitleg)}</p>' if field.uitleg else ""
    )
    data = f'data-field="{field.id}" data-lines="{field.regels}" autocomplete="off"'
    label = esc(field.label)

    if field.soort in (FieldType.kort, FieldType.lang, FieldType.datum):
        control = _control(field.soort, field_id, f"{data}{described}", field.regels)
        return (
            f'<div class="gk-field gk-field--{field.soort}">'
            f'<label for="{field_id}" class="gk-field__label">{label}</label>'
            f"{help_html}{control}</div>"
        )

    if field.soort is FieldType.lijst:
        entries = "".join(
            f'<li><label for="{field_id}--{n}" class="gk-visually-hidden">{label}, {n}</label>'
            + _control(
                FieldType.lang if field.regels > 1 else FieldType.kort,
                f"{field_id}--{n}",
                f'{data} data-index="{n}"{described}',
                field.regels,
            )
            + "</li>"
            for n in range(1, (field.aantal or 1) + 1)
        )
        return (
            '<fieldset class="gk-field gk-field--lijst">'
            f'<legend class="gk-field__label">{label}</legend>'
            f'{help_html}<ol class="gk-field__entries">{entries}</ol></fieldset>'
        )

    columns = field.kolommen or []
    head = "".join(f'<th scope="col" data-column="{c.id}">{esc(c.label)}</th>' for c in columns)
    rows = "".join(
        f'<tr data-row="{n}">'
        + "".join(
            "<td>"
            + _control(
                c.soort,
                f"{field_id}--{n}--{c.id}",
                f'{data} data-row="{n}" data-column="{c.id}" '
                f'aria-label="{esc(c.label)}, rij {n}"{described}',
                1,
            )
            + "</td>"
            for c in columns
        )
        + "</tr>"
        for n in range(1, (field.aantal or 1) + 1)
    )
    return (
        f'<div class="gk-field gk-field--tabel">'
        f'<table class="gk-field__table"><caption class="gk-field__label">{label}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{help_html}</div>"
    )


def render_form(template: Template, level: int = 2) -> str:
    parts = [
        f'<div class="gk-form" data-template="{template.id}">',
        heading(level, f"gk-{template.id}", template.titel, "gk-form__title"),
        f'<p class="gk-form__intro">{esc(template.intro)}</p>',
    ]
    for section in template.secties:
        fields = "".join(_field(template, field) for field in section.velden)
        parts.append(
            f'<fieldset class="gk-form__section" data-section="{section.id}">'
            f"<legend>{esc(section.titel)}</legend>{fields}</fieldset>"
        )
    parts.append("</div>")
    return "\n".join(parts)
