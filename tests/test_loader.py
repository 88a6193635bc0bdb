"""Broken data stops the build with a message naming the file, the entry and the field."""

from pathlib import Path
from textwrap import dedent

import pytest

from macros.loader import DataError, _message, load, load_comparison

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
pagina: voorbereiden.md
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
    assert "checklists/lijst.yml: YAML-fout op regel 14" in message


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
        "templates/formulier.yml: sjabloon 'formulier': veld 'intro': verplicht veld ontbreekt"
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
    assert "templates/formulier.yml: sjabloon 'lijst': veld 'id': deze id staat ook in" in message
    assert "checklists/lijst.yml" in message


def test_unknown_field_type(tmp_path):
    message = error_for(
        tmp_path, templates__formulier=TEMPLATE.replace("soort: lang", "soort: essay")
    )
    assert (
        "velden 'antwoord' → veld 'soort': onbekende soort 'essay': "
        "kies uit 'kort', 'lang', 'datum', 'lijst' of 'tabel'"
    ) in message


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
        "sjabloon 'formulier': secties 'deel' → velden 'antwoord' → veld 'vraag': "
        "vraag 'bestaat-niet' bestaat niet" in message
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
    (docs / "voorbereiden.md").write_text("# Voorbereiden\n", encoding="utf-8")
    broken = CHECKLIST.replace(
        "tekst: Eerste punt", "tekst: Eerste punt\n        link: nergens.md#kop"
    )
    with pytest.raises(
        DataError,
        match=r"checklist 'lijst': secties 'deel' → items 'eerste' → veld 'link': "
        r"pagina 'nergens.md' bestaat niet",
    ):
        load(make_data(tmp_path, checklists__lijst=broken), docs)


# Every kind of error the models can give has a Dutch message: (file, change, message).
DUTCH_MESSAGES = {
    "string_type": (
        "checklists__lijst",
        ("titel: Een lijst", "titel: 2024"),
        "checklist 'lijst': veld 'titel': moet tekst zijn: zet 2024 tussen aanhalingstekens",
    ),
    "string_type_list": (
        "checklists__lijst",
        ("titel: Een lijst", "titel: [Een, lijst]"),
        "checklist 'lijst': veld 'titel': moet tekst zijn",
    ),
    "string_too_long": (
        "checklists__lijst",
        ("id: eerste", "id: " + "a" * 61),
        f"items '{'a' * 61}' → veld 'id': is te lang: hoogstens 60 tekens",
    ),
    "int_type": (
        "templates__formulier",
        ("regels: 4", "regels: null"),
        "velden 'antwoord' → veld 'regels': moet een heel getal zijn",
    ),
    "int_from_float": (
        "templates__formulier",
        ("regels: 4", "regels: 2.5"),
        "velden 'antwoord' → veld 'regels': moet een heel getal zijn",
    ),
    "greater_than_equal": (
        "templates__formulier",
        ("regels: 4", "regels: 0"),
        "velden 'antwoord' → veld 'regels': moet minstens 1 zijn",
    ),
    "less_than_equal": (
        "templates__formulier",
        ("regels: 4", "regels: 31"),
        "velden 'antwoord' → veld 'regels': mag hoogstens 30 zijn",
    ),
    "bool_parsing": (
        "templates__formulier",
        ("regels: 4", "regels: 4\n        bespreekpunt: misschien"),
        "velden 'antwoord' → veld 'bespreekpunt': moet true of false zijn",
    ),
    "bool_type": (
        "templates__formulier",
        ("regels: 4", "regels: 4\n        bespreekpunt: [ja]"),
        "velden 'antwoord' → veld 'bespreekpunt': moet true of false zijn",
    ),
    "list_type": (
        "checklists__lijst",
        ("secties:\n", "secties: geen\nweg:\n"),
        "checklist 'lijst': veld 'secties': moet een lijst zijn",
    ),
    "too_short": (
        "checklists__lijst",
        ("    items:\n      - id: eerste", "    items: []\n    weg:\n      - id: eerste"),
        "secties 'deel' → veld 'items': moet minstens één onderdeel hebben",
    ),
    "model_type": (
        "checklists__lijst",
        ("items:\n      - id: eerste\n        tekst: Eerste punt", "items:\n      - Eerste punt"),
        "secties 'deel' → items nr. 1: moet een blok met velden zijn",
    ),
    "literal_error": (
        "templates__formulier",
        (
            "soort: lang\n        regels: 4",
            "soort: tabel\n        aantal: 2\n        kolommen:\n"
            "          - id: wat\n            label: Wat\n            soort: lang",
        ),
        "kolommen 'wat' → veld 'soort': onbekende soort 'lang': kies uit 'kort' of 'datum'",
    ),
    "missing_pagina": (
        "checklists__lijst",
        ("pagina: voorbereiden.md\n", ""),
        "checklist 'lijst': veld 'pagina': verplicht veld ontbreekt",
    ),
}


@pytest.mark.parametrize("case", sorted(DUTCH_MESSAGES))
def test_every_error_kind_has_a_dutch_message(tmp_path, case):
    file, (old, new), expected = DUTCH_MESSAGES[case]
    original = CHECKLIST if file.startswith("checklists") else TEMPLATE
    assert old in original
    message = error_for(tmp_path, **{file: original.replace(old, new)})
    assert expected in message
    assert "should" not in message and "Input" not in message


def test_a_block_where_a_mapping_belongs(tmp_path):
    path = tmp_path / "vergelijking.yml"
    path.write_text(
        "titel: T\nkolommen:\n  - {id: a, kop: A}\n  - {id: b, kop: B}\n"
        "rijen:\n  - id: r\n    kop: R\n    cellen: geen\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load_comparison(path)
    assert str(caught.value) == (
        f"{path}: vergelijking: rijen 'r' → veld 'cellen': moet een blok met velden zijn"
    )


def test_an_unknown_error_kind_still_gets_no_english():
    error = {"type": "nieuw_soort", "input": 1, "loc": ("x",), "msg": "Input should be new"}
    assert _message(error, "x") == "ongeldige waarde (nieuw_soort)"
