"""The overview pages: every checklist and every template, in the order a reader meets them.

A checklist lives on the guide page named in its 'pagina'; a template has its own page
sjablonen/<id>.md. Both are listed in the order of those pages in the nav, so a new
checklist or template shows up in the right place without editing the overview.
"""

import json
from dataclasses import dataclass

from macros.html import esc
from macros.loader import DataError, SiteData, where
from macros.models import Checklist, ListsText, Template
from macros.render_checklist import page_url, progress_text


@dataclass(frozen=True)
class OverviewEntry:
    title: str
    href: str
    summary: str
    progress_of: str | None = None  # checklist id whose saved ticks the state code counts
    items: int = 0  # how many items that checklist has
    # JSON {item id: [kinds of meeting]} of its items for some kinds only, so the count
    # can leave out those for another kind (browser/js/remember.js).
    typed: str = ""


def nav_files(nav: object) -> list[str]:
    """The Markdown files of a nav config (mkdocs.yml `nav:`), in reading order."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [page for child in nav.values() for page in nav_files(child)]
    if isinstance(nav, list):
        return [page for child in nav for page in nav_files(child)]
    return []


def template_page(template_id: str) -> str:
    """The page of one template, relative to docs/."""
    return f"sjablonen/{template_id}.md"


def _nav_position(nav: list[str], page: str, prefix: str) -> int:
    if page not in nav:
        raise DataError(f"{prefix}: pagina '{page}' staat niet in de nav van mkdocs.yml")
    return nav.index(page)


def _typed(checklist: Checklist) -> str:
    return json.dumps(checklist.kinds) if checklist.kinds else ""


def checklist_entries(data: SiteData, nav: list[str], root: str) -> list[OverviewEntry]:
    def position(checklist: Checklist) -> int:
        prefix = where(data.sources[checklist.id], Checklist, checklist.id)
        return _nav_position(nav, checklist.pagina, f"{prefix}: veld 'pagina'")

    return [
        OverviewEntry(
            title=checklist.titel,
            href=page_url(f"{checklist.pagina}#gk-{checklist.id}", root),
            summary=checklist.samenvatting,
            progress_of=checklist.id,
            items=len(checklist.items),
            typed=_typed(checklist),
        )
        for checklist in sorted(data.checklists.values(), key=position)
    ]


def template_entries(data: SiteData, nav: list[str], root: str) -> list[OverviewEntry]:
    def position(template: Template) -> int:
        prefix = where(data.sources[template.id], Template, template.id)
        return _nav_position(nav, template_page(template.id), prefix)

    return [
        OverviewEntry(
            title=template.titel,
            href=page_url(template_page(template.id), root),
            summary=template.samenvatting,
        )
        for template in sorted(data.templates.values(), key=position)
    ]


def render_overview(entries: list[OverviewEntry], texts: ListsText) -> str:
    """A list with one line per entry: the linked title, its summary and, for a checklist,
    its progress, which the browser code fills in from saved ticks (in the page from the
    start, so the line does not grow when it does)."""
    items = "".join(
        '<li class="gk-overview__item">'
        f'<a class="gk-overview__link" href="{esc(entry.href)}">{esc(entry.title)}</a> '
        f'<span class="gk-overview__summary">{esc(entry.summary)}</span>'
        + (
            ' <span class="gk-overview__progress gk-needs-js" '
            f'data-checklist-progress="{entry.progress_of}" data-total="{entry.items}"'
            + (f' data-typed="{esc(entry.typed)}"' if entry.typed else "")
            + ">"
            f"{esc(progress_text(0, entry.items, texts))}</span>"
            if entry.progress_of
            else ""
        )
        + "</li>"
        for entry in entries
    )
    return f'<ul class="gk-overview">{items}</ul>'
