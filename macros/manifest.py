"""What a reader can save, as JSON for the browser: the import on Mijn gegevens accepts
only these checklists, items, templates and fields, each answer in its field's shape.

Shape: {"site": "<site version>",
        "checklists": {"<id>": {"title": "...", "items": ["<item-id>", ...]}},
        "templates": {"<id>": {"title": "...", "fields": {"<field-id>": {"type": "kort"}
            | {"type": "lijst", "size": 3}
            | {"type": "tabel", "size": 3, "columns": {"<column-id>": "kort" | "datum"}}}}},
        "tools": {"<tool>": {"title": "...", "summary": "count" | "filled" | "date",
                             "field": "<field>", "words": ["1 doel", "{n} doelen"]
                                                | {"date": "…{datum}", "none": "…"},
                             "names"?: {"<value>": "name shown"}}}}
(size: entries of a list; rows a table starts with, readers may add more. The tools come
from macros/tools_registry.py, their words from data/mijn-gegevens.yml.)
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from macros.html import all_messages, esc
from macros.loader import SiteData
from macros.models import Checklist, FieldType, MyDataText, TemplateField
from macros.tools_registry import TOOLS

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


def _tool(tool_id: str, texts: MyDataText, data: SiteData) -> dict[str, Any]:
    """A tool's entry: its title and how Mijn gegevens sums up what it saved."""
    tool = TOOLS[tool_id]
    said = texts.hulpmiddelen[tool_id]
    entry: dict[str, Any] = {"title": said.titel, "summary": tool.summary}
    if tool.summary_field:
        entry["field"] = tool.summary_field
    if tool.summary == "date":
        entry["words"] = {"date": said.datum, "none": said.leeg}
    elif tool.summary == "name":
        # The kind of meeting: each saved value by its name (data/gesprekken.yml).
        entry["names"] = data.types.names if data.types else {}
    elif said.aantal:
        entry["words"] = [said.aantal.een, said.aantal.meer]
    return entry


def _checklist(checklist: Checklist) -> dict[str, Any]:
    """A checklist's entry: its items, and the kinds of meeting of those only for some
    (Mijn gegevens counts the items of the chosen kind, as the checklist does)."""
    entry: dict[str, Any] = {"title": checklist.titel, "items": [i.id for i in checklist.items]}
    if checklist.kinds:
        entry["kinds"] = checklist.kinds
    return entry


def build_manifest(data: SiteData, version: str, texts: MyDataText) -> dict[str, Any]:
    return {
        "site": version,
        "checklists": {one.id: _checklist(one) for one in data.checklists.values()},
        "templates": {
            template.id: {
                "title": template.titel,
                "fields": {field.id: _field(field) for field in template.fields},
            }
            for template in data.templates.values()
        },
        "tools": {tool: _tool(tool, texts, data) for tool in TOOLS},
    }


def manifest_element(manifest: dict[str, Any], texts: MyDataText) -> str:
    """The manifest as JSON in a hidden element's attribute, HTML-escaped (and `<` as
    \\u003c in the JSON too), so no text from data can break out of it.

    Not a <script type="application/json">: Material's instant navigation re-creates
    every inline script in the page content as a plain script, copying only its text,
    so the JSON would be run as JavaScript (and lose its id). The words of
    browser/js/data-tools.js come along as data-msg-* attributes.
    """
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    said = all_messages(texts)
    return f'<div id="gk-manifest" hidden data-manifest="{esc(text)}"{said}></div>'
