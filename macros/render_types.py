"""The kind of meeting (data/gesprekken.yml): the choice, the blocks 'what differs' and the
marks on entries that belong to some kinds only.

browser/js/conversation-type.js reads the reader's choice and acts on the markup alone:
data-types on an entry (hidden when the chosen kind is not among them), data-type-only on
a block or name (shown only for that kind). Without JavaScript every entry shows, with
the kinds it belongs to named beside it, and every block shows under its own heading.
"""

from __future__ import annotations

from macros.html import esc
from macros.models import ConversationTypes


def type_attr(tags: list[str]) -> str:
    """The attribute an entry for some kinds only carries ('' for every kind)."""
    return f' data-types="{" ".join(tags)}"' if tags else ""


def names_text(tags: list[str], types: ConversationTypes) -> str:
    """'beoordelingsgesprek of jaargesprek', in the order of data/gesprekken.yml."""
    names = [kind.titel for kind in types.soorten if kind.id in tags]
    last = names.pop()
    return f"{', '.join(names)} {types.keuze.of} {last}" if names else last


def type_mark(tags: list[str], types: ConversationTypes | None, tag: str = "span") -> str:
    """'Alleen bij: beoordelingsgesprek of jaargesprek' beside an entry for some kinds."""
    if not tags or types is None:
        return ""
    return (
        f'<{tag} class="gk-type-mark">{esc(types.keuze.geldt)} '
        f"{esc(names_text(tags, types))}</{tag}>"
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def render_choice(types: ConversationTypes, link: str, explain: bool = True) -> str:
    """'Welk gesprek heb je?': one radio per kind and one for 'show everything'; `link` is
    the URL of the page that explains the difference, and `explain` adds the explanation
    and each kind's line (the start page has room for them; Voorbereiden, at its page
    weight budget, shows the blocks instead). It saves with
    JavaScript only, so it is in the page from the start but hidden without it."""
    choice = types.keuze
    # Each option carries the status line it gives once chosen.
    options = [
        (
            kind.id,
            _capital(kind.titel),
            choice.gekozen.replace("{naam}", kind.titel),
            kind.uitleg if explain else "",
        )
        for kind in types.soorten
    ]
    options.append(("", choice.geen, choice.niets, ""))
    intro = f"{esc(choice.uitleg)} " if explain else ""
    rows = "".join(
        '<label class="gk-type-choice__option">'
        f'<input type="radio" name="gk-gesprek" value="{value}" data-status="{esc(status)}">'
        f"<span><strong>{esc(label)}</strong>"
        + (f'<span class="gk-type-choice__help">{esc(help_text)}</span>' if help_text else "")
        + "</span></label>"
        for value, label, status, help_text in options
    )
    return (
        '<div class="gk-type-choice gk-needs-js gk-noprint" data-type-choice>'
        f"<fieldset><legend>{esc(choice.vraag)}</legend><p>{intro}"
        f'<a href="{esc(link)}">{esc(choice.meer)}</a>.</p>'
        f'<div class="gk-type-choice__options">{rows}</div></fieldset>'
        '<p class="gk-type-choice__status" role="status"></p></div>'
    )


def render_note(types: ConversationTypes, note_id: str) -> str:
    """The blocks 'what differs' of one page, one per kind; the chosen kind's shows."""
    note = next((note for note in types.verschillen if note.id == note_id), None)
    if note is None:
        known = ", ".join(note.id for note in types.verschillen) or "geen"
        raise ValueError(f"verschil '{note_id}' bestaat niet in data/gesprekken.yml (wel: {known})")
    blocks = []
    for kind in types.soorten:
        if kind.id not in note.teksten:
            continue
        title = esc(types.keuze.kop.replace("{naam}", kind.titel))
        text = "".join(f"<p>{esc(paragraph)}</p>" for paragraph in note.teksten[kind.id])
        blocks.append(
            f'<div class="admonition meenemen gk-type-note" data-type-only="{kind.id}">'
            f'<p class="admonition-title">{title}</p>{text}</div>'
        )
    return "\n".join(blocks)


def type_names(types: ConversationTypes) -> str:
    """The name of each kind, of which only the chosen one shows (for printouts)."""
    return "".join(
        f'<span class="gk-type-name" data-type-only="{kind.id}">{esc(kind.titel)}</span>'
        for kind in types.soorten
    )


def print_fact(types: ConversationTypes | None) -> str:
    """A line 'Soort gesprek: …' for a print header (a <dl>); it shows once chosen."""
    if types is None:
        return ""
    return (
        f'<div class="gk-type-fact"><dt>{esc(types.keuze.afdruk)}</dt>'
        f"<dd>{type_names(types)}</dd></div>"
    )
