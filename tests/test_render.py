"""Rendering: real form controls with labels, stable ids, and nothing from data runs."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.loader import DataError, load, load_interface, load_points
from macros.models import Checklist, Template
from macros.render_checklist import page_url, render_checklist
from macros.render_form import render_form

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
POINTS = load_points(ROOT / "data" / "bespreekpunten.yml")
UI = load_interface(ROOT / "data" / "ui.yml")
LISTS = UI.lijsten
HOSTILE = ["<img src=x onerror=alert(1)>", '"><script>alert(1)</script>', "{{ 7*7 }}", "{% raw %}"]


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def assert_every_control_is_labelled(tree: BeautifulSoup) -> None:
    controls = tree.select("input, textarea")
    assert controls
    for control in controls:
        named = control.get("aria-label") or tree.select_one(f'label[for="{control["id"]}"]')
        assert named, f"control {control['id']} has no label"
        for described in control.get("aria-describedby", "").split():
            assert tree.find(id=described), f"{control['id']} describes by missing {described}"
    ids = [element["id"] for element in tree.select("[id]")]
    assert len(ids) == len(set(ids)), "duplicate ids"


@pytest.mark.parametrize("checklist", DATA.checklists.values(), ids=lambda c: c.id)
def test_every_checklist_renders_as_labelled_checkboxes(checklist: Checklist):
    tree = soup(render_checklist(checklist, LISTS, more=UI.lees_meer))
    wrapper = tree.select_one(f'[data-checklist="{checklist.id}"]')
    assert wrapper is not None
    assert [legend.get_text() for legend in wrapper.select("fieldset > legend")] == [
        section.titel for section in checklist.secties
    ]
    boxes = wrapper.select('input[type="checkbox"]')
    assert [box["data-item"] for box in boxes] == [item.id for item in checklist.items]
    for box, item in zip(boxes, checklist.items, strict=True):
        assert tree.select_one(f'label[for="{box["id"]}"]').get_text() == item.tekst
    assert_every_control_is_labelled(tree)


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_every_template_renders_as_labelled_fields(template: Template):
    tree = soup(render_form(template, UI))
    wrapper = tree.select_one(f'[data-template="{template.id}"]')
    assert wrapper is not None
    assert {control["data-field"] for control in wrapper.select("[data-field]")} == {
        field.id for field in template.fields
    }
    text = wrapper.get_text(" ")
    for field in template.fields:
        assert field.label in text
    assert_every_control_is_labelled(tree)


def paper_of(tree: BeautifulSoup, control) -> tuple:
    """The print-only answer block of a control and the ruled lines that follow it."""
    answer = tree.select_one(f'[data-answer-for="{control["id"]}"]')
    lines = answer.find_next_sibling(class_="gk-print-lines") if answer else None
    return answer, lines


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_every_control_has_a_print_block_and_ruled_space_from_data(template: Template):
    tree = soup(render_form(template, UI))
    for field in template.fields:
        controls = tree.select(f'[data-field="{field.id}"]')
        assert controls, field.id
        for control in controls:
            answer, lines = paper_of(tree, control)
            assert answer is not None and "gk-print-only" in answer["class"], control["id"]
            assert answer.get_text() == "", "the answer block is filled in the browser, not here"
            assert lines is not None and "gk-print-only" in lines["class"], control["id"]
            assert len(lines.find_all("span")) == field.regels, control["id"]


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_tables_print_extra_empty_rows_to_write_in(template: Template):
    tree = soup(render_form(template, UI))
    for field in template.fields:
        if field.kolommen is None:
            continue
        table = tree.select_one(f'[data-field="{field.id}"]').find_parent("table")
        paper_rows = table.select("tbody tr.gk-print-only")
        assert len(table.select("tbody tr[data-row]")) == field.aantal
        assert paper_rows, f"{field.id}: no extra rows to write in on paper"
        for row in paper_rows:
            assert len(row.select("td .gk-print-lines")) == len(field.kolommen)
            assert not row.select("input"), "paper rows are not form controls"


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_fields_marked_in_data_and_only_those_get_a_bespreekpunt_button(template: Template):
    tree = soup(render_form(template, UI, points=POINTS))
    assert not tree.select("[data-agenda]"), "the agenda boxes are gone"
    buttons = tree.select("button[data-point-field]")
    marked = [field for field in template.fields if field.bespreekpunt]
    assert [button["data-point-field"] for button in buttons] == [field.id for field in marked]
    for button, field in zip(buttons, marked, strict=True):
        assert button.get_text().startswith(POINTS.veld.knop)
        assert field.label in button.get_text(), "the name says which answer it takes"
        assert button["data-msg-added"] == POINTS.veld.toegevoegd
        assert button.find_parent(class_="gk-noprint") is not None
        assert button.find_parent(class_="gk-field").select_one(f'[data-field="{field.id}"]')


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_forms_use_classes_not_inline_styles(template: Template):
    # The Content-Security-Policy blocks style attributes.
    assert not soup(render_form(template, UI)).select("[style]")


@pytest.mark.parametrize(
    "template", [t for t in DATA.templates.values() if any(f.kolommen for f in t.fields)]
)
def test_table_cells_name_their_column_for_the_phone_layout(template: Template):
    tree = soup(render_form(template, UI))
    for field in (f for f in template.fields if f.kolommen):
        rows = tree.select(f'tr[data-row]:has([data-field="{field.id}"])')
        assert len(rows) == field.aantal
        for row in rows:
            cells = row.select("td")
            names = [cell.select_one(".gk-field__cell-label").get_text() for cell in cells]
            assert names == [column.label for column in field.kolommen]


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_a_form_under_the_page_title_starts_with_its_fields(template: Template):
    """level=1: the page's h1 names the form, so no second heading with the same title;
    the title still prints, and the print buttons come after the fields."""
    tree = soup(render_form(template, UI, level=1))
    form = tree.select_one(".gk-form")
    assert not form.select("h1, h2, h3, h4, h5, h6")
    assert form.select_one(".gk-print-only .gk-form__title").get_text() == template.titel
    sections = form.select(".gk-form__section")
    tools = form.select_one(".gk-print-tools")
    assert sections[-1].find_next(class_="gk-print-tools") is tools
    assert not tools.find_next(class_="gk-form__section")
    with_heading = soup(render_form(template, UI, level=2))
    assert with_heading.select_one("h2.gk-form__title").get_text() == template.titel
    assert not with_heading.select(".gk-print-only .gk-form__title")


def hostile_checklist(value: str) -> Checklist:
    return Checklist.model_validate(
        {
            "id": "kwaad",
            "pagina": "tips.md",
            "titel": value,
            "samenvatting": value,
            "intro": value,
            "secties": [
                {
                    "id": "deel",
                    "titel": value,
                    "items": [{"id": "punt", "tekst": value, "hint": value}],
                }
            ],
        }
    )


def hostile_template(value: str) -> Template:
    column = {"id": "kolom", "label": value}
    fields = [
        {"id": f"veld-{kind}", "label": value, "uitleg": value, "soort": kind}
        for kind in ("kort", "lang", "datum")
    ]
    fields.append({"id": "veld-lijst", "label": value, "soort": "lijst", "aantal": 2})
    fields.append(
        {"id": "veld-tabel", "label": value, "soort": "tabel", "aantal": 2, "kolommen": [column]}
    )
    return Template.model_validate(
        {
            "id": "kwaad",
            "titel": value,
            "samenvatting": value,
            "intro": value,
            "secties": [{"id": "deel", "titel": value, "velden": fields}],
        }
    )


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    "render",
    [
        lambda v: render_checklist(hostile_checklist(v), LISTS, more=UI.lees_meer),
        lambda v: render_form(hostile_template(v), UI),
    ],
    ids=["checklist", "template"],
)
def test_data_cannot_inject_markup_or_jinja(render, value):
    html = render(value)
    tree = soup(html)
    assert not tree.select("script, img"), "markup from data became elements"
    assert "{{" not in html and "{%" not in html, "Jinja syntax from data survives into the page"
    for element in tree.find_all(True):
        assert not any(name.startswith("on") for name in element.attrs)
    # The reader still sees the text exactly as written.
    assert value in tree.get_text()


@pytest.mark.parametrize(
    ("link", "root", "expected"),
    [
        ("voorbereiden.md", "/", "/voorbereiden/"),
        ("voorbereiden.md#stap-1", "/", "/voorbereiden/#stap-1"),
        ("index.md", "/", "/"),
        ("index.md", "/gespreksklaar/", "/gespreksklaar/"),
        ("sjablonen/index.md", "/", "/sjablonen/"),
        ("sjablonen/oefenvragen.md#vraag", "/site/", "/site/sjablonen/oefenvragen/#vraag"),
    ],
)
def test_links_start_at_the_site_root(link, root, expected):
    assert page_url(link, root) == expected


def test_read_more_links_say_what_they_are_about():
    checklist = Checklist.model_validate(
        {
            "id": "lijst",
            "titel": "Lijst",
            "samenvatting": "Eén regel.",
            "pagina": "tips.md",
            "secties": [
                {
                    "id": "deel",
                    "titel": "Deel",
                    "items": [{"id": "punt", "tekst": "Vraag om feedback", "link": "tips.md"}],
                }
            ],
        }
    )
    link = soup(render_checklist(checklist, LISTS, "/site/", more=UI.lees_meer)).select_one(
        ".gk-checklist__hint a"
    )
    assert link["href"] == "/site/tips/"
    assert link.get_text() == "Lees meer over: Vraag om feedback"


@pytest.mark.parametrize("checklist", DATA.checklists.values(), ids=lambda c: c.id)
def test_every_checklist_has_a_hidden_done_state_with_its_next_step(checklist: Checklist):
    done = soup(render_checklist(checklist, LISTS, "/site/", more=UI.lees_meer)).select_one(
        "[data-checklist-done]"
    )
    assert done.has_attr("hidden") and "gk-noprint" in done["class"]
    assert checklist.volgende is not None, "every checklist names its next step"
    link = done.select_one("a")
    assert link.get_text() == checklist.volgende.tekst
    assert link["href"] == page_url(checklist.volgende.link, "/site/")


def test_a_next_step_to_a_missing_page_stops_the_build(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n", encoding="utf-8")
    lists = tmp_path / "data" / "checklists"
    lists.mkdir(parents=True)
    (tmp_path / "data" / "templates").mkdir()
    (tmp_path / "data" / "vragen.yml").write_text(
        (ROOT / "data" / "vragen.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (lists / "x.yml").write_text(
        "id: x\ntitel: X\nsamenvatting: X.\npagina: a.md\n"
        "volgende: {tekst: Verder, link: b.md#boven}\n"
        "secties: [{id: s, titel: S, items: [{id: i, tekst: I.}]}]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load(tmp_path / "data", docs)
    assert str(caught.value) == (
        f"{lists / 'x.yml'}: checklist 'x': volgende → veld 'link': pagina 'b.md' bestaat "
        f"niet in {docs}"
    )
