"""Search: the index the build writes, and the field in the header in a real browser."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
import yaml
from browser_helpers import axe_violations, tab_to
from test_build import nav_pages

from macros.search_index import WORD, page_sections, stem

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))["zoeken"][
    "achtervoegsels"
]
KB = 1024
FIELD = "#gk-search-input"
SEARCH_FILES = re.compile(r"/(zoekindex\.json|assets/search-[A-Z0-9]{8}\.js)$")


def index(site_dir: Path) -> dict:
    return json.loads((site_dir / "zoekindex.json").read_text(encoding="utf-8"))


def search_chunk(site_dir: Path) -> Path:
    (chunk,) = (site_dir / "assets").glob("search-*.js")
    return chunk


# --- The index ---


def test_light_dutch_stemming():
    assert stem("gesprekken", SUFFIXES) == stem("gesprek", SUFFIXES) == "gesprek"
    assert stem("spannend", SUFFIXES) == stem("spanning", SUFFIXES)
    assert stem("Één", SUFFIXES) == "een"
    assert stem("doelen", SUFFIXES) == "doel"
    assert stem("mijn", SUFFIXES) == "mijn"  # nothing to cut that leaves three letters


def sections(found: dict) -> list[tuple[str, str, str]]:
    """The index's sections as (page address, anchor, heading), in their order."""
    return [
        (url, anchor, heading)
        for url, title, *rest in found["pages"]
        for anchor, heading in zip(["", *rest[::2]], [title, *rest[1::2]], strict=True)
    ]


def test_every_page_and_section_is_in_the_index(site_dir):
    found = index(site_dir)
    assert [url for url, *_ in found["pages"]] == [
        "" if source == "index.md" else source.removesuffix(".md") + "/" for source in nav_pages()
    ]
    html = (site_dir / "na-het-gesprek" / "index.html").read_text(encoding="utf-8")
    anchors = {anchor for anchor, _, _ in page_sections(html)}
    assert anchors == {anchor for url, anchor, _ in sections(found) if url == "na-het-gesprek/"}
    assert ("na-het-gesprek/", "tekenen", "Voor gezien of voor akkoord") in sections(found)
    # One posting per stem; an empty one for a stem too common to list.
    assert found["postings"].count(",") + 1 == len(re.findall(r"\d", found["words"]))


def test_rendered_checklists_and_templates_are_in_the_text():
    html = (
        "<article class='md-content__inner md-typeset'><h1>Titel</h1><p>Inleiding</p>"
        "<h2 id='lijst'>Lijst<a class='headerlink' href='#lijst'>¶</a></h2>"
        "<ul class='gk-checklist'><li><input type='checkbox'><label>Verslag gelezen</label></li>"
        "</ul><button>Druk af</button><script>geheim()</script>"
        "<h3>Zonder anker</h3><ul><li>een</li><li>twee</li></ul></article>"
    ).replace("'", '"')
    # A heading without an id cannot be linked to: its words are text of the section.
    assert page_sections(html) == [
        ("", "Titel", "Inleiding"),
        ("lijst", "Lijst", "Verslag gelezen Zonder anker een twee"),
    ]


# Issue 16 asks for 10 KB. Measured on 2026-12-01: 9,605 bytes (index 7,830, code 1,775),
# down from 10,425 once the common stems joined the front-coded word list (an empty
# posting) and the sections were grouped by page.
SEARCH_BUDGET = 10 * KB


def test_code_and_index_together_stay_within_budget(site_dir):
    sizes = [
        len(gzip.compress(path.read_bytes(), 6))
        for path in (site_dir / "zoekindex.json", search_chunk(site_dir))
    ]
    assert sum(sizes) <= SEARCH_BUDGET, sizes


# --- In the browser ---


def open_search(page, url: str = "") -> None:
    page.goto(url)
    page.locator(FIELD).focus()
    page.locator("[data-gk-search][data-ready=true]").wait_for(state="attached")


def results(page) -> list[str]:
    return page.eval_on_selector_all(
        ".gk-search__option", "links => links.map((link) => link.getAttribute('href'))"
    )


