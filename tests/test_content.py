"""The guide as built: every checklist and template where a reader needs it, the questions
and the comparison from data, overviews that reach everything, and a path through the guide."""

import itertools
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from test_build import html_path, nav_pages
from test_render_content import cell_text
from test_spelling import WORD

from macros.loader import load, load_comparison
from macros.overview import template_page

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")


def page(site: Path, source: str, lang: str = "nl") -> BeautifulSoup:
    return BeautifulSoup(html_path(site, source, lang).read_text(encoding="utf-8"), "html.parser")


def content(site: Path, source: str, lang: str = "nl"):
    return page(site, source, lang).select_one("article.md-content__inner")


def target_of(site: Path, source: str, href: str) -> tuple[Path, str]:
    """The built file and the anchor a link on a page points at."""
    base = "/" + html_path(site, source).relative_to(site).as_posix()
    target = urlparse(urljoin(base, href))
    file = site / target.path.lstrip("/")
    return (file / "index.html" if target.path.endswith("/") else file), target.fragment


def test_every_checklist_and_template_is_on_a_page(site_dir):
    checklists, templates = set(), set()
    for source in nav_pages():
        tree = page(site_dir, source)
        checklists |= {element["data-checklist"] for element in tree.select("[data-checklist]")}
        templates |= {element["data-template"] for element in tree.select("[data-template]")}
    assert checklists == set(DATA.checklists)
    assert templates == set(DATA.templates)


@pytest.mark.parametrize("source", nav_pages())
def test_each_checklist_or_template_at_most_once_and_ids_unique(site_dir, source):
    tree = page(site_dir, source)
    blocks = [el["data-checklist"] for el in tree.select("[data-checklist]")]
    blocks += [el["data-template"] for el in tree.select("[data-template]")]
    assert len(blocks) == len(set(blocks)), f"twice on {source}: {blocks}"
    ids = [element["id"] for element in tree.select("[id]")]
    assert len(ids) == len(set(ids)), {one for one in ids if ids.count(one) > 1}


@pytest.mark.parametrize("checklist", DATA.checklists.values(), ids=lambda c: c.id)
def test_checklist_is_on_its_own_page_and_in_the_overview(site_dir, checklist):
    assert checklist.pagina in nav_pages()
    assert page(site_dir, checklist.pagina).select_one(f'[data-checklist="{checklist.id}"]')

    overview = content(site_dir, "checklists.md")
    entry = overview.select_one(f'[data-checklist-progress="{checklist.id}"]').parent
    progress = entry.select_one("[data-checklist-progress]")
    assert progress.get_text() == f"0 van {len(checklist.items)} afgevinkt"
    assert progress["data-total"] == str(len(checklist.items))
    assert checklist.samenvatting in entry.get_text()
    link = entry.find("a")
    assert link.get_text() == checklist.titel
    file, anchor = target_of(site_dir, "checklists.md", link["href"])
    assert file == html_path(site_dir, checklist.pagina)
    heading = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser").find(id=anchor)
    assert heading.get_text() == checklist.titel
    assert heading.find_parent(attrs={"data-checklist": checklist.id})


@pytest.mark.parametrize("template", DATA.templates.values(), ids=lambda t: t.id)
def test_template_has_its_own_page_linked_from_the_overview(site_dir, template):
    own = template_page(template.id)
    assert own in nav_pages()
    assert content(site_dir, own).select_one(f'[data-template="{template.id}"]')

    overview = content(site_dir, "sjablonen.md")
    links = [a for a in overview.select(".gk-overview a") if a.get_text() == template.titel]
    assert len(links) == 1
    assert target_of(site_dir, "sjablonen.md", links[0]["href"])[0] == html_path(site_dir, own)
    assert template.samenvatting in links[0].parent.get_text()


def test_overviews_follow_the_order_of_the_guide(site_dir):
    order = nav_pages()
    checklist_links = content(site_dir, "checklists.md").select(".gk-overview a")
    pages = [target_of(site_dir, "checklists.md", a["href"])[0] for a in checklist_links]
    positions = [
        next(i for i, source in enumerate(order) if html_path(site_dir, source) == file)
        for file in pages
    ]
    assert positions == sorted(positions)


def test_questions_on_the_question_page_and_in_the_practice_template(site_dir):
    questions = content(site_dir, "vragen.md")
    for number, question in enumerate(DATA.questions, start=1):
        heading = questions.find(id=f"vraag-{question.id}")
        assert heading.name == "h3"
        assert heading.get_text().removesuffix("¶") == f"{number}. {question.vraag}"
        text = " ".join(p.get_text() for p in heading.find_next_siblings("p", limit=2))
        assert question.waarover in text and question.aanpak in text

    for source in ("vragen.md", template_page("oefenvragen")):
        form = content(site_dir, source).select_one('[data-template="oefenvragen"]')
        labels = [label.get_text() for label in form.select("label.gk-field__label")]
        assert labels == [question.vraag for question in DATA.questions], source


