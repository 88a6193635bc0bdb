"""The kinds of meeting in data (issue 15): every tag names a known kind, an unknown one
stops the build naming file, entry and field, and the markup the browser acts on."""

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_build_errors import PROJECT, build
from test_loader import CHECKLIST, QUESTIONS, TEMPLATE, make_data

from macros.loader import DataError, load, load_interface
from macros.render_checklist import render_checklist
from macros.render_form import render_form
from macros.render_types import render_choice, render_note

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
TYPES = DATA.types
KINDS = {kind.id for kind in TYPES.soorten}
GESPREKKEN = (ROOT / "data" / "gesprekken.yml").read_text(encoding="utf-8")


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_every_tag_in_the_data_names_a_known_kind():
    tags = [
        *(tag for question in DATA.questions for tag in question.gesprek),
        *(tag for c in DATA.checklists.values() for item in c.items for tag in item.gesprek),
        *(tag for t in DATA.templates.values() for field in t.fields for tag in field.gesprek),
    ]
    assert tags, "no entry is for some kinds only"
    assert set(tags) <= KINDS
    # Each kind has something of its own, and each page's block names only known kinds.
    assert set(tags) >= KINDS
    for note in TYPES.verschillen:
        assert set(note.teksten) <= KINDS


def with_tag(text: str, after: str, indent: int, tag: str) -> str:
    return text.replace(after, f"{after}\n{' ' * indent}gesprek: [{tag}]")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {"checklists__lijst": with_tag(CHECKLIST, "tekst: Tweede punt", 8, "beoordeling, pop")},
            "checklists/lijst.yml: checklist 'lijst': secties 'deel' → items 'tweede' → "
            "veld 'gesprek': gesprek 'pop' bestaat niet in data/gesprekken.yml",
        ),
        (
            {"templates__formulier": with_tag(TEMPLATE, "regels: 4", 8, "jaargesprekk")},
            "templates/formulier.yml: sjabloon 'formulier': secties 'deel' → velden 'antwoord' → "
            "veld 'gesprek': gesprek 'jaargesprekk' bestaat niet",
        ),
        (
            {"vragen": with_tag(QUESTIONS, "aanpak: Wees eerlijk.", 4, "rno")},
            "vragen.yml: vragenlijst: vragen 'terugblik' → veld 'gesprek': gesprek 'rno' "
            "bestaat niet",
        ),
    ],
)
def test_an_unknown_kind_names_file_entry_and_field(tmp_path, files, message):
    data_dir = make_data(tmp_path, **files)
    (data_dir / "gesprekken.yml").write_text(GESPREKKEN, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load(data_dir)
    assert message in str(caught.value)
    assert "(wel: functionering, beoordeling, jaar, ontwikkeling)" in str(caught.value)


def test_a_block_for_an_unknown_kind_is_refused(tmp_path):
    data_dir = make_data(tmp_path)
    broken = GESPREKKEN.replace("      ontwikkeling:\n", "      ontwikkel:\n", 1)
    (data_dir / "gesprekken.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load(data_dir)
    assert (
        "gesprekken.yml: gesprekken: verschillen 'voorbereiden' → veld 'teksten': "
        "gesprek 'ontwikkel' bestaat niet" in str(caught.value)
    )


def test_the_build_stops_on_an_unknown_kind(tmp_path):
    for name in PROJECT:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, tmp_path / name)
    path = tmp_path / "data" / "checklists" / "voorbereiding.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("gesprek: [ontwikkeling]", "gesprek: [pop]", 1), "utf-8")
    result = build(tmp_path)
    assert result.returncode != 0
    assert (
        "data/checklists/voorbereiding.yml: checklist 'voorbereiding': secties 'terugkijken' → "
        "items 'pop' → veld 'gesprek': gesprek 'pop' bestaat niet in data/gesprekken.yml"
    ) in result.stdout + result.stderr


def test_a_field_that_asks_a_question_belongs_to_the_question_s_kinds():
    questions = {question.id: question for question in DATA.questions}
    for template in DATA.templates.values():
        for field in template.fields:
            if field.vraag and questions[field.vraag].gesprek:
                assert field.gesprek == questions[field.vraag].gesprek


def test_an_item_for_some_kinds_carries_them_and_names_them():
    ui = load_interface(ROOT / "data" / "ui.yml")
    html = soup(
        render_checklist(
            DATA.checklists["voorbereiding"], ui.lijsten, types=TYPES, more=ui.lees_meer
        )
    )
    for item in DATA.checklists["voorbereiding"].items:
        li = html.select_one(f'input[data-item="{item.id}"]').parent
        mark = li.select_one(".gk-type-mark")
        if item.gesprek:
            assert li["data-types"].split() == item.gesprek
            names = [kind.titel for kind in TYPES.soorten if kind.id in item.gesprek]
            *first, last = names
            expected = f"{', '.join(first)} {TYPES.keuze.of} {last}" if first else last
            assert mark.get_text() == f"{TYPES.keuze.geldt} {expected}"
        else:
            assert not li.has_attr("data-types") and mark is None


def test_a_form_prints_the_chosen_kind_and_marks_its_fields():
    ui = load_interface(ROOT / "data" / "ui.yml")
    form = soup(render_form(DATA.templates["oefenvragen"], ui, types=TYPES))
    names = form.select(".gk-print-header .gk-type-fact [data-type-only]")
    assert {span["data-type-only"]: span.get_text() for span in names} == TYPES.names
    typed = [f.id for f in DATA.templates["oefenvragen"].fields if f.gesprek]
    assert typed == ["eigen-oordeel"]
    assert [
        node.select_one("[data-field]")["data-field"] for node in form.select("[data-types]")
    ] == typed


def test_the_choice_and_the_blocks():
    choice = soup(render_choice(TYPES, "/verschil/"))
    radios = choice.select("input[type=radio]")
    assert [radio["value"] for radio in radios] == [*[k.id for k in TYPES.soorten], ""]
    assert choice.select_one("legend").get_text() == TYPES.keuze.vraag
    assert choice.select_one("a")["href"] == "/verschil/"
    for note in TYPES.verschillen:
        blocks = soup(render_note(TYPES, note.id)).select("[data-type-only]")
        assert [block["data-type-only"] for block in blocks] == list(note.teksten)
    with pytest.raises(ValueError, match="verschil 'nergens' bestaat niet"):
        render_note(TYPES, "nergens")


def test_every_block_is_on_a_page():
    pages = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").rglob("*.md"))
    for note in TYPES.verschillen:
        assert f'gesprek_verschil("{note.id}")' in pages
