"""Small HTML helpers shared by the renderers."""

from html import escape

from pydantic import BaseModel

from macros.models import Plural


def esc(value: object) -> str:
    """Escape a data value for HTML text and attributes.

    Braces become entities too: rendered HTML lands in a page that the macros plugin
    renders with Jinja, and data must never be able to reach that (``{{ 7*7 }}``).
    """
    return escape(str(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def heading(level: int, element_id: str, text: str, css_class: str) -> str:
    if not 2 <= level <= 6:
        raise ValueError(f"koptekstniveau moet 2 t/m 6 zijn, niet {level}")
    return f'<h{level} id="{element_id}" class="{css_class}">{esc(text)}</h{level}>'


def messages(**texts: str | Plural) -> str:
    """Interface text for the browser as data-msg-* attributes on the element that uses it
    (browser/js/text.js reads them): messages(leeg_punt="…") gives data-msg-leeg-punt="…";
    a Plural gives data-msg-<key>-one and data-msg-<key>-other."""
    parts = []
    for key, text in texts.items():
        name = f"data-msg-{key.replace('_', '-')}"
        if isinstance(text, Plural):
            parts.append(f' {name}-one="{esc(text.een)}" {name}-other="{esc(text.meer)}"')
        else:
            parts.append(f' {name}="{esc(text)}"')
    return "".join(parts)


def all_messages(texts: BaseModel) -> str:
    """Every text and plural of a data section as messages(); other parts (lists, nested
    sections) and empty optional texts are left out."""
    said = {key: getattr(texts, key) for key in type(texts).model_fields}
    return messages(**{key: t for key, t in said.items() if isinstance(t, str | Plural)})
