"""Render a template as a form of labelled fields, ready for screen and paper.

Each input carries data-template / data-field (and data-index, data-row, data-column
for lists and tables) so the browser code can save and restore answers by id. The
number of writing lines from data travels as data-lines for the print styles.

Paper needs more than the controls: a textarea prints only its visible rows, so every
control is followed by a print-only answer block (filled by browser/js/print.js)
and by ruled writing space that prints while the answer is empty. A field marked
`bespreekpunt` gets a button that copies its answer to Mijn bespreekpunten, and a table
marked `overnemen` buttons that take the bespreekpunten over and put its deadlines in a
calendar file (browser/js/to-points.js); their words come from data/bespreekpunten.yml.
"""

from macros.html import esc, heading, messages
from macros.models import (
    ConversationTypes,
    FieldType,
    FormText,
    Interface,
    Points,
    Template,
    TemplateField,
)
from macros.render_checklist import page_url
from macros.render_types import print_fact, type_attr, type_mark

_INPUT_TYPES = {FieldType.kort: "text", FieldType.datum: "date"}
# A textarea never gets taller than this on screen; print shows the full answer.
_MAX_SCREEN_ROWS = 8
# Tables print this many extra empty rows: room to add actions by hand in the meeting.
_EXTRA_PRINT_ROWS = 2


def _paper(control_id: str, lines: int) -> str:
    """Print-only answer block for one control, then its writing space of `lines` lines."""
    return (
        f'<div class="gk-print-only gk-print-answer" data-answer-for="{control_id}"></div>'
        + _lines(lines)
    )


def _lines(count: int) -> str:
    return f'<div class="gk-print-only gk-print-lines">{"<span></span>" * count}</div>'


def _control(kind: FieldType, control_id: str, attrs: str, lines: int) -> str:
    if kind is FieldType.lang:
        rows = min(max(lines, 2), _MAX_SCREEN_ROWS)
        control = f'<textarea id="{control_id}" rows="{rows}" {attrs}></textarea>'
    else:
        control = f'<input type="{_INPUT_TYPES[kind]}" id="{control_id}" {attrs}>'
    return control + _paper(control_id, lines)


def _point_buttons(field: TemplateField, label: str, points: Points | None) -> str:
    """The buttons that link a field with Mijn bespreekpunten, with a status line."""
    if points is None or not (field.bespreekpunt or field.overnemen):
        return ""
    hidden = f'<span class="gk-visually-hidden">: {label}</span>'
    if field.bespreekpunt:
        words = points.veld
        data = messages(
            added=words.toegevoegd, already=words.al, empty=words.leeg, full=points.meldingen.vol
        )
        buttons = (
            f'<button type="button" class="gk-button" data-point-field="{field.id}"{data}>'
            f"{esc(words.knop)}{hidden}</button>"
        )
    else:
        words = points.overnemen
        data = messages(
            done=words.klaar,
            not_empty=words.niet_leeg,
            none=words.geen,
            ics_file=words.agenda_bestand,
            ics_done=words.agenda_klaar,
            ics_none=words.agenda_geen,
        )
        buttons = (
            f'<button type="button" class="gk-button" data-points-into="{field.id}" '
            f'data-column="{field.overnemen}"{data}>{esc(words.knop)}</button>'
            f'<button type="button" class="gk-button" data-deadlines="{field.id}"{data}>'
            f"{esc(words.agenda_knop)}</button>"
        )
    return (
        f'<div class="gk-to-points gk-noprint gk-needs-js">{buttons}'
        '<p class="gk-to-points__status" role="status"></p></div>'
    )


def _saved_view(field: TemplateField, root: str) -> str:
    """What the reader saved elsewhere (a field's `toon`), read-only: browser/js/saved-view.js
    fills the list from the saved state. It needs JavaScript, so gk-needs-js; the link to
    where it is filled in does not print. With `regels`, paper gets the title and lines to
    write it by hand, printed when nothing saved prints there (print.css)."""
    view = field.toon
    if view is None:
        return ""
    source = f' data-goal="{view.nummer}"' if view.nummer else ""
    if view.sjabloon:
        source = f' data-from-template="{view.sjabloon}" data-from-field="{view.veld}"'
    title = f'<p class="gk-saved__title">{esc(view.titel)}</p>'
    paper = (
        f'<div class="gk-print-only gk-saved__paper">{title}{_lines(view.regels)}</div>'
        if view.regels
        else ""
    )
    return (
        f'<div class="gk-saved gk-needs-js" data-saved-view="{view.bron}"{source}>{title}'
        '<ul class="gk-saved__list" hidden></ul>'
        f'<p class="gk-saved__empty">{esc(view.leeg)}</p>'
        f'<p class="gk-noprint"><a href="{esc(page_url(view.link, root))}">'
        f"{esc(view.linktekst)}</a></p></div>{paper}"
    )


