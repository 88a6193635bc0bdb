"""The content data beyond checklists and templates: the comparison table and where each
checklist lives. Broken data stops the build with a message naming file, entry and field."""

from pathlib import Path
from textwrap import dedent

import pytest
import yaml
from test_loader import CHECKLIST, error_for, make_data

from macros.loader import DataError, load, load_comparison

ROOT = Path(__file__).resolve().parent.parent

COMPARISON = """\
titel: Naast elkaar
kolommen:
  - id: links
    kop: Links
  - id: rechts
    kop: Rechts
rijen:
  - id: focus
    kop: Focus
    cellen:
      links: Vooruit.
      rechts: Terug.
"""


def comparison_error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "vergelijking.yml"
    path.write_text(dedent(text), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_comparison(path)
    return str(caught.value)


def test_the_real_comparison_loads():
    comparison = load_comparison(ROOT / "data" / "vergelijking.yml")
    assert [column.id for column in comparison.kolommen] == [
        "functioneringsgesprek",
        "beoordelingsgesprek",
    ]
    assert [row.id for row in comparison.rijen] == ["focus", "opzet", "doel"]


def test_cell_missing_for_a_column(tmp_path):
    message = comparison_error(tmp_path, COMPARISON.replace("      rechts: Terug.\n", ""))
    assert message == (
        f"{tmp_path}/vergelijking.yml: vergelijking: "
        "rijen 'focus' → veld 'cellen': geen tekst voor kolom 'rechts'"
    )


def test_cell_for_an_unknown_column(tmp_path):
    message = comparison_error(tmp_path, COMPARISON.replace("rechts: Terug.", "rechst: Terug."))
    assert "rijen 'focus' → veld 'cellen': geen tekst voor kolom 'rechts'" in message
    broken = COMPARISON + "      midden: Opzij.\n"
    message = comparison_error(tmp_path, broken)
    assert "rijen 'focus' → veld 'cellen': kolom 'midden' bestaat niet" in message


def test_empty_cell(tmp_path):
    message = comparison_error(tmp_path, COMPARISON.replace("links: Vooruit.", "links: ''"))
    assert "rijen 'focus' → cellen → veld 'links': mag niet leeg zijn" in message


def test_duplicate_column(tmp_path):
    message = comparison_error(tmp_path, COMPARISON.replace("id: rechts", "id: links"))
    assert "kolom-id 'links' komt twee keer voor" in message


def test_comparison_needs_two_columns(tmp_path):
    one_column = COMPARISON.replace("  - id: rechts\n    kop: Rechts\n", "").replace(
        "      rechts: Terug.\n", ""
    )
    message = comparison_error(tmp_path, one_column)
    assert "vergelijking: veld 'kolommen': moet minstens 2 onderdelen hebben" in message


def test_missing_caption(tmp_path):
    message = comparison_error(tmp_path, COMPARISON.replace("titel: Naast elkaar\n", ""))
    assert "vergelijking.yml: vergelijking: veld 'titel': verplicht veld ontbreekt" in message


def test_checklist_page_without_an_anchor(tmp_path):
    broken = CHECKLIST.replace("pagina: voorbereiden.md", "pagina: voorbereiden.md#stap-1")
    message = error_for(tmp_path, checklists__lijst=broken)
    assert (
        "checklists/lijst.yml: checklist 'lijst': veld 'pagina': ongeldige waarde "
        "'voorbereiden.md#stap-1': verwijs naar een pagina als 'map/pagina.md', zonder anker"
        in message
    )


def test_checklist_page_must_exist(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "er-wel.md").write_text("# Er wel\n", encoding="utf-8")
    good = CHECKLIST.replace("pagina: voorbereiden.md", "pagina: er-wel.md")
    assert load(make_data(tmp_path, checklists__lijst=good), docs).checklists["lijst"].pagina
    broken = CHECKLIST.replace("pagina: voorbereiden.md", "pagina: nergens.md")
    with pytest.raises(DataError) as caught:
        load(make_data(tmp_path, checklists__lijst=broken), docs)
    assert "checklist 'lijst': veld 'pagina': pagina 'nergens.md' bestaat niet" in str(caught.value)


@pytest.mark.parametrize("path", ["data/ui.yml", "data/en/ui.yml"])
def test_each_interface_text_is_in_one_place(path):
    # One fact in one place: a text said twice would be kept in step by hand.
    places: dict[str, list[str]] = {}

    def walk(value, where: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{where}.{key}" if where else key)
        elif isinstance(value, str):
            places.setdefault(value, []).append(where)

    walk(yaml.safe_load((ROOT / path).read_text(encoding="utf-8")), "")
    assert {text: keys for text, keys in places.items() if len(keys) > 1} == {}
