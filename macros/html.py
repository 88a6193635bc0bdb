"""Small HTML helpers shared by the renderers."""

from html import escape


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
