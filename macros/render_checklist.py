"""Render a checklist as real checkboxes: one fieldset per section, a label per item.

The browser code finds the markup through data-checklist / data-item and keys saved
ticks by those ids, so the HTML works (and prints) without any JavaScript.
"""

import posixpath

from macros.html import esc, heading
from macros.models import Checklist, ChecklistItem, ConversationTypes, ListsText, ReadMoreText
from macros.render_types import type_attr, type_mark


def page_url(link: str, root: str = "/") -> str:
    """URL of a docs page link ('vragen.md#x') under the site's root path ('/' or '/repo/').

    Pages are built as directories ('vragen.md' -> 'vragen/'), as MkDocs and Zensical do.
    Root-relative rather than page-relative: Zensical's macros do not know the current
    page, and the root path comes from site_url in both.
    """
    page, _, anchor = link.partition("#")
    target = posixpath.dirname(page) if page.endswith("index.md") else page.removesuffix(".md")
    url = posixpath.join(root, target) if target else root
    url = url if url.endswith("/") else url + "/"
    return url + (f"#{anchor}" if anchor else "")


def progress_text(done: int, total: int, texts: ListsText) -> str:
    """As browser/js/remember.js words it once the saved ticks are counted."""
    return texts.afgevinkt.replace("{n}", str(done)).replace("{alle}", str(total))


def _done(checklist: Checklist, root: str, texts: ListsText) -> str:
    """Under a checklist once every item is ticked (remember.js unhides it), with its
    next step."""
    following = checklist.volgende
    link = (
        f' {esc(texts.volgende)} <a href="{esc(page_url(following.link, root))}">'
        f"{esc(following.tekst)}</a>"
        if following
        else ""
    )
    return (
        '<div class="gk-checklist__done gk-noprint" data-checklist-done hidden>'
        f"<p><strong>{esc(texts.alles_afgevinkt)}</strong>{link}</p></div>"
    )


def _item(
    checklist: Checklist,
    item: ChecklistItem,
    root: str,
    more: ReadMoreText,
    types: ConversationTypes | None,
) -> str:
    box_id = f"gk-{checklist.id}--{item.id}"
    hint = ""
    described = ""
    if item.hint or item.link:
        # "Lees meer" alone says nothing out of context (WCAG 2.4.9, Lighthouse link-text):
        # screen readers also hear which item it is about.
        read_more = (
            f' <a href="{esc(page_url(item.link, root))}">{esc(more.link)}'
            f'<span class="gk-visually-hidden"> {esc(more.over)} {esc(item.tekst)}</span></a>'
            if item.link
            else ""
        )
        hint = (
            f'<p id="{box_id}-hint" class="gk-checklist__hint">'
            f"{esc(item.hint or '')}{read_more}</p>"
        )
        described = f' aria-describedby="{box_id}-hint"'
    return (
        f'<li class="gk-checklist__item"{type_attr(item.gesprek)}>'
        f'<input type="checkbox" id="{box_id}" data-item="{item.id}"{described}>'
        f'<label for="{box_id}">{esc(item.tekst)}{type_mark(item.gesprek, types)}</label>'
        f"{hint}</li>"
    )


def render_checklist(
    checklist: Checklist,
    texts: ListsText,
    root: str = "/",
    level: int = 2,
    types: ConversationTypes | None = None,
    *,
    more: ReadMoreText,
) -> str:
    """HTML for one checklist; root is the site's root path (for links to guide pages),
    `more` the words of an item's link. With `types`, an item for some kinds of meeting
    names them."""
    parts = [
        f'<div class="gk-checklist" data-checklist="{checklist.id}">',
        heading(level, f"gk-{checklist.id}", checklist.titel, "gk-checklist__title"),
    ]
    if checklist.intro:
        parts.append(f'<p class="gk-checklist__intro">{esc(checklist.intro)}</p>')
    # Progress needs JavaScript (browser/js/remember.js fills it in), but is in the page
    # from the start so that nothing below it moves when the scripts run.
    progress = esc(progress_text(0, len(checklist.items), texts))
    parts.append(
        '<div class="gk-progress gk-noprint gk-needs-js">'
        f'<p class="gk-progress__text" role="status">{progress}</p>'
        '<span class="gk-progress__bar" aria-hidden="true"><span class="gk-progress__fill">'
        "</span></span></div>"
    )
    for section in checklist.secties:
        items = "".join(_item(checklist, item, root, more, types) for item in section.items)
        parts.append(
            f'<fieldset class="gk-checklist__section" data-section="{section.id}">'
            f"<legend>{esc(section.titel)}</legend>"
            f'<ul class="gk-checklist__items">{items}</ul></fieldset>'
        )
    parts.append(_done(checklist, root, texts))
    parts.append("</div>")
    # One line per block and no blank lines: Markdown then passes it through as raw HTML.
    return "\n".join(parts)