def search_for(page, query: str) -> list[str]:
    page.fill(FIELD, query)
    page.wait_for_function(
        "() => document.querySelector('[data-gk-search-status]').textContent !== ''"
    )
    return [href.split("://", 1)[-1].split("/", 1)[1] for href in results(page)]


@pytest.mark.browser
def test_nothing_loads_before_focus_and_two_files_after(browser, base_url):
    context = browser.new_context(base_url=base_url, service_workers="block")
    try:
        page = context.new_page()
        seen: list[str] = []
        page.on("request", lambda request: seen.append(request.url))
        page.goto("voorbereiden/")
        page.locator("[data-gk-search]").wait_for(state="attached")
        page.mouse.wheel(0, 400)  # a reader reads and scrolls
        page.keyboard.press("Tab")
        assert [url for url in seen if SEARCH_FILES.search(url)] == []
        before = len(seen)

        page.keyboard.press("/")
        page.locator("[data-gk-search][data-ready=true]").wait_for(state="attached")
        after = seen[before:]
        assert len(after) == 2 and all(SEARCH_FILES.search(url) for url in after), after
        assert page.evaluate("document.activeElement.id") == FIELD[1:]
    finally:
        context.close()


def dossier_page() -> str | None:
    """The page on a reader's dossier and rights (being written as this test was)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    found = re.search(r"^\s*- [^:\n]*[Dd]ossier[^:\n]*: (\S+)\.md$", config, re.M)
    return found and found.group(1) + "/"


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("spannend", "spanning/"),
        ("SMART", "smart-doel/"),
        ("akkoord", "na-het-gesprek/#tekenen"),
        ("voor gezien", "na-het-gesprek/#tekenen"),
        ("spanning gesprekken", "spanning/"),
        ("dossier", None),
    ],
)
def test_dutch_queries_find_the_right_page_first(page, query, first):
    if query == "dossier":
        first = dossier_page()
        if first is None:
            pytest.skip("no page on the dossier in mkdocs.yml nav yet")
    open_search(page, "tips/")
    found = search_for(page, query)
    assert found and found[0].startswith(first), found
    assert page.locator("[data-gk-search-status]").inner_text() == (
        "1 resultaat" if len(found) == 1 else f"{len(found)} resultaten"
    )


@pytest.mark.browser
def test_gesprekken_finds_gesprek_and_headings_come_first(page):
    open_search(page)
    search_for(page, "gesprekken")
    headings = page.locator(".gk-search__option > span:first-child").all_inner_texts()
    assert len(headings) == 8
    assert all(re.search(r"\bgesprek(ken)?\b", heading.lower()) for heading in headings), headings


@pytest.mark.browser
def test_accents_case_and_unknown_words(page):
    open_search(page)
    assert search_for(page, "AKKOORD") == search_for(page, "akkóórd")
    assert search_for(page, "qwxzvb") == []
    assert page.locator("[data-gk-search-status]").inner_text() == (
        "Niets gevonden. Probeer een ander woord."
    )
    assert page.get_attribute(FIELD, "aria-expanded") == "false"


@pytest.mark.browser
def test_typing_before_the_index_arrives_is_not_lost(page):
    held = []
    page.route("**/zoekindex.json", lambda route: held.append(route))
    page.goto("")
    page.keyboard.press("/")
    page.keyboard.type("akkoord")
    page.wait_for_function("() => document.querySelector('[data-gk-search]').dataset.ready")
    assert page.get_attribute("[data-gk-search]", "data-ready") == "loading"
    assert len(held) == 1
    held[0].continue_()
    page.locator(".gk-search__option").first.wait_for()
    assert results(page)[0].endswith("/na-het-gesprek/#tekenen")


@pytest.mark.browser
def test_each_keystroke_answers_within_50_ms(page):
    open_search(page)
    slowest = page.evaluate(
        """() => {
          const field = document.querySelector('#gk-search-input');
          let slowest = 0;
          for (const query of ['g', 'ge', 'ges', 'gesp', 'gespr', 'gesprek', 'voor ge', 'smart d']) {
            const start = performance.now();
            field.value = query;
            field.dispatchEvent(new Event('input'));
            slowest = Math.max(slowest, performance.now() - start);
          }
          return slowest;
        }"""
    )
    assert slowest < 50
    assert len(results(page)) > 0


@pytest.mark.browser
def test_the_browser_stems_like_the_build(page, site_dir):
    open_search(page)
    words = sorted(
        {
            word.lower()
            for source in nav_pages()
            for _, heading, text in page_sections(
                (
                    site_dir
                    / ("" if source == "index.md" else source.removesuffix(".md"))
                    / "index.html"
                ).read_text(encoding="utf-8")
            )
            for word in WORD.findall(f"{heading} {text}")
        }
    )
    in_browser = page.evaluate(
        "([url, words, suffixes]) => import(url).then(({ stem }) =>"
        " words.map((word) => stem(word, suffixes)))",
        [f"/assets/{search_chunk(site_dir).name}", words, SUFFIXES],
    )
    assert in_browser == [stem(word, SUFFIXES) for word in words]


@pytest.mark.browser
def test_keyboard_only_from_the_page_to_a_section(page):
    page.goto("tips/")
    tab_to(page, FIELD)
    page.locator("[data-gk-search][data-ready=true]").wait_for(state="attached")
    page.keyboard.type("akkoord")
    page.locator(".gk-search__option").first.wait_for()
    page.keyboard.press("ArrowDown")
    active = page.get_attribute(FIELD, "aria-activedescendant")
    assert page.get_attribute(f"#{active}", "aria-selected") == "true"
    assert page.evaluate("document.activeElement.id") == FIELD[1:]
    page.keyboard.press("ArrowUp")  # wraps round to the last result, and back
    page.keyboard.press("ArrowDown")
    assert page.get_attribute(FIELD, "aria-activedescendant") == active
    page.keyboard.press("Enter")
    page.wait_for_url("**/na-het-gesprek/#tekenen")
    assert page.get_attribute(FIELD, "aria-expanded") == "false"
    page.keyboard.press("Escape")


@pytest.mark.browser
def test_escape_closes_the_list_then_clears_the_field(page):
    open_search(page)
    search_for(page, "smart")
    page.keyboard.press("Escape")
    assert page.locator("#gk-search-results").is_hidden()
    assert page.input_value(FIELD) == "smart"
    page.keyboard.press("Escape")
    assert page.input_value(FIELD) == ""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_with_results_open(page, scheme):
    page.emulate_media(color_scheme=scheme)
    open_search(page)
    search_for(page, "gesprek")
    page.keyboard.press("ArrowDown")
    assert axe_violations(page) == []


@pytest.mark.browser
def test_fits_a_small_screen_with_targets_of_24_px(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 375, "height": 667})
    try:
        page = context.new_page()
        open_search(page)
        search_for(page, "gesprek")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        boxes = [page.locator(FIELD).bounding_box()] + [
            option.bounding_box() for option in page.locator(".gk-search__option").all()
        ]
        assert len(boxes) == 9  # the field and eight results
        for box in boxes:
            assert box["height"] >= 24 and box["width"] >= 24
            assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    finally:
        context.close()


def test_a_broken_interface_file_names_file_and_field(tmp_path):
    from macros.loader import DataError, load_interface

    text = (ROOT / "data" / "ui.yml").read_text(encoding="utf-8")
    broken = tmp_path / "ui.yml"
    broken.write_text(text.replace('meer: "{n} resultaten"', "meer: resultaten"), encoding="utf-8")
    with pytest.raises(DataError, match=r"ui\.yml.*zoeken.*\{n\}"):
        load_interface(broken)


def test_the_not_found_page_finds_the_site_root(page):
    """A server shows 404.html at any address, so its links start at the site's root ("/");
    the header must still give the scripts a root they can read (not "//")."""
    open_search(page, "404.html")
    assert search_for(page, "akkoord")[0].startswith("na-het-gesprek/")