def test_comparison_table_comes_from_data(site_dir):
    comparison = load_comparison(ROOT / "data" / "vergelijking.yml")
    table = content(site_dir, "verschil.md").find("table")
    assert table.caption.get_text() == comparison.titel
    assert [th.get_text() for th in table.select("thead th")] == [
        column.kop for column in comparison.kolommen
    ]
    rows = table.select("tbody tr")
    assert [row.th.get_text() for row in rows] == [row.kop for row in comparison.rijen]
    for rendered, row in zip(rows, comparison.rijen, strict=True):
        assert [cell_text(td) for td in rendered.find_all("td")] == [
            row.cellen[column.id] for column in comparison.kolommen
        ]


def test_start_page_leads_into_the_guide(site_dir):
    start = content(site_dir, "index.md")
    # The task list (data/taken.yml) comes first; its first task plans the preparation.
    first = start.select_one("ol.gk-tasks__list a")
    assert first.get_text() == "Plan je voorbereiding"
    assert target_of(site_dir, "index.md", first["href"])[0] == html_path(site_dir, "plannen.md")
    cards = start.select(".grid.cards > ul > li")
    assert [card.strong.get_text() for card in cards] == [
        "Lezen",
        "Afvinken",
        "Afdrukken",
        "Alles blijft bij jou",
    ]


def test_the_guide_reads_from_preparing_to_after(site_dir):
    """Each step of the path ends by linking to the next one."""
    path = [
        "index.md",
        "verschil.md",
        "voorbereiden.md",
        "vragen.md",
        "tips.md",
        "valkuilen.md",
        "na-het-gesprek.md",
    ]
    for here, following in itertools.pairwise(path):
        hrefs = [a["href"] for a in content(site_dir, here).select("p a[href]")]
        targets = {target_of(site_dir, here, href)[0] for href in hrefs}
        assert html_path(site_dir, following) in targets, f"{here} -> {following}"


def test_nothing_is_left_as_a_stub(site_dir):
    for source in nav_pages():
        assert "komt binnenkort" not in content(site_dir, source).get_text(), source


def sentences(article) -> list[list[str]]:
    """The sentences a reader reads on a page, each as its words."""
    for hidden in article.select(".headerlink, .gk-print-only"):
        hidden.decompose()
    found = []
    for block in article.find_all(["p", "li", "td", "th", "label", "legend", "caption"]):
        if block.find(["p", "li"]):
            continue  # read at the innermost block, once
        text = " ".join(block.get_text(" ").split())
        for sentence in re.split(r"(?<=[.!?:])\s+", text):
            if words := WORD.findall(sentence):
                found.append(words)
    return found


# Per language: (the average a page stays under, the words no sentence goes over).
# Dutch: taalniveau B1. English, for readers who may not read it as a first language: an
# average of 14 words is understood for over 90 %, and 21 words are fairly difficult
# (GOV.UK, "Sentence length: why 25 words is our limit", 2014).
SENTENCE_LIMITS = {"nl": (12, 20), "en": (14, 20)}


def too_long(found: list[list[str]], lang: str) -> tuple[float, list[str]]:
    """The average length of a page's sentences, and the sentences over the limit."""
    longest = SENTENCE_LIMITS[lang][1]
    lengths = [len(words) for words in found]
    return sum(lengths) / len(lengths), [" ".join(w) for w in found if len(w) > longest]


@pytest.mark.parametrize("source", nav_pages())
def test_sentences_stay_short(site_dir, source, lang):
    """Short sentences, in each language (SENTENCE_LIMITS)."""
    found = sentences(content(site_dir, source, lang))
    assert found
    average, over = too_long(found, lang)
    assert average < SENTENCE_LIMITS[lang][0]
    assert not over


def test_a_long_english_sentence_is_caught():
    twenty = "one two three four five six seven eight nine ten " * 2
    assert too_long([twenty.split(), (twenty + "more").split()], "en")[1] == [twenty + "more"]


def test_no_text_promises_the_removed_one_click_successes_button():
    """The form shows the saved successes by itself; the button that put them in "with one
    click" is gone, and no page, planner step or tool text may still promise it."""
    promise = re.compile(r"(met )?(één|een) klik|one click", re.IGNORECASE)
    sources = [*ROOT.joinpath("docs").rglob("*.md"), *ROOT.joinpath("data").rglob("*.yml")]
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in sources
        for line in path.read_text(encoding="utf-8").splitlines()
        if promise.search(line)
    ]
    assert found == []
