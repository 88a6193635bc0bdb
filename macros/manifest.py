"""What a reader can save, as JSON for the browser: the import on Mijn gegevens accepts
only these checklists, items, templates and fields, each answer in its field's shape.

Shape: {"site": "<site version>",
        "checklists": {"<id>": {"title": "...", "items": ["<item-id>", ...]}},
        "templates": {"<id>": {"title": "...", "fields": {"<field-id>": {"type": "kort"}
            | {"type": "lijst", "size": 3}
            | {"type": "tabel", "size": 3, "columns": {"<column-id>": "kort" | "datum"}}}}},
        "tools": {"<tool>": {"title": "...", "names"?: {"<value>": "name shown"}}}}
(size: entries of a list; rows a table starts with, readers may add more.)
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from macros.html import esc
from macros.loader import SiteData
from macros.models import FieldType, TemplateField

# The tools that save in the `tools` section (shapes in browser/js/state.js), each with
# the title of its page: the summary and the import preview name them by it.
TOOLS = {
    "planner": "Plan je voorbereiding",
    "smart": "Formuleer een SMART-doel",
    "successes": "Mijn successen",
    "bespreekpunten": "Mijn bespreekpunten",
    "gesprekskaart": "Mijn gesprekskaart",
}
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def site_version(pyproject: Path = PYPROJECT) -> str:
    """The site's version from pyproject.toml; an export records it."""
    return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def _field(field: TemplateField) -> dict[str, Any]:
    spec: dict[str, Any] = {"type": field.soort.value}
    if field.soort in (FieldType.lijst, FieldType.tabel):
        spec["size"] = field.aantal
    if field.soort is FieldType.tabel:
        spec["columns"] = {column.id: column.soort.value for column in field.kolommen or []}
    return spec


def _tools(data: SiteData) -> dict[str, dict[str, Any]]:
    """The tools, and the reader's choice of meeting (tools.gesprek): named as on a printout,
    with the name of each kind for the summary on Mijn gegevens."""
    tools: dict[str, dict[str, Any]] = {tool: {"title": title} for tool, title in TOOLS.items()}
    if data.types:
        tools["gesprek"] = {"title": data.types.keuze.afdruk, "names": data.types.names}
    return tools


def build_manifest(data: SiteData, version: str) -> dict[str, Any]:
    return {
        "site": version,
        "checklists": {
            checklist.id: {"title": checklist.titel, "items": [item.id for item in checklist.items]}
            for checklist in data.checklists.values()
        },
        "templates": {
            template.id: {
                "title": template.titel,
                "fields": {field.id: _field(field) for field in template.fields},
            }
            for template in data.templates.values()
        },
        "tools": _tools(data),
    }


def manifest_element(manifest: dict[str, Any]) -> str:
    """The manifest as JSON in a hidden element's attribute, HTML-escaped (and `<` as
    \\u003c in the JSON too), so no text from data can break out of it.

    Not a <script type="application/json">: Material's instant navigation re-creates
    every inline script in the page content as a plain script, copying only its text,
    so the JSON would be run as JavaScript (and lose its id).
    """
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<div id="gk-manifest" hidden data-manifest="{esc(text)}"></div>'
