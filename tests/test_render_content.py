"""Rendering of the content parts: the question list, the comparison table, the overviews."""

from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from test_render import HOSTILE, LISTS, UI

from macros.loader import DataError, SiteData, load, load_comparison
from macros.models import Checklist, Comparison, Question, Template
from macros.overview import (
    OverviewEntry,
    checklist_entries,
    nav_files,
    render_overview,
    template_entries,
    template_page,
)
from macros.render_checklist import page_url
from macros.render_content import render_comparison, render_questions

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def cell_text(td) -> str:
    """A comparison cell's own text, without the column label shown when stacked."""
    label = td.select_one(".gk-comparison__label")
    return td.get_text().removeprefix(label.get_text()).strip() if label else td.get_text()


def as_page(markdown_text: str) -> BeautifulSoup:
    """The Markdown as the site builds it (the extensions the question list relies on)."""
    return soup(markdown.markdown(markdown_text, extensions=["attr_list", "md_in_html", "toc"]))


# --- Questions ----------------------------------------------------------------


def test_questions_become_numbered_headings_with_stable_ids():
    tree = as_page(render_questions(DATA.questions, UI.vragen, level=3))
    headings = tree.find_all("h3")
    assert [heading["id"] for heading in headings] == [f"vraag-{q.id}" for q in DATA.questions]
    for number, (heading, question) in enumerate(zip(headings, DATA.questions, strict=True), 1):
        assert heading.get_text() == f"{number}. {question.vraag}"
        about, approach = heading.find_next_siblings("p", limit=2)
        assert about.get_text() == f"Waar gaat het over? {question.waarover}"
        assert approach.get_text() == f"Zo pak je het aan. {question.aanpak}"


@pytest.mark.parametrize("level", [1, 7])
def test_question_heading_level_is_checked(level):
    with pytest.raises(ValueError, match="koptekstniveau"):
        render_questions(DATA.questions, UI.vragen, level)


MARKDOWN_TRICKS = [
    *HOSTILE,
    "[klik](javascript:alert(1))",
    "*schuin* en __vet__",
    "regel\n\n# kop",
    "`code` <b>vet</b> & {#id}",
]


@pytest.mark.parametrize("value", MARKDOWN_TRICKS)
def test_question_text_stays_text(value):
    question = Question(id="vraag", vraag=value, waarover=value, aanpak=value)
    tree = as_page(render_questions([question], UI.vragen))
    assert not tree.select("script, img, a, em, strong:not(:first-child), code, b, h1")
    assert [h["id"] for h in tree.find_all("h2")] == ["vraag-vraag"]
    folded = " ".join(value.split())
    assert tree.find("h2").get_text() == f"1. {folded}"
    assert tree.find_all("p")[0].get_text() == f"Waar gaat het over? {folded}"


# --- Comparison -----------------------------------------------------------------


def test_comparison_table_follows_the_columns_not_the_order_of_cells():
    comparison = Comparison.model_validate(
        {
            "titel": "Naast elkaar",
            "kolommen": [{"id": "a", "kop": "Eerste"}, {"id": "b", "kop": "Tweede"}],
            "rijen": [{"id": "r", "kop": "Rij", "cellen": {"b": "tekst b", "a": "tekst a"}}],
        }
    )
    table = soup(render_comparison(comparison)).table
    assert table.caption.get_text() == "Naast elkaar"
    assert [th.get_text() for th in table.select("thead th[scope=col]")] == ["Eerste", "Tweede"]
    row = table.select_one("tbody tr")
    assert row.select_one("th[scope=row]").get_text() == "Rij"
    assert [cell_text(td) for td in row.find_all("td")] == ["tekst a", "tekst b"]
    # Stacked on a phone, each cell names its column; screen readers get it from the header.
    labels = row.select(".gk-comparison__label")
    assert [label.get_text() for label in labels] == ["Eerste", "Tweede"]
    assert all(label["aria-hidden"] == "true" for label in labels)


def test_the_real_comparison_renders_every_cell():
    comparison = load_comparison(ROOT / "data" / "vergelijking.yml")
    table = soup(render_comparison(comparison)).table
    for row, rendered in zip(comparison.rijen, table.select("tbody tr"), strict=True):
        assert [cell_text(td) for td in rendered.find_all("td")] == [
            row.cellen[column.id] for column in comparison.kolommen
        ]


@pytest.mark.parametrize("value", HOSTILE)
def test_comparison_escapes_data(value):
    comparison = Comparison.model_validate(
        {
            "titel": value,
            "kolommen": [{"id": "a", "kop": value}, {"id": "b", "kop": value}],
            "rijen": [{"id": "r", "kop": value, "cellen": {"a": value, "b": value}}],
        }
    )
    html = render_comparison(comparison)
    tree = soup(html)
    assert not tree.select("script, img") and "{{" not in html and "{%" not in html
    assert tree.caption.get_text() == value


