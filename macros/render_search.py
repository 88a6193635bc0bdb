"""The search field and the update notice in the header (overrides/partials/header.html),
and the text every page shares (overrides/main.html).

All their text comes from data/ui.yml; browser/js/search.js, offline.js and text.js read
it from these data- attributes and elements.
"""

from __future__ import annotations

from macros.html import all_messages, esc
from macros.models import Interface, SmartSentence

SEARCH_INDEX = "zoekindex.json"  # in the root of each language; written by on_post_build


def render_search(ui: Interface, index: str = SEARCH_INDEX) -> str:
    """The search field; `index` is the address of this language's index from the site's root."""
    text = ui.zoeken
    return (
        f'<div class="gk-search gk-needs-js" data-gk-search data-index="{index}" '
        f'data-loading="{esc(text.laden)}" data-none="{esc(text.geen)}" '
        f'data-one="{esc(text.een)}" data-many="{esc(text.meer)}" data-error="{esc(text.fout)}">'
        f'<label class="gk-visually-hidden" for="gk-search-input">{esc(text.label)}</label>'
        '<input id="gk-search-input" class="gk-search__input" type="text" role="combobox" '
        'aria-expanded="false" aria-controls="gk-search-results" aria-autocomplete="list" '
        'aria-describedby="gk-search-help" autocomplete="off" spellcheck="false" '
        f'enterkeyhint="go" placeholder="{esc(text.placeholder)}">'
        f'<span id="gk-search-help" class="gk-visually-hidden">{esc(text.uitleg)}</span>'
        '<div id="gk-search-results" class="gk-search__results" role="listbox" '
        f'aria-label="{esc(text.resultaten)}" hidden></div>'
        '<span class="gk-visually-hidden" role="status" data-gk-search-status></span>'
        "</div>"
    )


def render_update_notice(ui: Interface) -> str:
    """Hidden until a new version of the site waits; the live region announces it then."""
    return (
        '<div class="gk-update" role="status">'
        f'<p class="gk-update__box" data-gk-update hidden>{esc(ui.update.tekst)} '
        f'<button type="button" class="md-button md-button--primary">{esc(ui.update.knop)}'
        "</button></p></div>"
    )


def render_shared_text(ui: Interface, my_data_page: str, goal: SmartSentence) -> str:
    """The text every page may need (notices, dialogs, checklists and forms):
    browser/js/text.js shared(), with the address of Mijn gegevens for the note under
    each checklist (remember.js) and the words of a SMART goal (goal-words.js, used on
    more than one page).

    In the footer block, which instant navigation replaces, so a page always has the
    words of its own language, and data-locale says how its dates and numbers are written
    (browser/js/dates.js locale())."""
    said = all_messages(ui.algemeen) + all_messages(ui.lijsten) + all_messages(goal)
    return (
        f'<div id="gk-text" hidden data-locale="{esc(ui.taalcode)}" '
        f'data-my-data="{esc(my_data_page)}"{said}></div>'
    )
