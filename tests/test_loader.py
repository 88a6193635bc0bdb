"""Broken data stops the build with a message naming the file, the entry and the field."""

from pathlib import Path
from textwrap import dedent

import pytest

from macros.loader import DataError, load

ROOT = Path(__file__).resolve().parent.parent

QUESTIONS = """\
vragen:
  - id: terugblik
    vraag: Hoe kijk je terug?
    waarover: Over je werk.
    aanpak: Wees eerlijk.
"""
CHECKLIST = """\
id: lijst
titel: Een lijst
samenvatting: Eén regel.
secties:
  - id: deel
    titel: Deel
    items:
      - id: eerste
        tekst: Eerste punt
      - id: tweede
        tekst: Tweede punt
"""
TEMPLATE = """\
id: formulier
titel: Een formulier
samenvatting: Eén regel.
intro: Vul in.
secties:
  - id: deel
    titel: Deel
    velden:
      - id: antwoord
        label: Antwoord
        soort: lang
        regels: 4
"""


def make_data(tmp_path: Path, **files: str) -> Path:
    """A data dir with one valid checklist, template and question list, plus overrides.

    Keys are paths with '/' written as '__' (checklists__lijst='...').
    """
    contents = {
        "vragen.yml": QUESTIONS,
        "checklists/lijst.yml": CHECKLIST,
        "templates/formulier.yml": TEMPLATE,
    }
    contents.update({key.replace("__", "/") + ".yml": value for key, value in files.items()})
    for name, text in contents.items():
        path = tmp_path / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(text), encoding="utf-8")
    return tmp_path / "data"


def error_for(tmp_path: Path, **files: str) -> str:
    with pytest.raises(DataError) as caught:
        load(make_data(tmp_path, **files))
    return str(caught.value)


def test_valid_data_loads(tmp_path):
    data = load(make_data(tmp_path))
    assert [item.id for item in data.checklists["lijst"].items] == ["eerste", "tweede"]
    assert data.templates["formulier"].fields[0].regels == 4


def test_the_real_data_loads():
    data = load(ROOT / "data", ROOT / "docs")
    assert data.checklists and data.templates and data.questions


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    message = error_for(tmp_path, checklists__lijst=CHECKLIST + "  - id: [kapot\n")
    assert "checklists/lijst.yml: YAML-fout op regel 13" in message


def test_duplicate_yaml_key(tmp_path):
    message = error_for(
        tmp_path, checklists__lijst=CHECKLIST.replace("titel: Een lijst", "titel: A\ntitel: B")
    )
    assert "lijst.yml: YAML-fout op regel 3: sleutel 'titel' staat twee keer" in message


def test_unknown_key_is_a_typo(tmp_path):
    broken = CHECKLIST.replace("tekst: Tweede punt", "tekts: Tweede punt")
    message = error_for(tmp_path, checklists__lijst=broken)
    assert (
        "checklists/lijst.yml: checklist 'lijst': secties 'deel' → items 'tweede' → veld 'tekts': onbekend veld"
        in message
    )
    assert "items 'tweede' → veld 'tekst': verplicht veld ontbreekt" in message


def test_missing_required_field(tmp_path):
    message = error_for(tmp_path, templates__formulier=TEMPLATE.replace("intro: Vul in.\n", ""))
    assert (
        "templates/formulier.yml: template 'formulier': veld 'intro': verplicht veld ontbreekt"
        in message
    )


def test_wrong_type(tmp_path):
    message = error_for(
        tmp_path, templates__formulier=TEMPLATE.replace("regels: 4", "regels: veel")
    )
    assert "secties 'deel' → velden 'antwoord' → veld 'regels': moet een heel getal zijn" in message


def test_empty_text(tmp_path):
    message = error_for(
        tmp_path, checklists__lijst=CHECKLIST.replace("tekst: Eerste punt", "tekst: '  '")
    )
    assert "items 'eerste' → veld 'tekst': mag niet leeg zijn" in message


def test_bad_id(tmp_path):
    message = error_for(
        tmp_path, checklists__lijst=CHECKLIST.replace("id: eerste", "id: Eerste_Punt")
    )
    assert (
        "items 'Eerste_Punt' → veld 'id': ongeldige waarde 'Eerste_Punt': alleen kleine letters"
        in message
    )


def test_duplicate_id_within_a_file(tmp_path):
    message = error_for(tmp_path, checklists__lijst=CHECKLIST.replace("id: tweede", "id: eerste"))
    assert "checklists/lijst.yml: checklist 'lijst':" in message
    assert "item-id 'eerste' komt twee keer voor" in message


def test_duplicate_id_across_files(tmp_path):
    message = error_for(
        tmp_path, templates__formulier=TEMPLATE.replace("id: formulier", "id: lijst")
    )
    assert "templates/formulier.yml: template 'lijst': veld 'id': deze id staat ook in" in message
    assert "checklists/lijst.yml" in message


def test_unknown_field_type(tmp_path):
    message = error_for(
        tmp_path, templates__formulier=TEMPLATE.replace("soort: lang", "soort: essay")
    )
    assert "velden 'antwoord' → veld 'soort': onbekende soort" in message


def test_table_needs_columns(tmp_path):
    broken = TEMPLATE.replace("soort: lang", "soort: tabel\n        aantal: 3")
    message = error_for(tmp_path, templates__formulier=broken)
    assert (
        "secties 'deel' → velden 'antwoord': veld 'kolommen' is verplicht bij soort 'tabel'"
        in message
    )


def test_unknown_question_reference(tmp_path):
    broken = TEMPLATE.replace("label: Antwoord", "vraag: bestaat-niet")
    message = error_for(tmp_path, templates__formulier=broken)
    assert (
        "template 'formulier': deel → veld 'antwoord': vraag 'bestaat-niet' bestaat niet" in message
    )


def test_question_reference_gives_the_label(tmp_path):
    data = load(
        make_data(
            tmp_path, templates__formulier=TEMPLATE.replace("label: Antwoord", "vraag: terugblik")
        )
    )
    assert data.templates["formulier"].fields[0].label == "Hoe kijk je terug?"


def test_link_to_missing_page(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    broken = CHECKLIST.replace(
        "tekst: Eerste punt", "tekst: Eerste punt\n        link: nergens.md#kop"
    )
    with pytest.raises(
        DataError, match=r"items? 'eerste' → veld 'link': pagina 'nergens.md' bestaat niet"
    ):
        load(make_data(tmp_path, checklists__lijst=broken), docs)