# --- Overviews ------------------------------------------------------------------

NAV = [
    {"Start": "index.md"},
    {"Deel": [{"Later": "later.md"}, {"Eerder": "eerder.md"}]},
    {"Sjablonen": ["sjablonen.md", {"Twee": "sjablonen/twee.md"}, {"Een": "sjablonen/een.md"}]},
    {"Ergens": "https://example.org/"},
]


def test_nav_files_keeps_reading_order_and_skips_links():
    assert nav_files(NAV) == [
        "index.md",
        "later.md",
        "eerder.md",
        "sjablonen.md",
        "sjablonen/twee.md",
        "sjablonen/een.md",
    ]


def site_data(checklist_pages: dict[str, str], template_ids: list[str]) -> SiteData:
    def checklist(checklist_id: str, page: str) -> Checklist:
        return Checklist.model_validate(
            {
                "id": checklist_id,
                "titel": f"Lijst {checklist_id}",
                "samenvatting": f"Over {checklist_id}.",
                "pagina": page,
                "secties": [{"id": "s", "titel": "S", "items": [{"id": "i", "tekst": "I"}]}],
            }
        )

    def template(template_id: str) -> Template:
        return Template.model_validate(
            {
                "id": template_id,
                "titel": f"Sjabloon {template_id}",
                "samenvatting": f"Voor {template_id}.",
                "intro": "Vul in.",
                "secties": [
                    {
                        "id": "s",
                        "titel": "S",
                        "velden": [{"id": "v", "label": "V", "soort": "kort"}],
                    }
                ],
            }
        )

    checklists = {key: checklist(key, page) for key, page in checklist_pages.items()}
    templates = {key: template(key) for key in template_ids}
    sources = {key: Path(f"data/x/{key}.yml") for key in [*checklists, *templates]}
    return SiteData(checklists, templates, [], sources)


def test_checklists_are_listed_in_nav_order_with_a_link_to_their_heading():
    data = site_data({"a": "eerder.md", "b": "later.md"}, [])
    entries = checklist_entries(data, nav_files(NAV), "/")
    # The URL form is page_url's business; the overview picks the page and the anchor.
    assert entries == [
        OverviewEntry("Lijst b", page_url("later.md#gk-b", "/"), "Over b.", "b", items=1),
        OverviewEntry("Lijst a", page_url("eerder.md#gk-a", "/"), "Over a.", "a", items=1),
    ]


def test_a_checklist_on_a_page_outside_the_nav_stops_the_build():
    with pytest.raises(
        DataError,
        match=r"checklist 'a': veld 'pagina': pagina 'weg.md' staat niet in de nav van mkdocs.yml",
    ):
        checklist_entries(site_data({"a": "weg.md"}, []), nav_files(NAV), "/")


def test_templates_are_listed_in_nav_order_of_their_own_pages():
    entries = template_entries(site_data({}, ["een", "twee"]), nav_files(NAV), "/gids/")
    assert [(entry.title, entry.href) for entry in entries] == [
        ("Sjabloon twee", page_url("sjablonen/twee.md", "/gids/")),
        ("Sjabloon een", page_url("sjablonen/een.md", "/gids/")),
    ]
    assert all(entry.progress_of is None for entry in entries)


def test_a_template_without_its_page_stops_the_build():
    with pytest.raises(
        DataError,
        match=r"sjabloon 'drie': pagina 'sjablonen/drie.md' staat niet in de nav",
    ):
        template_entries(site_data({}, ["drie"]), nav_files(NAV), "/")
    assert template_page("drie") == "sjablonen/drie.md"


def test_overview_has_one_line_each_and_progress_for_checklists():
    tree = soup(
        render_overview(
            [
                OverviewEntry("Lijst", "/lijst/#gk-lijst", "Een regel.", "lijst", items=8),
                OverviewEntry("Sjabloon", "/sjablonen/s/", "Nog een regel."),
            ],
            LISTS,
        )
    )
    first, second = tree.select("ul.gk-overview > li")
    assert first.a["href"] == "/lijst/#gk-lijst" and first.a.get_text() == "Lijst"
    assert "Een regel." in first.get_text()
    progress = first.select_one("[data-checklist-progress]")
    assert progress["data-checklist-progress"] == "lijst" and progress["data-total"] == "8"
    # Before the saved ticks are counted (and without JavaScript it stays hidden).
    assert progress.get_text() == "0 van 8 afgevinkt" and "gk-needs-js" in progress["class"]
    assert second.select_one("[data-checklist-progress]") is None


@pytest.mark.parametrize("value", HOSTILE)
def test_overview_escapes_data(value):
    html = render_overview([OverviewEntry(value, value, value, progress_of="lijst")], LISTS)
    tree = soup(html)
    assert not tree.select("script, img") and "{{" not in html and "{%" not in html
    assert tree.a["href"] == value and tree.a.get_text() == value
