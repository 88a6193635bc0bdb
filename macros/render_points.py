"""Render Mijn bespreekpunten: the list a reader builds (browser/js/tools/points.js),
the agenda it prints for the manager and the text to send it ahead.

Every word comes from data/bespreekpunten.yml. Messages the module says back travel as
data-msg-* attributes on the tool's root; the buttons of one point are in a <template>
("__" is the point's number), so the module only clones and numbers them. Without points
the tool shows an example and one action; printing and sending come with the first point.
"""

from __future__ import annotations

from macros.html import esc, heading, messages
from macros.models import Points
from macros.tools_registry import module_attr

_HIDDEN = '<span class="gk-visually-hidden"> {}</span>'


def _button(label: str, action: str, hidden: str = "", primary: bool = False) -> str:
    extra = _HIDDEN.format(esc(hidden)) if hidden else ""
    kind = " gk-button--primary" if primary else ""
    return (
        f'<button type="button" class="gk-button{kind}" data-action="{action}">'
        f"{esc(label)}{extra}</button>"
    )


def _item(points: Points) -> str:
    """One point with its buttons; the module fills in the text and the number."""
    number = points.punt.replace("{n}", "__")
    b = points.knoppen
    return (
        '<li class="gk-points__item"><p class="gk-points__text" data-text></p>'
        '<p class="gk-tool__buttons gk-points__buttons">'
        + "".join(
            _button(label, action, number)
            for label, action in (
                (b.omhoog, "up"),
                (b.omlaag, "down"),
                (b.wijzig, "edit"),
                (b.verwijder, "remove"),
            )
        )
        + "</p></li>"
    )


def _editor(points: Points) -> str:
    """What replaces a point's text while the reader changes it."""
    number = points.punt.replace("{n}", "__")
    return (
        '<div class="gk-field gk-points__editor">'
        f'<label for="gk-point-edit" class="gk-visually-hidden">{esc(number)}</label>'
        '<textarea id="gk-point-edit" rows="2" autocomplete="off"></textarea>'
        '<p class="gk-tool__buttons">'
        + _button(points.knoppen.bewaar, "save", number, primary=True)
        + _button(points.knoppen.annuleer, "cancel", number)
        + "</p></div>"
    )


def render_points(points: Points, noscript: str, level: int = 2) -> str:
    m = points.meldingen
    agenda = points.agenda
    send = points.versturen
    data = messages(
        added=m.toegevoegd,
        already=points.veld.al,
        empty=m.leeg_punt,
        full=m.vol,
        moved=m.verplaatst,
        top=m.bovenaan,
        bottom=m.onderaan,
        changed=m.gewijzigd,
        removed=m.verwijderd,
        remove_question=m.verwijder_vraag,
        remove_yes=m.verwijder_ja,
        meeting=agenda.gesprek,
        meeting_time=agenda.gesprek_tijd,
        copied=send.gekopieerd,
        not_copied=send.niet_gekopieerd,
        subject=send.onderwerp,
    )
    new = points.nieuw
    form = (
        '<form class="gk-tool__form gk-noprint gk-needs-js"><div class="gk-field">'
        f'<label for="gk-point-new" class="gk-field__label">{esc(new.label)}</label>'
        f'<p id="gk-point-new-help" class="gk-field__help">{esc(new.uitleg)}</p>'
        '<textarea id="gk-point-new" name="text" rows="2" aria-describedby="gk-point-new-help" '
        'autocomplete="off"></textarea></div>'
        f'<button type="submit" class="gk-button gk-button--primary">{esc(new.knop)}</button>'
        "</form>"
    )
    printed = (
        '<section class="gk-print-only gk-points__agenda" data-agenda>'
        f'<p class="gk-points__agenda-title">{esc(agenda.kop)}</p>'
        "<p data-agenda-meeting hidden></p>"
        f"<p>{esc(agenda.intro)}</p><ol data-agenda-list></ol></section>"
    )
    # Hidden from the start like the other parts for a list with points (points.js
    # shows them with the first one): a new reader has none, so nothing shifts.
    sending = (
        '<div class="gk-noprint" data-with-entries hidden>'
        + heading(level, "vooraf-sturen", send.kop, "gk-tool__heading")
        + f"<p>{esc(send.uitleg)}</p>"
        '<div class="gk-field"><label for="gk-points-mail" class="gk-field__label">'
        f"{esc(send.label)}</label>"
        '<textarea id="gk-points-mail" rows="8" data-mail-text></textarea></div>'
        '<p class="gk-tool__buttons">'
        + _button(send.kopieer, "copy")
        + f'<a class="gk-button" href="mailto:" data-mail-link>{esc(send.mail)}</a>'
        + "</p></div>"
    )
    example = points.voorbeeld
    empty = (
        '<div class="gk-points__empty" data-empty>'
        f"<p>{esc(points.leeg)}</p>"
        '<div class="gk-points__example">'
        f'<p class="gk-points__example-title">{esc(example.kop)}</p>'
        f"<ol>{''.join(f'<li>{esc(point)}</li>' for point in example.punten)}</ol></div>"
        '<p><button type="button" class="gk-button gk-button--primary" data-action="start">'
        f"{esc(points.eerste)}</button></p></div>"
    )
    return (
        '<div class="gk-tool gk-points"'
        f"{module_attr('points')}{data}>{noscript}"
        f"<template data-item>{_item(points)}</template>"
        f"<template data-editor>{_editor(points)}</template>"
        f"{form}"
        + '<div class="gk-noprint gk-needs-js">'
        + heading(level, "je-bespreekpunten", points.lijst_kop, "gk-tool__heading")
        + empty
        + '<ol class="gk-points__list" data-list></ol>'
        '<p class="gk-tool__message" role="status" data-live></p>'
        '<p class="gk-tool__buttons" data-with-entries hidden>'
        + _button(agenda.afdrukken, "print")
        + "</p></div>"
        + sending
        + printed
        + "</div>"
    )