def _field(
    template: Template,
    field: TemplateField,
    points: Points | None,
    root: str,
    row: str,
    types: ConversationTypes | None,
) -> str:
    if field.toon and field.toon.regels:
        # An answer of its own that can be written by hand (the SMART goal), not a note
        # under this field's question: it comes first, with its own title.
        alone = field.model_copy(update={"toon": None})
        return _saved_view(field, root) + _field(template, alone, points, root, row, types)
    field_id = f"gk-{template.id}--{field.id}"
    help_id = f"{field_id}-help"
    described = f' aria-describedby="{help_id}"' if field.uitleg else ""
    help_html = (
        f'<p id="{help_id}" class="gk-field__help">{esc(field.uitleg)}</p>' if field.uitleg else ""
    )
    data = f'data-field="{field.id}" data-lines="{field.regels}" autocomplete="off"'
    label = esc(field.label)
    to_points = _point_buttons(field, label, points)
    help_html = type_mark(field.gesprek, types, "p") + help_html + _saved_view(field, root)
    typed = type_attr(field.gesprek)

    if field.soort in (FieldType.kort, FieldType.lang, FieldType.datum):
        control = _control(field.soort, field_id, f"{data}{described}", field.regels)
        return (
            f'<div class="gk-field gk-field--{field.soort}"{typed}>'
            f'<label for="{field_id}" class="gk-field__label">{label}</label>'
            f"{help_html}{control}{to_points}</div>"
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
            f'<fieldset class="gk-field gk-field--lijst"{typed}>'
            f'<legend class="gk-field__label">{label}</legend>'
            f'{help_html}<ol class="gk-field__entries">{entries}</ol>{to_points}</fieldset>'
        )

    columns = field.kolommen or []
    head = "".join(
        f'<th scope="col" data-column="{c.id}" class="gk-field__col--{c.soort}">{esc(c.label)}</th>'
        for c in columns
    )
    rows = "".join(
        f'<tr data-row="{n}">'
        + "".join(
            f'<td><span class="gk-field__cell-label" aria-hidden="true">{esc(c.label)}</span>'
            + _control(
                c.soort,
                f"{field_id}--{n}--{c.id}",
                f'{data} data-row="{n}" data-column="{c.id}" '
                f'aria-label="{esc(c.label)}, {esc(row.replace("{n}", str(n)))}"{described}',
                field.regels,
            )
            + "</td>"
            for c in columns
        )
        + "</tr>"
        for n in range(1, (field.aantal or 1) + 1)
    )
    paper_rows = (
        '<tr class="gk-print-only">' + f"<td>{_lines(field.regels)}</td>" * len(columns) + "</tr>"
    ) * _EXTRA_PRINT_ROWS
    return (
        f'<div class="gk-field gk-field--tabel"{typed}>'
        f'<table class="gk-field__table"><caption class="gk-field__label">{label}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}{paper_rows}</tbody></table>"
        f"{help_html}{to_points}</div>"
    )


def _form_tools(texts: FormText) -> str:
    """Print buttons (browser/js/print.js acts on data-print-mode) and the save status
    line, in the page from the start (they need JavaScript, so gk-needs-js) so that nothing
    shifts when the scripts start."""
    modes = (
        ("answers", texts.met_antwoorden, texts.met_antwoorden_uitleg),
        ("blank", texts.leeg, texts.leeg_uitleg),
    )
    buttons = "".join(
        f'<button type="button" class="md-button gk-print-tools__button" '
        f'data-print-mode="{mode}">{esc(label)}</button>'
        for mode, label, _ in modes
    )
    help_text = " ".join(f"<strong>{esc(label)}</strong> {esc(text)}" for _, label, text in modes)
    return (
        f'<div class="gk-print-tools gk-noprint gk-needs-js">{buttons}'
        f'<p class="gk-print-tools__help">{help_text}</p></div>'
        '<p class="gk-save-status gk-noprint gk-needs-js" role="status"></p>'
    )


def _print_header(
    template: Template, texts: FormText, level: int, types: ConversationTypes | None
) -> str:
    """Print-only: what, when and who; an empty line hides. Each fact says where
    browser/js/print.js finds it: "tool planner date" is tools.planner.date in the saved
    state, "template voorbereidingsformulier naam" a field of that template."""
    title = f'<p class="gk-form__title">{esc(template.titel)}</p>' if level == 1 else ""
    header = (
        (texts.kop_gesprek, "tool planner date"),
        (texts.kop_tijd, "tool planner time"),
        (texts.kop_naam, "template voorbereidingsformulier naam"),
        (texts.kop_leidinggevende, "template voorbereidingsformulier leidinggevende"),
    )
    facts = "".join(
        f'<div><dt>{esc(label)}</dt><dd data-print-fact="{source}"></dd></div>'
        for label, source in header
    ) + print_fact(types)
    return f'<div class="gk-print-only gk-print-header">{title}<dl>{facts}</dl></div>'


def render_form(
    template: Template,
    texts: Interface,
    level: int = 2,
    points: Points | None = None,
    root: str = "/",
    types: ConversationTypes | None = None,
) -> str:
    """The form, with the texts of data/ui.yml (formulier, and lijsten for a row's number);
    level is its title's heading level, 1 when the page's h1 names it (then
    the title prints but is not repeated on screen). With `points`, fields marked in data
    get their bespreekpunten buttons; `root` is the site's root path, for links. With
    `types`, a field for some kinds of meeting names them, and the printout the chosen one."""
    parts = [f'<div class="gk-form" data-template="{template.id}">']
    if level > 1:
        parts.append(heading(level, f"gk-{template.id}", template.titel, "gk-form__title"))
    parts.append(_print_header(template, texts.formulier, level, types))
    parts.append(f'<p class="gk-form__intro">{esc(template.intro)}</p>')
    for section in template.secties:
        fields = "".join(
            _field(template, field, points, root, texts.lijsten.rij, types)
            for field in section.velden
        )
        parts.append(
            f'<fieldset class="gk-form__section" data-section="{section.id}">'
            f"<legend>{esc(section.titel)}</legend>{fields}</fieldset>"
        )
    # The print buttons follow the form: the page starts with what the reader fills in.
    parts += [_form_tools(texts.formulier), "</div>"]
    return "\n".join(parts)
