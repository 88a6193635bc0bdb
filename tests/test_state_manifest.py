"""The manifest of what a reader can save: complete, typed, and safe to place in a page."""

import json
from pathlib import Path

from bs4 import BeautifulSoup

from macros.loader import load, load_my_data
from macros.manifest import build_manifest, manifest_element, site_version
from macros.models import Checklist, FieldType, Template

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
MY_DATA = load_my_data(ROOT / "data" / "mijn-gegevens.yml")


def parsed(html: str) -> dict:
    element = BeautifulSoup(html, "html.parser").select_one("#gk-manifest")
    return json.loads(element["data-manifest"])


def test_every_checklist_item_and_template_field_is_listed_with_its_shape():
    manifest = build_manifest(DATA, "1.2.3", MY_DATA)
    assert manifest["site"] == "1.2.3"
    assert set(manifest["checklists"]) == set(DATA.checklists)
    for checklist in DATA.checklists.values():
        entry = manifest["checklists"][checklist.id]
        assert entry["title"] == checklist.titel
        assert entry["items"] == [item.id for item in checklist.items]
    assert set(manifest["templates"]) == set(DATA.templates)
    kinds = set()
    for template in DATA.templates.values():
        fields = manifest["templates"][template.id]["fields"]
        assert list(fields) == [field.id for field in template.fields]
        for field in template.fields:
            spec = fields[field.id]
            kinds.add(spec["type"])
            assert spec["type"] == field.soort.value
            assert spec.get("size") == field.aantal
            if field.soort is FieldType.tabel:
                assert spec["columns"] == {c.id: c.soort.value for c in field.kolommen}
            else:
                assert "columns" not in spec
    assert kinds == {kind.value for kind in FieldType}, "the data should use every field type"


def test_text_from_data_cannot_break_out_of_the_element():
    hostile = '</div><script>alert(1)</script> "quoted" & {{ 7*7 }}'
    checklist = Checklist.model_validate(
        {
            "id": "lijst",
            "titel": hostile,
            "samenvatting": "x",
            "pagina": "tips.md",
            "secties": [{"id": "deel", "titel": "Deel", "items": [{"id": "een", "tekst": "x"}]}],
        }
    )
    template = Template.model_validate(
        {
            "id": "formulier",
            "titel": hostile,
            "samenvatting": "x",
            "intro": "x",
            "secties": [
                {"id": "deel", "titel": "D", "velden": [{"id": "a", "label": "A", "soort": "kort"}]}
            ],
        }
    )
    data = DATA.__class__({"lijst": checklist}, {"formulier": template}, [], {})
    html = manifest_element(build_manifest(data, "0", MY_DATA), MY_DATA)
    assert "<" not in html[1 : -len("</div>")] and "{{" not in html

    assert [tag.name for tag in BeautifulSoup(html, "html.parser").find_all(True)] == ["div"]
    assert parsed(html)["checklists"]["lijst"]["title"] == hostile
    assert parsed(html)["templates"]["formulier"]["title"] == hostile


def test_site_version_comes_from_pyproject(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "4.5.6"\n', encoding="utf-8")
    assert site_version(pyproject) == "4.5.6"
    assert site_version() == site_version(ROOT / "pyproject.toml")


def test_my_data_page_carries_the_manifest_of_the_data(site_dir):
    html = (site_dir / "mijn-gegevens" / "index.html").read_text(encoding="utf-8")
    assert parsed(html) == build_manifest(DATA, site_version(), MY_DATA)
    tree = BeautifulSoup(html, "html.parser")
    assert tree.select_one("#gk-manifest").has_attr("hidden")
    for tool in ("summary", "aside", "persist", "export", "import", "wipe"):
        assert tree.select_one(f'[data-gk-tool="{tool}"]'), tool
