"""Render the gesprekskaart: one A4 sheet that browser/js/tools/card.js fills from what
the reader saved. Without JavaScript it is an empty card, ruled to fill in by hand.

Every word comes from data/gesprekskaart.yml; each section carries the tool or the
template field it reads (checked by macros/loader.py load_card), so the module holds no id.
"""

from __future__ import annotations

from macros.html import esc, messages
from macros.models import Card, CardSection, ConversationTypes
from macros.render_types import print_fact
from macros.tools_registry import TOOLS, module_attr

# The two names the card saves (the reader's own, the manager's), as the registry names them.
OWN, MANAGER = TOOLS["card"].fields
# Ruled lines an empty section gets on paper, per entry it can hold.
_LINES_PER_ENTRY = 2
_NOTE_LINES = 28


def _lines(count: int, extra: str = "") -> str:
    return f'<div class="gk-card__lines{extra}">{"<span></span>" * count}</div>'


def _source(section: CardSection) -> str:
    if section.hulpmiddel:
        return f'data-card-tool="{section.hulpmiddel}"'
    return f'data-card-template="{section.sjabloon}" data-card-field="{section.veld}"'


def _section(section: CardSection) -> str:
    return (
        f'<section class="gk-card__section" data-card-section="{section.id}" '
        f'data-size="{section.aantal}" {_source(section)}'
        f"{messages(more=section.waar)}>"
        f'<h2 class="gk-card__heading">{esc(section.kop)}</h2>'
        '<ul class="gk-card__items" data-items></ul>'
        + _lines(section.aantal * _LINES_PER_ENTRY)
        + '<p class="gk-card__more" data-more hidden></p></section>'
    )


def _names(card: Card) -> str:
    names = card.namen

    def field(name: str, label: str) -> str:
        return (
            f'<div class="gk-field"><label for="gk-card-{name}" class="gk-field__label">'
            f"{esc(label)}</label>"
            f'<input type="text" id="gk-card-{name}" name="{name}" autocomplete="off" '
            'aria-describedby="gk-card-names-help"></div>'
        )

    return (
        '<form class="gk-tool__form gk-noprint gk-needs-js"><fieldset>'
        f'<legend class="gk-field__label">{esc(names.kop)}</legend>'
        f'<p id="gk-card-names-help" class="gk-field__help">{esc(names.uitleg)}</p>'
        f'<div class="gk-tool__row">{field(OWN, names.jij)}{field(MANAGER, names.met)}</div>'
        "</fieldset></form>"
    )


def render_card(card: Card, types: ConversationTypes | None = None) -> str:
    """The card; with `types` it names the kind of meeting the reader chose."""
    meeting = card.gesprek
    facts = "".join(
        f'<div><dt>{esc(label)}</dt><dd data-meeting="{key}"></dd></div>'
        for key, label in (
            ("date", meeting.datum),
            ("time", meeting.tijd),
            (OWN, meeting.jij),
            (MANAGER, meeting.met),
        )
    ) + print_fact(types)
    noscript = f'<noscript><p class="gk-noscript">{esc(card.noscript)}</p></noscript>'
    return (
        '<div class="gk-tool gk-tool--card"'
        f"{module_attr('card')}{messages(more=card.meer)}>"
        f'<p class="gk-noprint">{esc(card.intro)}</p>{noscript}'
        + _names(card)
        + '<p class="gk-tool__buttons gk-noprint gk-needs-js">'
        f'<button type="button" class="gk-button gk-button--primary" data-action="print">'
        f"{esc(card.afdrukken)}</button></p>"
        '<article class="gk-card">'
        '<div class="gk-card__main">'
        f'<section class="gk-card__section gk-card__meeting"><h2 class="gk-card__heading">'
        f'{esc(meeting.kop)}</h2><dl class="gk-card__facts">{facts}</dl></section>'
        + "".join(_section(section) for section in card.secties)
        + "</div>"
        f'<section class="gk-card__notes"><h2 class="gk-card__heading">{esc(card.notities)}</h2>'
        + _lines(_NOTE_LINES, " gk-card__lines--notes")
        + "</section></article></div>"
    )
