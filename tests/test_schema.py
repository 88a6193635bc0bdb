"""The committed JSON Schemas match the models, the tools' saved shapes match the registry,
and every data file names its schema."""

import json
from pathlib import Path

import pytest

from macros.schema import SCHEMA_DIR, SCHEMAS, schema_text
from macros.tools_registry import LOADER_FILE, SHAPES_FILE, TOOLS, loader_text, shapes_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_current(name):
    committed = (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(SCHEMAS[name]), "run `make schema` and commit the result"
    json.loads(committed)


def test_committed_tool_shapes_are_current():
    committed = SHAPES_FILE.read_text(encoding="utf-8")
    assert committed == shapes_text(), "run `make schema` and commit browser/js/tools.json"
    assert list(json.loads(committed)) == list(TOOLS)


def test_committed_tool_loader_is_current():
    committed = LOADER_FILE.read_text(encoding="utf-8")
    assert committed == loader_text(), "run `make schema` and commit browser/js/tool-modules.js"


# data/en/ holds only the English text of a Dutch file (macros/overlay.py): no schema fits it.
DUTCH_DATA = sorted(
    path
    for path in (ROOT / "data").rglob("*.yml")
    if path.relative_to(ROOT / "data").parts[0] != "en"
)


@pytest.mark.parametrize("path", DUTCH_DATA, ids=lambda path: path.name)
def test_data_file_points_at_its_schema(path):
    kind = {"checklists": "checklist", "templates": "template"}.get(path.parent.name, path.stem)
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    schema = (SCHEMA_DIR / f"{kind}.schema.json").relative_to(ROOT)
    prefix = "../" * (len(path.relative_to(ROOT).parts) - 1)
    assert first_line == f"# yaml-language-server: $schema={prefix}{schema}"
